"""Make author, bank and file-name text safe to show on a terminal.

A story file is data from anyone: its answers, its keys and even its file name can hold
escape sequences that a terminal would obey (set the window title, write the clipboard
with OSC 52, draw links, clear the screen), C1 controls such as U+009B (a one-character
CSI), and bidi overrides that make text read differently from what it is. Everything
storybuilder prints, or shows in the wizard, passes through :func:`safe` first, which
replaces each such character with a visible escape like ``\\x1b`` or ``\\u202e``.
Newlines and tabs are kept where the layout needs them.
"""

from __future__ import annotations

import re

from storybuilder import shipped_regexes

# C0 controls, DEL, C1 controls; bidi embeddings, overrides and isolates (U+202A-U+202E,
# U+2066-U+2069); the line and paragraph separators; lone surrogates, which is what an
# undecodable byte of a file name becomes (and which would crash a print).
UNSAFE_ANYWHERE = shipped_regexes.compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_UNSAFE_IN_LAYOUT = shipped_regexes.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def safe(text: object, *, multiline: bool = True) -> str:
    """``text`` with every control character shown as a visible escape.

    With ``multiline`` (the default) newlines and tabs are kept; without it, they are
    escaped too, for text that must stay on one line (a key, an id, a file name).
    """
    pattern = _UNSAFE_IN_LAYOUT if multiline else UNSAFE_ANYWHERE
    return pattern.sub(_visible, str(text))


def has_unsafe(text: str) -> bool:
    """Whether :func:`safe` would change ``text`` (newlines and tabs allowed)."""
    return _UNSAFE_IN_LAYOUT.search(text) is not None
