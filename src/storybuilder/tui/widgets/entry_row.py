"""One entry of an entries question: a claim with its test and status, a sensitivity row."""

from __future__ import annotations

from collections.abc import Mapping

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Button, Input, Label, Select, TextArea

from storybuilder.bank import EntryField
from storybuilder.tui.widgets.stable_text_area import StableTextArea


class EntryRow(Widget):
    """The sub-fields of one entry, each with its label, and a button to remove it."""

    DEFAULT_CSS = """
    EntryRow {
        height: auto;
        border: round $border-blurred;
        border-title-color: $text-muted;
        padding: 0 1;
        margin-bottom: 0;

        &:focus-within {
            border: round $border;
            border-title-color: $text;
        }
        /* Each label above its input, across the row: a label beside the input got a
           column too narrow for a word ("Assumptio-n") when the preview is open. */
        & > .field {
            height: auto;
        }
        & .field-label {
            width: 1fr;
            color: $text-muted;
        }
        & .field-label.-required {
            color: $text;
        }
        & Input, & Select {
            width: 1fr;
        }
        & TextArea {
            width: 1fr;
            height: 3;
        }
        & > .remove {
            width: auto;
            min-width: 0;
            margin-left: 0;
        }
        & .-invalid {
            background: $error-muted;
        }
    }
    """

    class RemoveRequested(Message):
        """The author asked to remove this entry."""

        def __init__(self, row: EntryRow) -> None:
            super().__init__()
            self.row = row

        @property
        def control(self) -> EntryRow:
            return self.row

    def __init__(
        self,
        entry_fields: tuple[EntryField, ...],
        choices: dict[str, tuple[str, ...]],
        values: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__()
        self.entry_fields = entry_fields
        """The sub-fields, from the question."""
        self.choices = choices
        """Allowed values of the choice sub-fields, by sub-field id."""
        self.initial = dict(values or {})

    def compose(self) -> ComposeResult:
        for field in self.entry_fields:
            with Vertical(classes=f"field field-{field.id}"):
                label = Label(field.label, classes="field-label")
                label.set_class(field.required, "-required")
                if field.help:
                    label.tooltip = field.help
                yield label
                yield self._field_input(field)
        yield Button("✕ Remove entry", classes="remove", compact=True, tooltip="Remove this entry")

    def _field_input(self, field: EntryField) -> Widget:
        value = str(self.initial.get(field.id) or "")
        name = field.id
        tooltip = field.help or None
        if field.kind == "choice":
            options = [(c.replace("-", " ").capitalize(), c) for c in self.choices.get(name, ())]
            select: Select[str] = Select(
                options,
                value=value if value in self.choices.get(name, ()) else Select.NULL,
                allow_blank=True,
                prompt="(choose)",
                compact=True,
                name=name,
            )
            select.tooltip = tooltip
            return select
        if field.kind == "text":
            area = StableTextArea(
                value, soft_wrap=True, tab_behavior="focus", compact=True, name=name
            )
            area.tooltip = tooltip
            return area
        line = Input(value=value, compact=True, name=name, placeholder=field.label)
        line.tooltip = tooltip
        return line

    @property
    def value(self) -> dict[str, str]:
        """The entry as the engine takes it: sub-field id to text (blank ones left out)."""
        values: dict[str, str] = {}
        for widget in self.query("Input, TextArea, Select"):
            name = widget.name or ""
            if isinstance(widget, Select):
                if not widget.is_blank():
                    values[name] = str(widget.value)
            elif isinstance(widget, TextArea):
                values[name] = widget.text
            elif isinstance(widget, Input):
                values[name] = widget.value
        kept = {k: v for k, v in values.items() if v.strip()}
        # The entry's id is not shown, but goes with it: its problems keep their keys
        # (and their triage) when the text is edited or other entries are removed.
        item_id = self.initial.get("id")
        if kept and isinstance(item_id, str):
            kept["id"] = item_id
        return kept

    def mark_invalid(self, field_label: str | None) -> None:
        """Highlight the sub-field a validation message is about (None clears)."""
        for field in self.entry_fields:
            for widget in self.query(f".field-{field.id} Input, .field-{field.id} TextArea"):
                widget.set_class(field.label == field_label, "-invalid")

    def focus_first(self) -> None:
        for widget in self.query("Input, TextArea, Select"):
            widget.focus()
            return

    @on(Button.Pressed, ".remove")
    def _remove(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(self.RemoveRequested(self))
