"""The shipped example stories: complete, valid, and honest about their open problems.

An example teaches by showing what a finished story looks like and what a reviewer would
still ask about it. So every problem ``check`` raises in an example must be real: the
example's ``[triage]`` either addresses or accepts it with a note, or keeps it open on
purpose (status ``open``, with a note saying why). The sets of problems deliberately
left open are written out here, so that a change to the bank or to an example that
makes a problem appear or disappear is a visible, reviewed change.
"""

from __future__ import annotations

import re
import tomllib
from datetime import datetime
from pathlib import Path

import pytest

from storybuilder import cli, storefile
from storybuilder.bank import Bank, packaged_bank
from storybuilder.critic import all_problems, detect, report
from storybuilder.examples import example_text, list_examples, load_example
from storybuilder.notes import stale_triage
from storybuilder.problem import OpenProblem
from storybuilder.rules.mechanism import assess
from storybuilder.session import create_story, open_story
from storybuilder.story import ProblemStatus, Relevance, Story

EXAMPLES_DIR = Path(__file__).parents[1] / "src" / "storybuilder" / "examples"

EXPECTED = {"cat-classifier", "microscope-ai", "truthful-qa", "datacentre-cooling"}

DELIBERATELY_OPEN: dict[str, set[str | None]] = {
    # The falsified human-like-heuristics claim: the point of the example.
    "cat-classifier": {"falsified-claim", None},
    "microscope-ai": {
        "pure-predictor-no-optimization",
        "pure-predictor-predicting-optimizers",
        "pure-predictor-alien-abstractions",
        "pure-predictor-new-knowledge",
        "transparency-worst-case",
        "transparency-cost",
        "check-windows",
        "performance-competitiveness-unweighed",
        "weak-verdict",
        "catastrophic-sensitivity",
        None,
    },
    "truthful-qa": {
        "cognitive-science-behavioral-only",
        "deception-behavioral-checks-only",
        "training-competitiveness-uncosted",
        "performance-competitiveness-unweighed",
        "weak-verdict",
        "catastrophic-sensitivity",
        "judges-cannot-check",
        "unsure-answer",
        None,
    },
    "datacentre-cooling": {None},
}
"""Rule ids each example keeps open on purpose (None: the author's own problems)."""

MICROSCOPE_ESSAY_PROBLEMS = {
    "pure-predictor-self-fulfilling": "self-fulfilling predictions",
    "pure-predictor-no-optimization": "ruling out optimization over the world",
    "pure-predictor-predicting-optimizers": "predicting optimizers",
    "pure-predictor-alien-abstractions": "alien abstractions",
    "transparency-worst-case": "worst-case transparency",
    "pure-predictor-new-knowledge": "extracting knowledge humans lack",
    "transparency-cost": "the cost of checking during training",
}
"""The problems the essay's own evaluation of Microscope AI raises, by rule id."""


def _bank(story: Story) -> Bank:
    return packaged_bank(story.interview.bank)


def _problems(name: str) -> list[OpenProblem]:
    story = load_example(name)
    return all_problems(story, _bank(story))


def _by_rule(problems: list[OpenProblem]) -> dict[str | None, OpenProblem]:
    """Each rule id -> its problem; a grouped problem stands for every rule it lists."""
    return {r: p for p in problems for r in (p.members or (p.rule,))}


# --- the set of examples ----------------------------------------------------------------


def test_the_four_examples_ship() -> None:
    assert {e.name for e in list_examples()} == EXPECTED


def test_examples_command_lists_each_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["examples"]) == 0
    lines = capsys.readouterr().out.splitlines()
    listed = [line for line in lines if line.split(" ", 1)[0] in EXPECTED]
    assert len(listed) == len(EXPECTED)
    for example in list_examples():
        (line,) = [ln for ln in listed if ln.startswith(example.name + " ")]
        assert example.title in line
        assert example.summary and example.summary in line
    assert any("--example" in line for line in lines), "the listing says how to start from one"


def test_unknown_example_names_the_known_ones() -> None:
    with pytest.raises(KeyError, match="cat-classifier"):
        example_text("no-such-example")
    with pytest.raises(KeyError):
        example_text("../question_banks/core")


