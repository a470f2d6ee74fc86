"""A Button styled once, when it is mounted, not also while it is built."""

from __future__ import annotations

from textual.widgets import Button


class SettledButton(Button):
    """Textual's Button, without the restyles it asks for before it is in the screen.

    Button's ``__init__`` sets its ``variant``, ``flat`` and ``compact`` reactives, whose
    watchers add its look's classes; built inside a running app (in ``compose``), each of
    those restyles the button at once, three times before it is even mounted, and the
    mount styles it again from the classes it has by then. A button not yet in the DOM
    has nothing to restyle: its styles are computed when it is mounted.
    """

    def update_node_styles(self, animate: bool = True) -> None:
        if self.parent is None:
            return  # styled when mounted, with the classes it has then
        super().update_node_styles(animate)
