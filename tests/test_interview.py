"""The interview engine, driven without any screen."""

from __future__ import annotations

from typing import Any

import pytest

from storybuilder.bank import Bank
from storybuilder.interview import Interview
from storybuilder.story import Claim, Relevance, Story, Verdict


def start(bank: Bank, **story: Any) -> Interview:
    return Interview(Story.model_validate({"interview": {"bank": "mini"}, **story}), bank)


def answer_all(interview: Interview, answers: dict[str, Any]) -> list[str]:
    """Answer the questions in order as they come; return the ids asked."""
    asked = []
    while not interview.finished:
        question = interview.current
        assert question is not None
        asked.append(question.id)
        if question.id in answers:
            assert interview.answer(answers[question.id]) == [] or all(
                f.level == "advice" for f in interview.answer(answers[question.id])
            )
        interview.next()
    return asked


BASE = {
    "title": "Chip placement",
    "authors": "A. Researcher\nB. Engineer",
    "specification": "A learned cost model over netlist features with no search over the world.",
    "deception": "does-not-apply",
    "claims": [{"claim": "No planning beyond one placement step.", "test": "Probe for lookahead."}],
}


def test_branch_without_simulator_or_advanced(mini_bank: Bank) -> None:
    interview = start(mini_bank)
    asked = answer_all(interview, {**BASE, "advanced": "no", "goal-classes": ["other"]})
    assert asked == [
        "title",
        "authors",
        "advanced",
        "goal-classes",
        "specification",
        "deception",
        "claims",
    ]
    story = interview.story
    assert story.meta.title == "Chip placement"
    assert story.meta.authors == ["A. Researcher", "B. Engineer"]
    assert story.meta.advanced is False
    assert story.goal.classes == ["other"]
    assert story.failure_modes["deceptive-alignment"].relevance is Relevance.DOES_NOT_APPLY
    assert story.claims == [
        Claim(claim="No planning beyond one placement step.", test="Probe for lookahead.")
    ]
    assert story.evaluation == {}
    assert all(p.complete for p in interview.progress())


def test_branch_with_simulator_predictor_and_advanced(mini_bank: Bank) -> None:
    interview = start(mini_bank)
    asked = answer_all(
        interview,
        {
            **BASE,
            "advanced": "yes",
            "goal-classes": ["pure-predictor", "simulator"],
            "simulator-what": "It simulates a physics engine and never chooses its own focus.",
            "predictor-fixed-points": "unsure",
            "verdict": "uncertain",
        },
    )
    assert asked == [
        "title",
        "authors",
        "advanced",
        "goal-classes",
        "specification",
        "simulator-what",
        "predictor-fixed-points",
        "deception",
        "verdict",
        "claims",
    ]
    story = interview.story
    assert story.goal.classes == ["simulator", "pure-predictor"]  # bank order, not click order
    assert story.answers == {
        "simulator-what": "It simulates a physics engine and never chooses its own focus.",
        "predictor-fixed-points": "unsure",
    }
    assert story.evaluation["goal-alignment"].verdict is Verdict.UNCERTAIN


def test_changing_an_earlier_answer_keeps_unreachable_answers(mini_bank: Bank) -> None:
    interview = start(mini_bank)
    interview.jump("goal-classes")
    interview.answer(["simulator"])
    interview.jump("simulator-what")
    interview.answer("Simulates weather.")
    interview.jump("goal-classes")
    interview.answer(["other"])
    assert "simulator-what" not in [q.id for q in interview.reachable()]
    assert interview.story.answers["simulator-what"] == "Simulates weather."
    interview.answer(["simulator", "other"])
    assert interview.is_reachable(mini_bank.by_id["simulator-what"])
    assert interview.value(mini_bank.by_id["simulator-what"]) == "Simulates weather."


def test_back_never_loses_an_answer(mini_bank: Bank) -> None:
    interview = start(mini_bank)
    interview.answer("Title")
    interview.next()
    interview.answer(["Someone"])
    interview.back()
    assert interview.current is not None and interview.current.id == "title"
    assert interview.value(interview.current) == "Title"
    interview.back()  # stays on the first question
    assert interview.current.id == "title"
    assert not interview.can_go_back
    interview.next()
    assert interview.value(interview.current) == ["Someone"]


def test_back_from_the_end_returns_to_the_last_question(mini_bank: Bank) -> None:
    interview = start(mini_bank)
    while interview.next() is not None:
        pass
    assert interview.finished
    assert interview.back() is not None
    assert interview.current is not None and interview.current.id == "claims"
    assert not interview.finished