# --- each example is a valid, complete, finished story ---------------------------------


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_validates_against_the_core_bank(name: str) -> None:
    opened = open_story(EXAMPLES_DIR / f"{name}.toml")
    assert opened.bank.id == "core"
    assert opened.story == load_example(name)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_check_exits_0_or_1_never_2(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["check", str(EXAMPLES_DIR / f"{name}.toml")])
    assert code in (0, 1), capsys.readouterr().err


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_is_complete(name: str) -> None:
    story = load_example(name)
    result = report(story, _bank(story), name)
    assert result.complete, [
        (s.section.id, s.answered, s.total) for s in result.sections if not s.complete
    ]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_has_the_parts_of_a_finished_story(name: str) -> None:
    story = load_example(name)
    bank = _bank(story)
    assert story.meta.title and story.meta.summary and story.meta.authors
    assert story.meta.training_step is True
    assert isinstance(story.meta.created, datetime) and isinstance(story.meta.updated, datetime)
    assert story.meta.created <= story.meta.updated
    assert story.interview.at in bank.by_id
    assert story.interview.skipped == []
    assert story.goal.classes and story.rationale.classes
    assert len(story.claims) >= 2 and all(c.test for c in story.claims)
    assert len(story.sensitivity) >= 2 and all(r.if_wrong for r in story.sensitivity)
    # Every failure mode of the bank considered, each with a reason.
    assert set(story.failure_modes) == set(bank.terms["failure_modes"])
    for mode, entry in story.failure_modes.items():
        assert entry.relevance is not None and entry.reason, mode
        if entry.relevance is Relevance.APPLIES:
            assert entry.mitigation, f"{mode} applies but says nothing about mitigation"


@pytest.mark.parametrize(
    ("name", "advanced"),
    [
        ("cat-classifier", False),
        ("datacentre-cooling", False),
        ("microscope-ai", True),
        ("truthful-qa", True),
    ],
)
def test_evaluation_exactly_for_advanced_proposals(name: str, advanced: bool) -> None:
    story = load_example(name)
    assert story.meta.advanced is advanced
    if advanced:
        assert set(story.evaluation) == set(_bank(story).terms["criteria"])
        assert all(e.verdict and e.argument for e in story.evaluation.values())
    else:
        assert story.evaluation == {}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_specification_is_mechanistic(name: str) -> None:
    story = load_example(name)
    assert story.goal.specification
    verdict = assess(story.goal.specification)
    assert not verdict.behavioral_only, verdict.explanation


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_file_is_as_storybuilder_writes_it(name: str) -> None:
    """Starting from an example and saving it unchanged changes no byte."""
    text = (EXAMPLES_DIR / f"{name}.toml").read_text(encoding="utf-8")
    assert storefile.dumps(storefile.parse(text)) == text


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_texts_are_not_templates_or_placeholders(name: str) -> None:
    text = example_text(name)
    for marker in ("{{", "{%", "TODO", "TBD", "lorem", "XXX"):
        assert marker not in text, marker


# --- every problem check raises is real ---------------------------------------------------


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_open_problems_are_exactly_the_deliberate_ones(name: str) -> None:
    still_open = {r for p in _problems(name) if p.is_open for r in (p.members or (p.rule,))}
    assert still_open == DELIBERATELY_OPEN[name]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_detected_problem_is_triaged_with_a_note(name: str) -> None:
    story = load_example(name)
    for problem in detect(story, _bank(story)):
        # A grouped problem stands for its rules, and a problem naming several items for
        # those items, each triaged on its own (or by a decision that covers them all).
        for key in problem.covers or (problem.key,):
            rule = key.partition(":")[0]
            entry = story.triage.get(key) or story.triage.get(rule) or story.triage.get(problem.key)
            assert entry is not None, f"{name}: {key} ({problem.title}) is not triaged"
            assert entry.note and len(entry.note.split()) >= 8, f"{name}: {key} needs a note"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_no_triage_for_a_problem_that_is_not_raised(name: str) -> None:
    """A stale triage entry would claim a decision about nothing."""
    story = load_example(name)
    assert stale_triage(story, detect(story, _bank(story))) == []


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_own_problems_have_detail(name: str) -> None:
    story = load_example(name)
    assert story.problems
    for problem in story.problems:
        assert problem.title and problem.detail and len(problem.detail.split()) >= 20


def test_microscope_without_triage_raises_the_essays_problems() -> None:
    story = load_example("microscope-ai").model_copy(update={"triage": {}})
    bank = _bank(story)
    missing = set(MICROSCOPE_ESSAY_PROBLEMS) - {r.id for r in bank.rules}
    assert not missing, f"the core bank lacks rules: {sorted(missing)}"
    raised = set(_by_rule(detect(story, bank)))
    for rule, what in MICROSCOPE_ESSAY_PROBLEMS.items():
        assert rule in raised, f"{rule} ({what}) is not raised"
    assert all(p.status is ProblemStatus.OPEN for p in detect(story, bank))


