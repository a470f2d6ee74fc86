"""The app's own help texts (Markdown under ``tui/help``), read through importlib.resources."""

from __future__ import annotations

from importlib import resources

from storybuilder.bank import Bank
from storybuilder.tui.widgets.glossary_view import GlossaryEntry

_TABLE_TITLES = {
    "goal_classes": "Goal class",
    "rationale_classes": "Rationale class",
    "failure_modes": "Failure mode",
    "criteria": "Evaluation criterion",
}


def help_text(name: str) -> str:
    """The text of ``tui/help/<name>`` (works from a wheel and an editable install)."""
    return (resources.files("storybuilder.tui") / "help" / name).read_text(encoding="utf-8")


def parse_glossary(text: str, group: str = "Framework") -> list[GlossaryEntry]:
    """Entries from Markdown where each ``## Term`` heading is followed by its text."""
    entries: list[GlossaryEntry] = []
    term: str | None = None
    lines: list[str] = []

    def flush() -> None:
        if term is not None:
            body = " ".join(" ".join(lines).split())
            entries.append(GlossaryEntry(term, body, group))

    for line in text.splitlines():
        if line.startswith("## "):
            flush()
            term, lines = line[3:].strip(), []
        elif term is not None:
            lines.append(line)
    flush()
    return entries


def glossary_entries(bank: Bank | None) -> list[GlossaryEntry]:
    """The framework's words, then the bank's vocabularies (goal classes, failure modes...)."""
    entries = parse_glossary(help_text("glossary.md"))
    if bank is not None:
        for table, title in _TABLE_TITLES.items():
            for term in bank.terms[table].values():
                text = " ".join(term.help.split()) or "(no description in this question bank)"
                entries.append(GlossaryEntry(term.name, text, title))
    return entries
