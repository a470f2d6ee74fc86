"""The key bar at the bottom of every screen: the active keys, drawn by one widget.

Textual's Footer mounts a widget per key and rebuilds them all (restyling each one
several times) whenever the focus moves; on the wizard's first screen that was about a
tenth of the start-up time. This bar draws the same keys as one line of text, works
out which key is under the pointer from where each one was drawn, and redraws only
when what it shows changes. Keys are clickable, greyed out when disabled, and show
their tooltip on hover.

When the line is too narrow for everything, the bar gives up detail in a fixed order,
so that no entry is ever cut in the middle: first the palette's description ("^p"
alone), then an action's other keys (only its first one, which a screen binds to the
key it wants shown), then, one by one, the entries the screen named as spare (those
the screen also offers another way). Only a bar narrower than all of that is cropped.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import NamedTuple

from rich.style import Style
from rich.text import Text
from textual import events
from textual.reactive import reactive
from textual.screen import Screen
from textual.widget import Widget


class KeyHint(NamedTuple):
    """One key as shown in the bar (a named tuple: a fifth of a frozen dataclass's cost
    to define, in the first frame's imports)."""

    key: str
    display: str
    """Every key of the action, like ``alt+→/^n``."""
    description: str
    tooltip: str
    enabled: bool
    short_display: str = ""
    """The first key alone (``alt+→``), drawn when the bar is too narrow for every key."""
    binding_id: str = ""
    """The binding's id (``interview.skip``), by which a screen names spare entries."""


class _Span(NamedTuple):
    start: int
    end: int
    hint: KeyHint


def key_hints(screen: Screen[object]) -> tuple[list[KeyHint], KeyHint | None]:
    """The keys to show for a screen (one per action, with every key bound to it, like
    ``alt+→/^n``), and the command palette's key."""
    app = screen.app
    active = screen.active_bindings
    keys_of: dict[str, list[str]] = {}
    for _, binding, _, _ in active.values():
        keys_of.setdefault(binding.action, []).append(app.get_key_display(binding))

    def hint(key: str) -> KeyHint:
        _, binding, enabled, tooltip = active[key]
        return KeyHint(
            key,
            "/".join(keys_of[binding.action]),
            binding.description,
            tooltip or binding.tooltip or binding.description,
            enabled,
            app.get_key_display(binding),
            binding.id or "",
        )

    # Like Textual's footer, the bar shows the command palette's key on its own at the
    # right (its binding is hidden from the list).
    palette_key = app.COMMAND_PALETTE_BINDING
    hints: list[KeyHint] = []
    seen: set[str] = set()
    for key, (_, binding, _, _) in active.items():
        if binding.show and binding.action not in seen and key != palette_key:
            seen.add(binding.action)
            hints.append(hint(key))
    palette = hint(palette_key) if app.ENABLE_COMMAND_PALETTE and palette_key in active else None
    return hints, palette


class KeyBar(Widget, can_focus=False):
    """A one-line bar of the screen's keys; click a key to press it.

    ``spare``: binding ids of entries the bar may leave out, first to last, when even
    the first key of each action does not fit (see the module's docstring).
    """

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {
        "key-bar--key",
        "key-bar--description",
        "key-bar--hover",
        "key-bar--separator",
    }
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
        .key-bar--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        .key-bar--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        .key-bar--hover {
            background: $block-hover-background;
        }
        .key-bar--separator {
            color: $foreground 20%;
        }
    }
    """

    _hover: reactive[int | None] = reactive(None)
    """The index of the key under the pointer, if any."""

    def __init__(self, spare: tuple[str, ...] = ()) -> None:
        super().__init__()
        self._spare = spare
        self._hints: list[KeyHint] = []
        self._palette: KeyHint | None = None
        self._shown: Hashable = None
        self._spans: list[_Span] = []

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self._bindings_changed(self.screen)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        if screen is not self.screen:
            return
        hints, palette = key_hints(screen)
        if (hints, palette) == self._shown:
            return
        self._shown = (hints, palette)
        self._hints, self._palette = hints, palette
        self.refresh()

    @property
    def hints(self) -> list[KeyHint]:
        """The keys shown, left to right (the command palette's key is last)."""
        return [*self._hints, *([self._palette] if self._palette else [])]

    def render(self) -> Text:
        key_style = self.get_component_rich_style("key-bar--key")
        description_style = self.get_component_rich_style("key-bar--description")
        hover_style = self.get_component_rich_style("key-bar--hover", partial=True)
        dim = Style(dim=True)
        width = self.size.width
        hints = self.hints
        palette_at = len(hints) - 1 if self._palette is not None else None

        def draw(
            every_key: bool, palette_named: bool, left_out: tuple[str, ...]
        ) -> list[tuple[KeyHint, Text]]:
            pieces = []
            for index, hint in enumerate(hints):
                if index != palette_at and hint.binding_id in left_out:
                    continue
                named = bool(hint.description) and (palette_named or index != palette_at)
                piece = Text.assemble(
                    (hint.display if every_key else hint.short_display, key_style),
                    (f" {hint.description}" if named else "", description_style),
                )
                if not hint.enabled:
                    piece.stylize(dim)
                if index == self._hover:
                    piece.stylize(hover_style)
                pieces.append((hint, piece))
            return pieces

        # From the fullest bar to the barest (see the module's docstring). Each piece
        # takes a space after it (the palette's: the rule before it; its own last
        # space may be cut).
        layouts: list[tuple[bool, bool, tuple[str, ...]]] = [
            (every_key, palette_named, ())
            for every_key in (True, False)
            for palette_named in (True, False)
        ]
        layouts += [(False, False, self._spare[: n + 1]) for n in range(len(self._spare))]
        for layout in layouts:
            pieces = draw(*layout)
            if sum(p.cell_len + 1 for _, p in pieces) <= width:
                break

        line = Text(no_wrap=True, overflow="crop", end="")
        spans: list[_Span] = []
        palette_piece = pieces.pop() if self._palette is not None and pieces else None
        for hint, piece in pieces:
            start = line.cell_len
            line.append_text(piece)
            spans.append(_Span(start, line.cell_len, hint))
            line.append(" ")
        if palette_piece is not None:
            hint, piece = palette_piece
            # Docked right, after a thin rule, like Textual's own footer.
            tail = Text.assemble(
                ("▏", self.get_component_rich_style("key-bar--separator")), piece, " "
            )
            start = max(line.cell_len, width - tail.cell_len)
            line.pad_right(start - line.cell_len)
            line.append_text(tail)
            spans.append(_Span(start + 1, start + 1 + piece.cell_len, hint))
        self._spans = spans
        return line

    def hint_at(self, x: int) -> KeyHint | None:
        """The key drawn at column x of the bar, if any."""
        for span in self._spans:
            if span.start <= x < span.end:
                return span.hint
        return None

    def on_mouse_move(self, event: events.MouseMove) -> None:
        hint = self.hint_at(event.x)
        self._hover = self.hints.index(hint) if hint is not None else None
        self.tooltip = hint.tooltip if hint is not None else None

    def on_leave(self, event: events.Leave) -> None:
        self._hover = None

    def on_mouse_down(self, event: events.MouseDown) -> None:
        hint = self.hint_at(event.x)
        if hint is None:
            return
        if hint.enabled:
            self.app.simulate_key(hint.key)
        else:
            self.app.bell()