def test_microscope_triage_leaves_only_self_fulfilling_closed() -> None:
    """The example closes one of the essay's problems, with the essay's own argument."""
    problems = _by_rule(_problems("microscope-ai"))
    self_fulfilling = problems["pure-predictor-self-fulfilling"]
    assert self_fulfilling.status is ProblemStatus.ACCEPTED
    assert self_fulfilling.note and "never used" in self_fulfilling.note
    for rule in set(MICROSCOPE_ESSAY_PROBLEMS) - {"pure-predictor-self-fulfilling"}:
        assert problems[rule].is_open, rule


def test_cat_classifier_records_its_falsification() -> None:
    story = load_example("cat-classifier")
    assert [c.status.value for c in story.claims].count("falsified") == 1
    assert "falsified-claim" in {p.rule for p in _problems("cat-classifier") if p.is_open}


# --- starting from an example -------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_starting_from_an_example_copies_it(name: str, tmp_path: Path) -> None:
    """What ``storybuilder new FILE --example NAME`` does before opening the wizard."""
    story = load_example(name)
    target = tmp_path / "mine.toml"
    opened = create_story(target, story, _bank(story))
    assert opened.story.content_equal(story)
    reopened = open_story(target)
    assert reopened.story.content_equal(story)
    # Byte for byte the example, apart from the save time that saving records.
    copied = target.read_text(encoding="utf-8").splitlines()
    original = example_text(name).splitlines()
    differing = [a for a, b in zip(copied, original, strict=True) if a != b]
    assert [line.split(" = ")[0] for line in differing] in ([], ["updated"])


def test_examples_ship_with_the_package() -> None:
    """The examples are package data (read through importlib.resources), not repo files."""
    pyproject = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text())
    assert pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["packages"] == [
        "src/storybuilder"
    ]
    assert all((EXAMPLES_DIR / f"{name}.toml").is_file() for name in EXPECTED)


def _essay() -> Path | None:
    """The seed essay, where this checkout has the shared folder beside it."""
    for candidate in (
        Path(__file__).parents[2] / "shared" / "seed" / "training-stories-essay.txt",
        Path("/work/shared/seed/training-stories-essay.txt"),
    ):
        if candidate.is_file():
            return candidate
    return None


@pytest.mark.skipif(_essay() is None, reason="the seed essay is not available here")
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_examples_are_in_our_own_words(name: str) -> None:
    """No run of seven words is copied from the essay the worked examples come from."""
    essay = _essay()
    assert essay is not None

    def words(text: str) -> list[str]:
        return re.findall(r"[a-z0-9']+", text.lower().replace("\u2019", "'"))

    source = words(essay.read_text(encoding="utf-8"))
    runs = {tuple(source[i : i + 7]) for i in range(len(source) - 6)}
    ours = words(example_text(name))
    copied = [
        " ".join(ours[i : i + 7]) for i in range(len(ours) - 6) if tuple(ours[i : i + 7]) in runs
    ]
    assert copied == []


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_story_started_from_an_example_has_no_authors_yet(name: str) -> None:
    from storybuilder.examples import start_from_example

    assert load_example(name).meta.authors  # the example has a byline
    started = start_from_example(name)
    assert started.meta.authors == []
    assert started.goal == load_example(name).goal  # everything else is the example's


def problem_titles_in_check_and_document(
    name: str, capsys: pytest.CaptureFixture[str]
) -> dict[str, list[str]]:
    """The problem titles of an example, in the order check, check --json and the
    rendered document list them."""
    import json

    path = EXAMPLES_DIR / f"{name}.toml"
    cli.main(["check", str(path)])
    text = capsys.readouterr().out
    cli.main(["check", "--json", str(path)])
    as_json = [p["title"] for p in json.loads(capsys.readouterr().out)["problems"]]
    cli.main(["render", str(path)])
    document = capsys.readouterr().out
    checklist = document.split("# Open problems\n", 1)[1]
    return {
        "check": [
            line.split("] ", 1)[1].rsplit("  (", 1)[0]
            for line in text.splitlines()
            if line.startswith("  [")
        ],
        "check --json": as_json,
        "document": [
            line[len("- [ ] ") :].split(" _(", 1)[0].split(": ", 1)[0]
            for line in checklist.splitlines()
            if line.startswith(("- [ ] ", "- [x] "))
        ],
    }


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_check_its_json_and_the_document_list_problems_in_one_order(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # The examples mix open problems with accepted or addressed ones, so an order that
    # puts the open ones first somewhere shows here.
    orders = problem_titles_in_check_and_document(name, capsys)
    titles = orders["check --json"]
    assert len(titles) > 3
    assert orders["check"] == titles
    # The document's line is the title (an addressed one followed by ': ' and its note).
    assert orders["document"] == [t.split(": ", 1)[0] for t in titles]
