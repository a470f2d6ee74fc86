"""Choose one of the shipped example stories to start from."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from storybuilder.examples import Example


class ExamplePickerScreen(ModalScreen[str | None]):
    """The examples with their titles and summaries; Enter picks one."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape", "cancel", "Cancel", id="example.cancel", tooltip="Close without choosing"
        ),
    ]

    def __init__(self, examples: list[Example]) -> None:
        super().__init__()
        self.examples = examples

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog -wide"):
            yield Static("Start from an example", classes="dialog-title")
            yield Static(
                "A copy of the example becomes your story; the example itself is not changed.",
                classes="dialog-body",
            )
            options = [
                Option(
                    Content.from_markup(
                        "[b]$title[/b]\n[$text-muted]$summary[/]",
                        title=example.title,
                        summary=example.summary or example.name,
                    ),
                    example.name,
                )
                for example in self.examples
            ]
            yield OptionList(*options, id="example-list")

    def on_mount(self) -> None:
        self.query_one("#example-list").focus()

    @on(OptionList.OptionSelected, "#example-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
