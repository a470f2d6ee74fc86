"""Messages about an answer, shown right under the input (never in a modal)."""

from __future__ import annotations

from typing import Literal

from textual.widgets import Static

Level = Literal["error", "advice", "info"]


class FeedbackLine(Static):
    """Validation errors, the mechanistic check's advice, and short notes.

    Errors mean the answer was not saved; advice was saved with the answer.
    """

    DEFAULT_CSS = """
    FeedbackLine {
        height: auto;
        padding: 0 1;
        margin-top: 0;
        display: none;

        &.-error {
            display: block;
            color: $text-error;
            background: $error-muted;
            border-left: thick $error;
        }
        &.-advice {
            display: block;
            color: $text-warning;
            background: $warning-muted;
            border-left: thick $warning;
        }
        &.-info {
            display: block;
            color: $text-muted;
            border-left: thick $primary-muted;
        }
    }
    """

    level: Level | None = None
    """The level of the message shown, or None when nothing is shown."""

    def show(self, level: Level, text: str) -> None:
        self.level = level
        self.remove_class("-error", "-advice", "-info")
        self.add_class(f"-{level}")
        self.update(text)

    def clear(self) -> None:
        self.level = None
        self.remove_class("-error", "-advice", "-info")
        self.update("")
