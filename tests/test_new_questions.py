"""After a bank upgrade that added questions, the wizard asks only those first (the
new-questions pass), then goes on from where the author had left off. Driven without a
screen: the interview engine and the answering flow."""

from __future__ import annotations

from pathlib import Path

import pytest

from storybuilder.interview import Interview
from storybuilder.session import open_story
from storybuilder.tui.editor import StoryEditor
from storybuilder.tui.workflow import Edit, InterviewFlow

DATA = Path(__file__).parent / "data"

FUNDING = """
[[questions]]
id = "funding"
section = "project"
prompt = "Who funds the work?"
kind = "line"
field = "answers.funding"

[[questions]]
id = "funding-terms"
section = "project"
prompt = "Do the funding terms constrain the release?"
kind = "text"
field = "answers.funding-terms"
when = "funding is answered"

[[questions]]
id = "advanced"
"""


@pytest.fixture
def bank_v2(tmp_path: Path) -> Path:
    """Version 2 of the mini bank with two more new questions in the project section,
    before questions the story has answered: one of them asked only once the other is
    answered."""
    text = (DATA / "mini_bank_v2.toml").read_text(encoding="utf-8")
    text = text.replace(
        'added = ["simulator-evidence"]',
        'added = ["simulator-evidence", "funding", "funding-terms"]',
    )
    text = text.replace('\n[[questions]]\nid = "advanced"\n', FUNDING, 1)
    path = tmp_path / "mini_v2.toml"
    path.write_text(text, encoding="utf-8")
    return path


STORY = """\
format = 2

[meta]
title = "Chip placement"
authors = ["A. Researcher"]
advanced = false

[goal]
classes = ["simulator"]
specification = "A learned cost model over netlist features, no search."

[answers]
simulator-what = "Placements a human expert would make."

[failure_modes.deceptive-alignment]
relevance = "does-not-apply"

[interview]
bank = "mini"
bank_version = 1
at = "claims"
"""


def opened(tmp_path: Path, bank: Path, text: str = STORY) -> Interview:
    path = tmp_path / "story.toml"
    path.write_text(text, encoding="utf-8")
    story = open_story(path, bank)
    return Interview(
        story.story, story.bank, new_questions=story.new_questions, left_at=story.left_at
    )


def current(interview: Interview) -> str | None:
    return interview.current.id if interview.current is not None else None


def test_the_upgrade_lists_the_new_questions_left_to_answer(tmp_path: Path, bank_v2: Path) -> None:
    path = tmp_path / "story.toml"
    path.write_text(STORY, encoding="utf-8")
    story = open_story(path, bank_v2)
    # In bank order; funding-terms is not asked yet, but an answer may bring it in.
    assert story.new_questions == ("funding", "funding-terms", "simulator-evidence")
    assert story.left_at == "claims"
    assert story.story.interview.at == "funding"
    assert "new questions to answer: funding, simulator-evidence" in story.changes


def test_next_asks_only_the_new_questions_then_returns_where_the_author_left_off(
    tmp_path: Path, bank_v2: Path
) -> None:
    interview = opened(tmp_path, bank_v2)
    assert interview.asking_new and current(interview) == "funding"
    question = interview.current
    assert question is not None and interview.place(question) == (1, 2)
    # Answering the first brings in the follow-up, which joins the pass at its place.
    assert interview.answer("A research council.") == []
    assert interview.next() is not None and current(interview) == "funding-terms"
    assert interview.place(interview.bank.by_id["funding-terms"]) == (2, 3)
    interview.answer("None: the results are public.")
    # Straight past the answered project and goal questions to the next new one.
    interview.next()
    assert current(interview) == "simulator-evidence"
    interview.answer("Probes find no plan representations.")
    interview.next()
    assert not interview.asking_new and not interview.finished
    assert current(interview) == "claims"
    assert interview.story.interview.at == "claims"
    # Back to normal navigation: every question, in bank order.
    question = interview.current
    assert question is not None and interview.place(question)[1] == len(interview.reachable())
    interview.back()
    assert current(interview) == "deception"


def test_back_moves_between_new_questions_and_a_jump_comes_back_to_the_pass(
    tmp_path: Path, bank_v2: Path
) -> None:
    interview = opened(tmp_path, bank_v2)
    assert not interview.can_go_back  # the first new question: nothing new before it
    interview.next()
    assert current(interview) == "simulator-evidence"
    interview.back()
    assert current(interview) == "funding"
    # A jump to an answered question: Next comes back, and the pass goes on.
    interview.jump("specification")
    assert interview.asking_new and current(interview) == "specification"
    interview.next()
    assert current(interview) == "funding"
    interview.next()
    assert current(interview) == "simulator-evidence"


def test_skipping_the_last_new_question_ends_the_pass(tmp_path: Path, bank_v2: Path) -> None:
    interview = opened(tmp_path, bank_v2)
    interview.skip()
    interview.skip()
    assert not interview.asking_new and current(interview) == "claims"
    assert interview.story.interview.skipped == ["funding", "simulator-evidence"]


def test_with_no_place_to_go_back_to_the_pass_goes_on_to_what_is_left(
    tmp_path: Path, bank_v2: Path
) -> None:
    # No resume point: after the new questions, the first question left to answer; with
    # none left, the interview is finished (the wizard shows the review).
    interview = opened(tmp_path, bank_v2, STORY.replace('at = "claims"\n', ""))
    interview.skip()
    interview.skip()
    assert current(interview) == "claims" and not interview.finished
    complete = STORY.replace('at = "claims"\n', "") + (
        '\n[[claims]]\nclaim = "No lookahead."\ntest = "Probe for plans."\n'
    )
    interview = opened(tmp_path, bank_v2, complete)
    interview.answer("A research council.")
    interview.next()
    interview.answer("None.")
    interview.next()
    interview.answer("Probes.")
    assert interview.next() is None and interview.finished and not interview.asking_new


