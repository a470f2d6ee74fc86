"""The head start: the first snapshot's critic run and document, from a forked process.

What a user would notice if it went wrong: problems or a preview that differ from what
the critic finds in the story as it is, or a wizard that waits on a broken child.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import TabbedContent

from storybuilder.bank import packaged_bank
from storybuilder.examples import start_from_example
from storybuilder.problem import OpenProblem
from storybuilder.session import create_story, open_story
from storybuilder.story import ProblemStatus
from storybuilder.tui import head_start
from storybuilder.tui.app import StorybuilderApp
from storybuilder.tui.editor import StoryEditor
from storybuilder.tui.widgets.document_preview import DocumentPreview, split_parts
from storybuilder.tui.widgets.markdown_part import MarkdownPart

from .helpers import until

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this system")


@pytest.fixture
def make_editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[], StoryEditor]:
    """Editors on a copy of an example story with the core bank (it has problems); a
    head start forks here even though the test runner may run threads."""
    path = tmp_path / "story.toml"
    create_story(path, start_from_example("cat-classifier"), packaged_bank("core"))
    monkeypatch.setattr(head_start, "_single_threaded", lambda: True)
    # The child runs only on an idle core: a busy test machine may need a while.
    monkeypatch.setattr(head_start, "WAIT_LIMIT", 60.0)
    return lambda: StoryEditor(open_story(path, None))


def test_the_first_snapshot_is_what_the_critic_finds(
    make_editor: Callable[[], StoryEditor],
) -> None:
    forked = make_editor()
    forked.start_head_start()
    assert forked._head_start is not None
    forked.collect_head_start()
    plain = make_editor()
    snapshot = forked.snapshot()
    assert forked._head_document is not None  # the child's result, not a run here
    expected = plain.snapshot()
    assert snapshot.problems == expected.problems
    assert snapshot.problems, "the example story should have problems to compare"
    assert snapshot.open_by_section == expected.open_by_section
    assert forked.render_preview(snapshot) == plain.render_preview(expected)


def test_an_answer_given_meanwhile_is_criticised_as_it_is(
    make_editor: Callable[[], StoryEditor],
) -> None:
    forked = make_editor()
    forked.start_head_start()
    # Typed and confirmed before the child's result was read: the goal left out.
    forked.interview.story = forked.story.model_copy(
        update={"goal": forked.story.goal.model_copy(update={"specification": None})}
    )
    head = forked._head_start
    forked.collect_head_start()
    assert head is not None and head.result is not None
    old_problems = head.result.problems
    plain = make_editor()
    plain.interview.story = forked.story
    snapshot = forked.snapshot()
    assert snapshot.problems == plain.snapshot().problems
    assert old_problems != snapshot.problems  # the child's, for the story as it was
    assert forked.render_preview(snapshot) == plain.render_preview(plain.snapshot())


def test_a_failing_child_leaves_the_work_to_the_wizard(
    make_editor: Callable[[], StoryEditor], monkeypatch: pytest.MonkeyPatch
) -> None:
    forked = make_editor()

    def broken() -> tuple[tuple[OpenProblem, ...], str]:
        raise RuntimeError("the child fails")

    monkeypatch.setattr(forked, "_first_snapshot_work", broken)
    forked.start_head_start()
    forked.collect_head_start()
    assert forked._head_start is not None and forked._head_start.result is None
    assert forked.snapshot().problems == make_editor().snapshot().problems


def test_the_wizard_does_not_wait_for_a_child_still_at_work(
    make_editor: Callable[[], StoryEditor], monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = make_editor()

    def slow() -> tuple[tuple[OpenProblem, ...], str]:
        time.sleep(60)
        return (), ""

    monkeypatch.setattr(editor, "_first_snapshot_work", slow)
    editor.start_head_start()
    started = time.monotonic()
    snapshot = editor.snapshot()
    document = editor.render_preview(snapshot)
    assert time.monotonic() - started < 10
    plain = make_editor()
    assert snapshot.problems == plain.snapshot().problems
    assert document == plain.render_preview(plain.snapshot())
    assert editor._head_start is None  # ended once of no more use


def test_a_child_done_after_the_first_snapshot_still_gives_its_document(
    make_editor: Callable[[], StoryEditor], monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = make_editor()
    problems = make_editor().snapshot().problems

    def late() -> tuple[tuple[OpenProblem, ...], str]:
        time.sleep(0.5)
        return problems, "the child's document"

    monkeypatch.setattr(editor, "_first_snapshot_work", late)
    editor.start_head_start()
    snapshot = editor.snapshot()  # the critic runs here: the child is not done
    head = editor._head_start
    assert head is not None
    while not head.ready():
        time.sleep(0.01)
    # Same story, same problems: the child's document holds.
    assert editor.render_preview(snapshot) == "the child's document"


def test_a_slow_child_is_not_waited_for(make_editor: Callable[[], StoryEditor]) -> None:
    def slow() -> tuple[tuple[OpenProblem, ...], str]:
        time.sleep(60)
        return (), ""

    editor = make_editor()
    started = time.monotonic()
    head = head_start.HeadStart.start(editor.story, slow)
    assert head is not None
    assert head.collect(timeout=0.2) is None
    assert time.monotonic() - started < 10
    with pytest.raises(ChildProcessError):
        os.waitpid(head.pid, os.WNOHANG)  # ended and reaped


def test_a_result_not_collected_is_dropped_without_waiting(
    make_editor: Callable[[], StoryEditor],
) -> None:
    def slow() -> tuple[tuple[OpenProblem, ...], str]:
        time.sleep(60)
        return (), ""

    editor = make_editor()
    head = head_start.HeadStart.start(editor.story, slow)
    assert head is not None
    started = time.monotonic()
    head.discard()
    assert time.monotonic() - started < 5
    assert head.done and head.result is None
    with pytest.raises(ChildProcessError):
        os.waitpid(head.pid, os.WNOHANG)


@pytest.mark.parametrize(
    "values",
    [
        "not a list",
        ["rule", "title"],
        [None, "t", "d", "open", None, None, None, "not a list", [], None, []],
        [None, "t", "d", "no such status", None, None, None, [], [], None, []],
        [None, 7, "d", "open", None, None, None, [], [], None, []],
        [None, "t", "d", "open", None, None, None, [1], [], None, []],
    ],
)
def test_a_result_of_another_shape_is_refused(values: object) -> None:
    with pytest.raises((ValueError, TypeError)):
        head_start._problem(values)


def test_a_problem_travels_whole() -> None:
    problem = OpenProblem(
        "rule-x",
        "Title",
        "Detail",
        ProblemStatus.ACCEPTED,
        "note",
        "goal-specification",
        "a quote",
        ("refs[0]",),
        ("member",),
        item="claim-1",
        covers=("rule-x:claim-1",),
    )
    assert head_start._problem(head_start._as_data(problem)) == problem


async def test_the_wizard_shows_the_head_start_result_and_the_help_as_markdown(
    make_editor: Callable[[], StoryEditor],
) -> None:
    editor = make_editor()
    expected = make_editor()
    document = expected.render_preview(expected.snapshot())
    editor.start_head_start()
    # The wizard uses the child's result only if it is there by the first frame: on a
    # busy test machine, wait for it here.
    head = editor._head_start
    assert head is not None
    started = time.monotonic()
    while not head.ready() and time.monotonic() - started < 60:
        time.sleep(0.01)
    app = StorybuilderApp(editor=editor)
    async with app.run_test(size=(120, 40)) as pilot:
        assert await until(pilot, lambda: bool(app.screen.query("#preview")))
        preview = app.screen.query_one("#preview", DocumentPreview)
        assert await until(pilot, lambda: preview.markdown_mounted and preview._rest is None)
        await pilot.pause()
        assert editor._head_start is None  # used, and let go
        assert editor._head_document is not None  # the child's document, not one rendered here
        assert [part.source for part in preview.parts] == split_parts(document)
        tabs = app.screen.query_one("#aside-tabs", TabbedContent)
        label = tabs.get_tab("tab-problems").label.plain
        assert label == f"Problems ({expected.snapshot().open_count})"
        # Drawn plain in the first frame, with Markdown once the pane is built.
        assert not app.screen.query_one("#help", MarkdownPart).plain
