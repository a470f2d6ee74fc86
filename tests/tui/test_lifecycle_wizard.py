"""Pilot tests: old stories in the wizard (format 1, an older bank version), retired
answers and stale triage in the review."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import OptionList, Select, Static, TabbedContent

from storybuilder.session import open_story
from storybuilder.story import Claim, ProblemStatus, Story
from storybuilder.tui.app import StorybuilderApp
from storybuilder.tui.editor import StoryEditor
from storybuilder.tui.screens.review import ReviewScreen
from storybuilder.tui.widgets.kept_panel import KeptPanel

from .conftest import DATA, MINI_BANK
from .helpers import current_id, paste, read_toml, until

MINI_V2 = DATA / "mini_bank_v2.toml"
MINI_V3 = DATA / "mini_bank_v3.toml"


def _notes(monkeypatch: pytest.MonkeyPatch, app: StorybuilderApp) -> list[str]:
    notes: list[str] = []

    def notify(message: str, **kwargs: Any) -> None:
        # What opening an old story tells quotes the story: shown as text, not markup
        # (a resume point '[/]' would break the toast, '[@click=...]' would be a link).
        if kwargs.get("title") == "Story brought up to date":
            assert kwargs.get("markup") is False, message
        notes.append(message)

    monkeypatch.setattr(app, "notify", notify)
    return notes


def _app(path: Path, bank_path: Path | None) -> StorybuilderApp:
    opened = open_story(path, bank_path)
    return StorybuilderApp(
        editor=StoryEditor(opened, bank_path), bank=opened.bank, bank_path=bank_path
    )


async def test_a_format_1_story_opens_and_is_upgraded_on_its_first_save(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "cat.toml"
    shutil.copy(DATA / "format1-cat-classifier.toml", path)
    old = path.read_bytes()
    app = _app(path, None)
    notes = _notes(monkeypatch, app)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert current_id(pilot) == "open-problems"
        assert any("format 1 -> 2" in n for n in notes)
        assert path.read_bytes() == old  # opening writes nothing
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert (tmp_path / "cat.toml.bak").read_bytes() == old
    raw = read_toml(path)
    assert raw["format"] == 2 and raw["interview"]["bank_version"] == 1
    assert "falsified-claim:the-network-s-cat-evidence" in raw["triage"]


V1_STORY = """\
format = 2

[goal]
classes = ["simulator", "pure-predictor"]

[answers]
simulator-what = "Whatever the prompt conditions on."
predictor-fixed-points = "unsure"

[interview]
bank = "mini"
bank_version = 1
at = "claims"
"""


async def test_a_story_of_an_older_bank_version_asks_the_new_question(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "story.toml"
    path.write_text(V1_STORY, encoding="utf-8")
    app = _app(path, MINI_V2)
    notes = _notes(monkeypatch, app)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert current_id(pilot) == "simulator-evidence"
        told = "\n".join(notes)
        assert "bank mini version 1 -> 2" in told
        assert "simulator-what -> answers.simulator-mechanism" in told
        assert "predictor-fixed-points kept as a retired answer" in told
        await paste(pilot, "Probes find no plan representations.")
        await pilot.press("ctrl+n")
        await pilot.pause()
    assert path.with_name("story.toml.bak").read_text(encoding="utf-8") == V1_STORY
    raw = read_toml(path)
    assert raw["answers"] == {
        "simulator-mechanism": "Whatever the prompt conditions on.",
        "simulator-evidence": "Probes find no plan representations.",
    }
    assert raw["retired"]["predictor-fixed-points"] == {"value": "unsure", "since": "mini 2"}
    assert raw["interview"]["bank_version"] == 2


V1_STORY_ANSWERED = """\
format = 2

[meta]
title = "Chip placement"

[goal]
classes = ["simulator"]

[answers]
other-notes = "Kept from an older bank."

[failure_modes.deceptive-alignment]
relevance = "does-not-apply"

