"""The reference Textual app for the wizard benchmarks: Header, Static, Footer.

It shows "ready" once mounted, and echoes each key into the Static, so that both the
first screen and keystroke-to-repaint can be timed the same way as the wizard's.
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.events import Key
from textual.widgets import Footer, Header, Static


class MinimalApp(App[None]):
    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("ready ", id="echo")
        yield Footer()

    def on_key(self, event: Key) -> None:
        if event.character and event.character.isprintable():
            echo = self.query_one("#echo", Static)
            echo.update(str(echo.content) + event.character)


if __name__ == "__main__":
    MinimalApp().run()
