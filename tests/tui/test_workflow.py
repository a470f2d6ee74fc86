"""The answering rules of the wizard, without a screen (storybuilder.tui.workflow).

What Next, Back, Skip, Esc, a jump, Save and Quit do with what the author typed; the
drafts they leave; the save status line; the one snapshot per change of the story.
The Pilot tests (test_interview_screen.py) check that the screen shows all this.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from storybuilder import critic
from storybuilder.bank import packaged_bank
from storybuilder.interview import Feedback
from storybuilder.problem import OpenProblem
from storybuilder.session import create_story, open_story
from storybuilder.story import Claim, Problem, ProblemStatus, Story
from storybuilder.tui.editor import StoryEditor
from storybuilder.tui.workflow import Edit, InterviewFlow, feedback_message, resolve_conflict

from .helpers import read_toml

BEHAVIOURAL = "It answers user questions accurately and quickly."
"""A specification the mechanistic check advises about (behaviour only)."""


@pytest.fixture
def flow(editor: StoryEditor) -> InterviewFlow:
    return InterviewFlow(editor)


@pytest.fixture
def critic_runs(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """Counts the critic's runs (``critic.detect``) from here on."""
    runs = [0]
    real = critic.detect

    def counting(*args: Any, **kwargs: Any) -> list[OpenProblem]:
        runs[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(critic, "detect", counting)
    yield runs


def at(flow: InterviewFlow, question_id: str) -> None:
    flow.interview.jump(question_id, come_back=False)
    question = flow.interview.current
    assert question is not None
    flow.value_to_show(question)  # as the screen does when it shows the question


def typed(flow: InterviewFlow, value: Any) -> Edit:
    """The author typed value into the current question's input."""
    question = flow.interview.current
    assert question is not None
    flow.typed()
    return Edit(question.id, value, edited=True)


def drafts_on_disk(editor: StoryEditor) -> dict[str, Any] | None:
    if not editor.drafts_path.exists():
        return None
    drafts: dict[str, Any] = json.loads(editor.drafts_path.read_text(encoding="utf-8"))["drafts"]
    return drafts


def current(flow: InterviewFlow) -> str | None:
    question = flow.interview.current
    return question.id if question else None


# -- Next ----------------------------------------------------------------------------


def test_next_refuses_an_invalid_answer_and_stays(flow: InterviewFlow) -> None:
    step = flow.confirm(typed(flow, ""))
    assert step.refused and not step.moved and step.save is None
    assert "needs an answer" in step.feedback[0].message
    assert current(flow) == "title"
    assert "title" not in read_toml(flow.editor.path).get("meta", {})


def test_next_confirms_saves_and_goes_on(flow: InterviewFlow, editor: StoryEditor) -> None:
    at(flow, "authors")
    flow.back(typed(flow, ["Draft author"]))  # a draft for "authors"...
    assert drafts_on_disk(editor) == {"authors": ["Draft author"]}
    step = flow.confirm(typed(flow, "My story"))
    assert step.moved and step.confirmed and step.save is not None and step.save.ok
    assert current(flow) == "authors"
    assert read_toml(editor.path)["meta"]["title"] == "My story"
    # ... which is still a draft: confirming one question leaves the others' drafts.
    assert drafts_on_disk(editor) == {"authors": ["Draft author"]}
    step = flow.confirm(Edit("authors", ["Ada"], edited=True))
    assert step.moved and drafts_on_disk(editor) is None and not editor.drafts


def test_advice_is_shown_once_then_next_goes_on(flow: InterviewFlow, editor: StoryEditor) -> None:
    at(flow, "specification")
    step = flow.confirm(typed(flow, BEHAVIOURAL))
    assert not step.moved and step.confirmed and [f.level for f in step.feedback] == ["advice"]
    # The advised answer is saved all the same.
    assert read_toml(editor.path)["goal"]["specification"] == BEHAVIOURAL
    step = flow.confirm(Edit("specification", BEHAVIOURAL, edited=False))
    assert step.moved and not step.feedback
    assert current(flow) != "specification"


def test_a_changed_answer_is_advised_again(flow: InterviewFlow) -> None:
    at(flow, "specification")
    assert flow.confirm(typed(flow, BEHAVIOURAL)).feedback
    other = "It answers user questions accurately, quickly and politely."
    step = flow.confirm(typed(flow, other))
    assert [f.level for f in step.feedback] == ["advice"] and not step.moved


def test_next_past_the_last_question_asks_for_the_review(flow: InterviewFlow) -> None:
    at(flow, "claims")
    step = flow.confirm(Edit("claims", [], edited=False))
    assert step.moved and step.review and flow.interview.finished
    flow.review_closed()  # closed without a question to go to: back on the last one
    assert current(flow) == "claims" and not flow.interview.finished


# -- leaving a question with an unconfirmed edit -----------------------------------------


def test_back_keeps_the_edit_as_a_draft_not_as_the_answer(
    flow: InterviewFlow, editor: StoryEditor
) -> None:
    flow.confirm(typed(flow, "Saved title"))
    step = flow.back(typed(flow, ["Typed, not confirmed"]))
    assert step.moved and current(flow) == "title"
    assert editor.story.meta.authors == []
    assert drafts_on_disk(editor) == {"authors": ["Typed, not confirmed"]}
    # Shown again with the draft, and said so.
    at(flow, "authors")
    question = flow.interview.current
    assert question is not None
    assert flow.value_to_show(question) == ["Typed, not confirmed"]
    assert "your draft, not confirmed" in (flow.notice_for(question) or "")
    assert flow.has_unconfirmed_edit


def test_a_draft_left_as_shown_stays_a_draft(flow: InterviewFlow, editor: StoryEditor) -> None:
    flow.confirm(typed(flow, "Title"))
    flow.back(typed(flow, ["Draft"]))
    at(flow, "authors")
    flow.back(Edit("authors", ["Draft"], edited=False))
    assert editor.drafts == {"authors": ["Draft"]}


def test_an_untouched_answer_leaves_no_draft(flow: InterviewFlow, editor: StoryEditor) -> None:
    flow.confirm(typed(flow, "Title"))
    flow.back(Edit("authors", [], edited=False))
    assert not editor.drafts and drafts_on_disk(editor) is None


def test_skip_keeps_the_edit_as_a_draft_and_records_the_skip(
    flow: InterviewFlow, editor: StoryEditor
) -> None:
    flow.confirm(typed(flow, "Title"))
    step = flow.skip(typed(flow, ["Half an author"]))
    assert step.moved and current(flow) == "advanced"
    assert editor.drafts == {"authors": ["Half an author"]}
    assert read_toml(editor.path)["interview"]["skipped"] == ["authors"]
    at(flow, "authors")
    editor.drop_draft("authors")
    question = flow.interview.current
    assert question is not None
    assert "You skipped this question" in (flow.notice_for(question) or "")


def test_a_jump_keeps_the_edit_and_an_impossible_jump_says_why(
    flow: InterviewFlow, editor: StoryEditor
) -> None:
    step = flow.jump_to_section(typed(flow, "Half a title"), "evaluation")
    assert not step.moved and step.warning and "Evaluation" in step.warning
    assert editor.drafts == {"title": "Half a title"}
    step = flow.jump_to_question(None, "verdict")
    assert not step.moved and step.warning and "not asked" in step.warning
    step = flow.jump_to_question(None, "deception")
    assert step.moved and current(flow) == "deception"


def test_esc_drops_the_draft_and_the_saved_answer_comes_back(
    flow: InterviewFlow, editor: StoryEditor
) -> None:
    flow.confirm(typed(flow, "Saved"))
    flow.back(typed(flow, ["Draft"]))
    at(flow, "authors")
    assert flow.discard()
    assert not editor.drafts and drafts_on_disk(editor) is None
    assert not flow.has_unconfirmed_edit
    assert flow.can("discard_edit") is False  # Esc hidden
    assert not flow.discard()  # nothing left to drop
    question = flow.interview.current
    assert question is not None and flow.value_to_show(question) == []


# -- typing, autosave, Save and Quit ---------------------------------------------------


def test_typing_marks_a_pending_draft_and_autosave_writes_it(
    flow: InterviewFlow, editor: StoryEditor
) -> None:
    assert flow.typed() and not flow.typed()  # only the first key changes the status
    assert flow.has_unconfirmed_edit and flow.can("discard_edit") is True
    status = flow.status()
    assert status is not None and status.text == "✎ Unsaved draft"
    assert drafts_on_disk(editor) is None  # nothing written per key
    flow.autosave(Edit("title", "Typed", edited=True))
    assert drafts_on_disk(editor) == {"title": "Typed"}
    status = flow.status()
    assert status is not None and status.text == "✎ Draft kept, not confirmed"
    assert read_toml(editor.path).get("meta", {}).get("title") is None


def test_save_confirms_a_valid_edit_and_keeps_an_invalid_one_as_a_draft(
    flow: InterviewFlow, editor: StoryEditor
) -> None:
    step = flow.keep(typed(flow, "Confirmed by Save"))
    assert step.confirmed and editor.story.meta.title == "Confirmed by Save"
    flow.confirm(Edit("title", "Confirmed by Save", edited=False))
    at(flow, "specification")
    step = flow.keep(typed(flow, "Two words"))
    assert step.refused and editor.story.goal.specification is None
    assert drafts_on_disk(editor) == {"specification": "Two words"}
    # A draft shown as it was is not confirmed by Save.
    assert flow.keep(Edit("specification", "Two words", edited=False)) == type(step)()


# -- what the screen shows ------------------------------------------------------------


def test_keys_and_buttons_follow_the_question(flow: InterviewFlow) -> None:
    assert flow.can("back") is None  # first question
    assert flow.can("skip") is True and flow.can("next") is True
    assert flow.can("discard_edit") is False
    flow.confirm(typed(flow, "Title"))
    assert flow.can("back") is True


def test_crumb_says_section_place_and_required(flow: InterviewFlow) -> None:
    assert flow.crumb(flow.interview.current) == "The project · 1 of about 7 · required"
    assert flow.crumb(None) == ""


def test_an_answer_that_adds_questions_says_so(flow: InterviewFlow) -> None:
    at(flow, "goal-classes")
    step = flow.confirm(typed(flow, ["simulator"]))
    assert step.note == "Your answer adds 1 question (about 8 now)."
    at(flow, "goal-classes")
    step = flow.confirm(typed(flow, ["other"]))
    assert step.note == "Your answer leaves out 1 question (about 7 now)."
    at(flow, "title")
    assert flow.confirm(typed(flow, "Same count")).note is None


@pytest.fixture
def core_flow(tmp_path: Path) -> InterviewFlow:
    core = packaged_bank("core")
    return InterviewFlow(StoryEditor(create_story(tmp_path / "core.toml", Story(), core)))


def test_the_crumb_and_notes_follow_the_first_pass(core_flow: InterviewFlow) -> None:
    flow = core_flow
    assert flow.crumb(flow.interview.current) == ("First pass · Project · 1 of about 19 · required")
    flow.confirm(typed(flow, "A title"))
    at(flow, "goal-classes")
    step = flow.confirm(typed(flow, ["corrigible-agent"]))
    assert step.note == "Your answer adds 2 questions for after the first pass."
    at(flow, "claims")
    step = flow.confirm(typed(flow, [{"claim": "It defers to the user."}]))
    assert step.note is not None and step.note.startswith("First pass done")
    question = flow.interview.current
    # The deepening starts at the first question left, here the first one not in the pass.
    assert question is not None and question.id == "authors"
    assert flow.crumb(question).startswith("Deepening · Project · 1 of about")


def test_after_a_jump_the_question_says_where_next_goes(flow: InterviewFlow) -> None:
    flow.confirm(typed(flow, "Title"))
    step = flow.jump_to_question(None, "claims")
    assert step.moved
    question = flow.interview.current
    assert question is not None
    assert flow.notice_for(question) == "Next takes you back to “Who wrote it?”."


def test_status_says_what_is_on_disk(flow: InterviewFlow, editor: StoryEditor) -> None:
    status = flow.status()
    assert status is not None and (status.text, status.style) == ("✓ All changes saved", "-saved")
    editor.path.write_text('format = 1\n[meta]\ntitle = "Changed on disk"\n', encoding="utf-8")
    flow.confirm(typed(flow, "Mine"))
    status = flow.status()
    assert status is not None and status.text == "⚠ Not saved: the file changed on disk"


def test_feedback_names_the_place_and_says_an_advised_answer_is_saved() -> None:
    level, text = feedback_message(
        [Feedback("error", "Needs a test", "test")], lambda w: w.upper() if w else None
    )
    assert (level, text) == ("error", "TEST: Needs a test")
    level, text = feedback_message([Feedback("advice", "Say how")], lambda w: w)
    assert level == "advice" and text.endswith("press Next again to go on.")


def test_restored_drafts_are_announced(new_editor: Callable[..., StoryEditor]) -> None:
    first = new_editor()
    first.set_draft("authors", ["From last time"])
    first.write_drafts()
    reopened = StoryEditor(open_story(first.path, first.bank_path), first.bank_path)
    notices = InterviewFlow(reopened).opening_notices()
    assert [n.title for n in notices] == ["Drafts restored"]
    assert "1 unconfirmed draft " in notices[0].message


# -- a file changed on disk -----------------------------------------------------------


def test_a_conflict_is_resolved_by_overwriting_reloading_or_later(editor: StoryEditor) -> None:
    editor.path.write_text(
        'format = 1\n[meta]\ntitle = "On disk"\n[interview]\nbank = "mini"\n', encoding="utf-8"
    )
    editor.interview.answer("Mine")
    assert editor.save().conflict
    later = resolve_conflict(editor, None)
    assert later.result is None and "asked again" in later.notice.message
    reloaded = resolve_conflict(editor, False)
    assert reloaded.reloaded and editor.story.meta.title == "On disk"
    editor.interview.answer("Mine again", editor.bank.by_id["title"])
    editor.path.write_text(
        'format = 1\n[meta]\ntitle = "Changed again"\n[interview]\nbank = "mini"\n',
        encoding="utf-8",
    )
    overwritten = resolve_conflict(editor, True)
    assert overwritten.result is not None and overwritten.result.ok
    assert read_toml(editor.path)["meta"]["title"] == "Mine again"


# -- one snapshot per change ------------------------------------------------------------


def test_the_critic_runs_once_per_confirmed_answer(
    flow: InterviewFlow, editor: StoryEditor, critic_runs: list[int]
) -> None:
    flow.confirm(typed(flow, "Title"))
    # Everything the screens read after a confirm: sidebar, problems, review, preview.
    snapshot = editor.snapshot()
    assert editor.snapshot() is snapshot
    editor.problems()
    editor.render_preview(snapshot)
    assert critic_runs[0] == 1
    # Moving and saving change no content: the critic does not run again.
    flow.back(None)
    flow.save()
    moved = editor.snapshot()
    assert critic_runs[0] == 1
    assert moved.revision == snapshot.revision and moved.current is not snapshot.current
    flow.confirm(Edit("title", "Another title", edited=True))
    assert editor.snapshot().revision == snapshot.revision + 1 and critic_runs[0] == 2


def test_the_snapshot_counts_open_problems_per_section(
    new_editor: Callable[..., StoryEditor],
) -> None:
    story = Story(
        claims=[Claim(claim="One"), Claim(claim="Two")],
        problems=[Problem(title="Mine"), Problem(title="Done", status=ProblemStatus.ADDRESSED)],
    )
    snapshot = new_editor(story).snapshot()
    assert snapshot.open_count == 3  # two claims without a test, and "Mine"
    assert dict(snapshot.open_by_section) == {"claims": 2}  # own problems: the whole story
    keys = [p.key for p in snapshot.problems if p.rule == "claim-without-test"]
    assert keys == ["claim-without-test:one", "claim-without-test:two"]


def test_own_problems_are_triaged_by_their_item_not_a_list_position(
    new_editor: Callable[..., StoryEditor],
) -> None:
    editor = new_editor(Story(problems=[Problem(title="First"), Problem(title="Second")]))
    second = next(p for p in editor.snapshot().problems if p.title == "Second")
    assert second.key == "problems:second"
    assert editor.set_status(second, ProblemStatus.ACCEPTED, None)
    assert [p.status for p in editor.story.problems] == [
        ProblemStatus.OPEN,
        ProblemStatus.ACCEPTED,
    ]
    # The list changed since the problem was shown (the file was reloaded, say): the
    # decision still goes to the problem with that title, or nowhere.
    editor.interview.story = editor.story.model_copy(
        update={"problems": [Problem(title="Second"), Problem(title="First")]}
    )
    assert editor.set_status(second, ProblemStatus.ADDRESSED, None)
    assert editor.story.problems[0].status is ProblemStatus.ADDRESSED
    gone = editor.story.model_copy(update={"problems": [Problem(title="First")]})
    editor.interview.story = gone
    assert not editor.set_status(second, ProblemStatus.OPEN, None)
    assert editor.story is gone


def test_the_answering_layer_does_not_import_textual() -> None:
    code = (
        "import sys\n"
        "import storybuilder.tui.editor, storybuilder.tui.workflow\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'textual'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_an_answer_edited_from_the_review_goes_back_to_it(flow: InterviewFlow) -> None:
    flow.confirm(typed(flow, "Title"))
    assert flow.jump_to_question(None, "title", from_review=True).moved
    question = flow.interview.current
    assert question is not None
    assert flow.notice_for(question) == "Next saves your answer and takes you back to the review."
    step = flow.confirm(typed(flow, "A better title"))
    assert step.moved and step.review
    assert flow.editor.story.meta.title == "A better title"
    current = flow.interview.current
    assert current is not None and current.id == "authors"  # where the review was opened
    # An ordinary jump comes back to where it started, without the review.
    flow.jump_to_question(None, "title")
    step = flow.confirm(typed(flow, "Again"))
    assert step.moved and not step.review