[interview]
bank = "mini"
bank_version = 1
at = "claims"
"""


async def test_after_a_bank_upgrade_next_asks_only_the_new_questions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Version 3 has three questions version 1 did not (two split out of a renamed one
    # the story never answered, one added): Next goes through those alone, past the
    # answered deception question, then back to where the author left off.
    path = tmp_path / "story.toml"
    path.write_text(V1_STORY_ANSWERED, encoding="utf-8")
    app = _app(path, MINI_V3)
    notes = _notes(monkeypatch, app)

    def crumb() -> str:
        return str(app.screen.query_one("#crumb", Static).render())

    async def next_question() -> None:
        await pilot.press("ctrl+n")
        await pilot.pause()

    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert "Next asks only the 3 new questions" in "\n".join(notes)
        assert current_id(pilot) == "simulator-process"
        assert crumb() == "New in bank version 3: 1 of 3 · Training goal"
        await paste(pilot, "Placements a human expert would make.")
        await next_question()
        assert current_id(pilot) == "simulator-allocation"
        assert crumb() == "New in bank version 3: 2 of 3 · Training goal"
        # Back works within the pass, and Next goes on from there.
        await pilot.press("ctrl+b")
        await pilot.pause()
        assert current_id(pilot) == "simulator-process"
        await next_question()
        await paste(pilot, "Compute follows the likelihood of the next token.")
        await next_question()
        assert crumb() == "New in bank version 3: 3 of 3 · Training goal"
        await pilot.press("ctrl+l")  # skip the last one: the pass is done all the same
        await pilot.pause()
        assert current_id(pilot) == "claims"
        assert any(n.startswith("New questions done.") for n in notes)
        assert crumb() == "Claims · 10 of about 10"
        # Normal navigation again: Back goes to the question before, answered or not.
        await pilot.press("ctrl+b")
        await pilot.pause()
        assert current_id(pilot) == "deception"
    raw = read_toml(path)
    assert raw["answers"]["simulator-process"] == "Placements a human expert would make."
    assert raw["answers"]["simulator-allocation"].startswith("Compute follows")
    assert raw["interview"]["skipped"] == ["simulator-evidence"]
    assert raw["interview"]["bank_version"] == 3


def test_the_first_save_of_a_story_upgraded_to_a_newer_bank_keeps_the_old_file(
    tmp_path: Path,
) -> None:
    # Saving with no answer changed (the author only moved on) still writes what the
    # upgrade moved and retired: the file as it was is kept, as for a format-1 file.
    path = tmp_path / "story.toml"
    path.write_text(V1_STORY, encoding="utf-8")
    editor = StoryEditor(open_story(path, MINI_V2), MINI_V2)
    assert editor.save().ok
    assert path.with_name("story.toml.bak").read_text(encoding="utf-8") == V1_STORY
    assert read_toml(path)["interview"]["bank_version"] == 2
    # Later saves that change no content do not replace the backup.
    editor.interview.story = editor.story.model_copy(
        update={"interview": editor.story.interview.model_copy(update={"at": "title"})}
    )
    assert editor.save().ok
    assert path.with_name("story.toml.bak").read_text(encoding="utf-8") == V1_STORY


def test_triage_in_the_review_decides_each_item_a_problem_stands_for(tmp_path: Path) -> None:
    # A problem naming several claims (a rule group here) is decided claim by claim, so
    # that a claim added later is a new open problem, not silently accepted.
    def claim(n: int) -> dict[str, str]:
        return {
            "id": f"claim-{n}",
            "claim": f"The model holds no plan, part {n}.",
            "test": "Linear probes for plan features on held-out episodes.",
            "status": "supported",
        }

    path = tmp_path / "story.toml"
    path.write_text('format = 2\n[meta]\ntitle = "Claims"\n', encoding="utf-8")
    editor = StoryEditor(open_story(path, None))
    editor.interview.story = Story.model_validate({"claims": [claim(1), claim(2)]})
    [problem] = [p for p in editor.snapshot().problems if p.rule == "labels-unsettled"]
    assert problem.covers == (
        "supported-without-evidence:claim-1",
        "supported-without-evidence:claim-2",
    )
    assert editor.set_status(problem, ProblemStatus.ACCEPTED, "The runs are in the appendix.")
    assert set(editor.story.triage) == set(problem.covers)
    editor.interview.story = editor.story.model_copy(
        update={"claims": [*editor.story.claims, Claim.model_validate(claim(3))]}
    )
    still_open = [p.key for p in editor.snapshot().problems if p.is_open]
    assert "supported-without-evidence:claim-3" in still_open
    # Set back to open without a note, the decisions go.
    [accepted] = [p for p in editor.snapshot().problems if p.key.endswith("claim-1")]
    editor.set_status(accepted, ProblemStatus.OPEN, None)
    assert "supported-without-evidence:claim-1" not in editor.story.triage


KEPT_STORY = """\
format = 2

[goal]
classes = ["simulator"]

[answers]
old-notes = "It simulates physics only."
old-list = ["a", "b"]

[triage."claim-without-test:gone"]
status = "accepted"
note = "Tested later."

