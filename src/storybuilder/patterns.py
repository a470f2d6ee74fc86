r"""Answer patterns from question banks, made unable to hang the app.

Python's ``re`` backtracks, so a pattern such as ``(a+)+$`` takes time exponential in
the length of a text it fails to match, and ``\\d+\\d+\\d+\\d+`` polynomial of a high
degree. A bank is a file someone else may have written, and the wizard checks a pattern
on every answer, so two bounds together keep every check short:

- :func:`pattern_problem` refuses, when a bank is loaded, a pattern that could backtrack
  heavily: a quantifier inside a repeated group (``(a+)+``, ``(a|b?)*``), alternatives
  inside a repeated group that can start with the same character (``(a|ab)*``),
  back-references, quantifiers that can trade the same characters among themselves
  beyond a small budget (``a*a*a*a*``, ``\d+\d+,\d+\d+,\d+\d+``: each run of ``k``
  such quantifiers multiplies the work by the text's length ``k - 1`` times, and the
  runs of a pattern multiply together, so the sum over runs is at most ``MAX_DEGREE``),
  and patterns longer than ``MAX_PATTERN_LENGTH``;
- :func:`matches` refuses to run any pattern on a text longer than ``MAX_TEXT``.

What is left backtracks at most polynomially, of degree about ``MAX_DEGREE + 1``, over
at most ``MAX_TEXT`` characters: well under a second at worst.

The check reads the parse tree of ``re``'s own parser (``re._parser``, private but
stable from Python 3.11 to 3.13); if that parser ever changes shape, patterns are
refused with a message saying so rather than accepted unchecked.
"""

from __future__ import annotations

import functools
import re
from re import _constants as _c  # type: ignore[attr-defined]  # private; same in 3.11-3.13
from re import _parser as _sre_parse  # type: ignore[attr-defined]
from typing import Any, NamedTuple

MAX_PATTERN_LENGTH = 500
"""Longest pattern a bank may give, in characters."""
MAX_TEXT = 200
"""Longest answer a pattern is ever run on, in characters."""
MAX_DEGREE = 2
"""Most extra quantifiers, over all runs of quantifiers that can match the same text."""


class UnsafePattern(ValueError):
    """A pattern that could make matching take very long."""


@functools.lru_cache(maxsize=1024)
def pattern_problem(pattern: str) -> str | None:
    """What is wrong with a bank's answer pattern, or None if it is safe to use."""
    if len(pattern) > MAX_PATTERN_LENGTH:
        return f"the pattern is {len(pattern)} characters long; the limit is {MAX_PATTERN_LENGTH}"
    try:
        tree = _sre_parse.parse(pattern)
    except re.error as err:
        return f"pattern does not compile: {err}"
    try:
        codes: set[int] = set()
        ignore_case = bool(tree.state.flags & re.IGNORECASE) | _scan(list(tree), codes)
        named = {chr(c) for code in codes for c in (code - 1, code, code + 1) if 0 <= c <= 0x10FFFF}
        probes = "".join(sorted(set(_PROBES) | named))
        _Checker(ignore_case, probes).sequence(list(tree), False)
    except UnsafePattern as err:
        return f"the pattern could take very long to match: {err}"
    except (AttributeError, TypeError, ValueError, IndexError):
        return "the pattern could not be checked for safety with this version of Python"
    return None


def matches(pattern: str, text: str) -> bool:
    """Whether ``text`` matches the whole pattern.

    Raises UnsafePattern for a text over ``MAX_TEXT`` or a pattern that fails the check
    (which bank validation refuses already; this guards banks built any other way).
    """
    if len(text) > MAX_TEXT:
        raise UnsafePattern(
            f"answers checked against a pattern may have at most {MAX_TEXT} characters"
        )
    problem = pattern_problem(pattern)
    if problem is not None:
        raise UnsafePattern(problem)
    return re.fullmatch(pattern, text) is not None


# --- the check --------------------------------------------------------------------------

# Characters on which to compare character sets: Latin text and punctuation, and a few
# other scripts' letters, digits and spaces. Two sets share a character if they share one
# of these or one of the characters the pattern names.
_PROBES = "".join(chr(i) for i in range(0x250)) + "ΩωЖж中文٣٤०१\u2003\u3000_"


