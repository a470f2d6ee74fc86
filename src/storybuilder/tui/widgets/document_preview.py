"""The live preview of the document, kept off the typing path.

Textual's Markdown widget is slow to mount (about a second for a 5,000-word story)
and makes every layout dearer while it is on screen. So this preview:

* mounts nothing but a placeholder until it is first shown (``Show``), unless it is
  composed with its first document (the interview renders it before building its pane,
  so that the pane is laid out and drawn once), and refreshes only while shown: an
  invalidation while hidden just marks it stale;
* refreshes when its ``snapshot`` (bound to the screen's) has new content, that is
  after an answer is confirmed, or when invalidated (the screen does once typing
  pauses), never per key and not on a mere move; debounced, in a worker that never
  runs twice at once; the document is rendered in a thread from the snapshot's story
  and problems (the critic does not run again);
* scrolls to the section it is asked to follow (the one being edited) when that
  changes, and leaves the scroll alone otherwise; the first document is scrolled there
  in the layout that places its parts, so its first paint is the scrolled view (not the
  top of the document, painted and then scrolled away from);
* splits the document at its headings and updates only the parts whose text changed;
* composed with its first document, mounts at first only the parts from the section it
  follows on, a couple of screenfuls of them, which is all the view can show once
  scrolled there (with the parts before it too when they do not fill the view); the rest
  of the document is mounted above and below them once that view is drawn, the view
  kept on the section (most of a long story's parts, whose Markdown costs most of the
  first paint);
* shows each part as one widget holding Rich's Markdown (see ``markdown_part``), in
  the colors of the app's theme, rather than a widget per paragraph.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from textual import events, work
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scrollbar import ScrollBar
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Static

from storybuilder.tui.editor import StorySnapshot
from storybuilder.tui.widgets.markdown_part import MarkdownPart, load_markdown

if TYPE_CHECKING:
    from textual.layout import DockArrangeResult

_HEADING = re.compile(r"^#{1,6} ")
_FENCE = re.compile(r"^(```|~~~)")


def split_parts(text: str) -> list[str]:
    """The document cut before each heading (never inside a fenced code block)."""
    parts: list[list[str]] = [[]]
    fenced = False
    for line in text.splitlines():
        if _FENCE.match(line):
            fenced = not fenced
        if not fenced and _HEADING.match(line) and any(s.strip() for s in parts[-1]):
            parts.append([])
        parts[-1].append(line)
    return ["\n".join(lines).strip("\n") for lines in parts if any(s.strip() for s in lines)]


class DocumentPreview(VerticalScroll):
    """The story rendered as Markdown, mounted lazily and refreshed on request."""

    DEFAULT_CSS = """
    DocumentPreview {
        height: 1fr;
        padding: 0 1;
        background: $surface;
        & > #preview-placeholder {
            color: $text-muted;
            padding: 1;
        }
        & > MarkdownPart {
            padding-bottom: 1;
        }
        &.-long {
            overflow-y: scroll;
        }
    }
    """

    DEBOUNCE = 0.15
    """Seconds to wait for more changes before refreshing."""

    class Refreshed(Message):
        """The preview now shows the latest document."""

        def __init__(self, preview: DocumentPreview, seconds: float) -> None:
            super().__init__()
            self.preview = preview
            self.seconds = seconds
            """How long the refresh took (render and update)."""

        @property
        def control(self) -> DocumentPreview:
            return self.preview

    snapshot: reactive[StorySnapshot | None] = reactive(None, init=False, repaint=False)
    """The story shown (bound to the screen's): new content refreshes the preview (the
    parts that changed repaint themselves)."""

    FIRST_SCREENFULS = 2
    """How much of the document, from the followed section on, is mounted before the first
    paint: this many times the characters the preview's area can show (a line shows at
    most its width: what fills the view even with the Markdown's marks taken out)."""

    def __init__(
        self,
        source: Callable[[], str],
        *,
        wait_for_snapshot: bool = False,
        document: tuple[str, int] | None = None,
        follow: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self._document = document
        self._first_parts = split_parts(document[0]) if document is not None else None
        """The first document's parts, cut once."""
        if self._first_parts is not None:
            # Set before the preview is mounted: its own styles (the scroll bar) are
            # computed then, before it composes. Set in compose, the class would wait
            # for the next restyle, and every part would be rendered at the width
            # without the bar, then again with it.
            self.set_class(self._surely_scrolls(self._first_parts), "-long", update=False)
        """The first document, already rendered, and the snapshot revision it shows."""
        self.source = source
        """Renders the current document; called in a worker thread."""
        self.wait_for_snapshot = wait_for_snapshot
        """Render nothing before the first snapshot (its source reads the snapshot)."""
        self.stale = True
        """True when the document changed since the preview last showed it."""
        self.shown = False
        """True while the preview is on screen."""
        self.followed: str | None = follow
        """The title of the section to keep in view (None: the top of the document)."""
        self._scroll_pending = False
        """The followed section changed and is not scrolled to yet."""
        self._parts: list[MarkdownPart] = []
        self._rest: tuple[list[str], list[str]] | None = None
        """The first document's parts above and below the first view, not mounted yet."""
        self._when_complete: list[Callable[[], object]] = []
        """Called back once the first document is drawn whole (see when_complete)."""
        self._debounce: Timer | None = None
        self._refreshing = False

    def compose(self) -> ComposeResult:
        if self._first_parts is None:
            yield Static("Preparing the preview…", id="preview-placeholder")
            return
        # Composed with its document: laid out and drawn once, with the pane. Only the
        # parts the view can show once scrolled to its section come now; the rest of the
        # document is mounted around them once that view is drawn.
        parts, self._first_parts = self._first_parts, None
        start, end = self._first_view(parts)
        self._parts = [MarkdownPart(text) for text in parts[start:end]]
        self._rest = (parts[:start], parts[end:]) if start or end < len(parts) else None
        self._scroll_pending = True
        self.stale = False
        yield from self._parts

    def _first_view(self, parts: list[str]) -> tuple[int, int]:
        """The first parts the view can show, scrolled to the followed section (start and
        end indexes): parts from it on until they hold FIRST_SCREENFULS times what the
        preview's area can show (a line shows at most its width in characters, and a part
        takes at least a line), the view showing the section at its top; if the document
        ends before that, the view scrolled as far as it goes shows parts before the
        section too: every part before it."""
        start = self._index_of(parts, self.followed) or 0
        width, height = self._area()
        budget = self.FIRST_SCREENFULS * width * height
        end = start
        while end < len(parts) and budget > 0:
            budget -= max(len(parts[end]), width)
            end += 1
        return (0 if budget > 0 else start), end

    def _area(self) -> tuple[int, int]:
        """The size of the preview, or of its nearest ancestor laid out (the pane is
        composed before it is laid out), or of the screen."""
        for node in (self, *self.ancestors):
            size = getattr(node, "size", None)
            if size is not None and size.width and size.height:
                return size.width, size.height
        return self.app.size.width, self.app.size.height

    @staticmethod
    def _index_of(parts: list[str], section_title: str | None) -> int | None:
        """The index of the part that starts with the section's heading, if any."""
        if section_title is None:
            return None
        for index, text in enumerate(parts):
            first = text.split("\n", 1)[0]
            if _HEADING.match(first) and first.lstrip("#").strip() == section_title:
                return index
        return None

    async def _mount_rest(self) -> None:
        """Mount the rest of the first document above and below the parts shown (once the
        first view is drawn), the view kept on the followed section; a refresh meanwhile
        made it moot."""
        rest, self._rest = self._rest, None
        if rest:
            above, below = ([MarkdownPart(text) for text in texts] for texts in rest)
            self._parts[:0] = above
            self._parts.extend(below)
            if above:
                # The layout that places them scrolls the view back to the section (see
                # arrange): it is never drawn moved down by what came above it.
                self._scroll_pending = True
            with self.app.batch_update():
                if above:
                    await self.mount_all(above, before=0)
                if below:
                    await self.mount_all(below)
        if self._scroll_pending:
            self.call_after_refresh(self._scroll_if_pending)
        else:
            self.call_after_refresh(self._completed)

    def _scroll_if_pending(self) -> None:
        """Scroll to the followed section unless the last layout did (see arrange)."""
        if self._scroll_pending:
            self._scroll_to_followed()

    def when_complete(self, callback: Callable[[], object]) -> None:
        """Call back once the first document is drawn whole: scrolled to the followed
        section, and the rest of it mounted below (after the next refresh if it is)."""
        if self._rest is None and not self._scroll_pending:
            self.call_after_refresh(callback)
        else:
            self._when_complete.append(callback)

    def _completed(self) -> None:
        waiting, self._when_complete = self._when_complete, []
        for callback in waiting:
            callback()

    @staticmethod
    def render_document(source: Callable[[], str]) -> str:
        """A document to show (worker thread), with Markdown's renderer loaded: parts
        drawn as plain text would be measured and drawn again once it is."""
        try:
            text = source()
        except Exception as err:  # a user template or bank problem: show it
            text = f"The preview could not be rendered: {err}"
        load_markdown()
        return text

    @property
    def markdown_mounted(self) -> bool:
        """True once the document was mounted (the preview was shown at least once)."""
        return bool(self._parts)

    @property
    def parts(self) -> list[MarkdownPart]:
        """The parts shown, in order."""
        return list(self._parts)

    def _on_show(self, event: events.Show) -> None:
        self.shown = True
        if self.stale:
            self._schedule(0)
        elif self._scroll_pending and self._parts:
            # The document came before the preview was laid out: scroll now it is (Show
            # is sent once the layout placed every part), before anything else repaints.
            self._scroll_to_followed()

    def _on_hide(self, event: events.Hide) -> None:
        self.shown = False

    def watch_snapshot(self, old: StorySnapshot | None, new: StorySnapshot | None) -> None:
        if new is None:
            return
        if old is None and self._document is not None and self._document[1] == new.revision:
            return  # composed with this snapshot's document
        if old is None:
            # The first snapshot: a preview that waited for it renders at once.
            self.stale = True
            if self.shown:
                self._schedule(0)
        elif old.revision != new.revision:
            self.invalidate()

    def invalidate(self) -> None:
        """The document changed: refresh soon if shown, otherwise when next shown."""
        self.stale = True
        if self.shown:
            self._schedule(self.DEBOUNCE)

    def _schedule(self, delay: float) -> None:
        if self._debounce is not None:
            self._debounce.stop()
            self._debounce = None
        if delay <= 0:
            self.call_later(self._start)
        else:
            self._debounce = self.set_timer(delay, self._start)

    def _start(self) -> None:
        self._debounce = None
        if self.wait_for_snapshot and self.snapshot is None:
            return  # the first snapshot invalidates the preview
        if self.shown and self.stale and not self._refreshing:
            self._refreshing = True
            self._refresh_document()

    @work(group="preview")
    async def _refresh_document(self) -> None:
        # Not exclusive: cancelling a refresh half-way through mounting would leave parts
        # behind. Changes that arrive meanwhile mark the preview stale, and the loop
        # picks them up.
        try:
            while self.stale and self.shown:
                self.stale = False
                started = time.perf_counter()
                text = await asyncio.to_thread(self.render_document, self.source)
                await self.show_text(text)
                self.post_message(self.Refreshed(self, time.perf_counter() - started))
        finally:
            self._refreshing = False

    async def show_text(self, text: str) -> None:
        """Show a document, updating only the parts that changed (one repaint)."""
        with self.app.batch_update():
            await self._update_parts(split_parts(text))
        if self._scroll_pending:
            # Once the new parts are laid out, or their place is not known yet.
            self.call_after_refresh(self._scroll_to_followed)
        elif self._when_complete:
            self.call_after_refresh(self._completed)

    def follow(self, section_title: str | None) -> None:
        """Keep the section with this heading in view: scroll to it now if it changed
        (or as soon as the document is shown)."""
        if section_title == self.followed:
            return
        self.followed = section_title
        self._scroll_pending = True
        if self._parts:
            self.call_after_refresh(self._scroll_to_followed)

    def part_for(self, section_title: str | None) -> MarkdownPart | None:
        """The part that starts with the section's heading (None: not in the document)."""
        index = self._index_of([part.source for part in self._parts], section_title)
        return None if index is None else self._parts[index]

    def _scroll_to_followed(self) -> None:
        if not self._parts or not self.shown:
            return  # done once shown (see _on_show)
        part = self.part_for(self.followed)
        if part is None and self._rest is not None and self.followed is not None:
            # In the rest of the document: scrolled to once that is mounted.
            self.call_later(self._mount_rest)
            return
        self._scroll_pending = False
        # Now, not after the next refresh (Textual's default): the parts are laid out,
        # and the next paint shows the view scrolled, before the rest is mounted.
        if part is None:
            self.scroll_home(animate=False, immediate=True)
        else:
            self.scroll_to_widget(part, animate=False, top=True, immediate=True)
        self._scrolled()

    def _scrolled(self) -> None:
        """The view shows the followed section: the rest of the first document is
        mounted below it once it is drawn (then the first document is complete)."""
        if self._rest is not None:
            # The view is drawn first, the rest of the document below it after.
            self.call_after_refresh(self._mount_rest)
        elif self._when_complete:
            self.call_after_refresh(self._completed)

    def arrange(self, size: Size, optimal: bool = False) -> DockArrangeResult:
        """The parts' places; a scroll to the followed section still pending is done
        here, as the layout places its part: the paint that follows this layout shows
        the view scrolled, instead of the top of the document for a frame (and a layout
        and a paint more) before the scroll.

        Only the scroll offset is set, as Textual itself sets it for a view anchored to
        its bottom (its watchers would clamp it to the size of the previous layout);
        the offset is the one ``scroll_to_widget(part, top=True)`` gives: the part's top,
        at most the end of the document.
        """
        arrangement = super().arrange(size, optimal)
        if not (self._scroll_pending and self._parts and size.height) or optimal:
            return arrangement
        part = self.part_for(self.followed)
        if part is None:
            return arrangement  # in the rest of the document, or no section: see Show
        for placement in arrangement.placements:
            if placement.widget is part:
                bottom = arrangement.total_region.bottom
                y = max(0, min(placement.region.y, bottom - size.height))
                self.set_reactive(Widget.scroll_y, y)
                self.set_reactive(Widget.scroll_target_y, y)
                self.vertical_scrollbar.set_reactive(ScrollBar.position, y)
                self._scroll_pending = False
                self._scrolled()
                break
        return arrangement

    def _surely_scrolls(self, parts: list[str]) -> bool:
        """Whether the document is certainly taller than the preview: more characters
        than twice what its area holds (a line shows at most its width)."""
        width, height = self.scrollable_content_region.size
        if not (width and height):  # not laid out yet: the screen is larger
            width, height = self.app.size
        return sum(len(part) for part in parts) > 2 * width * height

    async def _update_parts(self, parts: list[str]) -> None:
        # A long document gets its scroll bar before it is laid out: otherwise the bar
        # appears once the parts are measured, the text narrows, and every part is
        # rendered again at the new width (and laid out once more). A long document
        # shows the bar anyway, so the look is the same.
        self.set_class(self._surely_scrolls(parts), "-long")
        rest, self._rest = self._rest, None  # the whole document is shown from here
        if not self._parts:
            await self.query("#preview-placeholder").remove()
        elif rest is not None and rest[0]:
            # The first view began at the followed section, whose parts above are not
            # mounted: they come first, so that each part is updated in its place, and
            # the layout that places them keeps the view on the section (see arrange).
            above = [MarkdownPart(text) for text in parts[: len(rest[0])]]
            self._parts[:0] = above
            self._scroll_pending = True
            await self.mount_all(above, before=0)
        for index, text in enumerate(parts):
            if index < len(self._parts):
                self._parts[index].show(text)
            else:
                part = MarkdownPart(text)
                self._parts.append(part)
                await self.mount(part)
        if len(self._parts) > len(parts):
            extra = self._parts[len(parts) :]
            del self._parts[len(parts) :]
            for part in extra:
                await part.remove()
