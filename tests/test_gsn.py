"""`storybuilder export --to gsn`: the story as an assurance case gsn2x accepts.

gsn2x's validation rules are checked by tests/gsn_check.py over our own output; this
file checks that every shipped example and fresh stories pass them, that open problems
become undeveloped goals (or counter-goals) and accepted ones assumptions, that ids stay
the same across exports, and that no author text can break the YAML.
"""

from __future__ import annotations

import difflib
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storybuilder.argument import build
from storybuilder.bank import packaged_bank
from storybuilder.cli import main
from storybuilder.critic import all_problems
from storybuilder.examples import list_examples, load_example
from storybuilder.gsn_yaml import quoted, to_yaml
from storybuilder.story import (
    Claim,
    ClaimStatus,
    FailureModeEntry,
    Goal,
    Meta,
    Problem,
    Relevance,
    SensitivityRow,
    Story,
)
from tests import gsn_check
from tests.strategies import stories

BANK = packaged_bank("core")
NAMES = sorted(e.name for e in list_examples())
EXAMPLES = Path(__file__).parents[1] / "src" / "storybuilder" / "examples"

FRESH = Story(
    meta=Meta(title="Chip placement", summary="A cost model for placing chips."),
    goal=Goal(classes=["task-model"], specification="A learned cost model with no search."),
    failure_modes={
        "mesa-optimization": FailureModeEntry(relevance=Relevance.UNSURE),
        "deceptive-alignment": FailureModeEntry(relevance=Relevance.APPLIES),
    },
    claims=[Claim(claim="No lookahead inside the model.")],
    sensitivity=[SensitivityRow(assumption="The netlists are representative.")],
)
STORIES = {name: load_example(name) for name in NAMES} | {"fresh": FRESH, "empty": Story()}


def exported(story: Story) -> dict[str, dict[str, Any]]:
    return gsn_check.parse(to_yaml(build(story, BANK)))


def slug(key: str) -> str:
    """A problem key as it appears in element ids ('claim-without-test:x' -> '...-x')."""
    return re.sub(r"[^a-z0-9]+", "-", key).strip("-")


@pytest.mark.parametrize("name", list(STORIES))
def test_export_passes_gsn2x_validation(name: str) -> None:
    elements = exported(STORIES[name])
    assert gsn_check.problems(elements) == []
    assert next(iter(elements)) == "G-goal", "the root comes first"


@pytest.mark.parametrize("name", list(STORIES))
def test_each_open_problem_is_one_undeveloped_goal_and_addressed_ones_are_absent(
    name: str,
) -> None:
    story = STORIES[name]
    elements = exported(story)
    problems = all_problems(story, BANK)
    assert problems, "every story here has problems to map"
    for problem in problems:
        mine = [i for i in elements if i.split("-", 1)[1] == f"problem-{slug(problem.key)}"]
        if problem.is_open:
            assert len(mine) == 1, problem.key
            element_id = mine[0]
            assert element_id.split("-")[0] in ("G", "CG")
            assert elements[element_id]["undeveloped"] is True
            assert problem.title in elements[element_id]["text"]
        elif problem.status.value == "accepted":
            assert mine == [f"A-problem-{slug(problem.key)}"], problem.key
            assert (problem.note or "") in elements[mine[0]]["text"]
        else:
            assert mine == [], f"addressed {problem.key} is not part of the argument"
    stood_for = [i for i in elements if "-problem-" in i]
    assert len(stood_for) == sum(p.status.value != "addressed" for p in problems)


