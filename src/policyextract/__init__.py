"""policyextract: every quantitative figure of a Chinese education policy text, with its meaning.

>>> import policyextract
>>> figures = policyextract.extract("全市小学适龄儿童入学率为98.67%。", doc_id="demo")
>>> figures[0].kind, int(figures[0].value * 100), figures[0].metric
('percentage', 9867, '小学适龄儿童入学率')
"""

from typing import TYPE_CHECKING, Any

from .errors import (
    ConfigError,
    ExtractionLimitError,
    GoldError,
    IndicatorError,
    IngestError,
    InputError,
    MissingExtraError,
    NumberError,
    PolicyExtractError,
    PredictionError,
    SinkError,
)
from .evaluate import Evaluation, evaluate  # eager, as explain: the function, not the submodule
from .explain import explain  # eager: the submodule of the same name must not shadow the function
from .extractor import Extractor
from .models import Document, Figure, Result, TimeRef
from .pipeline import extract, extract_document

if TYPE_CHECKING:
    from .batch import extract_files
    from .dataframe import to_dataframe

# Imported on first use: process pools and data-frame code stay out of `import policyextract`.
_LAZY = {"extract_files": "batch", "to_dataframe": "dataframe"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value  # found once, then an ordinary attribute
        return value
    raise AttributeError(f"module 'policyextract' has no attribute {name!r}")


__version__ = "0.1.0"


def build() -> str:
    """Which build is installed: "compiled with mypyc" when the per-figure stages were compiled
    (`POLICYEXTRACT_COMPILE=1 pip install --no-build-isolation .`, see setup.py), else "pure Python".
    Both give the same records; `policyextract --version` prints it."""
    from . import metric

    return "pure Python" if (metric.__file__ or "").endswith(".py") else "compiled with mypyc"


__all__ = [
    "ConfigError",
    "Document",
    "Evaluation",
    "ExtractionLimitError",
    "Extractor",
    "Figure",
    "GoldError",
    "IndicatorError",
    "IngestError",
    "InputError",
    "MissingExtraError",
    "NumberError",
    "PolicyExtractError",
    "PredictionError",
    "Result",
    "SinkError",
    "TimeRef",
    "__version__",
    "build",
    "evaluate",
    "explain",
    "extract",
    "extract_document",
    "extract_files",
    "to_dataframe",
]
