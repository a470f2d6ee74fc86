"""Bank data that places answers in the document: labels, document parts, and examples
meant for goal classes."""

from __future__ import annotations

from pathlib import Path

import pytest

from storybuilder.bank import parse_bank
from storybuilder.cli import main
from tests.test_bank import HEAD, one_problem, question


def test_a_valid_label_part_and_example_load() -> None:
    bank = parse_bank(
        HEAD
        + question("sim", label="Process simulated", document_part="specification")
        + '\n[[questions.examples]]\ngoal_classes = ["simulator"]\ntext = "Molecules."\n'
    )
    sim = bank.by_id["sim"]
    assert (sim.label, sim.placement) == ("Process simulated", "specification")
    assert sim.examples[0].goal_classes == ("simulator",)


def test_without_a_part_an_answer_sits_in_its_section() -> None:
    assert parse_bank(HEAD + question("sim")).by_id["sim"].placement == "none"  # section "one"


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Why is it safe?", "a label is a noun phrase"),
        ("x" * 61, "one line of at most 60 characters"),
    ],
)
def test_a_label_that_is_not_a_noun_phrase_is_refused(label: str, expected: str) -> None:
    message = one_problem(question("sim", label=label))
    assert message.startswith("question 'sim': label ")
    assert expected in message


def test_an_unknown_document_part_is_refused() -> None:
    message = one_problem(question("sim", document_part="appendix"))
    assert message.startswith("question 'sim': document_part")


def test_an_example_for_an_unknown_goal_class_is_refused() -> None:
    example = '\n[[questions.examples]]\ngoal_classes = ["oracle"]\ntext = "An oracle."\n'
    message = one_problem(question("sim") + example)
    assert message == "question 'sim': an example names 'oracle', which is not in [[goal_classes]]"


def test_bank_check_notes_follow_ups_without_a_label(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "lab.toml"
    path.write_text(
        HEAD
        + question("sim", label="Process simulated", document_part="specification")
        + question("fixed", document_part="desirability"),
        encoding="utf-8",
    )
    assert main(["bank", "check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "note: question 'fixed' has no label" in out
    assert "'sim'" not in out