class _Summary(NamedTuple):
    chars: frozenset[str]
    """Characters the part can consume (probes only)."""
    first: frozenset[str]
    """Characters it can start with."""
    last: frozenset[str]
    """Characters it can end with."""
    loose: frozenset[str]
    """Characters its variable quantifiers can consume."""
    quantifiers: int
    """Variable quantifiers in it."""
    nullable: bool
    """Whether it can match the empty string."""


_NONE: frozenset[str] = frozenset()
_EMPTY = _Summary(_NONE, _NONE, _NONE, _NONE, 0, True)


class _Checker:
    def __init__(self, ignore_case: bool, probes: str) -> None:
        self.ignore_case = ignore_case
        self.probes = probes
        self.degree = 0

    def sequence(self, items: list[tuple[Any, Any]], repeated: bool) -> _Summary:
        """Check a sequence of parse items; ``repeated``: inside a repeat that loops."""
        run_chars: set[str] = set()
        run = 0
        chars: set[str] = set()
        first: set[str] = set()
        loose: set[str] = set()
        quantifiers = 0
        nullable = True
        parts = [self.item(op, av, repeated) for op, av in items]
        last: set[str] = set()
        for part in reversed(parts):
            last |= part.last
            if not part.nullable:
                break
        for part in parts:
            if not part.nullable and part.chars.isdisjoint(run_chars):
                self._close_run(run)  # a part no earlier quantifier can take over
                run_chars = set(part.chars)
                run = part.quantifiers
            else:
                run_chars |= part.chars
                run += part.quantifiers
            if nullable:
                first |= part.first
            chars |= part.chars
            loose |= part.loose
            quantifiers += part.quantifiers
            nullable = nullable and part.nullable
        self._close_run(run)
        return _Summary(
            frozenset(chars),
            frozenset(first),
            frozenset(last),
            frozenset(loose),
            quantifiers,
            nullable,
        )

    def _close_run(self, run: int) -> None:
        self.degree += max(0, run - 1)
        if self.degree > MAX_DEGREE:
            raise UnsafePattern(
                "too many quantifiers can match the same characters (like a*a*a*a* or "
                "\\d+\\d+,\\d+\\d+,\\d+\\d+)"
            )

    def item(self, op: Any, av: Any, repeated: bool) -> _Summary:
        if op in (_c.LITERAL, _c.NOT_LITERAL, _c.ANY, _c.IN, _c.CATEGORY):
            found = self.char_set(op, av)
            return _Summary(found, found, found, _NONE, 0, False)
        if op in (_c.AT,):
            return _EMPTY
        if op in (_c.ASSERT, _c.ASSERT_NOT):
            self.sequence(list(av[1]), False)
            return _EMPTY
        if op is _c.SUBPATTERN:
            return self.sequence(list(av[3]), repeated)
        if op is getattr(_c, "ATOMIC_GROUP", None):
            return self.sequence(list(av), repeated)
        if op is _c.BRANCH:
            return self.branch(av[1], repeated)
        if op in _REPEATS:
            low, high, body = av
            return self.repeat(low, high, body, repeated)
        if op in (_c.GROUPREF, _c.GROUPREF_EXISTS):
            raise UnsafePattern("back-references and conditional groups are not allowed")
        raise UnsafePattern(f"unknown pattern element {op}")

    def branch(self, alternatives: list[Any], repeated: bool) -> _Summary:
        parts = [self.sequence(list(alt), repeated) for alt in alternatives]
        if repeated:
            for i, one in enumerate(parts):
                for other in parts[i + 1 :]:
                    if not one.first.isdisjoint(other.first) or one.nullable or other.nullable:
                        raise UnsafePattern(
                            "alternatives inside a repeated group can start with the same character"
                        )
        return _Summary(
            _NONE.union(*(p.chars for p in parts)),
            _NONE.union(*(p.first for p in parts)),
            _NONE.union(*(p.last for p in parts)),
            _NONE.union(*(p.loose for p in parts)),
            max(p.quantifiers for p in parts),
            any(p.nullable for p in parts),
        )

    def repeat(self, low: int, high: int, body: Any, repeated: bool) -> _Summary:
        loops = high is _c.MAXREPEAT or high > 1
        inner = self.sequence(list(body), repeated or loops)
        # A repeated group may hold quantifiers only if each pass starts or ends with a
        # character they cannot take (like the '-' of (-[a-z]+)*): then where one pass
        # ends and the next begins is never in doubt.
        delimited = not inner.nullable and (
            inner.first.isdisjoint(inner.loose) or inner.last.isdisjoint(inner.loose)
        )
        if loops and inner.quantifiers and not delimited:
            raise UnsafePattern("a quantifier inside a repeated group, like (a+)+")
        variable = low != high
        return _Summary(
            inner.chars,
            inner.first,
            inner.last,
            inner.chars if variable else inner.loose,
            inner.quantifiers + int(variable),
            low == 0 or inner.nullable,
        )

    # -- character sets ----------------------------------------------------------------

    def char_set(self, op: Any, av: Any) -> frozenset[str]:
        return _char_set(op, _freeze(av), self.ignore_case, self.probes)


