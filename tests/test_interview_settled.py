"""Branching skips what an earlier answer settles, and examples follow the goal class
(the core bank, through the interview engine)."""

from __future__ import annotations

from typing import Any

import pytest

from storybuilder.bank import Bank, packaged_bank
from storybuilder.interview import Interview
from storybuilder.story import Story


def interview_with(**story: Any) -> Interview:
    data = {"interview": {"bank": "core"}, "meta": {"training_step": True}, **story}
    return Interview(Story.model_validate(data), packaged_bank("core"))


def asked(interview: Interview) -> list[str]:
    return [q.id for q in interview.reachable()]


def answered(interview: Interview, question_id: str, value: Any) -> Interview:
    question = interview.bank.by_id[question_id]
    assert [f for f in interview.answer(value, question) if f.level == "error"] == []
    return interview


PRECURSOR = {"rationale": {"classes": ["precursor-checking"]}}


def test_a_route_around_the_precursor_settles_that_it_is_not_necessary() -> None:
    interview = answered(interview_with(**PRECURSOR), "precursor-other-route", "yes")
    assert "precursor-other-route" in asked(interview)
    assert "precursor-necessary" not in asked(interview)


@pytest.mark.parametrize("route", ["no", "unsure", None])
def test_necessity_is_asked_while_no_route_around_it_is_known(route: str | None) -> None:
    interview = interview_with(**PRECURSOR)
    if route is not None:
        answered(interview, "precursor-other-route", route)
    ids = asked(interview)
    assert ids.index("precursor-other-route") < ids.index("precursor-necessary")


MODES = ["objective-misgeneralization", "mesa-optimization", "deceptive-alignment"]


@pytest.mark.parametrize("mode", MODES)
def test_after_unsure_the_interview_asks_what_would_settle_it(mode: str) -> None:
    interview = answered(interview_with(), f"{mode}-relevance", "unsure")
    ids = asked(interview)
    assert f"{mode}-reason" not in ids
    assert f"{mode}-unsure" in ids
    assert ids.index(f"{mode}-relevance") + 1 == ids.index(f"{mode}-unsure")
    # Its answer is the failure mode's reason, as the document and the critic read it.
    answered(interview, f"{mode}-unsure", "Probing at three checkpoints would settle it.")
    assert interview.story.failure_modes[mode].reason is not None


@pytest.mark.parametrize("relevance", ["applies", "does-not-apply", None])
def test_the_reason_is_asked_when_the_author_knows(relevance: str | None) -> None:
    interview = interview_with()
    if relevance is not None:
        answered(interview, "mesa-optimization-relevance", relevance)
    ids = asked(interview)
    assert "mesa-optimization-reason" in ids
    assert "mesa-optimization-unsure" not in ids


def core() -> Bank:
    return packaged_bank("core")


def test_the_example_shown_matches_the_story_goal_class() -> None:
    spec = core().by_id["goal-specification"]
    coding = interview_with(goal={"classes": ["task-model"]}).example(spec)
    assert "code" in coding and "residue" not in coding
    corrigible = interview_with(goal={"classes": ["corrigible-agent"]}).example(spec)
    assert "endorse" in corrigible
    # No class chosen, or none an example is meant for: the question's general example.
    assert interview_with().example(spec) == spec.example
    assert interview_with(goal={"classes": ["other"]}).example(spec) == spec.example


def test_the_example_meant_for_most_of_the_classes_wins() -> None:
    desirability = core().by_id["goal-desirability"]
    interview = interview_with(goal={"classes": ["pure-predictor", "truthful-qa", "task-model"]})
    # The example for pure predictors, simulators and question-answerers shares two
    # classes with the story; the one for task models and myopic agents only one.
    assert "world model" in interview.example(desirability)


def test_a_problem_about_an_unsure_reason_leads_to_the_question_asked_now() -> None:
    interview = answered(interview_with(), "mesa-optimization-relevance", "unsure")
    fillers = interview.bank.questions_at("failure_modes.mesa-optimization.reason")
    asked_now = [q.id for q in fillers if interview.is_reachable(q)]
    assert asked_now == ["mesa-optimization-unsure"]
    answered(interview, "mesa-optimization-relevance", "applies")
    asked_now = [q.id for q in fillers if interview.is_reachable(q)]
    assert asked_now == ["mesa-optimization-reason"]
