"""Reading an author's prose: whole-word terms, negation, and the phrase that matched.

The critic's rules ask whether a story *discusses* something (a learned reward model,
outputs that are acted on, what the checks leave out). A substring test is not reading:
"preference comparisons" is not the word "prefer", and "the model will never manipulate
anyone" is a promise, not an argument about manipulation. This module matches terms as
whole words and skips occurrences that a nearby negation turns into a bare denial,
unless the same sentence gives a reason or a check. It returns the sentence it relied on,
so every problem can show the author which words it reacted to.

Term syntax (data in question banks): case-insensitive; words match whole words; a
trailing ``*`` on a word matches any ending (``manipulat*``); a space matches any run of
spaces or hyphens (``reward model`` matches "reward-model"). A term that starts with a
negation (``no memory``) is itself a statement about what is absent and is never
discounted as negated.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

NEGATORS = re.compile(
    r"\b(?:not|never|no|none|nor|neither|without|cannot|can't|won't|wouldn't|doesn't|"
    r"don't|isn't|aren't|shouldn't|couldn't|unable|instead of|rather than|avoids?|"
    r"removes? the need for|no need for|absence of|free of|eliminates?|eliminating)\b|n't\b",
    re.IGNORECASE,
)
"""Words that turn the phrase after them into a denial."""

REASONS = re.compile(
    r"\b(?:because|since|due to|as a result|so that|therefore|which means|"
    r"we (?:check|test|measure|monitor|verify|probe|audit|ablate|red-team|inspect)\w*|"
    r"(?:checked|tested|measured|monitored|verified|probed|detected) (?:by|with|using)|"
    r"evidence|experiment\w*|ablation\w*)\b",
    re.IGNORECASE,
)
"""Words that turn a denial into an argument: it gives a reason or names a check."""

ADMISSIONS = re.compile(
    r"\b(?:remains? (?:open|unsolved|a risk|a concern|possible)|open (?:problem|question)s?|"
    r"unsolved|unaddressed|we do not (?:yet )?know|we don't (?:yet )?know|cannot rule out|"
    r"can't rule out|not yet (?:solved|addressed|known)|unclear|we have no (?:way|solution|answer)|"
    r"no (?:solution|answer) (?:yet|for)|is a risk|a real risk|we worry|we are worried|"
    r"still (?:possible|a risk)|left open|leave open|remains?|remaining|limitations?|weak point|"
    r"weakness(?:es)?|vulnerab\w*|we have not|we haven't|not yet|cannot yet|no defen[cs]e|"
    r"unresolved|unknown whether|may still|could still|might still)\b",
    re.IGNORECASE,
)
"""Words that make a mention an admission of an open problem rather than an answer to it."""

WORRIES = re.compile(r"\b(?:worr\w*|concern\w*|risks?|fear\w*|might|could|may)\b", re.IGNORECASE)
"""Words that name a problem as a possibility; they admit it unless a guard is named too."""

GUARDS = re.compile(
    r"\b(?:so that|to prevent|prevent\w*|ensur\w*|rules? out|ruling out|mitigat\w*|guards?|"
    r"guarded|defen[cs]es?|we (?:use|train|check|test|measure|require|limit|add|keep|compare|"
    r"separate|run|monitor)|by (?:using|training|checking|keeping|limiting|separating|running)|"
    r"which (?:prevents|stops|limits|catches)|because|since)\b",
    re.IGNORECASE,
)
"""Words that say what the story does about a problem it names."""

NEGATION_REACH = 5
"""How many words before a match a negation still governs it."""

_CLAUSE_BREAK = re.compile(r"[.;:!?\n]|,\s*(?:but|although|though|yet|whereas)\b")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
QUOTE_LIMIT = 160
"""Longest quote of the author's words shown with a problem, in characters."""


@dataclass(frozen=True)
class Quote:
    """Where a term matched: the matched words and the sentence around them."""

    matched: str
    sentence: str


def _term_pattern(term: str) -> str:
    words = term.strip().split()
    parts: list[str] = []
    for word in words:
        stem = word.endswith("*")
        core = re.escape(word.rstrip("*"))
        parts.append(core + (r"\w*" if stem else ""))
    body = r"[\s\-]+".join(parts)
    # Whole words: no word character may touch either end (an ending `*` already ate it).
    return r"(?<!\w)" + body + r"(?!\w)"


