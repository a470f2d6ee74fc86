"""The first screen of ``storybuilder``: new story, open a file, an example, recent files."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from storybuilder.terminal_text import safe
from storybuilder.tui.recent import load_recent
from storybuilder.tui.widgets.key_bar import KeyBar

INTRO = (
    "A training story says what algorithm training will produce and why: the training "
    "goal, the rationale for reaching it, the failure modes, and what would prove it "
    "wrong. storybuilder asks the questions, writes the document, and lists the open "
    "problems a reviewer would raise."
)


class WelcomeScreen(Screen[None]):
    """Start something: the actions, then the recent files.

    | Key | Action |
    | :- | :- |
    | n | New story |
    | o | Open a story file |
    | e | Start from an example |
    """

    AUTO_FOCUS = "#welcome-actions"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "new", "New", id="welcome.new", tooltip="Start a new story in a new file"),
        Binding("o", "open", "Open", id="welcome.open", tooltip="Open a story file to continue it"),
        Binding(
            "e",
            "example",
            "Example",
            id="welcome.example",
            tooltip="Start a new story from a copy of a worked example",
        ),
    ]

    class Action(Message):
        """The author chose what to do: 'new', 'open', 'example' or a recent file."""

        def __init__(self, action: str, path: Path | None = None) -> None:
            super().__init__()
            self.action = action
            self.path = path

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="welcome-box"):
            yield Static("storybuilder", id="welcome-title")
            yield Static(INTRO, id="welcome-intro")
            yield OptionList(
                Option(self._action_prompt("n", "New story", "start from a blank story"), "new"),
                Option(self._action_prompt("o", "Open a file", "continue a story"), "open"),
                Option(
                    self._action_prompt("e", "Start from an example", "a worked story to adapt"),
                    "example",
                ),
                id="welcome-actions",
            )
            yield Static("Recent files", id="recent-title")
            yield OptionList(id="recent")
            yield Static("No recent files yet.", id="recent-empty")
        yield KeyBar()

    @staticmethod
    def _action_prompt(key: str, label: str, hint: str) -> Content:
        return Content.from_markup(
            "[b $text-accent]$key[/]  [b]$label[/b]  [$text-muted]$hint[/]",
            key=key,
            label=label,
            hint=hint,
        )

    def on_mount(self) -> None:
        self.reload_recent()
        actions = self.query_one("#welcome-actions", OptionList)
        actions.highlighted = 0
        actions.focus()

    def on_screen_resume(self) -> None:
        self.reload_recent()

    def reload_recent(self) -> None:
        recent = load_recent()
        options = self.query_one("#recent", OptionList)
        home = Path.home()
        options.set_options(
            Option(
                Content.from_markup(
                    "$name  [$text-muted]$folder[/]",
                    name=safe(path.name, multiline=False),
                    folder=safe(_short(path.parent, home), multiline=False),
                ),
                str(path),
            )
            for path in recent
        )
        options.display = bool(recent)
        if recent:
            options.highlighted = 0
        self.query_one("#recent-empty").display = not recent

    @on(OptionList.OptionSelected, "#welcome-actions")
    def _action_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Action(event.option.id or "new"))

    @on(OptionList.OptionSelected, "#recent")
    def _recent_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.Action("recent", Path(event.option.id)))

    def action_new(self) -> None:
        self.post_message(self.Action("new"))

    def action_open(self) -> None:
        self.post_message(self.Action("open"))

    def action_example(self) -> None:
        self.post_message(self.Action("example"))


def _short(folder: Path, home: Path) -> str:
    try:
        return "~/" + str(folder.relative_to(home))
    except ValueError:
        return str(folder)
