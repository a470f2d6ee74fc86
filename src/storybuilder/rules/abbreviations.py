"""Abbreviations whose full stop ends no sentence ("e.g.", "i.e.", "vs.", "Dr.", "et al.").

The reader and the specification check each split prose into sentences; both leave these
full stops alone, from this one list.
"""

from __future__ import annotations

import re

ABBREVIATIONS = ("e.g", "i.e", "vs", "cf", "approx", "dr", "mr", "mrs", "ms", "prof", "fig", "al")
"""Lower-cased, without their last full stop (the patterns built from them ignore case, or
read case-folded text)."""


def not_just_after(stop: str = "") -> str:
    """Look-behinds that fail just after an abbreviation followed by ``stop`` (a pattern:
    ``r"\\."`` after the full stop, ``""`` before it)."""
    return "".join(rf"(?<!\b{re.escape(word)}{stop})" for word in ABBREVIATIONS)
