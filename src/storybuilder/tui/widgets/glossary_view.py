"""The glossary: the framework's words and the bank's vocabularies, with a filter."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Input, Static

from storybuilder.tui.inline_markdown import inline


@dataclass(frozen=True)
class GlossaryEntry:
    term: str
    text: str
    group: str
    """Where the term comes from: 'Framework', 'Goal classes', 'Failure modes', ..."""

    def matches(self, query: str) -> bool:
        needle = query.casefold().strip()
        return not needle or needle in f"{self.term}\n{self.text}\n{self.group}".casefold()


class GlossaryView(Vertical):
    """Every entry as a short paragraph; typing in the filter narrows the list."""

    DEFAULT_CSS = """
    GlossaryView {
        height: 1fr;
        & > #glossary-filter {
            margin-bottom: 0;
        }
        & > #glossary-entries {
            height: 1fr;
            & > .entry {
                padding: 0 1;
                margin-bottom: 1;
            }
        }
        & #glossary-empty {
            color: $text-muted;
            padding: 0 1;
        }
    }
    """

    def __init__(self, entries: list[GlossaryEntry], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.entries = entries

    def compose(self) -> ComposeResult:
        yield Input(placeholder="Filter: type a word", id="glossary-filter")
        with VerticalScroll(id="glossary-entries", can_focus=True):
            for entry in self.entries:
                yield Static(self._content(entry), classes="entry")
            yield Static("Nothing in the glossary matches.", id="glossary-empty")

    def on_mount(self) -> None:
        self.query_one("#glossary-empty").display = False

    @staticmethod
    def _content(entry: GlossaryEntry) -> Content:
        heading = Content.from_markup(
            "[b $text-primary]$term[/]  [$text-muted]$group[/]\n",
            term=entry.term,
            group=entry.group,
        )
        return heading + inline(entry.text)

    @on(Input.Changed, "#glossary-filter")
    def _filter(self, event: Input.Changed) -> None:
        shown = 0
        for entry, widget in zip(self.entries, self.query(".entry"), strict=True):
            widget.display = entry.matches(event.value)
            shown += widget.display
        self.query_one("#glossary-empty").display = shown == 0
