"""One part of the document preview: Markdown rendered by Rich in a single widget.

Textual's Markdown widget builds a widget per paragraph, which makes a long story slow
to mount and to lay out (about a second for 5,000 words). The preview is read, not
navigated, so each part is one widget rendering Rich's Markdown instead: a
5,000-word document refreshes in well under the 300 ms budget. The question help uses
it too, which keeps moving between questions cheap. Colors come from the app's theme
(the variables Textual's own Markdown uses), so light and dark themes both read well.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Mapping

from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.segment import Segment
from rich.text import Text
from rich.theme import Theme
from textual.app import App
from textual.color import Color, ColorParseError
from textual.widget import Widget


def _color(variables: Mapping[str, str], name: str) -> str | None:
    value = variables.get(name)
    if not value:
        return None
    try:
        color = Color.parse(value)
    except ColorParseError:
        return None
    return None if color.a == 0 else color.hex6


def _style(*parts: str | None) -> str:
    return " ".join(p for p in parts if p) or "none"


def markdown_theme(variables: Mapping[str, str]) -> Theme:
    """Rich's Markdown styles, taken from the app's theme variables."""

    def var(name: str) -> str | None:
        return _color(variables, name)

    def heading(level: int) -> str:
        text_style = variables.get(f"markdown-h{level}-text-style", "bold")
        text_style = text_style if text_style not in ("none", "") else ""
        return _style(text_style, var(f"markdown-h{level}-color") or var("text-primary"))

    background = var("panel")
    on_panel = f"on {background}" if background else None
    styles = {
        "markdown.h1": heading(1),
        "markdown.h1.border": _style(var("primary")),
        "markdown.h2": heading(2),
        "markdown.h3": heading(3),
        "markdown.h4": heading(4),
        "markdown.h5": heading(5),
        "markdown.h6": heading(6),
        "markdown.code": _style("bold", var("text-accent"), on_panel),
        "markdown.code_block": _style(var("foreground"), on_panel),
        "markdown.block_quote": _style("italic", var("text-secondary")),
        "markdown.list": "none",
        "markdown.item.bullet": _style("bold", var("text-accent")),
        "markdown.item.number": _style(var("text-accent")),
        "markdown.hr": _style(var("border")),
        "markdown.link": _style("underline", var("text-primary")),
        "markdown.link_url": _style(var("text-primary")),
        "markdown.table.border": _style(var("border")),
        "markdown.table.header": _style("bold", var("text-primary")),
        "markdown.kbd": _style("bold", var("text-accent")),
    }
    return Theme(styles, inherit=True)


_MARKDOWN_READY = threading.Event()
_loading_started = False


def markdown_ready() -> bool:
    """Whether Rich's Markdown renderer is imported (it is loaded after the first screen).

    Importing it (with markdown-it and Pygments) takes about a tenth of a second, which
    would delay the first screen; until it is ready, parts show their text plainly.
    """
    if not _MARKDOWN_READY.is_set():
        module = sys.modules.get("rich.markdown")
        if module is not None and hasattr(module, "Markdown"):
            _MARKDOWN_READY.set()
    return _MARKDOWN_READY.is_set()


def load_markdown() -> None:
    """Import the renderer now, in this thread (waits if another thread is at it)."""
    import rich.markdown  # noqa: F401

    _MARKDOWN_READY.set()


def _start_loading_markdown(app: App[object]) -> None:
    """Import the renderer in a thread once (called from the app's thread only)."""
    global _loading_started
    if _loading_started or markdown_ready():
        return
    _loading_started = True

    def load() -> None:
        import rich.markdown  # noqa: F401

        _MARKDOWN_READY.set()
        app.call_from_thread(_refresh_parts, app)

    threading.Thread(target=load, name="load-markdown", daemon=True).start()


_refresh_holds: dict[int, int] = {}
"""Per app (by id), how many holds keep the parts drawn plain from being drawn again
(app thread only; see hold_refresh)."""


def hold_refresh(app: App[object]) -> Callable[[], None]:
    """Keep the parts drawn as plain text as they are until the returned function is
    called, which draws them again with the renderer (if it is loaded by then).

    For a screen about to lay itself out anyway (the interview building its pane after
    the first frame): the question's help is then drawn with the renderer in that same
    layout and paint, not in one of its own just before.
    """
    key = id(app)
    _refresh_holds[key] = _refresh_holds.get(key, 0) + 1
    released = False

    def release() -> None:
        nonlocal released
        if released:
            return
        released = True
        left = _refresh_holds.pop(key) - 1
        if left:
            _refresh_holds[key] = left
        else:
            _refresh_parts(app)

    return release


def _refresh_parts(app: App[object]) -> None:
    # Only the parts drawn as plain text: the others were drawn with the renderer
    # already (measuring them again would render every one of them once more).
    if _refresh_holds.get(id(app)) or not markdown_ready():
        return  # done when the hold is released
    for part in app.screen.query(MarkdownPart):
        if part.plain:
            part.refresh(layout=True)


class ThemedMarkdown:
    """Rich Markdown rendered with a given theme (without changing the app's console).

    Textual renders a widget's content twice, once to measure its height and once to
    paint it; the segments of one rendering are kept and given again for the same
    console and width (Rich's Markdown ignores the height it is offered).
    """

    def __init__(self, text: str, theme: Theme, code_theme: str) -> None:
        from rich.markdown import Markdown as RichMarkdown

        self.text = text
        self.theme = theme
        self.code_theme = code_theme
        self.markdown = RichMarkdown(text, code_theme=code_theme, hyperlinks=False)
        self._rendered: dict[tuple[object, ...], list[Segment]] = {}

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        key = (
            id(console),
            options.min_width,
            options.max_width,
            options.is_terminal,
            options.encoding,
            options.legacy_windows,
            options.justify,
            options.overflow,
            options.no_wrap,
            options.highlight,
            options.markup,
        )
        segments = self._rendered.get(key)
        if segments is None:
            with console.use_theme(self.theme):
                segments = list(console.render(self.markdown, options))
            if len(self._rendered) >= 4:
                self._rendered.clear()
            self._rendered[key] = segments
        yield from segments


_THEMES: dict[str, tuple[Theme, str]] = {}


def themes_for(app: App[object]) -> tuple[Theme, str]:
    """The Rich theme and the code theme for the app's current theme (cached by name)."""
    if app.theme not in _THEMES:
        code_theme = "monokai" if app.current_theme.dark else "default"
        _THEMES[app.theme] = (markdown_theme(app.get_css_variables()), code_theme)
    return _THEMES[app.theme]


class MarkdownPart(Widget):
    """A piece of Markdown (a part of the document, a question's help) in one widget."""

    DEFAULT_CSS = """
    MarkdownPart {
        height: auto;
    }
    """

    def __init__(
        self, text: str = "", *, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.source = text
        """The Markdown text shown."""
        self._markdown: ThemedMarkdown | None = None
        """The last rendering of ``source``: a relayout that changed nothing reuses it."""
        self.plain = False
        """Drawn as plain text, the renderer not being loaded yet."""

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, self._theme_changed)
        # After the first paint: importing in a thread still competes for the GIL.
        schedule = getattr(self.app, "after_first_frame", self.call_after_refresh)
        schedule(_start_loading_markdown, self.app)

    def _theme_changed(self, _: object) -> None:
        self.refresh(layout=True)

    def show(self, text: str) -> None:
        """Show new text."""
        if text != self.source:
            self.source = text
            self.refresh(layout=True)

    def render(self) -> RenderableType:
        if not markdown_ready():
            self.plain = True
            return Text(self.source)
        self.plain = False
        theme, code_theme = themes_for(self.app)
        kept = self._markdown
        if (
            kept is None
            or kept.text != self.source
            or kept.theme is not theme
            or kept.code_theme != code_theme
        ):
            kept = self._markdown = ThemedMarkdown(self.source, theme, code_theme)
        return kept
