"""Atomic file replacement: a reader sees the old file or the new one, never a mix.

The new bytes go to a temporary file in the same directory as the real file (a
symbolic link is followed, and stays a link), are fsynced, and the temporary file is
renamed over the target; then the directory is fsynced so that the rename itself
survives a power loss. A file its owner made read-only is never replaced. Side files
(a backup, the drafts) are never written through a link: the link itself is replaced.

Reading goes through :func:`read_regular_file`, which refuses what is not a regular
file (a link to /dev/zero or a pipe among a folder's stories would never end) and what
is far larger than any file storybuilder reads.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path


class ReadOnlyFileError(PermissionError):
    """The target exists and is read-only: replacing it would defeat its owner's intent."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            errno.EACCES,
            "the file is read-only; storybuilder does not replace a file made read-only "
            "(make it writable, or save a copy elsewhere)",
            str(path),
        )


def read_regular_file(
    path: str | os.PathLike[str], limit: int, *, follow_links: bool = True
) -> bytes:
    """The bytes of ``path``, if it is a regular file of at most ``limit`` bytes.

    Raises FileNotFoundError, IsADirectoryError, or another OSError whose ``strerror``
    says what the file is instead (a device, a pipe, too large, or, with
    ``follow_links=False``, a link). The file is opened without waiting for a writer,
    so that a pipe is refused rather than waited on.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
    if not follow_links:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError as err:
        if err.errno == errno.ELOOP and not follow_links:
            raise OSError(errno.ELOOP, "a symbolic link, not a regular file", str(path)) from None
        raise
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, "is a directory", str(path))
        if not stat.S_ISREG(info.st_mode):
            raise OSError(
                errno.EINVAL, "not a regular file (a device, a pipe or a socket)", str(path)
            )
        too_large = OSError(errno.EFBIG, f"larger than {limit:,} bytes", str(path))
        if info.st_size > limit:
            raise too_large
        chunks = []
        size = 0
        while chunk := os.read(fd, 1 << 20):
            size += len(chunk)
            if size > limit:
                raise too_large
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def real_path(target: Path) -> Path:
    """The file a write to ``target`` must change: symbolic links followed, as editors do.

    Renaming over a link would replace the link by a regular file and leave the file it
    points to stale.
    """
    if not target.is_symlink():
        return target
    return Path(os.path.realpath(target))


def read_only(target: Path) -> bool:
    """True when ``target`` exists and cannot, or must not, be written.

    A file with no write permission bit at all counts as read-only even for root, who
    may write anything: its owner said it is not to be changed.
    """
    try:
        mode = os.stat(target).st_mode
    except OSError:
        return False
    return not mode & 0o222 or not os.access(target, os.W_OK)


def replace_file(
    target: Path,
    data: bytes,
    mode: int | None = None,
    *,
    respect_read_only: bool = True,
    follow_links: bool = True,
) -> None:
    """Atomically make ``target`` hold ``data``; raises OSError, leaving target untouched.

    Raises :class:`ReadOnlyFileError` if the target is read-only (unless
    ``respect_read_only`` is False, for files storybuilder owns, such as backups).
    ``follow_links=False`` is for the side files storybuilder names itself (a backup,
    the drafts): a link found under such a name, which a shared folder may hold, is
    replaced by the file, and whatever it points to is left alone.
    """
    real = real_path(target) if follow_links else target
    if real.is_symlink():
        mode = 0o600 if mode is None else mode
    elif respect_read_only and read_only(real):
        raise ReadOnlyFileError(target)
    if mode is None:
        mode = _existing_mode(real)
    fd, tmp = tempfile.mkstemp(dir=real.parent, prefix=f".{real.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, real)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_directory(real.parent)


def _existing_mode(target: Path) -> int:
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        return 0o666 & ~_umask()


def fsync_directory(directory: Path) -> None:
    # The rename is durable only once the directory entry is on disk.
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
