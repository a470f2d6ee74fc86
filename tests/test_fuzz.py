"""Fuzzing with hypothesis: arbitrary input never escapes as a traceback.

Storefile load on arbitrary bytes gives a story or StoryFileError; the bank loader on
arbitrary text gives a bank or BankError. Story files that are right in structure but
wrong in values, nested far too deep or huge go through the commands themselves
(check, render, compare, with the result cache on), which must end with exit 0, 1 or 2
and the same answer when served from the cache. Example counts are bounded to keep CI
short.
"""

from __future__ import annotations

import contextlib
import io
import tempfile
from pathlib import Path

import tomli_w
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from storybuilder import storefile
from storybuilder.bank import BankError, parse_bank
from storybuilder.cli import main
from storybuilder.storefile import StoryFileError
from storybuilder.story import Story
from tests.strategies import story_files

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


@FAST
@given(story_files())
def test_storefile_on_near_valid_story_files(text: str) -> None:
    try:
        story = storefile.parse(text)
    except StoryFileError as err:
        assert err.problems and all(
            isinstance(w, str) and isinstance(m, str) for w, m in err.problems
        )
    else:
        assert isinstance(story, Story)


GOOD = 'format = 1\n[meta]\ntitle = "The good one"\n'


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


# No shrinking: the inputs can be huge, and a failing one is reported as it was drawn.
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
)
@given(story_files())
@example("format = 1\n[answers]\nx = " + "[" * 600 + "]" * 600 + "\n")
@example("\ufeffformat = 1\n[meta]\ntitle = 'BOM'\n")
def test_commands_on_near_valid_story_files(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        story = Path(folder) / "fuzzed.toml"
        story.write_text(text, encoding="utf-8")
        good = Path(folder) / "good.toml"
        good.write_text(GOOD, encoding="utf-8")
        commands = [
            ("check", str(story), str(good)),
            ("check", "--json", str(story), str(good)),
            ("render", str(story)),
            ("compare", str(story), str(good)),
        ]
        for command in commands:
            first = run(*command)
            assert first[0] in (0, 1, 2), (command, first)
            again = run(*command)  # served from the result cache where it can be
            assert again == first, command
            if command[0] == "check" or command[0] == "compare":
                assert str(good) in first[1]  # the good file is still reported
            if first[0] == 2 and command[0] in ("check", "render") and "--json" not in command:
                assert first[2].strip(), "an invalid file must be named on stderr"
