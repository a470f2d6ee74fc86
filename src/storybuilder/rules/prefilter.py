"""A regular expression that first asks whether a text holds the literal pieces every
match of it must hold, so that a long alternation tried on text it cannot match costs a
few substring tests instead of a scan at every character.

The pieces are worked out from the parsed pattern, never written by hand: whoever edits a
pattern edits only the pattern.
"""

from __future__ import annotations

import re
from typing import Any


class Prefiltered:
    """A compiled pattern that first asks whether a text holds the literal pieces every
    match of it holds, and runs the pattern only then (the same answer, the same match
    object).

    The critic's yes/no patterns (``ADMISSIONS`` and the like) are long alternations of
    phrases, case-insensitive: the engine tries every phrase at every character, about a
    tenth of a millisecond per sentence, where most sentences hold none of them. The
    pieces are worked out from the pattern itself (see :func:`required_pieces`), not
    written by hand, so an edited pattern needs nothing more. Working them out parses
    the pattern (milliseconds for the longest), so it is done only once the pattern has
    been used ``_PREFILTER_AFTER`` times in the process: a ``check`` of one story uses
    them a few times, ``compare`` hundreds.
    """

    __slots__ = ("pattern", "_uses", "_after", "_pieces", "_folded")

    def __init__(self, pattern: re.Pattern[str], *, after: int | None = None) -> None:
        self.pattern = pattern
        self._uses = 0
        self._after = _PREFILTER_AFTER if after is None else after
        self._pieces: Pieces | None = None
        """Worked out when first needed (see _may_hold); None until then, and when the
        pattern gives none."""
        self._folded = bool(pattern.flags & re.IGNORECASE)

    def _may_hold(self, text: str) -> bool:
        """False only if no match can be in the text (see :func:`required_pieces`)."""
        pieces = self._pieces
        if pieces is None:
            if self._uses < self._after:
                self._uses += 1
                return True
            self._uses = -(1 << 62)  # worked out once, whatever it gives
            found = required_pieces(self.pattern.pattern, self.pattern.flags)
            if found is None:
                return True
            pieces = self._pieces = found
        if self._folded:
            # The pieces are ASCII: in an ASCII text, matching case-insensitively is
            # matching the lower-cased text; other texts ("ſ" matches "s") go to the
            # pattern.
            if not text.isascii():
                return True
            text = text.lower()
        return holds(pieces, text)

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self._may_hold(text) else None

    def match(self, text: str) -> re.Match[str] | None:
        return self.pattern.match(text) if self._may_hold(text) else None

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)


_PREFILTER_AFTER = 24
"""Uses of a :class:`Prefiltered` pattern before its pieces are worked out."""

Pieces = tuple[tuple[tuple[str, ...], ...], ...]
"""Alternatives, each a list of clauses, each a list of pieces: a text may hold a match
only if, for some alternative, it holds a piece of each of its clauses."""

_SHORTEST_PIECE = 3
"""A clause with a piece shorter than this is left out: nearly every text holds one."""


def holds(pieces: Pieces, text: str) -> bool:
    """Whether the text holds a piece of each clause of some alternative."""
    for clauses in pieces:
        for clause in clauses:
            for piece in clause:
                if piece in text:
                    break
            else:
                break  # this clause holds no piece: the next alternative
        else:
            return True
    return False


def required_pieces(pattern: str, flags: int = 0) -> Pieces | None:
    """What every match of the pattern holds (see :data:`Pieces`; lower-cased if the
    pattern ignores case), or None when the pattern gives nothing to test.

    Read from the parsed pattern: a sequence's match holds the match of each of its
    items; a run of literal ASCII characters is a piece; a branch at the top (or in a
    group at the top) gives one alternative per branch, and deeper down one clause, the
    pieces of one clause of each of its branches (none if one of them has none); a group
    or a repeat of at least one has the clauses of its body. Anything else (a character
    set, a lookaround, a group with flags of its own, a non-ASCII character) gives
    nothing, which is always safe: leaving a clause out only lets more texts through.
    """
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    try:
        tree = _parser.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - a pattern re cannot parse: nothing to test
        return None
    flags = tree.state.flags
    if flags & re.LOCALE:
        return None
    fold = bool(flags & re.IGNORECASE)
    repeats = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}
    Clause = frozenset[str]

    def clauses(items: Any) -> list[Clause]:
        found: list[Clause] = []
        run: list[str] = []
        for op, av in [*items, (None, None)]:
            if op is sre.LITERAL and 0 < av < 128:
                run.append(chr(av))
                continue
            if run:
                piece = "".join(run)
                found.append(frozenset([piece.lower() if fold else piece]))
                run = []
            if op is sre.SUBPATTERN:
                _, add, remove, body = av
                if not (add or remove):
                    found += clauses(body)
            elif op is sre.ATOMIC_GROUP:
                found += clauses(av)
            elif op in repeats and av[0] >= 1:
                found += clauses(av[2])
            elif op is sre.BRANCH:
                each = [best(clauses(body)) for body in av[1]]
                if all(each):
                    found.append(frozenset().union(*each))  # type: ignore[arg-type]
        return [c for c in found if min(map(len, c)) >= _SHORTEST_PIECE]

    def best(found: list[Clause]) -> Clause | None:
        return max(found, key=lambda c: (min(map(len, c)), -len(c)), default=None)

    def alternatives(items: Any) -> list[list[Clause]] | None:
        consuming = [(op, av) for op, av in items if op is not sre.AT]
        if len(consuming) == 1:
            op, av = consuming[0]
            if op is sre.BRANCH:
                every: list[list[Clause]] = []
                for body in av[1]:
                    each = alternatives(body)
                    if each is None:
                        return None
                    every += each
                return every
            if op is sre.SUBPATTERN and not (av[1] or av[2]):
                return alternatives(av[3])
        found = clauses(items)
        return [found] if found else None

    try:
        found = alternatives(tree)
    except RecursionError:
        return None
    if not found:
        return None
    # The most telling clause of each alternative first: the longest shortest piece.
    return tuple(
        tuple(
            tuple(sorted(c, key=lambda p: (-len(p), p)))
            for c in sorted(set(each), key=lambda c: (-min(map(len, c)), sorted(c)))
        )
        for each in found
    )
