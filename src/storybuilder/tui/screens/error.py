"""A story file that cannot be opened: what is wrong with it, and nothing overwritten."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Button, Header, Static

from storybuilder.terminal_text import safe
from storybuilder.tui.widgets.key_bar import KeyBar


class ErrorScreen(Screen[None]):
    """Names the problem (file, line and column or key path) and offers a way on."""

    AUTO_FOCUS = "#welcome"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape",
            "welcome",
            "Welcome",
            id="error.welcome",
            tooltip="Go to the welcome screen to open another file or start a new story",
        ),
    ]

    class WelcomeRequested(Message):
        """The author wants the welcome screen."""

    def __init__(self, path: Path | None, problem: str) -> None:
        super().__init__()
        self.path = path
        self.problem = problem
        """The error message, one problem per line."""

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="error-box"):
            name = safe(self.path, multiline=False) if self.path else "The story"
            yield Static(f"{name} cannot be opened", id="error-title", markup=False)
            with VerticalScroll(id="error-problems"):
                yield Static(safe(self.problem), id="error-text", markup=False)
            yield Static(
                "Nothing was written to the file. Fix the problem in a text editor "
                "(the message says where), then open it again.",
                id="error-hint",
            )
            with Horizontal(classes="dialog-buttons"):
                yield Button("Open another file", id="welcome", variant="primary")
                yield Button("Quit", id="quit")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#welcome").focus()

    @on(Button.Pressed, "#welcome")
    def _welcome(self, event: Button.Pressed) -> None:
        self.action_welcome()

    @on(Button.Pressed, "#quit")
    def _quit(self, event: Button.Pressed) -> None:
        self.app.exit(2)

    def action_welcome(self) -> None:
        self.post_message(self.WelcomeRequested())
