"""Pilot tests of the key bar: what it shows, clicking keys, greyed keys, tooltips."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from textual.pilot import Pilot

from storybuilder.bank import Bank
from storybuilder.tui.app import StorybuilderApp
from storybuilder.tui.editor import StoryEditor
from storybuilder.tui.widgets.key_bar import KeyBar, KeyHint

from .helpers import current_id, type_text


def bar(pilot: Pilot[Any]) -> KeyBar:
    return pilot.app.screen.query_one(KeyBar)


def hint(pilot: Pilot[Any], description: str) -> KeyHint:
    return next(h for h in bar(pilot).hints if h.description == description)


def column_of(pilot: Pilot[Any], description: str) -> int:
    """The first column where the key with this description is drawn."""
    key_bar = bar(pilot)
    wanted = hint(pilot, description)
    return next(x for x in range(key_bar.size.width) if key_bar.hint_at(x) == wanted)


def bar_text(pilot: Pilot[Any]) -> str:
    return str(bar(pilot).render())


async def test_the_bar_shows_the_screens_keys_and_the_palette_on_the_right(
    app: StorybuilderApp,
) -> None:
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        text = bar_text(pilot)
        for shown in ("alt+→/^n Next", "alt+←/^b Back", "^l Skip", "^s Save", "^q Quit"):
            assert shown in text
        assert "f1 Help" in text
        assert text.rstrip().endswith("^p palette")
        assert len(text) == 100  # padded so that the palette's key sits at the right edge


def assert_whole(text: str, width: int, *entries: str) -> None:
    """Each entry is drawn, and nothing is drawn past the edge (but the last space)."""
    for entry in entries:
        assert entry in text, f"{entry!r} is not in the bar {text!r}"
    assert len(text.rstrip()) <= width, f"the bar {text!r} is cut at {width} columns"


async def test_at_80_columns_the_bar_shows_the_alt_keys_of_next_and_back(
    app: StorybuilderApp,
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        text = bar_text(pilot)
        # The keys text boxes leave alone, with every other entry whole.
        assert text.startswith("alt+→ Next alt+← Back ")
        assert_whole(
            text, 80, "^l Skip", "^t Preview", "^r Review", "^s Save", "f1 Help", "^q Quit"
        )
        assert text.rstrip().endswith("▏^p")  # the palette's key, at the right edge
        # The Emacs-clashing keys still work, and their hints say so.
        assert "^n" not in text and "ctrl+n" in hint(pilot, "Next").tooltip
        await type_text(pilot, "Kept")
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert current_id(pilot) == "authors"


async def test_at_80_columns_esc_gets_the_room_of_skip_and_review_while_there_is_a_draft(
    app: StorybuilderApp,
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await type_text(pilot, "Typed, not confirmed")
        await pilot.pause()
        text = bar_text(pilot)
        assert_whole(
            text, 80, "alt+→ Next", "alt+← Back", "esc Undo edit", "^s Save", "f1 Help", "^q Quit"
        )
        assert "Skip" not in text and "Review" not in text
        assert text.rstrip().endswith("▏^p")
        # The keys are where they are drawn: clicking Esc drops the draft, and the
        # entries it made room for come back.
        await pilot.click(KeyBar, offset=(column_of(pilot, "Undo edit"), 0))
        await pilot.pause()
        text = bar_text(pilot)
        assert "Undo edit" not in text
        assert_whole(text, 80, "^l Skip", "^r Review", "^q Quit")


async def test_a_wider_bar_shows_every_key_before_the_palettes_name(
    app: StorybuilderApp,
) -> None:
    async with app.run_test(size=(88, 24)) as pilot:
        await pilot.pause()
        text = bar_text(pilot)
        assert_whole(text, 88, "alt+→/^n Next", "alt+←/^b Back", "^q Quit")
        assert text.rstrip().endswith("▏^p")
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        await type_text(pilot, "Typed, not confirmed")
        await pilot.pause()
        text = bar_text(pilot)
        assert_whole(text, 120, "alt+→/^n Next", "alt+←/^b Back", "esc Undo edit", "^l Skip")
        assert text.rstrip().endswith("▏^p palette")


async def test_clicking_a_key_presses_it(app: StorybuilderApp) -> None:
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        assert current_id(pilot) == "title"
        await type_text(pilot, "Clicked")
        await pilot.click(KeyBar, offset=(column_of(pilot, "Next"), 0))
        await pilot.pause()
        assert current_id(pilot) == "authors"
        await pilot.click(KeyBar, offset=(column_of(pilot, "Back"), 0))
        await pilot.pause()
        assert current_id(pilot) == "title"


async def test_a_disabled_key_is_greyed_and_clicking_it_only_rings_the_bell(
    monkeypatch: pytest.MonkeyPatch, app: StorybuilderApp
) -> None:
    bells: list[bool] = []
    monkeypatch.setattr(app, "bell", lambda: bells.append(True))
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        back = hint(pilot, "Back")
        assert not back.enabled  # the first question has nothing before it
        rendered = bar(pilot).render()
        start = column_of(pilot, "Back")
        assert any(
            span.style and "dim" in str(span.style)
            for span in rendered.spans
            if span.start <= start < span.end
        )
        await pilot.click(KeyBar, offset=(start, 0))
        await pilot.pause()
        assert bells == [True]
        assert current_id(pilot) == "title"


async def test_the_key_under_the_pointer_shows_its_tooltip(app: StorybuilderApp) -> None:
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        await pilot.hover(KeyBar, offset=(column_of(pilot, "Skip"), 0))
        assert bar(pilot).tooltip == hint(pilot, "Skip").tooltip
        assert "open problem" in str(bar(pilot).tooltip)
        await pilot.hover(KeyBar, offset=(column_of(pilot, "Save"), 0))
        assert "Save now" in str(bar(pilot).tooltip)


@pytest.mark.usefixtures("skip_on_f5")
async def test_remapped_keys_show_in_the_bar(
    new_editor: Callable[..., StoryEditor], mini_bank: Bank
) -> None:
    app = StorybuilderApp(editor=new_editor(), bank=mini_bank)
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        assert "f5 Skip" in bar_text(pilot)
        assert "^l Skip" not in bar_text(pilot)
