"""A story outlives its storybuilder and its bank: format 1 files, retired answers, bank
versions, ``storybuilder migrate`` and stale triage."""

from __future__ import annotations

import json
import shutil
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storybuilder import storefile
from storybuilder.bank import BankError, load_bank, packaged_bank, parse_bank
from storybuilder.cli import main as cli_main
from storybuilder.critic import all_problems, detect, report
from storybuilder.item_ids import with_item_ids
from storybuilder.problem import OpenProblem
from storybuilder.render import RenderOptions, render_story
from storybuilder.session import open_story
from storybuilder.story import ProblemStatus, Story
from tests.strategies import stories

DATA = Path(__file__).parent / "data"
OLD_EXAMPLE = DATA / "format1-cat-classifier.toml"
"""The cat-classifier example exactly as storybuilder shipped it in format 1."""
ANSWERS_ASKED_SINCE = ("training-judge", "outputs-used", "checks-in-training")
"""Questions the interview asks that it did not when the old example was written: the
shipped example answers them, the old one cannot."""


def _without_later_answers(story: Story) -> Story:
    kept = {k: v for k, v in story.answers.items() if k not in ANSWERS_ASKED_SINCE}
    return story.model_copy(update={"answers": kept})


DROPPED = """\
format = 1

[meta]
title = "Answers to questions the bank dropped"

[goal]
classes = ["task-model"]
specification = "Edge and texture detectors feed a shape classifier."

[answers]
record-anyway = true
asked-in-2025 = "An answer\\n  with its own   spacing\\n"
old-choice = ["a", "b"]

[interview]
bank = "core"
at = "asked-in-2025"
skipped = ["gone-too", "claims"]
"""


