"""Pilot tests of help and glossary (F1) and of the error screen."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Markdown, TabbedContent

from storybuilder.bank import Bank
from storybuilder.tui.app import StorybuilderApp
from storybuilder.tui.screens.error import ErrorScreen
from storybuilder.tui.screens.help import HelpScreen
from storybuilder.tui.screens.interview import InterviewScreen
from storybuilder.tui.screens.welcome import WelcomeScreen
from storybuilder.tui.texts import glossary_entries, parse_glossary
from storybuilder.tui.widgets.glossary_view import GlossaryView

from .helpers import paste


async def test_f1_shows_help_with_the_keys_and_the_glossary(app: StorybuilderApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause(0.3)
        assert isinstance(app.screen, HelpScreen)
        guide = app.screen.query_one("#guide", Markdown)
        assert "interview.next" in guide.source and "ctrl+n" in guide.source
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert app.screen.query_one("#help-tabs", TabbedContent).active == "tab-glossary"
        glossary = app.screen.query_one(GlossaryView)
        await paste(pilot, "deceptive")
        await pilot.pause()
        shown = [
            e.term
            for e, w in zip(glossary.entries, glossary.query(".entry"), strict=True)
            if w.display
        ]
        assert shown == ["Deceptive alignment"]
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, InterviewScreen)


async def test_glossary_from_the_command_palette(app: StorybuilderApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await paste(pilot, "Glossary")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert app.screen.query_one("#help-tabs", TabbedContent).active == "tab-glossary"


def test_the_glossary_has_the_framework_and_the_bank(mini_bank: Bank) -> None:
    entries = glossary_entries(mini_bank)
    terms = {e.term: e.group for e in entries}
    assert terms["Training story"] == "Framework"
    assert terms["Mechanistic"] == "Framework"
    assert terms["Simulator"] == "Goal class"
    assert terms["Deceptive alignment"] == "Failure mode"
    assert parse_glossary("## A\nfirst\nline\n\n## B\nsecond")[0].text == "first line"


async def test_the_error_screen_names_the_problem(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    app = StorybuilderApp(error=f"{path}: line 2, column 9: malformed TOML", error_path=path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ErrorScreen)
        assert "line 2, column 9" in str(app.screen.query_one("#error-text").render())
        await pilot.click("#welcome")
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)
        assert len(app.screen_stack) == 1


def test_the_glossary_covers_the_words_the_critic_uses() -> None:
    entries = glossary_entries(None)
    terms = {entry.term.lower() for entry in entries}
    for word in ("sycophancy", "reward hacking", "goodhart's law", "specification gaming"):
        assert word in terms, word
    assert [e.term for e in entries if e.matches("syco")] == ["Sycophancy"]


def test_searching_the_glossary_finds_the_jargon_of_the_critics_problems() -> None:
    from storybuilder.bank import packaged_bank

    core = packaged_bank("core")
    said = " ".join(f"{rule.title} {rule.detail}" for rule in core.data.rules).casefold()
    entries = glossary_entries(core)
    # Words of art the critic's problems use (their titles and explanations), as an
    # author would type them to search.
    for word in (
        "human imitator",
        "over-optimis",
        "debate",
        "amplification",
        "recursive oversight",
        "iterated process",
        "fixed point",
        "worst-case",
        "precursor",
        "myopi",
    ):
        assert word in said, f"{word!r} is no longer in the critic's problems: update this list"
        assert any(e.matches(word) for e in entries), f"the glossary has nothing on {word!r}"
