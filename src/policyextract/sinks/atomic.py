"""An output file that appears complete or not at all: written under a temporary name, renamed at the end.

A file sink writes `.NAME.XXXXXXXX.part` in the target's folder (the same file system, so the
final `os.replace` is atomic) and renames it to NAME when the run ends; a reader never sees a
half-written file under the real name, and an earlier file of that name stays whole until then.
A run killed with SIGKILL leaves the `.part` file: for JSONL and CSV it holds every document
finished before the kill, whole.

A target that exists and is no regular file (`/dev/stdout`, a FIFO, a device) is written in place:
renaming over it would replace the device.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat

from ..errors import SinkError


def _reason(error: OSError) -> str:
    return error.strerror or str(error)


class AtomicFile:
    """Bytes to `target` through a temporary file; `commit()` marks the end of a whole document."""

    def __init__(self, target: str) -> None:
        self.target = target
        self.path = target  # where the bytes go now: the temporary file, or the target itself
        self._final = target  # the name given at the end (a symbolic link's file, not the link)
        self._committed = 0  # bytes that belong to whole documents
        self._written = 0
        mode = None
        try:
            existing = os.stat(target)
        except FileNotFoundError:
            existing = None
        except OSError as error:
            raise SinkError(f"cannot write {target}: {_reason(error)}") from error
        self._in_place = existing is not None and not stat.S_ISREG(existing.st_mode)
        if existing is not None and not self._in_place:
            mode = stat.S_IMODE(existing.st_mode)  # the new file keeps the old one's permissions
        flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_CLOEXEC", 0)
        try:
            if self._in_place:
                self.fd = os.open(target, os.O_WRONLY | getattr(os, "O_CLOEXEC", 0))
            else:
                self._final = os.path.realpath(target)
                folder, name = os.path.split(self._final)
                self.path = os.path.join(folder, f".{name}.{secrets.token_hex(4)}.part")
                self.fd = os.open(self.path, flags | os.O_EXCL, 0o666)  # the umask applies, as for open()
                if mode is not None:
                    os.chmod(self.path, mode)
        except OSError as error:
            raise SinkError(f"cannot write {target}: {_reason(error)}") from error

    @property
    def committed_bytes(self) -> int:
        return self._committed

    def write(self, data: bytes) -> None:
        """Write all of `data`, or raise OSError having cut the file back to the last commit."""
        view = memoryview(data)
        try:
            while view:
                written = os.write(self.fd, view)
                view = view[written:]
                self._written += written
        except OSError:
            self.rollback()
            raise

    def commit(self) -> None:
        self._committed = self._written

    def rollback(self) -> None:
        """Cut away what was written since the last commit (freeing, not taking, space)."""
        if self._in_place or self._written == self._committed:
            return
        try:
            os.ftruncate(self.fd, self._committed)
            os.lseek(self.fd, self._committed, os.SEEK_SET)
            self._written = self._committed
        except OSError:  # the torn bytes stay; the message already says which documents are whole
            return

    def finish(self) -> None:
        """Flush to disk and give the file its real name."""
        fd, self.fd = self.fd, -1
        if fd < 0:
            return
        try:
            if not self._in_place:
                os.fsync(fd)
        except OSError as error:
            os.close(fd)
            raise SinkError(f"cannot finish writing {self.target}: {_reason(error)}") from error
        os.close(fd)
        if not self._in_place:
            try:
                os.replace(self.path, self._final)
            except OSError as error:
                raise SinkError(
                    f"cannot rename {self.path} to {self.target}: {_reason(error)}; the file keeps the first name"
                ) from error

    def discard(self) -> None:
        """Close and remove the temporary file: the target keeps what it had before."""
        fd, self.fd = self.fd, -1
        if fd >= 0:
            os.close(fd)
        if not self._in_place:
            with contextlib.suppress(OSError):
                os.unlink(self.path)
