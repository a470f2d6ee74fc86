"""Hypothesis strategies for valid stories (ids from the core vocabulary)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from hypothesis import strategies as st

from storybuilder.story import (
    CORE_VOCABULARY,
    ClaimStatus,
    FailureKind,
    ProblemStatus,
    Relevance,
    Story,
    Verdict,
)

# Any Unicode TOML can hold: everything but lone surrogates.
text = st.text(st.characters(exclude_categories=["Cs"]), max_size=120)
optional_text = st.none() | text
ids = st.from_regex(r"[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,6}){0,2}", fullmatch=True)
stamps = st.none() | st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
).map(lambda d: d.replace(microsecond=0))


def _subset(values: frozenset[str]) -> st.SearchStrategy[list[str]]:
    return st.lists(st.sampled_from(sorted(values)), unique=True, max_size=4)


@st.composite
def stories(draw: st.DrawFn) -> Story:
    vocab = CORE_VOCABULARY
    data = {
        "meta": {
            "title": draw(optional_text),
            "authors": draw(st.lists(text, max_size=3)),
            "summary": draw(optional_text),
            "advanced": draw(st.none() | st.booleans()),
            "training_step": draw(st.none() | st.booleans()),
            "created": draw(stamps),
            "updated": draw(stamps),
        },
        "goal": {
            "classes": draw(_subset(vocab.goal_classes)),
            "specification": draw(optional_text),
            "desirability": draw(optional_text),
        },
        "rationale": {
            "classes": draw(_subset(vocab.rationale_classes)),
            "constraints": draw(optional_text),
            "nudges": draw(optional_text),
        },
        "failure_modes": {
            mode: {
                "relevance": draw(st.none() | st.sampled_from(list(Relevance))),
                "reason": draw(optional_text),
                "mitigation": draw(optional_text),
            }
            for mode in draw(_subset(vocab.failure_modes))
        },
        "evaluation": {
            crit: {
                "verdict": draw(st.none() | st.sampled_from(list(Verdict))),
                "argument": draw(optional_text),
            }
            for crit in draw(_subset(vocab.criteria))
        },
        "claims": draw(
            st.lists(
                st.fixed_dictionaries(
                    {
                        "claim": text,
                        "test": optional_text,
                        "status": st.sampled_from(list(ClaimStatus)),
                    }
                ),
                max_size=3,
            )
        ),
        "sensitivity": draw(
            st.lists(
                st.fixed_dictionaries(
                    {
                        "assumption": text,
                        "if_wrong": optional_text,
                        "failure": st.sampled_from(list(FailureKind)),
                    }
                ),
                max_size=3,
            )
        ),
        "triage": draw(
            st.dictionaries(
                ids,
                st.fixed_dictionaries(
                    {"status": st.sampled_from(list(ProblemStatus)), "note": optional_text}
                ),
                max_size=3,
            )
        ),
        "problems": draw(
            st.lists(
                st.fixed_dictionaries(
                    {
                        "title": text,
                        "detail": optional_text,
                        "status": st.sampled_from(list(ProblemStatus)),
                    }
                ),
                max_size=2,
            )
        ),
        "answers": draw(
            st.dictionaries(ids, text | st.booleans() | st.lists(text, max_size=3), max_size=3)
        ),
        "interview": {
            "bank": "core",
            "at": draw(st.none() | ids),
            "skipped": draw(st.lists(ids, max_size=2)),
        },
    }
    return Story.model_validate(data)


# --- story files that are nearly right --------------------------------------------------

WRONG_VALUES: list[object] = [
    0,
    -1,
    2**62,
    1.5,
    True,
    "",
    "not-an-id",
    "\x1b]0;pwned\x07",
    [],
    [1, 2],
    ["a", "b"],
    {},
    {"x": 1},
    {"relevance": "applies"},
]
DEEP = "__deep__"
"""A placeholder string replaced by deep nesting in the file text."""


def _leaf_paths(value: object, path: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    if isinstance(value, dict):
        found = [path] if path else []
        for key, item in value.items():
            found += _leaf_paths(item, (*path, key))
        return found
    if isinstance(value, list):
        found = [path]
        for index, item in enumerate(value):
            found += _leaf_paths(item, (*path, index))
        return found
    return [path]


def _replace(data: Any, path: tuple[str | int, ...], new: object) -> None:
    for part in path[:-1]:
        data = data[part]
    data[path[-1]] = new


@st.composite
def story_files(draw: st.DrawFn) -> str:
    """The text of a story file (format = 1, the right tables) with something wrong in it.

    Starting from a valid story, one of: nothing changed, a value of the wrong type or
    out of its vocabulary, nesting from a few levels to far deeper than any parser's
    recursion, a huge text, a huge list, or an unknown key.
    """
    import tomli_w

    from storybuilder import storefile

    story = draw(stories())
    data = storefile.to_toml_data(story)
    data["format"] = 1
    kind = draw(st.sampled_from(["valid", "wrong", "deep", "huge-text", "huge-list", "extra"]))
    depth = 0
    if kind == "wrong":
        paths = [p for p in _leaf_paths(data) if p != ("format",)]
        if paths:
            _replace(data, draw(st.sampled_from(paths)), draw(st.sampled_from(WRONG_VALUES)))
    elif kind == "deep":
        depth = draw(st.sampled_from([3, 17, 40, 200, 1200]))
        place = draw(st.sampled_from(["answers", "meta", "claims"]))
        if place == "claims":
            data["claims"] = [{"claim": DEEP}]
        else:
            data.setdefault(place, {})["deep"] = DEEP
    elif kind == "huge-text":
        data.setdefault("goal", {})["specification"] = "word " * draw(
            st.sampled_from([10_000, 200_000])
        )
    elif kind == "huge-list":
        data["claims"] = [
            {"claim": f"claim {n}"} for n in range(draw(st.sampled_from([300, 3000])))
        ]
    elif kind == "extra":
        table = draw(st.sampled_from(["meta", "goal", "interview", "answers"]))
        data.setdefault(table, {})[draw(ids)] = draw(st.sampled_from(WRONG_VALUES))
    try:
        text = tomli_w.dumps(data, multiline_strings=True)
    except (TypeError, ValueError):
        text = storefile.dumps(story)
    if depth:
        opener = draw(st.sampled_from(["[", "{ a = "]))
        closer = "]" if opener == "[" else "}"
        text = text.replace(f'"{DEEP}"', opener * depth + "1" * (opener != "[") + closer * depth)
    return text
