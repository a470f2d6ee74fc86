"""The shipped templates' compiled forms are current, and used only when they are.

Compiling the document template cost more than rendering a story, so the shipped
templates are compiled ahead of time (storybuilder.compiled_templates). These tests keep
that safe: each compiled module must be exactly what Jinja generates today from today's
template, a document must come out the same either way, and a template text that was
not the one compiled is compiled as usual.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from storybuilder import compiled_templates, render
from storybuilder.bank import packaged_bank
from storybuilder.examples import list_examples, load_example


@pytest.fixture(autouse=True)
def fresh_environment() -> Iterator[None]:
    render._shipped_environment.cache_clear()
    yield
    render._shipped_environment.cache_clear()


@pytest.mark.parametrize("name", sorted(compiled_templates.MODULES))
def test_each_compiled_template_is_what_jinja_generates_today(name: str) -> None:
    module = Path(compiled_templates.__file__).parent / f"{compiled_templates.MODULES[name]}.py"
    expected = compiled_templates.generate(
        render.template_environment(None), name, render.shipped_template_source(name)
    )
    assert module.read_text(encoding="utf-8") == expected, (
        f"{name} changed (or Jinja did): run `python -m storybuilder.compiled_templates`"
    )


def test_every_shipped_template_is_compiled_ahead() -> None:
    for name in compiled_templates.MODULES:
        source = render.shipped_template_source(name)
        assert compiled_templates.namespace_for(name, source) is not None


def test_an_edited_template_is_not_served_from_its_compiled_form() -> None:
    source = render.shipped_template_source("story.md.j2")
    edited = source.replace("Training goal", "Training GOAL", 1)
    assert edited != source
    assert compiled_templates.namespace_for("story.md.j2", edited) is None


def test_a_document_is_the_same_whether_compiled_ahead_or_now(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bank = packaged_bank("core")
    stories = [load_example(example.name) for example in list_examples()]
    assert stories
    ahead = [render.render_story(story, bank) for story in stories]
    monkeypatch.setattr(compiled_templates, "MODULES", {})
    render._shipped_environment.cache_clear()
    now = [render.render_story(story, bank) for story in stories]
    assert ahead == now


def test_a_cache_folder_removed_while_running_does_not_stop_rendering(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The shipped environment lives as long as the process (the wizard's), and a
    # template that is not compiled ahead is compiled through Jinja's bytecode cache.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("STORYBUILDER_NO_CACHE", raising=False)
    monkeypatch.setattr(compiled_templates, "MODULES", {})
    render.environment()
    shutil.rmtree(tmp_path / "cache")
    document = render.render_story(load_example("cat-classifier"), packaged_bank("core"))
    assert "## Training goal" in document
