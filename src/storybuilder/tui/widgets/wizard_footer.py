"""The footer, rebuilt only when what it shows actually changes."""

from __future__ import annotations

from collections.abc import Hashable

from textual.screen import Screen
from textual.widgets import Footer


class WizardFooter(Footer):
    """A compact Footer that skips rebuilds which would show the same keys.

    Moving to the next question moves the focus several times and refreshes the
    bindings (to grey Back or Skip); Textual's Footer rebuilds all of its keys for each
    of those notifications, which made every Next several times slower. Here the keys
    are rebuilt only when the visible bindings or their enabled state differ.
    """

    def __init__(self) -> None:
        super().__init__(compact=True)
        self._shown: Hashable = None
        self._built = False

    def _signature(self, screen: Screen[object]) -> Hashable:
        return tuple(
            (key, binding.action, binding.description, enabled, binding.tooltip)
            for key, (_, binding, enabled, _) in screen.active_bindings.items()
            if binding.show
        )

    def bindings_changed(self, screen: Screen[object]) -> None:
        signature = self._signature(screen)
        if self._built and signature == self._shown:
            return
        self._built = True
        self._shown = signature
        super().bindings_changed(screen)
