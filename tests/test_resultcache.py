"""The result cache of render and check: never stale, never in the way."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from storybuilder import cache
from storybuilder.cli import main

DATA = Path(__file__).parent / "data"


def story(folder: Path, title: str) -> Path:
    path = folder / "story.toml"
    path.write_text(f'format = 1\n[meta]\ntitle = "{title}"\n[interview]\nbank = "mini"\n')
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copy(DATA / "mini_bank.toml", tmp_path / "mini.toml")
    return tmp_path


def results(folder: Path) -> list[Path]:
    base = Path(os.environ["XDG_CACHE_HOME"]) / "storybuilder" / "results"
    return sorted(base.glob("*.json")) if base.exists() else []


def test_a_changed_story_is_rendered_again(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = story(folder, "First")
    assert main(["render", str(path)]) == 0
    assert "# First" in capsys.readouterr().out
    path.write_text(path.read_text().replace("First", "Second"))
    assert main(["render", str(path)]) == 0
    assert "# Second" in capsys.readouterr().out


def test_a_changed_bank_is_checked_again(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = story(folder, "T")
    main(["check", str(path), "--json"])
    first = json.loads(capsys.readouterr().out)
    bank = folder / "mini.toml"
    bank.write_text(
        bank.read_text().replace(
            'prompt = "Who wrote it?"', 'prompt = "Who wrote it?"\nrequired = false'
        )
    )
    bank.write_text(
        bank.read_text()
        + '\n[[rules]]\nid = "always"\ntitle = "Always"\ndetail = "d"\nwhen = "true"\n'
    )
    main(["check", str(path), "--json"])
    second = json.loads(capsys.readouterr().out)
    assert "always" not in [p["rule"] for p in first["problems"]]
    assert "always" in [p["rule"] for p in second["problems"]]


def test_a_repeated_run_is_served_from_the_cache(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = story(folder, "Cached")
    before = len(results(folder))
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert len(results(folder)) == before + 1
    assert main(["check", str(path)]) == 1
    assert capsys.readouterr().out == out
    assert len(results(folder)) == before + 1


def test_a_damaged_cache_entry_is_ignored(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = story(folder, "Damaged")
    main(["render", str(path)])
    expected = capsys.readouterr().out
    for entry in results(folder):
        entry.write_text("{not json")
    assert main(["render", str(path)]) == 0
    assert capsys.readouterr().out == expected


def test_user_templates_are_never_cached(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = story(folder, "T")
    template = folder / "t.md.j2"
    template.write_text("{% include 'part.j2' %}\n")
    (folder / "part.j2").write_text("one {{ doc.title }}")
    assert main(["render", str(path), "--template", str(template)]) == 0
    assert capsys.readouterr().out == "one T\n"
    (folder / "part.j2").write_text("two {{ doc.title }}")
    assert main(["render", str(path), "--template", str(template)]) == 0
    assert capsys.readouterr().out == "two T\n"


def test_the_cache_can_be_turned_off(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STORYBUILDER_NO_CACHE", "1")
    assert cache.cache_dir("results") is None
    path = story(folder, "Off")
    before = len(results(folder))
    main(["check", str(path)])
    assert len(results(folder)) == before


def test_an_unwritable_cache_does_not_break_commands(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = folder / "not-a-dir"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    path = story(folder, "Still works")
    assert main(["render", str(path)]) == 0
    assert "# Still works" in capsys.readouterr().out