@cache
def compile_terms(terms: tuple[str, ...]) -> re.Pattern[str]:
    """One case-insensitive pattern for any of the terms (compiled once per term list)."""
    alternatives = [_term_pattern(t) for t in sorted(set(terms), key=len, reverse=True) if t]
    if not alternatives:
        return re.compile(r"(?!x)x")
    return re.compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE)


def _clause_before(text: str, start: int) -> str:
    head = text[max(0, start - 200) : start]
    breaks = list(_CLAUSE_BREAK.finditer(head))
    return head[breaks[-1].end() :] if breaks else head


def _sentence_around(text: str, start: int, end: int) -> str:
    left = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        left = m.end()
    right_match = _SENTENCE_END.search(text, end)
    right = right_match.start() if right_match else len(text)
    sentence = " ".join(text[left:right].split())
    if len(sentence) <= QUOTE_LIMIT:
        return sentence
    # Centre the quote on the match when the sentence is long.
    offset = len(" ".join(text[left:start].split()))
    lo = max(0, offset - QUOTE_LIMIT // 2)
    hi = min(len(sentence), lo + QUOTE_LIMIT)
    lo = max(0, hi - QUOTE_LIMIT)
    return ("…" if lo else "") + sentence[lo:hi].strip() + ("…" if hi < len(sentence) else "")


def is_negated(
    text: str, start: int, matched: str, *, strict: bool = False, admissions: bool = False
) -> bool:
    """Whether a negation in the same clause, shortly before, denies the match.

    Lenient (the default) is for asking whether an author *addressed* something: a
    denial with a reason or a check in its sentence still counts as addressing it. With
    admissions, a mention in a sentence that admits the problem is open, or names it as a
    worry without a guard, does not.
    Strict is for asking whether a story *does* something: any denial means it does not.
    """
    if admissions and not strict:
        sentence = _sentence_around(text, start, start + len(matched))
        if ADMISSIONS.search(sentence) or (
            WORRIES.search(sentence) and not GUARDS.search(sentence)
        ):
            return True  # naming a problem as open, or as a worry, does not address it
    if NEGATORS.match(matched):
        return False
    clause = _clause_before(text, start)
    words = clause.split()[-(NEGATION_REACH * 2 if strict else NEGATION_REACH) :]
    if not NEGATORS.search(" ".join(words)):
        return False
    if strict:
        return True
    sentence = _sentence_around(text, start, start + len(matched))
    return not REASONS.search(sentence)


def find(
    texts: Iterable[str | None],
    terms: Sequence[str],
    *,
    strict: bool = False,
    admissions: bool = False,
) -> Quote | None:
    """The first occurrence of any term that a negation does not deny, or None."""
    pattern = compile_terms(tuple(terms))
    for text in texts:
        if not text:
            continue
        for match in pattern.finditer(text):
            if not is_negated(
                text, match.start(), match.group(0), strict=strict, admissions=admissions
            ):
                return Quote(match.group(0), _sentence_around(text, match.start(), match.end()))
    return None


def sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text) if s.strip()]


def find_sequence(texts: Iterable[str | None], steps: Sequence[Sequence[str]]) -> Quote | None:
    """A sentence holding a term of each step, in order ("trained on ... so ... pursues").

    An argument's shape is an order of ideas within one sentence; requiring the order
    keeps a definition ("inner alignment asks whether a model trained on X pursues X")
    from reading as the argument it defines.
    """
    patterns = [compile_terms(tuple(step)) for step in steps]
    for text in texts:
        for sentence in sentences(text or ""):
            position = 0
            first: re.Match[str] | None = None
            for pattern in patterns:
                match = pattern.search(sentence, position)
                if match is None or is_negated(
                    sentence, match.start(), match.group(0), strict=True
                ):
                    break
                first = first or match
                position = match.end()
            else:
                if first is not None:
                    return Quote(first.group(0), _sentence_around(sentence, 0, len(sentence)))
    return None


def find_any(texts: Iterable[str | None], terms: Sequence[str]) -> Quote | None:
    """The first occurrence of any term, negated or not (for words that are cues either way)."""
    pattern = compile_terms(tuple(terms))
    for text in texts:
        if not text:
            continue
        match = pattern.search(text)
        if match:
            return Quote(match.group(0), _sentence_around(text, match.start(), match.end()))
    return None


def word_count(text: str | None) -> int:
    return len((text or "").split())
