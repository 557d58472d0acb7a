"""Every error policyextract raises, under one base class.

    try:
        figures = policyextract.extract(text)
    except policyextract.PolicyExtractError as error:   # anything the library raises on purpose
        ...

Each error also keeps the built-in base it always had (`ValueError`, `RuntimeError`,
`ImportError`), so code written against those still catches it. The modules that raise an error
re-export it under its old name (`policyextract.ingest.IngestError`, `policyextract.sinks.SinkError`…).

| error | raised when | also a |
|---|---|---|
| `InputError` | the text cannot be extracted from: not a str, too long | `ValueError` |
| `ExtractionLimitError` | a document took longer than the scan limit (a pathological input) | `InputError` |
| `IngestError` | a file cannot be read as a text document | `ValueError` |
| `ConfigError` | a bad argument or setting (`jobs=0`, an `Extractor` option) | `ValueError` |
| `IndicatorError` | an indicator entry or file is invalid | `ConfigError` |
| `SinkError` | an output cannot be opened or written | `RuntimeError` |
| `MissingExtraError` | an optional dependency (an extra) is not installed | `ImportError` |
| `GoldError` | a gold file cannot be scored against (`policyextract.evaluate`) | `ValueError` |
| `PredictionError` | a prediction file to score is not JSON lines | `ValueError` |
| `NumberError` | a span is not a number (`policyextract.numerals.parse_number`) | `ValueError` |
"""

from __future__ import annotations


class PolicyExtractError(Exception):
    """The base of every error policyextract raises on purpose."""


class InputError(PolicyExtractError, ValueError):
    """The input cannot be extracted from (wrong type, too large)."""


class ExtractionLimitError(InputError):
    """A document ran past a safety limit (the scan time limit): its message names the document.

    A `regex` time-out inside recognition surfaces as this error, never as a bare `TimeoutError`.
    """


class IngestError(PolicyExtractError, ValueError):
    """A file that cannot be read as a text document; the message names the file."""


class ConfigError(PolicyExtractError, ValueError):
    """A bad argument or setting: `jobs=0`, an unknown `Extractor` option."""


class IndicatorError(ConfigError):
    """An indicator entry or indicator file failed validation; the message names it."""


class SinkError(PolicyExtractError, RuntimeError):
    """A sink cannot be opened or written (missing extra, database down, bad target).

    The message is meant for the user as it is: it names the file or URL (password hidden) and
    says what to do, so a command line prints it without a traceback.
    """


class MissingExtraError(PolicyExtractError, ImportError):
    """An optional dependency is not installed; the message names the extra to install."""


class GoldError(PolicyExtractError, ValueError):
    """A gold file that cannot be scored against: the message names the file, the figure
    (its number and `left`+`text`) and what is wrong with it."""


class PredictionError(PolicyExtractError, ValueError):
    """A prediction file to score cannot be read (not JSON lines); the message names the line."""


class NumberError(PolicyExtractError, ValueError):
    """A span is not a number `numerals.parse_number` can read."""


__all__ = [
    "ConfigError",
    "ExtractionLimitError",
    "GoldError",
    "IndicatorError",
    "IngestError",
    "InputError",
    "MissingExtraError",
    "NumberError",
    "PolicyExtractError",
    "PredictionError",
    "SinkError",
]
