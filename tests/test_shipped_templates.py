"""Shipped templates are compiled ahead of time, and used only as compiled from their text.

A shipped template whose text (and Jinja, sandbox and environment) match the key in its
module in ``storybuilder.shipped_templates`` is taken from that module instead of being
compiled in every process. These tests are what make that safe: each module must be
exactly what compiling the current template gives, and any other text of a shipped
template is compiled as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from storybuilder import render, shipped, shipped_templates
from storybuilder.bank import packaged_bank
from storybuilder.examples import load_example
from storybuilder.render import render_story
from storybuilder.shipped_templates import code_for, generated, module_name


def shipped_names() -> list[str]:
    return sorted(t.name for t in shipped.folder("templates").iterdir() if t.name.endswith(".j2"))


def shipped_source(name: str) -> str:
    return (shipped.folder("templates") / name).read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    # Jinja's bytecode cache must not stand in for either way of compiling.
    monkeypatch.setenv("STORYBUILDER_NO_CACHE", "1")


@pytest.mark.parametrize("name", shipped_names())
def test_each_shipped_template_is_compiled_and_current(name: str) -> None:
    module = Path(shipped_templates.__file__).parent / f"{module_name(name)}.py"
    expected = generated(render.environment(), name, shipped_source(name))
    assert module.is_file() and module.read_text(encoding="utf-8") == expected, (
        f"template {name} changed: run `python -m storybuilder.shipped_templates`"
    )
    assert code_for(render.environment(), name, shipped_source(name)) is not None


def test_only_shipped_templates_are_compiled() -> None:
    folder = Path(shipped_templates.__file__).parent
    modules = {p.stem for p in folder.glob("*.py")} - {"__init__", "__main__"}
    assert modules <= {module_name(n) for n in shipped_names()}


def test_compiled_code_serves_only_the_exact_text_it_was_made_from() -> None:
    source = shipped_source("story.md.j2")
    env = render.environment()
    assert code_for(env, "story.md.j2", source + "\n") is None
    assert code_for(env, "no-such.md.j2", source) is None
    env.trim_blocks = False  # another syntax compiles to other code
    assert code_for(env, "story.md.j2", source) is None


def test_the_document_is_the_same_as_from_the_template_compiled_here(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    story, bank = load_example("microscope-ai"), packaged_bank("core")
    ahead = render_story(story, bank)
    monkeypatch.setattr(shipped_templates, "code_for", lambda *args: None)
    assert render_story(story, bank) == ahead


def test_an_edited_shipped_template_is_compiled_from_its_new_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "templates").mkdir()
    edited = "EDITED {{ doc.title }}\n" + shipped_source("story.md.j2")
    (tmp_path / "templates" / "story.md.j2").write_text(edited, encoding="utf-8")
    monkeypatch.setattr(shipped, "folder", lambda kind: tmp_path / kind)
    story = load_example("microscope-ai")
    assert render_story(story, packaged_bank("core")).startswith(f"EDITED {story.meta.title}")
