"""Asks for a file path: where to save a new story, or which story to open."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, DirectoryTree, Input, Static

from storybuilder.tui.widgets.feedback_line import FeedbackLine
from storybuilder.tui.widgets.toml_tree import TomlTree


def must_not_exist(path: Path) -> str | None:
    """The check for a new story's path."""
    if path.exists():
        return f"{path} already exists: choose another name, or open it instead."
    if not path.parent.is_dir():
        return f"There is no folder {path.parent}."
    if path.suffix != ".toml":
        return "Story files end in .toml."
    return None


def must_be_file(path: Path) -> str | None:
    """The check for a story to open."""
    if not path.exists():
        return f"There is no file {path}."
    if not path.is_file():
        return f"{path} is a folder: choose a story file in it."
    return None


class PathPromptScreen(ModalScreen[Path | None]):
    """An input for a path, checked before the dialog closes; optionally a file tree."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="path.cancel", tooltip="Close without choosing"),
    ]

    def __init__(
        self,
        title: str,
        *,
        value: str = "",
        check: Callable[[Path], str | None] = must_be_file,
        browse: bool = False,
        confirm: str = "OK",
    ) -> None:
        super().__init__()
        self.title_text = title
        self.value = value
        self.check = check
        """Returns why a path cannot be used, or None."""
        self.browse = browse
        """Show a tree of folders and story files under the working directory."""
        self.confirm = confirm

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog -wide" if self.browse else "dialog"):
            yield Static(self.title_text, classes="dialog-title", markup=False)
            yield Input(value=self.value, placeholder="path/to/story.toml", id="path-input")
            yield FeedbackLine(id="path-feedback")
            if self.browse:
                yield TomlTree(Path.cwd(), id="path-tree")
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.confirm, id="ok", variant="primary")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#path-input", Input).focus()

    def _submit(self) -> None:
        text = self.query_one("#path-input", Input).value.strip()
        feedback = self.query_one("#path-feedback", FeedbackLine)
        if not text:
            feedback.show("error", "Type a path.")
            return
        path = Path(text).expanduser()
        if not path.is_absolute():
            path = Path.cwd() / path
        problem = self.check(path)
        if problem:
            feedback.show("error", problem)
            return
        self.dismiss(path)

    @on(Input.Submitted, "#path-input")
    def _input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._submit()

    @on(DirectoryTree.FileSelected)
    def _file_selected(self, event: DirectoryTree.FileSelected) -> None:
        event.stop()
        self.query_one("#path-input", Input).value = str(event.path)
        self._submit()

    @on(Button.Pressed, "#ok")
    def _ok(self, event: Button.Pressed) -> None:
        self._submit()

    @on(Button.Pressed, "#cancel")
    def _cancel(self, event: Button.Pressed) -> None:
        self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)
