"""The first pass through the core bank, and Next after a jump, driven without a screen."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from storybuilder import storefile
from storybuilder.bank import Bank, packaged_bank
from storybuilder.cli import main
from storybuilder.interview import Interview
from storybuilder.render import render_story
from storybuilder.story import Story

SPECIFICATION = (
    "A policy network whose learned reward model scores code edits; it holds an internal "
    "representation of the user's intent and has no search over actions beyond one edit."
)

FIRST_PASS_ANSWERS: dict[str, Any] = {
    "title": "An RLHF coding assistant",
    "summary": "We fine-tune a code model with human preference data to suggest edits.",
    "training-step": "yes",
    "goal-classes": ["corrigible-agent", "narrow-agent"],
    "goal-specification": SPECIFICATION,
    "goal-desirability": "Edits that match what the user asked for are what we want.",
    "rationale-classes": ["inductive-bias", "automated-oversight"],
    "training-setup": ["imitation", "learned-reward"],
    "training-judge": ["people-partly", "learned-judge"],
    "outputs-used": ["people-decide"],
    "checks-in-training": "no",
    "rationale-constraints": "Preference data covers the edits users actually ask for.",
    "rationale-nudges": "A KL penalty towards the pretrained model keeps the policy close.",
    "objective-misgeneralization-relevance": "applies",
    "mesa-optimization-relevance": "unsure",
    "outer-alignment-relevance": "applies",
    "inner-alignment-relevance": "does-not-apply",
    "deceptive-alignment-relevance": "unsure",
    "claims": [{"claim": "The reward model ranks sycophantic edits low.", "test": "A probe."}],
}


@pytest.fixture(scope="module")
def core() -> Bank:
    return packaged_bank("core")


def through_first_pass(interview: Interview) -> list[str]:
    """Answer the first pass as it comes; the ids asked."""
    asked = []
    while interview.first_pass:
        question = interview.current
        assert question is not None and question.first_pass, question
        asked.append(question.id)
        if question.answerable:
            feedback = interview.answer(FIRST_PASS_ANSWERS[question.id])
            assert all(f.level == "advice" for f in feedback), feedback
        interview.next()
    return asked


def test_a_new_story_starts_with_the_first_pass(core: Bank) -> None:
    interview = Interview(Story(), core)
    assert interview.first_pass
    assert interview.current is not None and interview.current.id == "title"


def test_a_bank_without_a_first_pass_asks_everything(mini_bank: Bank) -> None:
    assert not mini(mini_bank).first_pass
    assert not Interview(Story(), mini_bank, first_pass=True).first_pass


def test_the_first_pass_of_a_blank_story_gives_a_complete_valid_short_story(
    core: Bank, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    interview = Interview(Story(), core)
    asked = through_first_pass(interview)

    # Under half of what the whole interview asks with the same answers, and of the
    # questions that ask for writing, about a third: the rest are quick choices, among
    # them the setup facts the critic reads.
    whole = Interview(interview.story, core, first_pass=False).reachable()
    assert len(asked) < len(whole) * 0.5, (len(asked), len(whole))
    written = [q for q in whole if q.kind in ("text", "line") and q.id in asked]
    assert len(written) <= len([q for q in whole if q.kind in ("text", "line")]) * 0.4
    for setup in ("training-setup", "training-judge", "outputs-used", "checks-in-training"):
        assert setup in asked
    assert interview.first_pass_done()

    path = tmp_path / "story.toml"
    storefile.save(interview.story, path)
    assert main(["check", "--fail-on", "invalid", str(path)]) == 0
    text = capsys.readouterr().out
    assert f"first pass (done): {len(asked)} of {len(asked)} core questions answered" in text
    assert main(["check", "--json", str(path)]) == 1  # open problems remain to deepen
    first_pass = json.loads(capsys.readouterr().out)["first_pass"]
    assert first_pass["complete"] is True
    assert set(first_pass["sections"]) == {
        "project",
        "goal",
        "rationale",
        "failure-modes",
        "claims",
    }
    assert all(s["answered"] == s["total"] for s in first_pass["sections"].values())

    document = render_story(interview.story, core)
    for text in ("An RLHF coding assistant", "KL penalty", "sycophantic edits"):
        assert text in document


def test_after_the_first_pass_the_story_is_deepened_section_by_section(core: Bank) -> None:
    interview = Interview(Story(), core)
    through_first_pass(interview)
    assert not interview.first_pass and not interview.finished
    # The first question left, in bank order: the project section comes first again.
    assert interview.current is not None and interview.current.id == "authors"
    sections = []
    while not interview.finished:
        assert interview.current is not None
        # What the first pass answered is not asked again.
        assert not interview.current.first_pass, interview.current.id
        if interview.current.section not in sections:
            sections.append(interview.current.section)
        interview.next()
    order = [s.id for s in core.sections]
    assert sections == sorted(sections, key=order.index)
    assert len(sections) >= 5


def test_resuming_keeps_the_pass_the_story_was_in(core: Bank) -> None:
    interview = Interview(Story(), core)
    for _ in range(3):
        question = interview.current
        assert question is not None
        interview.answer(FIRST_PASS_ANSWERS[question.id])
        interview.next()
    resumed = Interview(interview.story, core)
    assert resumed.first_pass and resumed.current == interview.current

    # A story resumed at a question outside the first pass goes on in the whole interview.
    interview.jump("authors")
    resumed = Interview(interview.story, core)
    assert not resumed.first_pass
    assert resumed.current is not None and resumed.current.id == "authors"


def test_the_first_pass_can_be_left_and_started_again(core: Bank) -> None:
    interview = Interview(Story(), core)
    interview.answer("T")
    interview.set_first_pass(False)
    assert interview.next() is not None and interview.current is not None
    assert interview.current.id == "authors"
    interview.set_first_pass(True)
    assert interview.current is not None and interview.current.id == "summary"


def test_place_counts_the_questions_of_the_pass(core: Bank) -> None:
    interview = Interview(Story(), core)
    question = core.by_id["goal-classes"]
    first = interview.place(question)
    interview.set_first_pass(False)
    whole = interview.place(question)
    assert first[1] < whole[1] and first[0] < whole[0]


# -- Next after a jump -----------------------------------------------------------------


def mini(bank: Bank) -> Interview:
    return Interview(Story.model_validate({"interview": {"bank": "mini"}}), bank)


def test_next_after_a_jump_returns_to_where_the_jump_started(mini_bank: Bank) -> None:
    interview = mini(mini_bank)
    interview.answer("T")
    interview.next()
    assert interview.current is not None and interview.current.id == "authors"
    interview.jump("claims")
    assert interview.returns_to is not None and interview.returns_to.id == "authors"
    interview.answer([{"claim": "No lookahead."}])
    assert interview.next() is not None
    assert interview.current is not None and interview.current.id == "authors"
    # Once back, Next goes on as usual.
    assert interview.returns_to is None
    interview.next()
    assert interview.current is not None and interview.current.id == "advanced"


def test_a_run_of_jumps_returns_to_where_the_first_started(mini_bank: Bank) -> None:
    interview = mini(mini_bank)
    interview.jump("claims")
    interview.jump_section("goal")
    interview.skip()  # skipping goes back too
    assert interview.current is not None and interview.current.id == "title"


def test_back_after_a_jump_forgets_the_way_back(mini_bank: Bank) -> None:
    interview = mini(mini_bank)
    interview.jump("specification")
    interview.back()
    assert interview.returns_to is None
    interview.next()
    assert interview.current is not None and interview.current.id == "specification"


def test_a_jump_from_past_the_end_returns_past_the_end(mini_bank: Bank) -> None:
    interview = mini(mini_bank)
    while interview.next() is not None:
        pass
    assert interview.finished
    interview.jump("authors")
    assert not interview.finished
    assert interview.next() is None and interview.finished


def test_a_story_past_its_first_pass_resumes_where_it_was_left(core: Bank) -> None:
    interview = Interview(Story(), core)
    through_first_pass(interview)
    interview.next()
    resumed = Interview(interview.story, core)
    assert resumed.deepening and resumed.current == interview.current
    # Resumed on a first-pass answer (left there after a jump): shown, in the whole
    # interview, rather than skipped over.
    interview.jump("goal-specification")
    resumed = Interview(interview.story, core)
    assert not resumed.first_pass and not resumed.deepening
    assert resumed.current is not None and resumed.current.id == "goal-specification"