[interview]
bank = "mini"
bank_version = 1
"""


async def _open_kept(pilot: Any, app: StorybuilderApp) -> KeptPanel:
    await pilot.pause()
    await pilot.press("ctrl+r")
    await pilot.pause()
    assert isinstance(app.screen, ReviewScreen)
    app.screen.query_one("#review-tabs", TabbedContent).active = "tab-kept"
    await pilot.pause()
    return app.screen.query_one("#kept", KeptPanel)


async def _click(pilot: Any, selector: str) -> None:
    """Click once the screen's layout has caught up with the last change (a button whose
    label just changed from "Delete" to "Drop" is narrower: a click placed from the old
    layout can miss it), and let the panel's message reach the review and its save finish."""
    pilot.app.screen.query_one(selector).refresh(layout=True)
    await pilot.wait_for_scheduled_animations()
    await pilot.pause()
    await pilot.click(selector)
    for _ in range(3):
        await pilot.pause()


def _listed(panel: KeptPanel) -> list[str]:
    listing = panel.query_one("#kept-list", OptionList)
    return [str(listing.get_option_at_index(i).id) for i in range(listing.option_count)]


async def test_the_review_moves_deletes_and_drops_what_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "story.toml"
    path.write_text(KEPT_STORY, encoding="utf-8")
    app = _app(path, MINI_BANK)
    async with app.run_test(size=(110, 32)) as pilot:
        panel = await _open_kept(pilot, app)
        assert _listed(panel) == [
            "retired:old-notes",
            "retired:old-list",
            "stale:claim-without-test:gone",
        ]
        # A list does not fit a text question: said, and nothing moves.
        listing = panel.query_one("#kept-list", OptionList)
        listing.highlighted = 1
        panel.query_one("#kept-target", Select).value = "simulator-what"
        await pilot.pause()
        await _click(pilot, "#kept-move")
        message = str(panel.query_one("#kept-message").render())
        assert "does not fit" in message and "retired:old-list" in _listed(panel)
        # The text fits the text question.
        listing.highlighted = 0
        panel.query_one("#kept-target", Select).value = "simulator-what"
        await pilot.pause()
        await _click(pilot, "#kept-move")
        raw = read_toml(path)
        assert raw["answers"]["simulator-what"] == "It simulates physics only."
        assert "old-notes" not in raw["retired"]
        # Delete the other retired answer, then drop the stale triage.
        listing.highlighted = 0
        await pilot.pause()
        await _click(pilot, "#kept-delete")
        assert _listed(panel) == ["stale:claim-without-test:gone"]
        await _click(pilot, "#kept-delete")
        tabs = app.screen.query_one("#review-tabs", TabbedContent)
        # Nothing kept any more: the tab is hidden and the checklist shown.
        ok = await until(pilot, lambda: tabs.active == "tab-checklist")
        assert ok, (tabs.active, app.focused, _listed(panel))
    raw = read_toml(path)
    assert "retired" not in raw and "triage" not in raw


async def test_the_review_shows_retired_answers_as_written_not_as_markup(tmp_path: Path) -> None:
    # A retired answer (and its 'since') is the author's text: brackets in it are not
    # styles or actions, and an unbalanced one does not crash the review.
    path = tmp_path / "story.toml"
    path.write_text(
        'format = 2\n[goal]\nclasses = ["simulator"]\n'
        '[retired.old-notes]\nvalue = "[/] see [bold]this[/bold] [@click=app.quit]quit[/]"\n'
        'since = "[red"\n[interview]\nbank = "mini"\nbank_version = 1\n',
        encoding="utf-8",
    )
    app = _app(path, MINI_BANK)
    async with app.run_test(size=(150, 32)) as pilot:
        panel = await _open_kept(pilot, app)
        listing = panel.query_one("#kept-list", OptionList)
        shown = listing.render_line(0).text
        assert "(not asked since [red): [/] see [bold]this[/bold] [@click=app.quit]" in shown


async def test_a_format_1_story_with_answers_to_dropped_questions_opens_in_the_wizard(
    tmp_path: Path,
) -> None:
    from tests.test_lifecycle import DROPPED

    path = tmp_path / "dropped.toml"
    path.write_text(DROPPED, encoding="utf-8")
    app = _app(path, None)
    async with app.run_test(size=(110, 32)) as pilot:
        panel = await _open_kept(pilot, app)
        assert _listed(panel) == ["retired:asked-in-2025", "retired:old-choice"]
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert path.with_name("dropped.toml.bak").read_text(encoding="utf-8") == DROPPED
    retired = read_toml(path)["retired"]
    assert retired["asked-in-2025"]["value"] == "An answer\n  with its own   spacing\n"
    assert retired["old-choice"]["value"] == ["a", "b"]