_REPEATS = tuple(
    op
    for op in (
        _c.MAX_REPEAT,
        _c.MIN_REPEAT,
        getattr(_c, "POSSESSIVE_REPEAT", None),
    )
    if op is not None
)


def _scan(items: list[Any], codes: set[int]) -> bool:
    """Collect the character codes a parse tree names; True if it ignores case anywhere."""
    ignore_case = False
    for op, av in items:
        if op in (_c.LITERAL, _c.NOT_LITERAL):
            codes.add(av)
        elif op is _c.IN:
            for sub, value in av:
                if sub is _c.LITERAL:
                    codes.add(value)
                elif sub is _c.RANGE:
                    codes.update(value)
        elif op is _c.SUBPATTERN:
            ignore_case |= bool(av[1] & re.IGNORECASE)
            ignore_case |= _scan(list(av[3]), codes)
        else:
            for part in av if isinstance(av, tuple | list) else [av]:
                if isinstance(part, _sre_parse.SubPattern):
                    ignore_case |= _scan(list(part), codes)
                elif isinstance(part, list):  # a branch's alternatives
                    for alt in part:
                        if isinstance(alt, _sre_parse.SubPattern):
                            ignore_case |= _scan(list(alt), codes)
    return ignore_case


def _freeze(av: Any) -> Any:
    if isinstance(av, list | tuple):
        return tuple(_freeze(a) for a in av)
    return av


_CATEGORIES = {
    "CATEGORY_DIGIT": re.compile(r"\d"),
    "CATEGORY_NOT_DIGIT": re.compile(r"\D"),
    "CATEGORY_SPACE": re.compile(r"\s"),
    "CATEGORY_NOT_SPACE": re.compile(r"\S"),
    "CATEGORY_WORD": re.compile(r"\w"),
    "CATEGORY_NOT_WORD": re.compile(r"\W"),
}


@functools.lru_cache(maxsize=4096)
def _char_set(op: Any, av: Any, ignore_case: bool, probes: str) -> frozenset[str]:
    return frozenset(ch for ch in probes if _member(op, av, ch, ignore_case))


def _same(code: int, ch: str, ignore_case: bool) -> bool:
    other = chr(code)
    return other == ch or (ignore_case and other.casefold() == ch.casefold())


def _member(op: Any, av: Any, ch: str, ignore_case: bool) -> bool:
    if op is _c.LITERAL:
        return _same(av, ch, ignore_case)
    if op is _c.NOT_LITERAL:
        return not _same(av, ch, ignore_case)
    if op is _c.ANY:
        return True
    if op is _c.CATEGORY:
        return _CATEGORIES[str(av)].match(ch) is not None
    if op is _c.IN:
        negate = False
        found = False
        for sub, value in av:
            if sub is _c.NEGATE:
                negate = True
            elif sub is _c.RANGE:
                low, high = value
                found = found or low <= ord(ch) <= high
                if ignore_case and not found:
                    folded = {ord(c) for c in (ch.lower(), ch.upper()) if len(c) == 1}
                    found = any(low <= f <= high for f in folded)
            elif found:
                continue
            else:
                found = _member(sub, value, ch, ignore_case)
        return found != negate
    raise UnsafePattern(f"unknown character set {op}")
