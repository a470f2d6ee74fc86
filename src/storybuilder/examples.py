"""The worked example stories shipped with storybuilder."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from storybuilder import storefile, tomlparse
from storybuilder.story import Story


@dataclass(frozen=True)
class Example:
    name: str
    """What to pass to ``--example``: the file name without ``.toml``."""
    title: str
    summary: str
    """The first sentence of the story's summary."""


def _folder() -> resources.abc.Traversable:
    return resources.files("storybuilder") / "examples"


def list_examples() -> list[Example]:
    found = []
    for entry in sorted(_folder().iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".toml"):
            continue
        meta = tomlparse.loads(entry.read_text(encoding="utf-8")).get("meta", {})
        summary = " ".join(str(meta.get("summary", "")).split())
        first = summary.split(". ")[0].rstrip(".") + "." if summary else ""
        found.append(Example(entry.name[:-5], str(meta.get("title", entry.name)), first))
    return found


def example_text(name: str) -> str:
    """The TOML text of an example; raises KeyError naming the known ones."""
    entry = _folder() / f"{name}.toml"
    if "/" in name or not entry.is_file():
        known = ", ".join(e.name for e in list_examples())
        raise KeyError(f"no example called {name!r} (examples: {known})")
    return entry.read_text(encoding="utf-8")


def load_example(name: str) -> Story:
    return storefile.parse(example_text(name), source=f"examples/{name}.toml")


def start_from_example(name: str) -> Story:
    """An example as the start of a new story: no timestamps, no position, nothing skipped,
    and no authors (the example's byline is not the new author's)."""
    story = load_example(name)
    meta = story.meta.model_copy(update={"created": None, "updated": None, "authors": []})
    interview = story.interview.model_copy(update={"at": None, "skipped": []})
    return story.model_copy(update={"meta": meta, "interview": interview})
