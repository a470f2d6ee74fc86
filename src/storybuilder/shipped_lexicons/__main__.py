"""Build the shipped banks' concept lexicons and record them: ``python -m storybuilder.shipped_lexicons``.

Re-runnable at any time (after editing a bank's concepts or ``rules/reading.py``): the
record is made from the banks and the code as they are, in a process of its own.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from storybuilder import shipped_lexicons


def term_lists() -> list[tuple[str, ...]]:
    """Every term list a shipped bank's concept is read with, once each, in bank order."""
    from storybuilder.bank import packaged_bank, packaged_bank_ids
    from storybuilder.rules.reading import Scoped, Sized, Together

    found: dict[tuple[str, ...], None] = {}
    for bank_id in packaged_bank_ids():
        for terms in packaged_bank(bank_id).concepts.values():
            found[tuple(terms)] = None  # a together-concept's own terms (maybe none)
            if isinstance(terms, Together):
                found[terms.first] = None
                found[terms.second] = None
            if isinstance(terms, Scoped | Together):
                found[terms.unless] = None
            if isinstance(terms, Sized):
                found[terms.read_with] = None
    return [terms for terms in found if terms]  # an empty list costs nothing to build


def lexicons() -> tuple[list[tuple[str, bool]], dict[tuple[str, ...], Any]]:
    """The vocabulary and each term list's lexicon, built from scratch in this process."""
    from storybuilder.rules import reading

    reading.USE_SHIPPED = False
    reading._SHIPPED[:] = [None]  # nothing restored: every lexicon is built here
    reading._VOCABULARY = reading._Vocabulary()  # numbered from the first recorded word
    built = {}
    for terms in term_lists():
        state = reading.Lexicon(terms).state()
        if state is not None and shipped_lexicons.key(terms) is not None:
            built[terms] = state  # a list that cannot be keyed is built at run time
    return list(reading._VOCABULARY.added), built


def record() -> bytes:
    from storybuilder.rules import reading

    words, built = lexicons()
    return shipped_lexicons.record(reading.code_digest(), words, built)


def main() -> int:
    os.environ["STORYBUILDER_NO_CACHE"] = "1"  # the banks as they are, not a cached copy
    target = Path(shipped_lexicons.__file__).parent / shipped_lexicons.RECORD_FILE
    target.write_bytes(record())
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
