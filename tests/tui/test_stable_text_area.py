"""A text box removed from the screen can be painted once more without ending the app."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.geometry import Region
from textual.widgets import TextArea

from storybuilder.tui.widgets.stable_text_area import StableTextArea


class _OneBox(App[None]):
    def __init__(self, box: TextArea) -> None:
        super().__init__()
        self.box = box

    def compose(self) -> ComposeResult:
        yield self.box


async def _paint_after_removal(box: TextArea) -> list[str]:
    app = _OneBox(box)
    async with app.run_test(size=(40, 6)) as pilot:
        await pilot.pause()
        await box.remove()
        # What a compositor tick does when its map still holds the removed box.
        return [strip.text for strip in box.render_lines(Region(0, 0, 20, 3))]


async def test_a_removed_box_paints_blank_instead_of_raising() -> None:
    lines = await _paint_after_removal(StableTextArea("Claim text"))
    assert lines == [" " * 20] * 3


async def test_textual_s_own_box_still_has_the_fault_we_work_around() -> None:
    # When this fails, Textual has fixed issue 6528 and StableTextArea can go.
    try:
        await _paint_after_removal(TextArea("Claim text"))
    except KeyError as error:
        assert "text-area--gutter" in str(error)
    else:
        raise AssertionError("Textual no longer fails here; drop StableTextArea")
