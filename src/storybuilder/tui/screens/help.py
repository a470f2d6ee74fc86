"""Help (F1): how the wizard works, every key, and the glossary."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown, Static, TabbedContent, TabPane

from storybuilder.tui.widgets.glossary_view import GlossaryEntry, GlossaryView
from storybuilder.tui.widgets.key_bar import KeyBar


class HelpScreen(ModalScreen[None]):
    """Tabs: Help (the guide, with the keys in effect) and Glossary.

    The guide's Markdown is mounted when its tab is first shown, so opening the
    glossary is instant.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f1", "close", "Close", id="help.close", tooltip="Close the help"),
        Binding(
            "ctrl+t",
            "switch_tab",
            "Help/Glossary",
            id="help.tab",
            tooltip="Switch between the help and the glossary",
        ),
    ]

    def __init__(self, guide: str, glossary: list[GlossaryEntry], *, tab: str = "help") -> None:
        super().__init__()
        self.guide = guide
        """The guide's Markdown, with the key table filled in."""
        self.glossary = glossary
        self.initial_tab = f"tab-{tab}"

    def compose(self) -> ComposeResult:
        with (
            Vertical(id="help-dialog", classes="dialog -full"),
            TabbedContent(initial=self.initial_tab, id="help-tabs"),
        ):
            with TabPane("Help", id="tab-help"), VerticalScroll(id="guide-scroll"):
                yield Static("Loading the guide…", id="guide-placeholder")
            with TabPane("Glossary", id="tab-glossary"):
                yield GlossaryView(self.glossary, id="glossary")
        yield KeyBar()

    def on_mount(self) -> None:
        self._focus_tab(self.initial_tab)

    async def _mount_guide(self) -> None:
        scroll = self.query_one("#guide-scroll")
        if scroll.query(Markdown):
            return
        await scroll.query("#guide-placeholder").remove()
        await scroll.mount(Markdown(self.guide, id="guide", open_links=False))

    def _focus_tab(self, tab: str) -> None:
        if tab == "tab-help":
            self.call_after_refresh(self._mount_guide)
            self.query_one("#guide-scroll").focus()
        else:
            self.query_one("#glossary-filter").focus()

    @on(TabbedContent.TabActivated, "#help-tabs")
    def _tab_activated(self, event: TabbedContent.TabActivated) -> None:
        self._focus_tab(event.pane.id or "")

    def action_switch_tab(self) -> None:
        tabs = self.query_one(TabbedContent)
        tabs.active = "tab-glossary" if tabs.active == "tab-help" else "tab-help"

    def action_close(self) -> None:
        self.dismiss(None)
