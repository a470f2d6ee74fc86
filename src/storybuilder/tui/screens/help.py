"""Help (F1): the current question's help, how the wizard works, every key, the glossary."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown, Static, TabbedContent, TabPane

from storybuilder.bank import Question
from storybuilder.terminal_text import safe
from storybuilder.tui.widgets.glossary_view import GlossaryEntry, GlossaryView
from storybuilder.tui.widgets.key_bar import KeyBar
from storybuilder.tui.widgets.markdown_part import MarkdownPart


class HelpScreen(ModalScreen[None]):
    """Tabs: This question (when opened from one), Help (the guide, with the keys in
    effect) and Glossary.

    The guide's Markdown is mounted when its tab is first shown, so opening the
    glossary is instant. F1 goes one step further each time: from the question's help
    to the guide, then closes.
    """

    DEFAULT_CSS = """
    HelpScreen #question-help-prompt {
        text-style: bold;
        margin-bottom: 1;
    }
    HelpScreen #question-help-more {
        color: $text-muted;
        margin-top: 1;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="help.close", tooltip="Close the help"),
        Binding(
            "f1",
            "more_help",
            "More help",
            id="help.more",
            tooltip="From the question's help to the guide; in the guide, close the help",
        ),
        Binding(
            "ctrl+t",
            "switch_tab",
            "Next tab",
            id="help.tab",
            tooltip="Switch between the help and the glossary",
        ),
    ]

    def __init__(
        self,
        guide: str,
        glossary: list[GlossaryEntry],
        *,
        tab: str = "help",
        question: Question | None = None,
    ) -> None:
        super().__init__()
        self.guide = guide
        """The guide's Markdown, with the key table filled in."""
        self.glossary = glossary
        self.question = question
        """The question the help was opened from: its help is the first tab."""
        self.initial_tab = "tab-question" if question is not None else f"tab-{tab}"

    def compose(self) -> ComposeResult:
        with (
            Vertical(id="help-dialog", classes="dialog -full"),
            TabbedContent(initial=self.initial_tab, id="help-tabs"),
        ):
            if self.question is not None:
                with (
                    TabPane("This question", id="tab-question"),
                    VerticalScroll(id="question-help-scroll"),
                ):
                    yield Static(safe(self.question.prompt), id="question-help-prompt")
                    yield MarkdownPart(self.question.help, id="question-help")
                    yield Static(
                        "F1 again: the guide, every key and the glossary.",
                        id="question-help-more",
                    )
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
        if tab == "tab-question":
            self.query_one("#question-help-scroll").focus()
        elif tab == "tab-help":
            self.call_after_refresh(self._mount_guide)
            self.query_one("#guide-scroll").focus()
        else:
            self.query_one("#glossary-filter").focus()

    @on(TabbedContent.TabActivated, "#help-tabs")
    def _tab_activated(self, event: TabbedContent.TabActivated) -> None:
        self._focus_tab(event.pane.id or "")

    def action_switch_tab(self) -> None:
        tabs = self.query_one(TabbedContent)
        order = [p.id for p in tabs.query(TabPane) if p.id]
        tabs.active = order[(order.index(tabs.active) + 1) % len(order)]

    def action_more_help(self) -> None:
        tabs = self.query_one(TabbedContent)
        if tabs.active == "tab-question":
            tabs.active = "tab-help"
        else:
            self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)
