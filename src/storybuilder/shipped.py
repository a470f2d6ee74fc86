"""Where storybuilder's shipped data lives: its templates and its question banks.

Each is kept once, at the top of the repository (``templates/``, ``question_banks/``).
A wheel carries them inside the package (pyproject's ``force-include``), where they are
read through importlib.resources. An editable install or a source checkout has no such
folder in the package, so the repository's own folder, beside ``src/``, is read instead.
Every reader of shipped data goes through :func:`folder`; nothing else knows the layout.
"""

from __future__ import annotations

import functools
import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING, Literal, NamedTuple

from storybuilder.errors import ShippedDataError

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

Kind = Literal["templates", "question_banks"]
KINDS: tuple[Kind, ...] = ("templates", "question_banks")


@functools.cache
def folder(kind: Kind) -> Traversable:
    """The folder of shipped ``kind``: inside the installed package, else the checkout's."""
    package: Traversable = Path(__file__).parent
    if not package.is_dir():
        # Imported from a zip: only importlib.resources can read inside it. On disk the
        # folder is what importlib.resources.files("storybuilder") returns, without the
        # 3 ms of zipfile and threading it imports on first use.
        from importlib import resources

        package = resources.files("storybuilder")
    # src/storybuilder/shipped.py -> the repository's top level, in a checkout.
    parents = Path(__file__).resolve().parents
    checkout = parents[min(2, len(parents) - 1)]
    return locate(kind, package, checkout)


def locate(kind: Kind, package: Traversable, checkout: Path) -> Traversable:
    """``package / kind`` when it exists (a wheel), else ``checkout / kind`` (a checkout)."""
    if kind not in KINDS:
        raise ValueError(f"storybuilder ships no {kind!r}")
    inside = package / kind
    if inside.is_dir():
        return inside
    beside = checkout / kind
    if beside.is_dir():
        return beside
    raise ShippedDataError(
        f"storybuilder's {kind.replace('_', ' ')} are missing: looked in {inside} (an "
        f"installed wheel) and {beside} (a source checkout); reinstall storybuilder"
    )


class ShippedFile(NamedTuple):
    """The bytes of a shipped file and their SHA-256 (hex)."""

    data: bytes
    sha256: str


def read(resource: Traversable) -> ShippedFile:
    """The bytes of a shipped file (raises OSError), read and hashed once per process.

    A cold ``render`` read the core bank (430 kB) three times and hashed it three times:
    for the key of its result, for the code's fingerprint in that key, and to check the
    bank against its validated record (see shipped_banks). A file on disk is read again
    only when it is not the one read before (its size, modification time or inode
    changed); one inside a zip is read each time.
    """
    if not isinstance(resource, Path):
        data = resource.read_bytes()
        return ShippedFile(data, hashlib.sha256(data).hexdigest())
    found = os.stat(resource)
    return _read_file(str(resource), found.st_size, found.st_mtime_ns, found.st_ino)


@functools.lru_cache(maxsize=8)
def _read_file(path: str, size: int, mtime_ns: int, inode: int) -> ShippedFile:
    data = Path(path).read_bytes()
    return ShippedFile(data, hashlib.sha256(data).hexdigest())
