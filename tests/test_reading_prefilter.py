"""The critic's yes/no patterns, asked first whether a text holds their literal pieces,
answer exactly as the plain patterns do, for the shipped patterns and for any other."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storybuilder.rules import prefilter, reading

SHIPPED = {
    name: getattr(reading, name)
    for name in ("ADMISSIONS", "NEGATORS", "REASONS", "WORRIES", "GUARDS")
}


def _words_of(pattern: str) -> list[str]:
    """Words and bits of the pattern's own text: texts made of them hit its phrases."""
    return re.findall(r"[a-z']+|[.;:?!,-]", pattern.lower())


def _texts(pattern: str) -> st.SearchStrategy[str]:
    words = _words_of(pattern)
    pieces = st.sampled_from(
        [*words, *(w.upper() for w in words), "model", "the", "ſtill", "Open.", "K", "k", "\n"]
    )
    glue = st.sampled_from([" ", "  ", "-", ", ", ". ", "\n", "", "; "])
    return st.lists(st.tuples(pieces, glue), max_size=14).map(
        lambda parts: "".join(word + sep for word, sep in parts)
    )


def _same(fast: prefilter.Prefiltered, plain: re.Pattern[str], text: str) -> None:
    found, expected = fast.search(text), plain.search(text)
    assert (found and found.span()) == (expected and expected.span())
    found, expected = fast.match(text), plain.match(text)
    assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize("name", sorted(SHIPPED))
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_a_shipped_pattern_answers_as_without_its_pieces(name: str, data: st.DataObject) -> None:
    plain = SHIPPED[name].pattern
    fast = prefilter.Prefiltered(plain, after=0)
    _same(fast, plain, data.draw(_texts(plain.pattern)))


def test_the_pieces_of_the_longest_pattern_leave_most_sentences_out() -> None:
    plain = reading.ADMISSIONS.pattern
    pieces = prefilter.required_pieces(plain.pattern, plain.flags)
    assert pieces is not None
    sentence = "The reward model is trained on labels from a panel of raters each week."
    assert not prefilter.holds(pieces, sentence.lower())
    assert prefilter.Prefiltered(plain, after=0).search(sentence) is None
    assert prefilter.Prefiltered(plain, after=0).search("This remains an open question.")


_WORD = st.sampled_from(
    ["not", "no", "yet", "open", "risk", "we", "still", "ab", "x", "ſtill", "\u212a"]
)


@st.composite
def _patterns(draw: st.DrawFn, depth: int = 2) -> str:
    """A small pattern in the style of the critic's: words, optional endings, groups of
    alternatives, \\w runs, boundaries, anchors, sets."""
    parts = []
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.integers(0, 7 if depth else 4))
        if kind <= 1:
            parts.append(draw(_WORD))
        elif kind == 2:
            parts.append(draw(_WORD) + draw(st.sampled_from(["s?", "\\w*", "(?:ed|ing)?"])))
        elif kind == 3:
            parts.append(
                draw(st.sampled_from(["\\b", "^", "$", "[.;:]\\s+", "\\w+ ", "(?:\\w+ ){0,2}"]))
            )
        elif kind == 4:
            parts.append(draw(st.sampled_from([" ", "'", "-", ",? "])))
        else:
            inner = draw(st.lists(_patterns(depth - 1), min_size=1, max_size=4))
            group = draw(st.sampled_from(["(?:{})", "({})", "(?:{})?", "(?:{})+", "(?i:{})"]))
            parts.append(group.format("|".join(inner)))
    return "".join(parts)


@settings(max_examples=400, deadline=None)
@given(
    pattern=st.lists(_patterns(), min_size=1, max_size=4).map("|".join),
    flags=st.sampled_from([0, re.IGNORECASE]),
    data=st.data(),
)
def test_any_pattern_answers_as_without_its_pieces(
    pattern: str, flags: int, data: st.DataObject
) -> None:
    try:
        plain = re.compile(pattern, flags)
    except re.error:
        return
    fast = prefilter.Prefiltered(plain, after=0)
    for _ in range(5):
        _same(fast, plain, data.draw(_texts(pattern)))


@pytest.mark.parametrize(
    ("pattern", "flags", "text"),
    [
        ("we (?i:still) hope", 0, "we STILL hope"),  # a group's own flags
        ("stil+ open", re.IGNORECASE, "ſtill open"),  # "ſ" is "s" ignoring case
        ("\u017ftill open", re.IGNORECASE, "still open"),  # and the other way round
        ("\u212a\u212aa+", re.IGNORECASE, "kka"),  # the Kelvin sign is "k"
        ("open(?=ing)", 0, "opening"),
    ],
)
def test_what_a_piece_cannot_stand_for_is_left_to_the_pattern(
    pattern: str, flags: int, text: str
) -> None:
    plain = re.compile(pattern, flags)
    assert plain.search(text)
    assert prefilter.Prefiltered(plain, after=0).search(text)