def test_choosing_a_pass_by_hand_ends_the_new_questions_pass(tmp_path: Path) -> None:
    # The palette's "Ask every question" (or "First pass") leaves the new questions for
    # the pass chosen.
    interview = opened(tmp_path, DATA / "mini_bank_v2.toml")
    assert interview.asking_new
    interview.set_first_pass(False)
    assert not interview.asking_new
    question = interview.current
    assert question is not None and interview.place(question)[1] == len(interview.reachable())


def test_a_story_reopened_after_the_upgrade_was_saved_has_no_pass(
    tmp_path: Path, bank_v2: Path
) -> None:
    path = tmp_path / "story.toml"
    path.write_text(STORY, encoding="utf-8")
    editor = StoryEditor(open_story(path, bank_v2), bank_v2)
    assert editor.interview.asking_new
    assert editor.save().ok
    again = open_story(path, bank_v2)
    assert again.changes == () and again.new_questions == () and again.left_at is None
    interview = StoryEditor(again, bank_v2).interview
    # As any story: it resumes where it was saved, and Next goes in bank order.
    assert not interview.asking_new and current(interview) == "funding"
    interview.next()
    assert current(interview) == "advanced"


def test_an_upgrade_whose_new_questions_are_answered_has_no_pass(tmp_path: Path) -> None:
    # Version 3 splits simulator-mechanism: both successors start from its answer, and
    # the one question left is new from version 2.
    story = STORY.replace("[answers]\n", '[answers]\nsimulator-evidence = "Probes find no plan."\n')
    interview = opened(tmp_path, DATA / "mini_bank_v3.toml", story)
    assert not interview.asking_new and current(interview) == "claims"


def test_after_the_new_questions_a_story_in_its_first_pass_goes_on_with_it(
    tmp_path: Path, bank_v2: Path
) -> None:
    # A bank with a first pass that the story has not finished (claims are left): the
    # new questions come first, whatever pass they belong to, then the first pass.
    text = bank_v2.read_text(encoding="utf-8")
    for question in ("title", "goal-classes", "specification", "claims"):
        asked = f'[[questions]]\nid = "{question}"\n'
        text = text.replace(asked, f"{asked}first_pass = true\n", 1)
    bank_v2.write_text(text, encoding="utf-8")
    flow = flow_for(tmp_path, bank_v2, STORY.replace('at = "claims"\n', ""))
    interview = flow.interview
    assert interview.asking_new and current(interview) == "funding"
    step = flow.confirm(Edit("funding", "A research council.", True))
    assert step.note == "Your answer adds 1 question (about 3 now)."
    flow.skip(Edit("funding-terms", "", False))
    flow.skip(Edit("simulator-evidence", "", False))
    assert interview.first_pass and current(interview) == "claims"
    assert flow.crumb(interview.current) == "First pass · Claims · 4 of about 4"


# -- the answering flow ---------------------------------------------------------------


def flow_for(tmp_path: Path, bank: Path, text: str = STORY) -> InterviewFlow:
    path = tmp_path / "story.toml"
    path.write_text(text, encoding="utf-8")
    return InterviewFlow(StoryEditor(open_story(path, bank), bank))


def test_the_crumb_counts_the_new_questions_and_the_end_says_so(
    tmp_path: Path, bank_v2: Path
) -> None:
    flow = flow_for(tmp_path, bank_v2)
    [notice] = [n for n in flow.opening_notices() if n.title == "Story brought up to date"]
    assert "Next asks only the 2 new questions, then goes on from where you left off" in (
        notice.message
    )
    assert flow.crumb(flow.interview.current) == "New in bank version 2: 1 of 2 · The project"
    step = flow.confirm(Edit("funding", "A research council.", True))
    # The follow-up it brings in is counted among the new questions.
    assert step.moved and step.note == "Your answer adds 1 question (about 3 now)."
    assert flow.crumb(flow.interview.current) == "New in bank version 2: 2 of 3 · The project"
    flow.confirm(Edit("funding-terms", "None.", True))
    assert flow.crumb(flow.interview.current) == "New in bank version 2: 3 of 3 · Training goal"
    step = flow.confirm(Edit("simulator-evidence", "Probes find no plan.", True))
    assert step.note is not None and step.note.startswith("New questions done.")
    assert "“What claims does the story make?”" in step.note
    assert flow.crumb(flow.interview.current) == "Claims · 11 of about 11"
    # Saved as it went: the new answers are in the file.
    saved = flow.editor.saved_story.answers
    assert saved["funding"] == "A research council." and saved["funding-terms"] == "None."


def test_a_question_reached_by_a_jump_is_outside_the_pass(tmp_path: Path, bank_v2: Path) -> None:
    flow = flow_for(tmp_path, bank_v2)
    flow.jump_to_question(Edit("funding", "", False), "title")
    assert flow.crumb(flow.interview.current) == (
        "New in bank version 2 · The project · outside the pass · required"
    )
    assert flow.notice_for(flow.interview.bank.by_id["title"]) == (
        "Next takes you back to “Who funds the work?”."
    )


def test_skipping_the_last_new_question_says_the_pass_is_done(
    tmp_path: Path, bank_v2: Path
) -> None:
    flow = flow_for(tmp_path, bank_v2)
    assert flow.skip(Edit("funding", "", False)).note is None
    step = flow.skip(Edit("simulator-evidence", "", False))
    assert step.note is not None and step.note.startswith("New questions done.")
    assert current(flow.interview) == "claims"
