"""Asked before saving over a story file that changed on disk since it was loaded."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static


class ConflictScreen(ModalScreen[bool | None]):
    """True: overwrite the file with the answers in memory. False: load the disk version.
    None: decide later (the answers stay in memory, unsaved)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape",
            "later",
            "Decide later",
            id="conflict.later",
            tooltip="Keep your answers in memory without saving; you will be asked again",
        ),
    ]

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog -warning"):
            yield Static("The story file changed on disk", classes="dialog-title")
            yield Static(
                f"{self.path} was changed by something else after storybuilder opened it. "
                "Saving now would overwrite those changes.\n\n"
                "Overwrite it with your answers, or load the version on disk "
                "(your unsaved answers are then dropped)?",
                classes="dialog-body",
                markup=False,
            )
            with Horizontal(classes="dialog-buttons"):
                yield Button("Overwrite", id="overwrite", variant="error")
                yield Button("Load disk version", id="reload", variant="primary")
                yield Button("Decide later", id="later")

    def on_mount(self) -> None:
        self.query_one("#reload").focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        choice = {"overwrite": True, "reload": False}.get(event.button.id or "")
        self.dismiss(choice)

    def action_later(self) -> None:
        self.dismiss(None)
