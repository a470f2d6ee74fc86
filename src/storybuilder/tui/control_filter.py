"""The wizard's last line of defence against escape sequences in what it draws.

Widgets that show author, bank or file-name text pass it through
:func:`storybuilder.terminal_text.safe`, which shows control characters as visible
escapes. Text can still arrive by other ways (an answer typed or pasted into an input,
a Markdown preview, a notification), so every line the wizard draws also goes through
this filter, which drops whatever control character, bidi override or lone surrogate is
left. Dropping keeps the layout: such characters take no cell on the screen.
"""

from __future__ import annotations

from rich.segment import Segment
from textual.color import Color
from textual.filter import LineFilter

from storybuilder.terminal_text import UNSAFE_ANYWHERE


class ControlCharacterFilter(LineFilter):
    """Removes control characters from the text of every segment drawn."""

    def apply(self, segments: list[Segment], background: Color) -> list[Segment]:
        if not any(UNSAFE_ANYWHERE.search(s.text) for s in segments if not s.control):
            return segments
        return [
            s if s.control else Segment(UNSAFE_ANYWHERE.sub("", s.text), s.style) for s in segments
        ]
