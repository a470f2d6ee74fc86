"""Where storybuilder's shipped data lives: its templates and its question banks.

Each is kept once, at the top of the repository (``templates/``, ``question_banks/``).
A wheel carries them inside the package (pyproject's ``force-include``), where they are
read through importlib.resources. An editable install or a source checkout has no such
folder in the package, so the repository's own folder, beside ``src/``, is read instead.
Every reader of shipped data goes through :func:`folder`; nothing else knows the layout.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Literal

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
