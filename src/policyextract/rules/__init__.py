"""Recognition rules, one module per phenomenon; importing this package registers them all."""

from . import breakdown, count, dates, magnitudes, measures, money, passes, percent  # noqa: F401 - imported to register
from .registry import FILTERS, PASSES, RULES, Candidate, Example, Pass, Rule

__all__ = ["FILTERS", "PASSES", "RULES", "Candidate", "Example", "Pass", "Rule"]
