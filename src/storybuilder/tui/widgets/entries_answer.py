"""A list of entries (claims with tests, sensitivity rows) that the author edits in place."""

from __future__ import annotations

from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Button

from storybuilder.tui.widgets.answer_input import AnswerInput
from storybuilder.tui.widgets.entry_row import EntryRow


class EntriesAnswer(AnswerInput):
    """Rows of sub-fields; the buttons add and remove rows (Tab reaches them)."""

    DEFAULT_CSS = """
    EntriesAnswer {
        & > #rows {
            height: auto;
        }
        & > #add-entry {
            margin-top: 0;
        }
    }
    """

    def compose(self) -> ComposeResult:
        entries = self.initial if isinstance(self.initial, list) else []
        with Vertical(id="rows"):
            for entry in entries or [{}]:
                yield self._row(entry if isinstance(entry, dict) else {})
        yield Button("+ Add entry", id="add-entry", compact=True, tooltip="Add an empty entry")

    def on_mount(self) -> None:
        super().on_mount()
        self._renumber()

    def _row(self, values: dict[str, str]) -> EntryRow:
        choices = {
            f.id: self.bank.entry_field_choices(self.question, f)
            for f in self.question.entry_fields
            if f.kind == "choice"
        }
        return EntryRow(self.question.entry_fields, choices, values)

    @property
    def rows(self) -> list[EntryRow]:
        return list(self.query(EntryRow))

    @property
    def value(self) -> Any:
        # Blank rows are sent too: the engine drops them, and numbers entries by their
        # position here, so its "entry 3" is the third row on screen.
        return [row.value for row in self.rows]

    def _renumber(self) -> None:
        for number, row in enumerate(self.rows, 1):
            row.border_title = f"Entry {number}"

    async def add_entry(self) -> None:
        """Add an empty entry and put the cursor in it."""
        row = self._row({})
        await self.query_one("#rows").mount(row)
        self._renumber()
        row.focus_first()
        row.scroll_visible()

    async def _remove_row(self, row: EntryRow) -> None:
        rows = self.rows
        index = rows.index(row)
        await row.remove()
        if not self.rows:
            await self.query_one("#rows").mount(self._row({}))
        self._renumber()
        remaining = self.rows
        remaining[min(index, len(remaining) - 1)].focus_first()

    @on(Button.Pressed, "#add-entry")
    async def _add_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        await self.add_entry()

    @on(EntryRow.RemoveRequested)
    async def _remove_requested(self, event: EntryRow.RemoveRequested) -> None:
        event.stop()
        await self._remove_row(event.row)

    def show_problem(self, where: str | None) -> str | None:
        """Highlight the sub-field named by a message's ``where`` ('entry 2, Claim')."""
        for row in self.rows:
            row.mark_invalid(None)
        if not where or not where.startswith("entry "):
            return where
        number_text, _, label = where[len("entry ") :].partition(", ")
        rows = self.rows
        if not number_text.isdigit() or not 1 <= int(number_text) <= len(rows):
            return where
        rows[int(number_text) - 1].mark_invalid(label or None)
        return f"Entry {number_text}, {label}" if label else f"Entry {number_text}"
