"""policyextract: every quantitative figure of a Chinese education policy text, with its meaning.

>>> import policyextract
>>> figures = policyextract.extract("全市小学适龄儿童入学率为98.67%。", doc_id="demo")
>>> figures[0].kind, int(figures[0].value * 100), figures[0].metric
('percentage', 9867, '小学适龄儿童入学率')
"""

from .batch import extract_files
from .dataframe import to_dataframe
from .explain import explain
from .models import Document, Figure, Result, TimeRef
from .pipeline import InputError, extract, extract_document

__version__ = "0.1.0"
__all__ = [
    "Document",
    "Figure",
    "InputError",
    "Result",
    "TimeRef",
    "__version__",
    "explain",
    "extract",
    "extract_document",
    "extract_files",
    "to_dataframe",
]