def test_the_mapping_of_the_story_parts() -> None:
    elements = exported(load_example("cat-classifier"))
    assert elements["G-goal"]["supportedBy"] == ["S-training-story"]
    assert elements["S-training-story"]["supportedBy"][:3] == [
        "G-specification",
        "G-desirability",
        "G-rationale",
    ]
    assert elements["G-rationale"]["supportedBy"][:2] == ["G-constraints", "G-nudges"]
    # A supported claim with a test is evidence; a falsified one counters the specification.
    assert "Sn-claim-the-heuristics-are-combined-by" in elements["G-specification"]["supportedBy"]
    assert elements["CSn-claim-the-network-s-cat-evidence"]["challenges"] == "G-specification"
    assert elements["G-claim-removing-the-background-changes-the"]["undeveloped"] is True
    # Failure modes: applying ones counter the rationale, answered by their mitigation;
    # dismissed ones are justifications with the reason.
    assert elements["CG-failure-mesa-optimization"]["challenges"] == "G-rationale"
    assert (
        elements["CG-mitigation-mesa-optimization"]["challenges"] == "CG-failure-mesa-optimization"
    )
    assert "J-failure-deceptive-alignment" in elements["G-rationale"]["inContextOf"]
    assert elements["J-failure-deceptive-alignment"]["text"].startswith(
        "Deceptive alignment does not apply: Deception needs"
    )
    rows = [i for i in elements["G-rationale"]["inContextOf"] if i.startswith("A-assumption-")]
    assert len(rows) == 3
    fresh = exported(FRESH)
    assert fresh["G-failure-mesa-optimization"]["supportedBy"] == ["G-problem-unsure-failure-mode"]
    assert "C-project" in fresh["G-goal"]["inContextOf"]
    assert exported(load_example("truthful-qa"))["G-goal"]["inContextOf"][1:] == [
        f"C-evaluation-{c}"
        for c in (
            "goal-alignment",
            "goal-competitiveness",
            "rationale-alignment",
            "rationale-competitiveness",
        )
    ]


def test_ids_do_not_depend_on_positions() -> None:
    story = load_example("cat-classifier")
    before = exported(story)
    edited = story.model_copy(
        update={
            "claims": story.claims[1:],
            "sensitivity": [SensitivityRow(assumption="A new first row."), *story.sensitivity],
        }
    )
    after = exported(edited)
    gone = {
        "CSn-claim-the-network-s-cat-evidence",
        "G-problem-falsified-claim-the-network-s-cat-evidence",
    }
    assert set(before) - gone <= set(after)
    assert set(after) - set(before) == {
        "A-assumption-a-new-first-row",
        "G-problem-unknown-sensitivity-a-new-first-row",
    }
    assert to_yaml(build(story, BANK)) == to_yaml(build(story, BANK)), "deterministic"


HOSTILE = [
    'a "quote" and a \\ backslash',
    "key: value # not a comment",
    "- not a list\n? not a key\n--- not a document",
    "yes",
    "&anchor *alias !tag %directive @at `tick`",
    "line\nbreaks\r\nand\u2028separators\u2029and\u0085NEL",
    "controls \x00\x07\x1b[31m\x7f\x9b and a BOM \ufeff",
    "{flow: [mapping]}, 'single'",
    "naïve 日本語 🐈‍⬛",
    "",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_any_author_text_reads_back_exactly(text: str) -> None:
    meta = Meta(title=text or None, summary=text or None)
    elements = exported(FRESH.model_copy(update={"meta": meta}))
    held = meta.title or ""  # as the story holds it (line endings made LF)
    if held:
        assert elements["C-project"]["text"] == held
    assert elements["G-goal"]["text"].startswith(f"{held or 'The project'}: training produces")
    assert gsn_check.problems(elements) == []


# YAML's printable characters (YAML 1.2, 5.1), less the line breaks of YAML 1.1.
_YAML_UNPRINTABLE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]|[\u2028\u2029\ufeff]"
)


@given(st.text())
def test_quoted_scalars_are_printable_and_exact(text: str) -> None:
    scalar = quoted(text)
    assert not _YAML_UNPRINTABLE.search(scalar)
    assert "\n" not in scalar and "\\ud8" not in scalar.lower()
    expected = re.sub("[\ud800-\udfff]", "\ufffd", text)
    assert json.loads(scalar) == expected


def test_cli_export_to_file_and_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = EXAMPLES / "microscope-ai.toml"
    out = tmp_path / "case" / "training.gsn.yaml"
    out.parent.mkdir()
    assert main(["export", str(story), "--to", "gsn", "-o", str(out)]) == 0
    assert "wrote" in capsys.readouterr().err
    written = out.read_text(encoding="utf-8")
    assert gsn_check.problems(gsn_check.parse(written)) == []
    assert main(["export", str(story), "--to", "gsn"]) == 0
    assert capsys.readouterr().out == written


