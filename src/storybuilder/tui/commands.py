"""The command palette's commands, in the order the wizard gives them."""

from __future__ import annotations

from textual.command import DiscoveryHit, Hit, Hits, Provider


class OrderedCommands(Provider):
    """The app's and the screen's commands, listed in the order they are yielded.

    Textual's own provider sorts what it lists before anything is typed by name, which
    put the sections of the interview in alphabetical order; authors expect them in the
    order they are asked. Typed queries are still ranked by how well they match.
    """

    async def discover(self) -> Hits:
        for name, help_text, callback, discover in self.app.get_system_commands(self.screen):
            if discover:
                yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, callback, *_ in self.app.get_system_commands(self.screen):
            if (score := matcher.match(name)) > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text)
