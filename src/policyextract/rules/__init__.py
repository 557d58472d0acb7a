"""Recognition rules, one module per phenomenon; importing this package registers them all."""

from . import count, dates, magnitudes, measures, money, percent  # noqa: F401 - imported to register
from .registry import FILTERS, RULES, Candidate, Example, Rule

__all__ = ["FILTERS", "RULES", "Candidate", "Example", "Rule"]
