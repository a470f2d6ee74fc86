"""The condition language: what it accepts, what it refuses, and what it means."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storybuilder import conditions
from storybuilder.conditions import MAX_DEPTH, Condition, ConditionError

VALUES: dict[str, Any] = {
    "meta.advanced": True,
    "meta.training_step": False,
    "goal.classes": ["simulator", "myopic-agent"],
    "rationale.nudges": "We rely on long-horizon Reinforcement learning to shape it.",
    "answers.note": "",
    "answers.level": 3,
    "unanswered": None,
}


def holds(source: str) -> bool:
    return Condition.parse(source).evaluate(VALUES.get)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("meta.advanced == true", True),
        ("meta.advanced != true", False),
        ("meta.training_step == false", True),
        ('goal.classes contains "simulator"', True),
        ('goal.classes contains "pure-predictor"', False),
        ('goal.classes contains ["pure-predictor", "myopic-agent"]', True),
        ('"simulator" in goal.classes', True),
        ('goal.classes in ["narrow-agent", "simulator"]', True),
        ('goal.classes in ["narrow-agent"]', False),
        ('rationale.nudges mentions "reinforc*"', True),
        ('rationale.nudges mentions ["supervised", "long-horizon"]', True),
        ('rationale.nudges mentions "forcement"', False),
        ('rationale.nudges contains "horizon reinforcement"', True),
        ("rationale.nudges is answered", True),
        ("answers.note is answered", False),
        ("answers.note is not answered", True),
        ("unanswered is not answered", True),
        ("answers.level == 3", True),
        ("answers.level == 3.0", True),
        ("meta.advanced", True),
        ("not meta.advanced", False),
        ("not not meta.advanced", True),
        ("meta.advanced and meta.training_step", False),
        ("meta.advanced or meta.training_step", True),
        ("meta.training_step or meta.advanced and unanswered is answered", False),
        ("(meta.training_step or meta.advanced) and answers.level == 3", True),
        ("true", True),
        ("false", False),
        ("'it''s'" if False else '"say \\"hi\\"" == "say \\"hi\\""', True),
    ],
)
def test_meaning(source: str, expected: bool) -> None:
    assert holds(source) is expected


@pytest.mark.parametrize(
    "source",
    [
        'unanswered == "x"',
        'unanswered != "x"',
        'unanswered contains "x"',
        'unanswered in ["x"]',
        'unanswered mentions "x"',
        '"x" in unanswered',
    ],
)
def test_an_unanswered_value_never_makes_a_comparison_true(source: str) -> None:
    assert holds(source) is False


@pytest.mark.parametrize(
    ("source", "column", "words"),
    [
        ("__import__('os')", 1, "unexpected character '_'"),
        ("goal.__class__", 5, "private or special names"),
        ("goal.classes.__len__", 13, "private or special names"),
        ("open('x')", 5, "calls are not part"),
        ("meta.advanced == ", 18, "expected a value or a field, got the end"),
        ("meta.advanced ==", 17, "got the end"),
        ("(meta.advanced", 15, "expected ')'"),
        ('goal.classes contains "x', 23, "string is not closed"),
        ("meta.advanced is", 17, "expected 'answered'"),
        ("meta.advanced meta.training_step", 15, "expected 'and', 'or' or the end"),
        ("and", 1, "keyword 'and'"),
        ("", 1, "empty condition"),
        ("a == b; import os", 7, "unexpected character ';'"),
        ("[x.y]", 2, "lists hold literal values only"),
        ("1 + 2", 3, "unexpected character '+'"),
        ('"a" == "\\q"', 9, "unknown escape"),
        ("lambda: 1", 7, "unexpected character ':'"),
    ],
)
def test_rejected_input_points_at_the_column(source: str, column: int, words: str) -> None:
    with pytest.raises(ConditionError) as caught:
        Condition.parse(source)
    assert caught.value.column == column
    assert words in caught.value.message
    assert str(caught.value).startswith(f"column {column}:")


def test_pointer_shows_a_caret_under_the_column() -> None:
    with pytest.raises(ConditionError) as caught:
        Condition.parse("meta.advanced == == true")
    assert caught.value.pointer() == "meta.advanced == == true\n                 ^"


def test_deep_nesting_is_refused_without_recursion_error() -> None:
    deep = "(" * 10_000 + "true" + ")" * 10_000
    with pytest.raises(ConditionError, match="characters long"):
        Condition.parse(deep)
    within_length = "(" * 1900 + "true" + ")" * 1900
    with pytest.raises(ConditionError, match="nested"):
        Condition.parse(within_length)
    nested = "(" * (MAX_DEPTH + 1) + "true" + ")" * (MAX_DEPTH + 1)
    with pytest.raises(ConditionError, match=f"nested more than {MAX_DEPTH}"):
        Condition.parse(nested)
    nots = "not " * (MAX_DEPTH + 5) + "true"
    with pytest.raises(ConditionError, match="nested"):
        Condition.parse(nots)


def test_nesting_within_the_limit_works() -> None:
    depth = MAX_DEPTH - 1
    assert Condition.parse("(" * depth + "true" + ")" * depth).evaluate(VALUES.get)


def test_very_long_condition_is_refused_clearly() -> None:
    long = " or ".join(["meta.advanced"] * 2000)
    with pytest.raises(ConditionError, match="characters long; the limit is"):
        Condition.parse(long)


def test_long_flat_chains_within_the_limit_evaluate() -> None:
    chain = " and ".join(["meta.advanced"] * 200)
    assert Condition.parse(chain).evaluate(VALUES.get)


def test_paths_and_compared_literals_are_reported() -> None:
    condition = Condition.parse('goal.classes contains "simulator" and advanced == true')
    assert [p.text for p in condition.paths()] == ["goal.classes", "advanced"]
    assert list((p.text, op, v) for p, op, v in condition.compared_literals()) == [
        ("goal.classes", "contains", "simulator"),
        ("advanced", "==", True),
    ]


def test_the_resolver_is_the_only_way_to_reach_values() -> None:
    seen: list[str] = []

    def resolve(path: str) -> Any:
        seen.append(path)
        return None

    Condition.parse('a.b == "x" or c is answered').evaluate(resolve)
    assert seen == ["a.b", "c"]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_any_text_parses_or_raises_condition_error(source: str) -> None:
    try:
        condition = Condition.parse(source)
    except ConditionError as err:
        assert 1 <= err.column <= len(source) + 1
    else:
        assert isinstance(condition.evaluate(lambda _: None), bool)


tokens = st.sampled_from(
    [
        "meta.advanced",
        "goal.classes",
        '"x"',
        "1",
        "true",
        "and",
        "or",
        "not",
        "(",
        ")",
        "[",
        "]",
        ",",
        "==",
        "!=",
        "in",
        "contains",
        "mentions",
        "is",
        "answered",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(tokens, max_size=25).map(" ".join))
def test_token_soup_parses_or_raises_condition_error(source: str) -> None:
    try:
        Condition.parse(source).evaluate(VALUES.get)
    except ConditionError as err:
        assert 1 <= err.column <= len(source) + 1


@pytest.mark.parametrize(
    "source",
    [
        'a == "x" and not (b is answered)',
        'a in ["x", "y"] or b contains "z"',
        'not (a != "x") or (b mentions "reinforc" and a is not answered)',
        '(a == "x") == (b == "y")',
    ],
)
def test_partial_evaluation_agrees_once_every_path_is_known(source: str) -> None:
    condition = Condition.parse(source)
    for a in ("x", "y", None):
        for b in (["z"], "reinforcement learning", "", None):
            values = {"a": a, "b": b}
            assert condition.evaluate_partial(values) is condition.evaluate(values.get)


@pytest.mark.parametrize(
    "source",
    [
        'a == "x" and not (b is answered)',
        'a in ["x", "y"] or b contains "z"',
        'not (a != "x") or (b mentions "reinforc" and a is not answered)',
        '(a == "x") == (b == "y")',
        'not (a == "x" or b is not answered) and a != "y"',
    ],
)
def test_partial_evaluation_is_the_same_read_from_the_tree_or_compiled(source: str) -> None:
    # A condition is read from its tree for its first few partial evaluations and
    # compiled after: both readings must agree on every assignment, unknown paths too.
    tree = Condition.parse(source).tree
    compiled = conditions._compile3(tree)
    choices: list[Any] = ["x", "y", ["z"], "reinforcement learning", "", None, MISSING]
    for a in choices:
        for b in choices:
            values = {k: v for k, v in (("a", a), ("b", b)) if v is not MISSING}
            read = conditions._truth3(conditions._evaluate3(tree, values))
            assert read is conditions._truth3(compiled(values)), values


MISSING = object()


def test_partial_evaluation_settles_early_or_says_unknown() -> None:
    condition = Condition.parse('a == "x" and b == "y"')
    assert condition.evaluate_partial({"a": "w"}) is False
    assert condition.evaluate_partial({"a": "x"}) is None
    assert Condition.parse('a == "x" or b == "y"').evaluate_partial({"a": "x"}) is True


@settings(max_examples=300, deadline=None)
@given(st.lists(tokens, max_size=25).map(" ".join))
def test_a_tree_kept_as_data_is_the_tree_parsed(source: str) -> None:
    # Shipped banks keep their conditions parsed, as JSON data (storybuilder.shipped_banks).
    import json

    try:
        parsed = Condition.parse(source)
    except ConditionError:
        return
    kept = json.loads(json.dumps(parsed.as_data()))
    assert Condition.from_data(source, kept) == parsed


@pytest.mark.parametrize("data", [[], ["nonsense"], ["not"], ["compare", "=="], 3, None])
def test_data_that_is_no_tree_is_refused(data: Any) -> None:
    with pytest.raises(ValueError):
        Condition.from_data("a", data)