def _raw(path: Path) -> dict[str, Any]:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def _story_file(tmp_path: Path, text: str, name: str = "story.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- format 1 keeps working --------------------------------------------------------------


def test_a_format_1_story_from_before_loads_checks_and_renders_as_it_did(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "cat.toml"
    shutil.copy(OLD_EXAMPLE, path)
    before = path.read_bytes()
    opened = open_story(path)
    assert opened.story.format == 2 and "format 1 -> 2" in opened.changes
    # The document is the shipped example's up to the claims, where the shipped one
    # cites the evidence format 2 lets it give.
    plain = RenderOptions(diagram=False)
    document = render_story(opened.story, opened.bank, plain)
    shipped = open_story(
        Path(__file__).parents[1] / "src/storybuilder/examples/cat-classifier.toml"
    )
    expected = render_story(_without_later_answers(shipped.story), shipped.bank, plain)
    cut = "# Falsifiable claims"
    assert document.split(cut)[0] == expected.split(cut)[0]
    assert "| supported |" in document
    # Its rule-level triage now sits on the one problem the rule raises.
    assert "falsified-claim:the-network-s-cat-evidence" in opened.story.triage
    found = {p.key: p for p in detect(opened.story, opened.bank)}
    assert found["falsified-claim:the-network-s-cat-evidence"].note
    assert cli_main(["check", str(path)]) == 1  # its deliberate open problem
    out = capsys.readouterr().out
    assert "'storybuilder migrate' would:" in out and "format 1 -> 2" in out
    assert cli_main(["render", str(path)]) == 0
    # Every other headless command reads it too, as it is.
    assert cli_main(["compare", str(path)]) == 0
    assert cli_main(["export", str(path), "--to", "gsn"]) == 0
    assert cli_main(["diff", str(path), str(path)]) == 0
    assert path.read_bytes() == before  # reading never writes


def test_answers_to_questions_the_bank_dropped_are_retired_not_fatal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _story_file(tmp_path, DROPPED)
    opened = open_story(path)
    retired = opened.story.retired
    assert retired["asked-in-2025"].value == "An answer\n  with its own   spacing\n"
    assert retired["old-choice"].value == ["a", "b"]
    assert opened.story.answers == {"record-anyway": True}
    assert opened.story.interview.at is None  # resumes at the first unanswered question
    assert opened.story.interview.skipped == ["claims"]
    code = cli_main(["check", "--json", str(path)])
    notes = json.loads(capsys.readouterr().out)["notes"]
    assert code == 1  # its open problems, not the retired answers
    assert {(n["kind"], n["key"]) for n in notes} >= {
        ("retired-answer", "asked-in-2025"),
        ("retired-answer", "old-choice"),
        ("upgrade", "format"),
    }
    assert cli_main(["render", str(path)]) == 0


def test_a_retired_answer_alone_does_not_fail_check(tmp_path: Path) -> None:
    story = Story.model_validate(
        {"meta": {"training_step": False}, "retired": {"gone": {"value": "kept"}}}
    )
    result = report(story, packaged_bank(), "x.toml")
    assert [n.kind for n in result.notes] == ["retired-answer"]
    # A yes-no answer kept as a boolean is one of its options; a word is not.
    answered = story.model_copy(update={"answers": {"record-anyway": True}})
    assert [n.kind for n in report(answered, packaged_bank(), "x.toml").notes] == ["retired-answer"]
    huge = story.model_copy(update={"answers": {"record-anyway": "x" * 100_000}})
    (note,) = [n for n in report(huge, packaged_bank(), "x.toml").notes if n.key == "record-anyway"]
    assert len(note.message) < 300  # the value is shortened, not printed whole
    worded = story.model_copy(update={"answers": {"record-anyway": "maybe"}})
    notes = report(worded, packaged_bank(), "x.toml").notes
    assert [n.message for n in notes if n.kind == "unknown-option"] == [
        "answers.record-anyway: 'maybe' is not one of the question's options (true, false); "
        "choose one in the wizard (the critic reads it as no option until then)"
    ]
    assert result.open_count == 0


def test_an_answer_that_is_no_option_of_its_question_is_named_and_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A hand edit that puts a value no option has (a typo, a control character) into a
    choice answer loads, is named in a note with the options, and stays in the file."""
    text = (
        (DATA / "format1-cat-classifier.toml")
        .read_text(encoding="utf-8")
        .replace(
            "[answers]\n",
            '[answers]\ntraining-judge = ["peopel-who-can-check", "program"]\n'
            'checks-in-training = "perhaps\\u001b[31m"\n',
            1,
        )
    )
    path = _story_file(tmp_path, text)
    before = path.read_bytes()
    assert cli_main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert "answers.training-judge: 'peopel-who-can-check' is not one of" in out
    assert "answers.checks-in-training:" in out and "(yes, no, unsure)" in out
    assert "'program'" not in out  # a valid option is not named
    assert path.read_bytes() == before


# --- migrate -----------------------------------------------------------------------------


def test_migrate_check_reports_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = _story_file(tmp_path, DROPPED, "old.toml")
    current = tmp_path / "current.toml"
    assert cli_main(["migrate", str(old)]) == 0
    shutil.copy(old, current)
    old.write_text(DROPPED, encoding="utf-8")
    capsys.readouterr()
    assert cli_main(["migrate", "--check", str(current)]) == 0
    assert cli_main(["migrate", "--check", str(old), str(current)]) == 1
    out = capsys.readouterr().out
    assert f"{old}: would be upgraded:" in out and f"{current}: up to date" in out
    assert old.read_text(encoding="utf-8") == DROPPED


def test_migrate_upgrades_in_place_keeping_the_old_file_and_every_answer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _story_file(tmp_path, DROPPED)
    assert cli_main(["migrate", str(path)]) == 0
    out = capsys.readouterr().out
    assert "format 1 -> 2" in out and "answers.asked-in-2025 kept as a retired answer" in out
    assert (tmp_path / "story.toml.bak").read_text(encoding="utf-8") == DROPPED
    raw = _raw(path)
    assert raw["format"] == 2
    assert raw["interview"]["bank_version"] == 1
    assert raw["retired"]["asked-in-2025"] == {
        "value": "An answer\n  with its own   spacing\n",
        "since": "core 1",
    }
    assert raw["retired"]["old-choice"]["value"] == ["a", "b"]
    assert "updated" not in raw["meta"]  # the content did not change, the file did
    assert cli_main(["migrate", "--check", str(path)]) == 0


def test_migrate_goes_on_past_an_invalid_file_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = _story_file(tmp_path, "format = 1\n[meta]\ntitle = 3\n", "bad.toml")
    good = _story_file(tmp_path, DROPPED, "good.toml")
    assert cli_main(["migrate", str(bad), str(good)]) == 2
    captured = capsys.readouterr()
    assert "bad.toml" in captured.err and "meta.title" in captured.err
    assert _raw(good)["format"] == 2
    assert bad.read_text() == "format = 1\n[meta]\ntitle = 3\n"


def test_the_migrated_old_example_is_the_shipped_one(tmp_path: Path) -> None:
    path = tmp_path / "cat-classifier.toml"
    shutil.copy(OLD_EXAMPLE, path)
    assert cli_main(["migrate", str(path)]) == 0
    shipped = Path(__file__).parents[1] / "src/storybuilder/examples/cat-classifier.toml"
    migrated = path.read_text(encoding="utf-8")
    assert storefile.dumps(storefile.parse(migrated)) == migrated
    # The shipped one also cites the evidence of its supported claim, new in format 2,
    # and answers the questions asked since.
    expected = tomllib.loads(shipped.read_text(encoding="utf-8"))
    for claim in expected["claims"]:
        claim.pop("evidence", None)
    for question in ANSWERS_ASKED_SINCE:
        del expected["answers"][question]
    assert tomllib.loads(migrated) == expected


def _values(raw: dict[str, Any]) -> dict[str, Any]:
    """Every answer a story file holds, by question id, wherever it is kept."""
    found = {qid: v["value"] for qid, v in raw.get("retired", {}).items()}
    found.update(raw.get("answers", {}))
    return found


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(story=stories())
def test_migrating_any_format_1_story_loses_no_answer(story: Story) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "story.toml"
        text = storefile.dumps(story).replace("format = 2", "format = 1", 1)
        path.write_text(text, encoding="utf-8")
        before = _raw(path)
        assert cli_main(["migrate", str(path)]) == 0
        after = _raw(path)
        assert _values(after) == before.get("answers", {})
        for table in ("meta", "goal", "rationale", "failure_modes", "evaluation", "problems"):
            assert _without_ids(after.get(table)) == _without_ids(before.get(table)), table
        assert [_without_ids(c) for c in after.get("claims", [])] == before.get("claims", [])
        assert [_without_ids(r) for r in after.get("sensitivity", [])] == before.get(
            "sensitivity", []
        )
        assert cli_main(["migrate", "--check", str(path)]) == 0


def _without_ids(value: Any) -> Any:
    if isinstance(value, list):
        return [_without_ids(v) for v in value]
    if isinstance(value, dict):
        return {k: v for k, v in value.items() if k != "id"}
    return value


# --- item ids ------------------------------------------------------------------------------


def test_item_ids_must_be_kebab_case_and_unique_in_their_list() -> None:
    with pytest.raises(storefile.StoryFileError) as caught:
        storefile.parse('format = 2\n[[claims]]\nid = "Shape Features"\nclaim = "x"\n')
    assert "claims[0].id" in str(caught.value) and "kebab-case" in str(caught.value)
    twice = 'format = 2\n[[claims]]\nid = "a"\nclaim = "x"\n[[claims]]\nid = "a"\nclaim = "y"\n'
    with pytest.raises(storefile.StoryFileError) as caught:
        storefile.parse(twice)
    assert "claims" in str(caught.value) and "'a' is used twice" in str(caught.value)


def test_saving_gives_new_items_ids_that_keep_their_problem_keys(tmp_path: Path) -> None:
    path = tmp_path / "s.toml"
    story = Story.model_validate({"claims": [{"claim": "Uses shape"}, {"claim": "No texture"}]})
    saved, _ = storefile.save(story, path)
    assert [c.id for c in saved.claims] == ["uses-shape", "no-texture"]
    edited = saved.model_copy(
        update={"claims": [saved.claims[1].model_copy(update={"claim": "Ignores texture"})]}
    )
    keys = [p.key for p in detect(edited, packaged_bank()) if p.rule == "claim-without-test"]
    assert keys == ["claim-without-test:no-texture"]  # the text changed, the key did not


# --- stale triage --------------------------------------------------------------------------


def test_triage_whose_problem_no_longer_fires_is_noted_as_stale() -> None:
    story = Story.model_validate(
        {
            "claims": [{"id": "a", "claim": "Uses shape", "test": "Probe it."}],
            "triage": {
                "claim-without-test:a": {"status": "accepted", "note": "later"},
                "no-such-rule": {"status": "addressed"},
            },
        }
    )
    notes = report(story, packaged_bank(), "x.toml").notes
    assert [(n.kind, n.key) for n in notes] == [
        ("stale-triage", "claim-without-test:a"),
        ("stale-triage", "no-such-rule"),
    ]


_CLAIM_RULES = (
    "claim-without-test",
    "falsified-claim",
    "supported-without-evidence",
    "supported-on-weak-evidence",
)


def _claim_keys(story: Story, gone: str | None = None) -> set[str]:
    """The keys of the problems about each claim (grouped or not), but claim ``gone``'s."""
    found = detect(story, packaged_bank())
    keys = {k for p in found for k in (p.key, *p.covers)}
    return {k for k in keys if k.partition(":")[0] in _CLAIM_RULES and k.partition(":")[2] != gone}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(story=stories(), data=st.data())
def test_problem_keys_are_unique_and_survive_deleting_another_claim(
    story: Story, data: st.DataObject
) -> None:
    story = with_item_ids(story)  # as saved
    keys = [p.key for p in all_problems(story, packaged_bank())]
    assert len(keys) == len(set(keys))
    if story.claims:
        gone = data.draw(st.sampled_from(story.claims))
        rest = story.model_copy(update={"claims": [c for c in story.claims if c is not gone]})
        assert _claim_keys(rest) == _claim_keys(story, gone.id)


# --- a problem that stands for several items -----------------------------------------------


def _decided(story: dict[str, Any], rule: str) -> OpenProblem:
    found = [p for p in detect(Story.model_validate(story), packaged_bank()) if p.rule == rule]
    assert len(found) == 1
    return found[0]


def test_deciding_an_unsure_failure_mode_does_not_decide_one_marked_unsure_later() -> None:
    # The issue's own case: a new user accepted the one unsure failure mode, and a second
    # one marked unsure later was silently accepted with it.
    accepted = {"status": "accepted", "note": "Deceptive alignment is out of scope here."}
    one = {
        "failure_modes": {"deceptive-alignment": {"relevance": "unsure"}},
        "triage": {"unsure-failure-mode:deceptive-alignment": accepted},
    }
    problem = _decided(one, "unsure-failure-mode")
    assert problem.covers == ("unsure-failure-mode:deceptive-alignment",)
    assert problem.status is ProblemStatus.ACCEPTED
    two = {
        **one,
        "failure_modes": {**one["failure_modes"], "mesa-optimization": {"relevance": "unsure"}},
    }
    problem = _decided(two, "unsure-failure-mode")
    assert problem.status is ProblemStatus.OPEN
    assert problem.note == accepted["note"]  # what was decided, shown with it
    # A decision under the bare rule id still covers every mode (format 1's meaning).
    covering = {**two, "triage": {"unsure-failure-mode": accepted}}
    assert _decided(covering, "unsure-failure-mode").status is ProblemStatus.ACCEPTED


def test_accepting_a_catastrophic_row_does_not_accept_a_row_added_later() -> None:
    def row(n: int) -> dict[str, str]:
        return {
            "id": f"row-{n}",
            "assumption": f"Assumption {n} holds.",
            "if_wrong": "The model learns to deceive its overseers.",
            "failure": "catastrophic",
        }

    accepted = {"status": "accepted", "note": "Row 1 needs a planner, which it cannot hold."}
    story: dict[str, Any] = {
        "sensitivity": [row(1)],
        "triage": {"catastrophic-sensitivity:row-1": accepted},
    }
    assert _decided(story, "catastrophic-sensitivity").status is ProblemStatus.ACCEPTED
    story["sensitivity"] = [row(1), row(2)]
    problem = _decided(story, "catastrophic-sensitivity")
    assert problem.status is ProblemStatus.OPEN
    assert problem.covers == ("catastrophic-sensitivity:row-1", "catastrophic-sensitivity:row-2")
    addressed = {"status": "addressed", "note": "Row 2 is guarded by the hardware interlock."}
    story["triage"]["catastrophic-sensitivity:row-2"] = addressed
    assert _decided(story, "catastrophic-sensitivity").status is ProblemStatus.ACCEPTED
    # Neither decision is stale while its row is in the problem; one whose row is gone is.
    story["sensitivity"] = [row(2)]
    notes = report(Story.model_validate(story), packaged_bank(), "x.toml").notes
    assert [(n.kind, n.key) for n in notes] == [("stale-triage", "catastrophic-sensitivity:row-1")]


def test_check_json_lists_the_keys_a_problem_stands_for(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _story_file(
        tmp_path,
        'format = 2\n[failure_modes.deceptive-alignment]\nrelevance = "unsure"\n'
        '[failure_modes.mesa-optimization]\nrelevance = "unsure"\n',
    )
    cli_main(["check", "--json", str(path)])
    problems = json.loads(capsys.readouterr().out)["problems"]
    unsure = [p for p in problems if p["rule"] == "unsure-failure-mode"]
    assert [p["covers"] for p in unsure] == [
        ["unsure-failure-mode:deceptive-alignment", "unsure-failure-mode:mesa-optimization"]
    ]


# --- bank versions -------------------------------------------------------------------------

V1_STORY = """\
format = 2

[goal]
classes = ["simulator", "pure-predictor"]

[answers]
simulator-what = "Whatever the prompt conditions on; compute goes to likely text."
predictor-fixed-points = "unsure"

[triage."unsure-answer:predictor-fixed-points"]
status = "accepted"
note = "Only offline use."

[interview]
bank = "mini"
bank_version = 1
at = "claims"
"""


def test_a_story_of_bank_version_1_is_migrated_to_version_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _story_file(tmp_path, V1_STORY)
    bank_v2 = DATA / "mini_bank_v2.toml"
    opened = open_story(path, bank_v2)
    story = opened.story
    assert story.answers == {
        "simulator-mechanism": "Whatever the prompt conditions on; compute goes to likely text."
    }
    assert story.retired["predictor-fixed-points"].value == "unsure"
    assert story.retired["predictor-fixed-points"].since == "mini 2"
    assert story.interview.bank_version == 2
    assert story.interview.at == "simulator-evidence"  # the new question, unanswered
    assert "bank mini version 1 -> 2" in opened.changes
    assert any("simulator-what -> answers.simulator-mechanism" in c for c in opened.changes)
    # Headless: check notes it, migrate writes it, and then it is up to date.
    assert cli_main(["check", "--bank", str(bank_v2), str(path)]) in (0, 1)
    assert "bank mini version 1 -> 2" in " ".join(capsys.readouterr().out.split())
    assert cli_main(["migrate", "--bank", str(bank_v2), str(path)]) == 0
    raw = _raw(path)
    assert raw["answers"]["simulator-mechanism"].startswith("Whatever the prompt")
    assert raw["retired"]["predictor-fixed-points"] == {"value": "unsure", "since": "mini 2"}
    assert raw["interview"]["bank_version"] == 2
    assert cli_main(["migrate", "--check", "--bank", str(bank_v2), str(path)]) == 0


@pytest.mark.parametrize("value", ["true", '"2"', "2.0"])
def test_a_bank_version_of_the_wrong_type_is_an_error(value: str) -> None:
    # Read as 1 or 2, 'bank_version = true' would have made a story look up to date.
    text = f'format = 2\n[interview]\nbank = "core"\nbank_version = {value}\n'
    with pytest.raises(storefile.StoryFileError) as caught:
        storefile.parse(text)
    assert "interview.bank_version" in str(caught.value)


def test_the_same_story_with_bank_version_1_is_up_to_date(tmp_path: Path) -> None:
    path = _story_file(tmp_path, V1_STORY)
    assert open_story(path, DATA / "mini_bank.toml").changes == ()


def test_an_answer_follows_a_rename_and_then_a_split_of_the_renamed_question(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Version 2 renames simulator-what to simulator-mechanism, version 3 splits that:
    # opened with version 3, the answer goes through both steps, it is not retired.
    path = _story_file(tmp_path, V1_STORY)
    bank_v3 = DATA / "mini_bank_v3.toml"
    opened = open_story(path, bank_v3)
    answer = "Whatever the prompt conditions on; compute goes to likely text."
    assert opened.story.answers == {
        "simulator-process": answer,
        "simulator-allocation": answer,
    }
    assert list(opened.story.retired) == ["predictor-fixed-points"]
    assert opened.story.interview.bank_version == 3
    assert opened.story.interview.at == "simulator-evidence"
    assert "question deception moved to section evaluation in mini 3" in opened.changes
    assert cli_main(["migrate", "--bank", str(bank_v3), str(path)]) == 0
    assert "split in mini 3; review them" in capsys.readouterr().out
    raw = _raw(path)
    assert raw["answers"] == {"simulator-process": answer, "simulator-allocation": answer}
    assert raw["interview"]["bank_version"] == 3


def test_a_question_added_in_one_step_and_renamed_in_the_next_is_still_asked(
    tmp_path: Path,
) -> None:
    text = (DATA / "mini_bank_v3.toml").read_text(encoding="utf-8")
    text = text.replace(
        "to = 3\n", 'to = 3\nrenamed = { simulator-evidence = "simulator-proof" }\n'
    )
    text = text.replace('id = "simulator-evidence"', 'id = "simulator-proof"')
    bank = tmp_path / "mini.toml"
    bank.write_text(text.replace("answers.simulator-evidence", "answers.simulator-proof"))
    opened = open_story(_story_file(tmp_path, V1_STORY), bank)
    assert opened.story.interview.at == "simulator-proof"


def test_every_new_question_left_to_answer_is_named(tmp_path: Path) -> None:
    # Split answers start from the old answer; with none to copy, both successors and
    # the question version 2 added are new and unanswered.
    story = V1_STORY.replace('simulator-what = "Whatever', 'other-notes = "Whatever')
    opened = open_story(_story_file(tmp_path, story), DATA / "mini_bank_v3.toml")
    assert opened.story.interview.at == "simulator-process"
    assert (
        "new questions to answer: simulator-process, simulator-allocation, simulator-evidence"
        in opened.changes
    )


def test_a_retired_answer_is_never_replaced_by_another_to_the_same_question(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A bank that asked a question again after dropping it: the story holds an answer
    # to it and a retired one. Opened with a bank without it, both are kept.
    path = _story_file(
        tmp_path,
        'format = 2\n[answers]\ngone = "the newer answer"\n'
        '[retired.gone]\nvalue = "the older answer"\nsince = "core 2"\n'
        '[interview]\nbank = "core"\nbank_version = 1\n',
    )
    opened = open_story(path)
    assert opened.story.answers == {}
    assert {k: r.value for k, r in opened.story.retired.items()} == {
        "gone": "the older answer",
        "gone-2": "the newer answer",
    }
    assert cli_main(["migrate", str(path)]) == 0
    assert "answers.gone kept as a retired answer under retired.gone-2" in capsys.readouterr().out
    assert _raw(path)["retired"]["gone-2"]["value"] == "the newer answer"
    assert _raw(path)["retired"]["gone"]["value"] == "the older answer"
    # A step that removes a question whose answer was already retired once keeps both.
    again = _story_file(
        tmp_path,
        V1_STORY + '\n[retired.predictor-fixed-points]\nvalue = "no"\nsince = "mini 2"\n',
        "again.toml",
    )
    retired = open_story(again, DATA / "mini_bank_v2.toml").story.retired
    assert {k: r.value for k, r in retired.items()} == {
        "predictor-fixed-points": "no",
        "predictor-fixed-points-2": "unsure",
    }


def test_the_same_answer_retired_twice_is_kept_once(tmp_path: Path) -> None:
    path = _story_file(
        tmp_path,
        'format = 2\n[answers]\ngone = "same"\n[retired.gone]\nvalue = "same"\n'
        '[interview]\nbank = "core"\nbank_version = 1\n',
    )
    opened = open_story(path)
    assert {k: r.value for k, r in opened.story.retired.items()} == {"gone": "same"}
    assert opened.story.answers == {} and opened.changes  # migrate would write it


def test_skips_of_questions_the_bank_lacks_are_said_to_be_forgotten(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _story_file(
        tmp_path,
        'format = 2\n[interview]\nbank = "core"\nbank_version = 1\nskipped = ["gone-too"]\n',
    )
    assert cli_main(["migrate", "--check", str(path)]) == 1
    assert "interview.skipped: gone-too not a question of core" in capsys.readouterr().out


def _bank_with(migrations: str, version: int = 2) -> str:
    text = (DATA / "mini_bank_v2.toml").read_text(encoding="utf-8")
    head, _, rest = text.partition("[[migrations]]")
    rest = rest[rest.index("[[sections]]") :]
    return head.replace("version = 2", f"version = {version}") + migrations + "\n" + rest


@pytest.mark.parametrize(
    ("migrations", "version", "expected"),
    [
        ('[[migrations]]\nto = 2\nrenamed = { old = "nowhere" }\n', 2, "'nowhere', which is not"),
        ('[[migrations]]\nto = 2\nremoved = ["title"]\n', 2, "still a question of the bank"),
        (
            '[[migrations]]\nto = 2\nrenamed = { a = "b", b = "title" }\n',
            2,
            "which this step renames again",
        ),
        ("[[migrations]]\nto = 2\n[[migrations]]\nto = 2\n", 2, "duplicate step"),
        ("[[migrations]]\nto = 3\n", 2, "the bank is version 2"),
        ('[[migrations]]\nto = 2\nadded = ["later"]\n', 2, "added question 'later'"),
        ('[[migrations]]\nto = 2\nrenamed = { a = "title" }\nremoved = ["a"]\n', 2, "both"),
    ],
)
def test_bank_check_refuses_broken_migrations(migrations: str, version: int, expected: str) -> None:
    with pytest.raises(BankError) as caught:
        parse_bank(_bank_with(migrations, version))
    assert expected in str(caught.value)


@pytest.mark.parametrize(
    ("old", "new"),
    [("version = 2", 'version = "2"'), ("version = 2", "version = 2.0"), ("to = 2", 'to = "2"')],
)
def test_bank_check_refuses_a_version_that_is_not_a_whole_number(old: str, new: str) -> None:
    text = (DATA / "mini_bank_v2.toml").read_text(encoding="utf-8").replace(old, new, 1)
    with pytest.raises(BankError) as caught:
        parse_bank(text)
    assert "integer" in str(caught.value)


def test_the_test_banks_with_migrations_are_valid() -> None:
    bank = load_bank(DATA / "mini_bank_v2.toml")
    assert bank.version == 2 and bank.migrations[0].renamed == {
        "simulator-what": "simulator-mechanism"
    }
    assert packaged_bank().version == 1


# --- recoverable failures and cited evidence ----------------------------------------------


def test_a_recoverable_row_is_neither_safe_nor_catastrophic_to_the_critic() -> None:
    bank = packaged_bank()

    def fired(failure: str) -> set[str | None]:
        row = {
            "id": "drift",
            "assumption": "Rewards stay calibrated.",
            "if_wrong": "It games them.",
        }
        story = Story.model_validate({"sensitivity": [{**row, "failure": failure}]})
        return {p.rule for p in detect(story, bank)}

    assert "catastrophic-sensitivity" in fired("catastrophic")
    assert "unknown-sensitivity" in fired("unknown")
    assert not fired("recoverable") & {"catastrophic-sensitivity", "unknown-sensitivity"}
    story = Story.model_validate(
        {"sensitivity": [{"assumption": "Rewards stay calibrated.", "failure": "recoverable"}]}
    )
    assert "| recoverable |" in render_story(story, bank)


def test_the_critic_asks_for_the_evidence_of_a_supported_claim() -> None:
    bank = packaged_bank()
    claim = {"id": "probe", "claim": "No search.", "test": "Probe it.", "status": "supported"}
    bare = Story.model_validate({"claims": [claim]})
    keys = {p.key for p in detect(bare, bank)}
    assert "supported-without-evidence:probe" in keys
    cited = Story.model_validate({"claims": [{**claim, "evidence": "arXiv:2601.00001"}]})
    assert "supported-without-evidence:probe" not in {p.key for p in detect(cited, bank)}
    assert "supported (evidence: arXiv:2601.00001)" in render_story(cited, bank)


def test_an_entry_keeps_its_id_and_its_triage_through_edits_in_the_interview() -> None:
    from storybuilder.interview import Interview

    bank = packaged_bank()
    story = Story.model_validate(
        {
            "claims": [{"id": "first", "claim": "One"}, {"id": "shape", "claim": "Uses shape"}],
            "triage": {"claim-without-test:shape": {"status": "accepted", "note": "Later."}},
        }
    )
    interview = Interview(story, bank)
    claims = bank.by_id["claims"]
    edited = [{**interview.value(claims)[1], "claim": "Uses shape, not texture"}]
    assert not [f for f in interview.answer(edited, claims) if f.level == "error"]
    assert [c.id for c in interview.story.claims] == ["shape"]
    found = {p.key: p for p in detect(interview.story, bank)}
    assert found["claim-without-test:shape"].note == "Later."