def test_resume_at_the_saved_question(mini_bank: Bank) -> None:
    interview = start(mini_bank)
    interview.answer("T")
    interview.next()
    interview.next()
    assert interview.story.interview.at == "advanced"
    resumed = Interview(interview.story, mini_bank)
    assert resumed.current is not None and resumed.current.id == "advanced"


def test_resume_point_no_longer_reachable_falls_back_to_first_unanswered(mini_bank: Bank) -> None:
    resumed = start(mini_bank, meta={"title": "T"}, interview={"bank": "mini", "at": "verdict"})
    assert resumed.current is not None and resumed.current.id == "authors"


def test_skip_records_and_answer_clears(mini_bank: Bank) -> None:
    interview = start(mini_bank)
    interview.skip()
    assert interview.story.interview.skipped == ["title"]
    assert interview.current is not None and interview.current.id == "authors"
    interview.back()
    interview.answer("Now answered")
    assert interview.story.interview.skipped == []


def test_required_answer_and_min_words(mini_bank: Bank) -> None:
    interview = start(mini_bank)
    [feedback] = interview.answer("   ")
    assert feedback.level == "error" and "needs an answer" in feedback.message
    assert interview.story.meta.title is None
    interview.jump("specification")
    [feedback] = interview.answer("Two words")
    assert feedback.level == "error" and "at least 3 words (2 so far)" in feedback.message
    assert interview.story.goal.specification is None


def test_mechanistic_check_advises_at_the_answer(mini_bank: Bank) -> None:
    interview = start(mini_bank)
    interview.jump("specification")
    feedback = interview.answer("It answers user questions accurately and quickly.")
    assert [f.level for f in feedback] == ["advice"]
    assert interview.story.goal.specification == "It answers user questions accurately and quickly."


def test_invalid_choices_are_refused(mini_bank: Bank) -> None:
    interview = start(mini_bank)
    interview.jump("deception")
    [feedback] = interview.answer("maybe")
    assert "Choose one of: applies, does-not-apply, unsure" in feedback.message
    interview.jump("goal-classes")
    [feedback] = interview.answer(["simulator", "oracle"])
    assert "Unknown choice 'oracle'" in feedback.message


def test_entries_validation_names_the_entry(mini_bank: Bank) -> None:
    interview = start(mini_bank)
    interview.jump("claims")
    [feedback] = interview.answer([{"claim": "A"}, {"test": "only a test"}])
    assert feedback.where == "entry 2, Claim"
    [feedback] = interview.answer([{"claim": "A", "status": "proven"}])
    assert feedback.where == "entry 1, Status"
    assert (
        interview.answer([{"claim": "A", "status": "supported"}, {"claim": " ", "test": ""}]) == []
    )
    assert [c.claim for c in interview.story.claims] == ["A"]


def test_text_is_cleaned_of_control_characters(mini_bank: Bank) -> None:
    interview = start(mini_bank)
    interview.answer("Title\x00 with\x1b[31m escapes\r\nand a newline")
    assert interview.story.meta.title == "Title with[31m escapes and a newline"


def test_progress_counts_reachable_questions_per_section(mini_bank: Bank) -> None:
    interview = start(mini_bank, meta={"title": "T", "advanced": True})
    progress = {p.section.id: (p.answered, p.total) for p in interview.progress()}
    assert progress == {"project": (2, 3), "goal": (0, 3), "evaluation": (0, 1), "claims": (0, 1)}


def test_jump_section_goes_to_first_unanswered(mini_bank: Bank) -> None:
    interview = start(mini_bank, meta={"title": "T"})
    question = interview.jump_section("project")
    assert question is not None and question.id == "authors"
    assert interview.jump_section("evaluation") is None  # not advanced: nothing asked there
    with pytest.raises(KeyError):
        interview.jump_section("nope")
    with pytest.raises(ValueError, match="not asked"):
        interview.jump("verdict")


def test_clearing_an_answer(mini_bank: Bank) -> None:
    interview = start(mini_bank, meta={"authors": ["X"]})
    interview.jump("authors")
    assert interview.answer("") == []
    assert interview.story.meta.authors == []


def test_entry_numbers_count_blank_rows_as_the_author_sees_them(mini_bank: Bank) -> None:
    interview = start(mini_bank)
    interview.jump("claims")
    [feedback] = interview.answer([{"claim": "A"}, {}, {"test": "only a test"}])
    assert feedback.where == "entry 3, Claim"


def test_entries_read_back_without_unset_sub_fields(mini_bank: Bank) -> None:
    interview = start(mini_bank)
    interview.jump("claims")
    interview.answer([{"claim": "A"}])
    assert interview.value(mini_bank.by_id["claims"]) == [{"claim": "A", "status": "untested"}]
