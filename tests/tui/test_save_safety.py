"""Never lose an answer: drafts, Esc, Back, conflicts on every kind, crashes, read-only.

Pilot tests of the wizard. An unconfirmed edit is a draft: written to a side file a
moment after typing stops, restored on the next `edit`, never saved as the answer by
Back; the status line never says "saved" while something is not.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual import events
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from storybuilder import storefile
from storybuilder.bank import Bank, packaged_bank
from storybuilder.interview import Interview
from storybuilder.session import create_story, open_story
from storybuilder.story import Story
from storybuilder.tui import launch as launch_module
from storybuilder.tui.app import StorybuilderApp
from storybuilder.tui.editor import StoryEditor
from storybuilder.tui.screens.conflict import ConflictScreen
from storybuilder.tui.screens.interview import DRAFT_DELAY, InterviewScreen
from storybuilder.tui.screens.path_prompt import PathPromptScreen

from .conftest import MINI_BANK
from .helpers import current_id, feedback_text, read_toml, type_text


def status(app: StorybuilderApp) -> str:
    return str(app.screen.query_one("#save-status").render())


def shows_esc(app: StorybuilderApp) -> bool:
    screen = app.screen
    assert isinstance(screen, InterviewScreen)
    return "escape" in screen.active_bindings and screen.check_action("discard_edit", ()) is True


async def typing_stops(pilot: Pilot[Any]) -> None:
    """Wait past the draft timer (it fires between one and two delays after a key)."""
    await pilot.pause(DRAFT_DELAY * 2 + 0.3)


def drafts_file(story_path: Path) -> Path:
    return story_path.with_name(f".{story_path.name}.drafts")


# -- 1. drafts survive, and the status line tells the truth ---------------------------


async def test_typing_keeps_a_draft_beside_the_story_and_says_it_is_not_saved(
    app: StorybuilderApp, story_path: Path
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "All changes saved" in status(app)
        assert not shows_esc(app)
        await type_text(pilot, "Half a ti")
        # At once, before the timer: never "saved" while the edit is only in the box.
        assert "saved" not in status(app).replace("Unsaved", "")
        assert "Unsaved draft" in status(app)
        assert shows_esc(app)
        await typing_stops(pilot)
        assert "Half a ti" in drafts_file(story_path).read_text(encoding="utf-8")
        assert "Draft kept, not confirmed" in status(app)
        assert "title" not in read_toml(story_path).get("meta", {})  # never in the story
        await pilot.press("enter")  # confirmed
        assert current_id(pilot) == "authors"
        assert read_toml(story_path)["meta"]["title"] == "Half a ti"
        assert not drafts_file(story_path).exists()
        assert "All changes saved" in status(app)


async def test_a_draft_is_restored_when_the_story_is_opened_again(
    new_editor: Callable[..., StoryEditor], mini_bank: Bank, story_path: Path
) -> None:
    editor = new_editor(Story.model_validate({"meta": {"title": "Saved title"}}))
    editor.set_draft("title", "Typed before the crash")
    editor.write_drafts()
    reopened = StoryEditor(open_story(story_path, MINI_BANK), MINI_BANK)
    app = StorybuilderApp(editor=reopened, bank=mini_bank)
    notes: list[str] = []
    app.notify = lambda message, **kw: notes.append(message)  # type: ignore[method-assign]
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        reopened.interview.jump("title", come_back=False)
        await app.screen.show_question()  # type: ignore[attr-defined]
        await pilot.pause()
        assert app.screen.query_one("#line-input", Input).value == "Typed before the crash"
        assert "unconfirmed draft" in feedback_text(pilot)
        assert any("draft" in note and "restored" in note for note in notes)
        assert "Draft kept, not confirmed" in status(app)
        assert shows_esc(app)
        assert read_toml(story_path)["meta"]["title"] == "Saved title"
        await pilot.press("ctrl+q")  # quitting does not confirm a draft left untouched
        await pilot.pause()
    assert read_toml(story_path)["meta"]["title"] == "Saved title"
    assert "Typed before the crash" in drafts_file(story_path).read_text(encoding="utf-8")


async def test_esc_drops_the_edit_and_brings_back_the_saved_answer(
    new_editor: Callable[..., StoryEditor], mini_bank: Bank, story_path: Path
) -> None:
    editor = new_editor(Story.model_validate({"meta": {"title": "Saved title"}}))
    editor.interview.jump("title", come_back=False)
    app = StorybuilderApp(editor=editor, bank=mini_bank)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await type_text(pilot, " and more")
        await typing_stops(pilot)
        assert drafts_file(story_path).exists()
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.query_one("#line-input", Input).value == "Saved title"
        assert not drafts_file(story_path).exists()
        assert "dropped" in feedback_text(pilot)
        assert "All changes saved" in status(app)
        assert not shows_esc(app)
        assert read_toml(story_path)["meta"]["title"] == "Saved title"


# -- 2. Back keeps the edit as a draft, not as the answer -----------------------------


async def test_back_keeps_half_typed_text_as_a_draft_not_as_the_answer(
    new_editor: Callable[..., StoryEditor], mini_bank: Bank, story_path: Path
) -> None:
    editor = new_editor(Story.model_validate({"meta": {"title": "T", "authors": ["Ada"]}}))
    editor.interview.jump("authors", come_back=False)
    app = StorybuilderApp(editor=editor, bank=mini_bank)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("end")
        await type_text(pilot, "\nBab")  # half-typed second author
        await pilot.press("ctrl+b")
        assert current_id(pilot) == "title"
        assert read_toml(story_path)["meta"]["authors"] == ["Ada"]  # not the half-typed
        assert "Draft kept, not confirmed" in status(app)
        await pilot.press("ctrl+n")
        assert current_id(pilot) == "authors"
        assert app.screen.query_one("#list-input", TextArea).text == "Ada\nBab"
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.query_one("#list-input", TextArea).text == "Ada"
        assert not drafts_file(story_path).exists()


# -- 3. the conflict dialog, for every kind of question -------------------------------

KINDS: list[tuple[str, tuple[str, ...]]] = [
    ("title", tuple("Mine")),  # line
    ("authors", tuple("Ada")),  # list
    ("summary", tuple("Cooling") + ("space",) + tuple("control")),  # text
    ("advanced", ("space",)),  # yes-no
    ("goal-classes", ("space",)),  # multi-choice
    ("objective-misgeneralization-relevance", ("down",)),  # choice
    ("claims", tuple("Nothing") + ("space",) + tuple("searches")),  # entries
]


@pytest.mark.parametrize(("question_id", "keys"), KINDS, ids=[k for k, _ in KINDS])
async def test_a_conflict_asks_on_every_kind_of_question(
    tmp_path: Path, question_id: str, keys: tuple[str, ...]
) -> None:
    core = packaged_bank("core")
    path = tmp_path / "story.toml"
    editor = StoryEditor(create_story(path, Story(), core))
    editor.interview.jump(question_id, come_back=False)
    question = core.by_id[question_id]
    app = StorybuilderApp(editor=editor)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        text = path.read_text(encoding="utf-8").replace("[interview]", "[goal]\n", 1)
        path.write_text(
            text.replace("[goal]\n", '[goal]\ndesirability = "Changed elsewhere"\n[interview]', 1)
        )
        assert storefile.load(path).goal.desirability == "Changed elsewhere"
        await pilot.press(*keys)
        await pilot.press("ctrl+n")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, ConflictScreen), type(app.screen).__name__
        app.export_screenshot()  # draws the interview behind the dialog too
        answered = editor.interview.value(question)
        assert answered not in (None, "", [])
        await pilot.click("#overwrite")
        await pilot.pause()
        assert isinstance(app.screen, InterviewScreen)
    on_disk = open_story(path)
    kept = Interview(on_disk.story, on_disk.bank).value(question)
    if question.kind == "entries":  # saved with the ids that keep their problems' keys
        kept = [{k: v for k, v in entry.items() if k != "id"} for entry in kept]
    assert kept == answered


# -- a crash is never a clean exit ----------------------------------------------------


def test_an_unhandled_exception_exits_non_zero_with_a_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "story.toml"
    create_story(path, Story(), packaged_bank("core"))

    def explode(self: InterviewScreen) -> None:
        raise RuntimeError("boom")

    run = StorybuilderApp.run

    def headless(self: StorybuilderApp, *args: Any, **kwargs: Any) -> Any:
        return run(self, headless=True)

    monkeypatch.setattr(InterviewScreen, "on_mount", explode)
    monkeypatch.setattr(StorybuilderApp, "run", headless)
    status = launch_module.launch(command="edit", file=path)
    assert status != 0
    err = capsys.readouterr().err
    assert "internal error" in err and str(path) in err


# -- 6. read-only stories -------------------------------------------------------------


async def test_a_read_only_story_says_so_and_can_be_saved_as(
    monkeypatch: pytest.MonkeyPatch, app: StorybuilderApp, story_path: Path, tmp_path: Path
) -> None:
    story_path.chmod(0o444)
    before = story_path.read_bytes()
    notes: list[str] = []
    monkeypatch.setattr(app, "notify", lambda message, **kw: notes.append(message))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert any("read-only" in note for note in notes)
        assert "Read-only" in status(app)
        await type_text(pilot, "Mine")
        await pilot.press("enter")
        await pilot.pause()
        assert story_path.read_bytes() == before
        assert "saved" not in status(app).lower().replace("not saved", "")
        assert any("Save as" in note for note in notes[1:])
        app.save_as()
        await pilot.pause()
        assert isinstance(app.screen, PathPromptScreen)
        prompt = app.screen.query_one(Input)
        prompt.value = str(tmp_path / "copy.toml")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, InterviewScreen)
        assert read_toml(tmp_path / "copy.toml")["meta"]["title"] == "Mine"
        assert app.editor is not None and app.editor.path == tmp_path / "copy.toml"
        assert "All changes saved" in status(app)
    assert story_path.read_bytes() == before


async def test_a_choice_then_next_at_once_does_not_trip_over_the_replaced_input(
    new_editor: Callable[..., StoryEditor], mini_bank: Bank, story_path: Path
) -> None:
    """A key's Changed message can arrive while the input is being replaced."""
    editor = new_editor(Story.model_validate({"meta": {"title": "T"}}))
    editor.interview.jump("advanced", come_back=False)
    app = StorybuilderApp(editor=editor, bank=mini_bank)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        for key in ("right", "left", "right", "ctrl+n"):
            app.post_message(events.Key(key, None))  # all queued at once, as a fast typist
        await pilot.pause(0.5)
        await pilot.pause()
    assert read_toml(story_path)["meta"]["advanced"] is False
