"""The shipped banks' concept lexicons, built ahead of time.

The first critic run in a process built a :class:`storybuilder.rules.reading.Lexicon` for
every concept a rule asked about: parsing thousands of terms, indexing them by first word
and giving each word a bit (the largest single cost of a cold ``check``). What a lexicon
holds depends only on its terms and on the code of ``rules/reading.py``, so the lexicons
of every concept of every shipped bank can be built once, when the bank is written, and
trusted afterwards. ``python -m storybuilder.shipped_lexicons`` builds them in a fresh
process and writes, as plain data (tuples, dicts, strings, integers), each lexicon's
terms grouped by first word (as written, in the order they are tried), its bits, and the
word -> bit numbering (the vocabulary) those bits refer to. The test suite fails until
the record is current (tests/test_shipped_lexicons.py).

At run time a record made from exactly this ``rules/reading.py`` (its SHA-256) and this
Python (major.minor: ``str.isalnum`` follows its Unicode tables) seeds the vocabulary, and
a lexicon whose term list is exactly a recorded one is restored from its entry, decoded
only when a rule first asks for that lexicon; the terms of a first word are parsed only
when a text holds that word (``Lexicon._restore``). Anything else (an edited concept, an
edited ``reading.py``, a record that is missing, corrupt or not of the recorded shape) is
built from its terms as before, so a stale record costs time, never a different result.
Nothing in a record is run: it is data, checked for its shape as it is read.
"""

from __future__ import annotations

import marshal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

RECORD_FILE = "lexicons.marshal"
FORMAT = 4
"""The layout of a record; a record of another layout is not used."""

PYTHON = f"{sys.version_info[0]}.{sys.version_info[1]}"

SEPARATOR = "\0"
"""Between the terms of a recorded list (a record's key), and of a recorded bucket. A
list whose terms hold it is not recorded, and never looked up."""


def key(terms: Sequence[str]) -> str | None:
    """The record's key for a term list: its terms joined, None if a term holds a NUL
    (the key would not say where one term ends) or the list is empty."""
    try:
        joined = SEPARATOR.join(terms)
    except TypeError:
        return None
    return joined if terms and joined.count(SEPARATOR) == len(terms) - 1 else None


def _read(name: str) -> bytes:
    here = Path(__file__).parent
    if here.is_dir():
        # Read from disk: importlib.resources cost a few milliseconds on its first use.
        return (here / name).read_bytes()
    from importlib import resources  # imported from a zip: only resources reads inside it

    return (resources.files(__name__) / name).read_bytes()


class Record:
    """A record that fits this code: its vocabulary and each lexicon's undecoded entry."""

    __slots__ = ("words", "stems", "entries")

    def __init__(
        self, words: tuple[str, ...], stems: tuple[bool, ...], entries: dict[Any, Any]
    ) -> None:
        self.words = words
        self.stems = stems
        self.entries = entries

    def entry(self, terms: Sequence[str]) -> Any:
        """The decoded entry of exactly this term list, or None (its shape unchecked:
        the reader checks it as it restores)."""
        found = key(terms)
        blob = self.entries.get(found) if found is not None else None
        if type(blob) is not bytes:
            return None
        try:
            return marshal.loads(blob)
        except Exception:  # noqa: BLE001 - a corrupt entry: the lexicon is built at run time
            return None


def load(code_digest: str) -> Record | None:
    """The record, if it was made by the code whose digest is given, on this Python."""
    try:
        data = marshal.loads(_read(RECORD_FILE))
    except Exception:  # noqa: BLE001 - no record, or an unreadable one: build at run time
        return None
    if not (
        type(data) is dict
        and data.get("format") == FORMAT
        and data.get("python") == PYTHON
        and data.get("reading_sha256") == code_digest
    ):
        return None
    words, stems, entries = data.get("words"), data.get("stems"), data.get("lexicons")
    if not (
        type(words) is tuple
        and type(stems) is tuple
        and type(entries) is dict
        and len(words) == len(stems)
        and set(map(type, words)) <= {str}
        and set(map(type, stems)) <= {bool}
    ):
        return None
    return Record(words, stems, entries)


def record(code_digest: str, words: list[tuple[str, bool]], lexicons: dict[Any, Any]) -> bytes:
    """The bytes of a record: the vocabulary in bit order and each term list's entry."""
    return marshal.dumps(
        {
            "format": FORMAT,
            "python": PYTHON,
            "reading_sha256": code_digest,
            "words": tuple(w for w, _ in words),
            "stems": tuple(s for _, s in words),
            "lexicons": {key(terms): marshal.dumps(entry) for terms, entry in lexicons.items()},
        }
    )
