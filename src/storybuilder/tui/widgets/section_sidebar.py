"""The sections of the interview, with progress and a mark on those with open problems."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from textual import on
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from storybuilder.interview import SectionProgress
from storybuilder.tui.editor import StorySnapshot


class SectionSidebar(OptionList):
    """One entry per section; choosing one jumps there."""

    DEFAULT_CSS = """
    SectionSidebar {
        height: 1fr;
        border: none;
        padding: 0;
        background: $panel;
        scrollbar-size-vertical: 1;
        &:focus {
            border: none;
            background-tint: $foreground 4%;
        }
    }
    """

    class SectionChosen(Message):
        """The author chose a section to go to."""

        def __init__(self, sidebar: SectionSidebar, section_id: str) -> None:
            super().__init__()
            self.sidebar = sidebar
            self.section_id = section_id

        @property
        def control(self) -> SectionSidebar:
            return self.sidebar

    snapshot: reactive[StorySnapshot | None] = reactive(None, init=False, repaint=False)
    """The story shown (bound to the interview screen's; new options repaint the list)."""

    def watch_snapshot(self, snapshot: StorySnapshot | None) -> None:
        if snapshot is not None:
            self.show_progress(
                snapshot.progress, snapshot.current_section, snapshot.open_by_section
            )

    def show_progress(
        self,
        progress: Sequence[SectionProgress],
        current: str | None,
        problems: Mapping[str, int],
    ) -> None:
        """Redraw the sections (cheap: a handful of lines)."""
        options = [
            Option(
                self._prompt(p, p.section.id == current, problems.get(p.section.id, 0)),
                p.section.id,
            )
            for p in progress
        ]
        highlighted = next((i for i, p in enumerate(progress) if p.section.id == current), None)
        self.set_options(options)
        if highlighted is not None:
            self.highlighted = highlighted

    @staticmethod
    def _prompt(progress: SectionProgress, current: bool, problems: int) -> Content:
        # Built from styled pieces, not parsed from markup: the same content (the
        # sidebar is drawn in the first frame and again with each snapshot).
        if progress.total == 0:
            mark = Content.styled("–", "$text-muted")
        elif progress.complete:
            mark = Content.styled("✓", "$text-success")
        else:
            mark = Content.styled("○", "$text-muted")
        pointer = "▶ " if current else "  "
        title = Content.styled(progress.section.title, "b") if current else progress.section.title
        counts = (
            "not asked" if progress.total == 0 else f"{progress.answered}/{progress.total} answered"
        )
        second = Content.assemble("    ", Content.styled(counts, "$text-muted"))
        if problems:
            second = second + Content.assemble(
                " ", Content.styled(f"! {problems}", "$text-warning")
            )
        return Content.assemble(pointer, mark, " ", title, "\n", second)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.SectionChosen(self, event.option.id))
