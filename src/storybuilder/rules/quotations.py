"""Passages in quotation marks: words the author mentions, not claims the author makes.

The specification check skips a long quotation (someone's words: a user's complaint); the
argument rules skip a short one (a name: the "'true infection'" class a model outputs).
"""

from __future__ import annotations

from storybuilder import shipped_regexes

QUOTED = shipped_regexes.compile(
    r"(?<![\w'])'(?=\w)[^'\n]*?(?:\w'\w[^'\n]*?)*(?<=[\w.!?,])'(?![\w'])"
    r'|"[^"\n]*"|“[^”\n]*”|‘(?=\w)[^’\n]*?(?:\w’\w[^’\n]*?)*(?<=[\w.!?,])’(?!\w)'
)
"""A passage in quotation marks ('channel 4 comes up at half brightness and then trips'):
an apostrophe inside a word (it's, the volunteers' notes) neither opens nor ends one."""

NAME_WORDS = 3
"""A quotation of at most this many words is a name (a class, a label, a button), not a
statement."""


def names_blanked(text: str) -> str:
    """The text with each quoted name (see NAME_WORDS) turned to spaces, its length kept
    so that offsets still hold: "shift towards 'true infection'" says nothing of an
    infection happening."""
    if "'" not in text and '"' not in text and "“" not in text and "‘" not in text:
        return text
    return QUOTED.sub(
        lambda found: (
            " " * len(found.group()) if len(found.group().split()) <= NAME_WORDS else found.group()
        ),
        text,
    )
