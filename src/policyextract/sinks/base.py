"""What every sink is: a context manager that stores one `Result` (a document and its figures) at a time."""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from types import TracebackType

from ..errors import SinkError as SinkError  # re-exported: its old home
from ..models import Result


class SinkBroken(SinkError):
    """The output failed mid-run (a full disk, an I/O error) and takes no more documents: stop the run.

    Its one-line message names the output and says which documents it holds whole and which it
    does not (the one being written and every one after it). What it holds stays readable.
    """


def not_stored(target: str, reason: str, stored: int, doc_id: str) -> str:
    """The message of a SinkBroken: what the output holds, and from which document on nothing is stored."""
    noun = "document" if stored == 1 else "documents"
    return (
        f"cannot write {target}: {reason}; it holds the {stored} {noun} written before {doc_id!r}, "
        f"whole; {doc_id!r} and every document after it are not stored"
    )


def stopped(message: str, stored: int) -> str:
    """A database's SinkBroken message: what this run stored, and how to add the rest."""
    written = (
        "the 1 document written before it in this run is"
        if stored == 1
        else f"the {stored} documents written before it in this run are"
    )
    return f"{message}; {written} stored, it and every document after it are not (a run with --resume adds them)"


def os_reason(error: BaseException) -> str:
    """The operating system's words for an OSError (also pyarrow's, whose message is long)."""
    number = getattr(error, "errno", None)
    return os.strerror(number) if number else getattr(error, "strerror", None) or str(error)


class Sink(ABC):
    """Where results go. Use as a context manager; `write` one result per document."""

    target: str

    @abstractmethod
    def write(self, result: Result) -> None:
        """Store one document record and all its figures."""

    def known_hashes(self) -> dict[str, str]:
        """doc_id → sha256 of the documents already stored (for --resume); {} where nothing is read back."""
        return {}

    def known_sources(self) -> dict[str, str]:
        """doc_id → source of the documents already stored; {} where nothing is read back."""
        return {}

    @abstractmethod
    def close(self) -> None:
        """Flush and release the target; safe to call twice."""

    def __enter__(self) -> Sink:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        # what was written before an error stays written: each document is complete on its own
        self.close()


def missing_extra(feature: str, extra: str, error: ImportError) -> SinkError:
    """The message for an optional dependency that is not installed."""
    return SinkError(
        f"{feature} needs the optional '{extra}' extra ({error.name or error}): pip install 'policyextract[{extra}]'"
    )


def hide_password(url: str) -> str:
    """A URL with its password replaced, for messages, without needing SQLAlchemy."""
    scheme, separator, rest = url.partition("://")
    credentials, at, host = rest.rpartition("@")
    if not separator or not at or ":" not in credentials:
        return url
    return f"{scheme}://{credentials.split(':', 1)[0]}:***@{host}"


def check_columns(target: str, table: str, expected: list[str], existing: list[str]) -> None:
    """Refuse a table made by another version of the layout, before any document is written to it."""
    missing = [name for name in expected if name not in existing]
    if missing:
        raise SinkError(
            f"table {table} in {target} lacks the columns {', '.join(missing)}: it was made by another "
            "version of policyextract; add them or write to a new database"
        )
