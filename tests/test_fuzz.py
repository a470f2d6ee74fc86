"""Fuzzing with hypothesis: arbitrary input never escapes as a traceback.

Storefile load on arbitrary bytes gives a story or StoryFileError; the bank loader on
arbitrary text gives a bank or BankError. Example counts are bounded to keep CI short.
"""

from __future__ import annotations

import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storybuilder import storefile
from storybuilder.bank import BankError, parse_bank
from storybuilder.storefile import StoryFileError
from storybuilder.story import Story

FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.binary(max_size=400))
def test_storefile_on_arbitrary_bytes(data: bytes) -> None:
    try:
        story = storefile.parse(data)
    except StoryFileError as err:
        assert err.problems and all(
            isinstance(w, str) and isinstance(m, str) for w, m in err.problems
        )
    else:
        assert isinstance(story, Story)


toml_scalars = st.one_of(
    st.text(max_size=20), st.integers(), st.booleans(), st.floats(allow_nan=False), st.none()
)
keys = st.sampled_from(
    [
        "format",
        "meta",
        "goal",
        "claims",
        "title",
        "relevance",
        "classes",
        "answers",
        "interview",
        "failure_modes",
        "deceptive-alignment",
        "status",
        "bank",
        "at",
        "x",
    ]
)
toml_values = st.recursive(
    toml_scalars.filter(lambda v: v is not None),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(keys, inner, max_size=4),
    max_leaves=12,
)


@FAST
@given(st.dictionaries(keys, toml_values, max_size=6))
def test_storefile_on_arbitrary_toml_documents(document: dict[str, object]) -> None:
    try:
        text = tomli_w.dumps(document)
    except (TypeError, ValueError):
        return  # not representable in TOML (mixed arrays and the like)
    try:
        storefile.parse(text)
    except StoryFileError as err:
        assert err.problems


@FAST
@given(
    st.dictionaries(
        st.sampled_from(["bank", "sections", "questions", "rules", "goal_classes"]),
        toml_values,
        max_size=5,
    )
)
def test_bank_loader_on_arbitrary_toml(document: dict[str, object]) -> None:
    try:
        text = tomli_w.dumps(document)
    except (TypeError, ValueError):
        return
    try:
        parse_bank(text)
    except BankError as err:
        assert err.problems


question_keys = st.fixed_dictionaries(
    {
        "id": st.sampled_from(["a", "b", "c", "Bad Id"]),
        "section": st.sampled_from(["s", "t"]),
        "prompt": st.just("?"),
        "kind": st.sampled_from(
            ["line", "text", "choice", "multi-choice", "yes-no", "entries", "info", "odd"]
        ),
        "field": st.sampled_from(
            ["meta.title", "answers.a", "answers.b", "goal.classes", "claims", "nope"]
        ),
        "when": st.sampled_from(
            ["", "a is answered", 'b == "x"', "meta.advanced", "((", "c == true"]
        ),
    }
)


@FAST
@given(st.lists(question_keys, max_size=5))
def test_bank_loader_on_near_valid_banks(questions: list[dict[str, str]]) -> None:
    document = {
        "bank": {"id": "fuzz", "title": "Fuzz"},
        "sections": [{"id": "s", "title": "S"}],
        "goal_classes": [{"id": "simulator", "name": "Simulator"}],
        "questions": questions,
    }
    try:
        bank = parse_bank(tomli_w.dumps(document))
    except BankError as err:
        assert err.problems and all(isinstance(p, str) for p in err.problems)
    else:
        assert len(bank.questions) == len(questions)