def test_cli_export_of_an_invalid_story_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("format = 1\n[goal]\nclasses = 3\n", encoding="utf-8")
    out = tmp_path / "out.yaml"
    assert main(["export", str(bad), "--to", "gsn", "-o", str(out)]) == 2
    assert "goal.classes" in capsys.readouterr().err
    assert not out.exists()
    with pytest.raises(SystemExit) as exit_info:
        main(["export", str(bad), "--to", "pdf"])
    assert exit_info.value.code == 2


# --- the checks themselves can fail -------------------------------------------------------


def _valid() -> dict[str, dict[str, Any]]:
    return {
        "G1": {"text": "top", "supportedBy": ["S1"], "inContextOf": ["C1"]},
        "S1": {"text": "s", "supportedBy": ["Sn1"]},
        "Sn1": {"text": "e"},
        "C1": {"text": "c"},
        "CG1": {"text": "x", "challenges": "S1", "supportedBy": ["CSn1"]},
        "CSn1": {"text": "y"},
    }


@pytest.mark.parametrize(
    ("change", "code"),
    [
        (lambda e: e.update({"X1": {"text": "x"}}), "V01"),
        (lambda e: e["S1"].update({"supportedBy": []}), "V02"),
        (lambda e: e["S1"].update({"undeveloped": True}), "V03"),
        (lambda e: e["S1"].update({"supportedBy": ["C1"]}), "V04"),
        (lambda e: e["Sn1"].update({"inContextOf": ["C1"]}), "V04"),
        (lambda e: e["S1"].update({"supportedBy": ["Sn1", "Sn1"]}), "V05"),
        (lambda e: e["S1"].update({"supportedBy": ["S1"]}), "V06"),
        (lambda e: e["C1"].update({"challenges": "G1"}), "V12"),
        (lambda e: e.update({"G2": {"text": "other", "undeveloped": True}}), "C01"),
        (
            lambda e: e.update(
                {"Sn2": {"text": "top"}, "G0": {"text": "g", "supportedBy": ["Sn9"]}}
            ),
            "C03",
        ),
        (lambda e: e["CG1"].update({"challenges": "G9"}), "C14"),
        (lambda e: e["CG1"].update({"challenges": "CG1"}), "C13"),
    ],
)
def test_the_validator_rejects_what_gsn2x_rejects(change: Any, code: str) -> None:
    elements = _valid()
    assert gsn_check.problems(elements) == []
    change(elements)
    assert any(p.startswith(code) for p in gsn_check.problems(elements)), code


def test_the_validator_finds_cycles_roots_and_unreachable_parts() -> None:
    cyclic = _valid()
    cyclic["S1"]["supportedBy"] = ["G2"]
    cyclic["G2"] = {"text": "g", "supportedBy": ["S1"]}
    assert any(p.startswith("C04") for p in gsn_check.problems(cyclic))
    strategy_root: dict[str, dict[str, Any]] = {
        "S1": {"text": "s", "supportedBy": ["Sn1"]},
        "Sn1": {"text": "e"},
    }
    assert any(p.startswith("C02") for p in gsn_check.problems(strategy_root))
    island = _valid()
    island["CG2"] = {"text": "loop", "challenges": "CG3"}
    island["CG3"] = {"text": "loop", "challenges": "CG2"}
    assert any(p.startswith("C08") for p in gsn_check.problems(island))
    for outside in (
        'G1:\n  text: "a"\n  colour: "red"\n',
        'G1:\n  text: "a"\n    - "S1"\n',  # an item with no sequence
        'G1:\n  supportedBy:\n\nS1:\n  text: "b"\n',  # an empty sequence
        'G1:\n  supportedBy: ["S1"]\n',  # flow style is not what the exporter writes
    ):
        with pytest.raises(AssertionError):
            gsn_check.parse(outside)
    assert gsn_check.parse('G1:\n  supportedBy:\n    - "S1"\n    - "S2"\n') == {
        "G1": {"supportedBy": ["S1", "S2"]}
    }


# A sentence end doubled where the exporter joins texts ('search.. Test:', 'them?. Note:'),
# an ellipsis left alone; and a joined part that starts without the one before it ending.
_DOUBLED_END = re.compile(r"(?<!\.)[.?!]\.(?!\.)")
_RUN_ON = re.compile(r"[^.?!…] (Test|Evidence|If wrong|Note):")


def test_joined_texts_read_as_sentences() -> None:
    bare = FRESH.model_copy(
        update={
            "claims": [
                Claim(
                    claim="No lookahead",
                    test="Probe for it",
                    status=ClaimStatus.SUPPORTED,
                    evidence="run 4",
                ),
                Claim(
                    claim="No memory?",
                    test="Ablate it.",
                    status=ClaimStatus.FALSIFIED,
                    evidence="run 5",
                ),
                Claim(claim="No search", test="Look for it"),
                Claim(claim="Additive votes", status=ClaimStatus.SUPPORTED, evidence="notebook 2"),
            ],
            "sensitivity": [SensitivityRow(assumption="Data is clean", if_wrong="It learns noise")],
        }
    )
    for name, story in {**STORIES, "bare": bare}.items():
        problems = [p._replace(note=p.note or "A note") for p in all_problems(story, BANK)]
        for element in build(story, BANK, problems).elements.values():
            assert not _DOUBLED_END.search(element.text), (name, element.id, element.text)
            assert not _RUN_ON.search(element.text), (name, element.id, element.text)
    texts = {e.id: e.text for e in build(bare, BANK).elements.values()}
    assert texts["Sn-claim-no-lookahead"] == (
        "Supported: No lookahead. Test: Probe for it. Evidence: run 4"
    )
    assert texts["CSn-claim-no-memory"] == "Falsified: No memory? Test: Ablate it. Evidence: run 5"
    assert texts["G-claim-no-search"] == "No search (untested. Test: Look for it)"
    # A claim said to be supported without a test stays undeveloped, its evidence kept.
    assert texts["G-claim-additive-votes"] == "Additive votes (no test yet. Evidence: notebook 2)"
    assert texts["A-assumption-data-is-clean"] == (
        "Data is clean. If wrong: It learns noise (failure: unknown)"
    )


@pytest.mark.parametrize("blank", ["\n", "  ", "\t \r\n"])
def test_a_blank_title_or_summary_is_no_text(blank: str) -> None:
    elements = exported(Story(meta=Meta(title=blank, summary=blank)))
    assert "C-project" not in elements, "a context with nothing to say"
    assert elements["G-goal"]["text"].startswith("The project: training produces")
    assert gsn_check.problems(elements) == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(story=stories())
def test_any_story_exports_a_valid_argument_with_its_open_problems(story: Story) -> None:
    elements = exported(story)
    assert gsn_check.problems(elements) == []
    for problem in all_problems(story, BANK):
        mine = [i for i in elements if i.split("-", 1)[1] == f"problem-{slug(problem.key)}"]
        if problem.is_open:
            assert len(mine) == 1 and elements[mine[0]].get("undeveloped") is True, problem.key
        elif problem.status.value == "addressed":
            assert mine == [], problem.key


def test_a_new_problem_adds_lines_and_changes_none() -> None:
    """A safety-case repository reviews the export's diff: a problem added to the story
    shows as its element and its one link, not as a rewritten list of links."""
    story = load_example("truthful-qa")
    before = to_yaml(build(story, BANK)).splitlines()
    added = Problem(id="label-noise", title="Label noise is not measured")
    after = to_yaml(build(story.model_copy(update={"problems": [*story.problems, added]}), BANK))
    changes = [
        line
        for line in difflib.unified_diff(before, after.splitlines(), lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]
    assert not [line for line in changes if line.startswith("-")], changes
    assert '    - "G-problem-problems-label-noise"' in [line[1:] for line in changes]


def test_readme_shows_a_safety_case_repository_keeping_the_export_in_sync() -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Keeping a safety case in sync", 1)[1].split("\n#", 1)[0]
    commands = " ".join(re.findall(r"```sh\n(.*?)```", section, re.S)[0].split())
    assert re.fullmatch(
        r"storybuilder export (\S+) --to gsn -o (\S+) && git diff --exit-code \2", commands
    ), commands
