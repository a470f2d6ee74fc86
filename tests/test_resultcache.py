"""The result cache of render and check: never stale, never in the way."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

from storybuilder import cache, shipped
from storybuilder.cli import main as cli_main
from tests.bankargs import with_bank

DATA = Path(__file__).parent / "data"


def main(argv: list[str]) -> int:
    return cli_main(with_bank(argv))


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


# --- entries are checked, not trusted ----------------------------------------------------


def entry_path(key: str) -> Path:
    return Path(os.environ["XDG_CACHE_HOME"]) / "storybuilder" / "results" / f"{key}.json"


def check_key(path: Path) -> str:
    from storybuilder import resultcache

    key = resultcache.key_for(path, path.parent / "mini.toml", ["check", "False", str(path)])
    assert key is not None
    return key


def test_an_entry_copied_from_another_story_is_not_used(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(DATA / "mini_bank.toml", tmp_path / "mini.toml")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    shutil.copy(DATA / "mini_bank.toml", tmp_path / "a" / "mini.toml")
    shutil.copy(DATA / "mini_bank.toml", tmp_path / "b" / "mini.toml")
    first, second = story(tmp_path / "a", "First"), story(tmp_path / "b", "Second")
    main(["check", str(first)])
    capsys.readouterr()
    main(["check", str(second)])
    expected = capsys.readouterr().out
    shutil.copy(entry_path(check_key(first)), entry_path(check_key(second)))
    assert main(["check", str(second)]) == 1
    assert capsys.readouterr().out == expected


FORGED = [
    "[]",
    '{"stdout": "forged\\n", "code": 255}',
    '{"stdout": "forged\\n", "code": 0}',
    "[" * 100_000 + "]" * 100_000,
]


@pytest.mark.parametrize("forged", FORGED, ids=["list", "code-255", "old-layout", "deep"])
def test_a_forged_entry_is_a_miss(
    folder: Path, capsys: pytest.CaptureFixture[str], forged: str
) -> None:
    path = story(folder, "Real")
    assert main(["check", str(path)]) == 1
    expected = capsys.readouterr().out
    entry_path(check_key(path)).write_text(forged)
    assert main(["check", str(path)]) == 1
    assert capsys.readouterr().out == expected


@pytest.mark.parametrize(
    "change",
    [
        {"code": 255},
        {"code": True},
        {"code": "1"},
        {"stdout": "\x1b]0;pwned\x07 forged\n"},
        {"stdout": "forged\n"},
        {"key": "0" * 64},
        {"extra": 1},
    ],
    ids=["code-255", "code-bool", "code-str", "escapes", "other-text", "other-key", "extra"],
)
def test_an_edited_entry_is_a_miss_even_with_its_checksum_redone(
    folder: Path, capsys: pytest.CaptureFixture[str], change: dict[str, object]
) -> None:
    from storybuilder import resultcache

    path = story(folder, "Real")
    assert main(["check", str(path)]) == 1
    expected = capsys.readouterr().out
    key = check_key(path)
    entry = json.loads(entry_path(key).read_text())
    entry.update(change)
    # A checksum redone for the forged output: only structure, codes and text catch it.
    if isinstance(entry["code"], int) and isinstance(entry["stdout"], str):
        entry["sha256"] = resultcache._checksum(entry["key"], entry["stdout"], entry["code"])
    entry_path(key).write_text(json.dumps(entry))
    code = main(["check", str(path)])
    out = capsys.readouterr().out
    if change == {"stdout": "forged\n"}:
        # Same key, valid checksum, clean text: indistinguishable from a real entry, as
        # anything in the user's own cache folder is (see the README).
        assert code == 1 and out == "forged\n"
        return
    assert (code, out) == (1, expected)


def test_a_json_entry_that_is_not_a_json_object_is_a_miss(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from storybuilder import resultcache

    path = story(folder, "Real")
    main(["check", "--json", str(path)])
    expected = capsys.readouterr().out
    key = resultcache.key_for(path, path.parent / "mini.toml", ["check", "True", str(path)])
    assert key is not None
    resultcache.store(key, resultcache.Result("not json", 1))
    assert main(["check", "--json", str(path)]) == 1
    assert capsys.readouterr().out == expected


def test_the_key_covers_the_critics_checks_in_subfolders() -> None:
    """An edit to rules/arguments.py changes what check prints: it must change the key."""
    import storybuilder

    names = {name for name, _ in cache._package_files(Path(storybuilder.__file__).parent)}
    assert "critic.py" in names
    assert "rules/arguments.py" in names
    # Records made from sources the key covers, the wizard and compiled copies are not read.
    assert not any(name.startswith(("tui/", "__pycache__/", "shipped_")) for name in names)


def test_the_key_follows_dependency_versions(monkeypatch: pytest.MonkeyPatch) -> None:
    before = cache.code_fingerprint()
    cache.code_fingerprint.cache_clear()
    monkeypatch.setattr(cache, "_dependency_ids", lambda: ["jinja2 9.9.9"])
    try:
        assert cache.code_fingerprint() != before
    finally:
        cache.code_fingerprint.cache_clear()


def test_a_same_size_template_edit_with_its_time_restored_is_seen(tmp_path: Path) -> None:
    """The code is keyed by content: an edit that keeps size and mtime still counts."""
    import storybuilder

    package = tmp_path / "lib" / "storybuilder"
    shutil.copytree(Path(storybuilder.__file__).parent, package)
    # The copy is laid out as a wheel: the shipped data inside the package.
    for kind in shipped.KINDS:
        shutil.copytree(str(shipped.folder(kind)), package / kind, dirs_exist_ok=True)
    story_path = tmp_path / "s.toml"
    story_path.write_text('format = 1\n[meta]\ntitle = "T"\n')
    env = {
        **os.environ,
        "PYTHONPATH": str(tmp_path / "lib"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }

    def render() -> str:
        done = subprocess.run(
            [sys.executable, "-m", "storybuilder", *with_bank(["render", story_path])],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=True,
        )
        return done.stdout

    first = render()
    assert "## Training goal" in first
    template = package / "templates" / "story.md.j2"
    info = template.stat()
    text = template.read_text()
    template.write_text(text.replace("Training goal\n", "Training GOAL\n", 1))
    os.utime(template, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert template.stat().st_size == info.st_size
    assert "## Training GOAL" in render()


# --- every kind of entry is a miss when it is not what was stored ----------------------


@pytest.fixture
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache folder for this test alone (its entries are damaged on purpose)."""
    base = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(base))
    return base / "storybuilder"


def _bank_entry(folder: Path, own_cache: Path) -> Path:
    key = cache.key_for((folder / "mini.toml").read_text(encoding="utf-8"))
    return own_cache / "banks" / f"{key}.json"


def _forged_entry(folder: Path, edit: Any) -> str:
    """An entry of the former layout, which held the bank's tables (with a checksum),
    holding them edited: were it read, the bank would be what the edit made of it."""
    key = cache.key_for((folder / "mini.toml").read_text(encoding="utf-8"))
    tables = tomllib.loads((folder / "mini.toml").read_text(encoding="utf-8"))
    edit(tables)
    text = json.dumps(tables)
    checksum = hashlib.sha256(f"{key}\0".encode() + text.encode()).hexdigest()
    return json.dumps({"format": 1, "key": key, "sha256": checksum, "bank": text})


FORGED_BANKS = {
    "condition": lambda bank: bank["questions"][1].update(when="title == ("),
    "section": lambda bank: bank["questions"][1].update(section="nowhere"),
    "rule": lambda bank: bank.update(
        rules=[{"id": "r", "title": "R", "detail": "d", "when": "title == ("}]
    ),
}


@pytest.mark.parametrize("forge", FORGED_BANKS.values(), ids=list(FORGED_BANKS))
def test_an_edited_bank_entry_is_a_miss(
    folder: Path, own_cache: Path, capsys: pytest.CaptureFixture[str], forge: Any
) -> None:
    """An entry says only that the bank's text passed every check; the bank is read
    from its own file. An entry holding tables (the former layout) is not read."""
    path = story(folder, "Real")
    assert main(["check", str(path)]) == 1
    expected = capsys.readouterr().out
    entry = _bank_entry(folder, own_cache)
    assert json.loads(entry.read_text(encoding="utf-8")).keys() == {"format", "key"}
    entry.write_text(_forged_entry(folder, forge), encoding="utf-8")
    shutil.rmtree(own_cache / "results")  # so that the bank is read again
    assert main(["check", str(path)]) == 1
    assert capsys.readouterr().out == expected
    with_tables = {**json.loads(_forged_entry(folder, forge)), "format": 2}
    entry.write_text(json.dumps(with_tables), encoding="utf-8")
    shutil.rmtree(own_cache / "results")
    assert main(["check", str(path)]) == 1
    assert capsys.readouterr().out == expected


def test_a_bank_entry_copied_from_another_bank_is_not_used(
    folder: Path, own_cache: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = story(folder, "Real")
    assert main(["check", str(path)]) == 1
    expected = capsys.readouterr().out
    # Another bank with the same id and one more question, checked once.
    other = folder / "other" / "mini.toml"
    other.parent.mkdir()
    text = (folder / "mini.toml").read_text(encoding="utf-8")
    other.write_text(
        text + '\n[[questions]]\nid = "extra"\nsection = "project"\nprompt = "?"\n'
        'kind = "line"\nfield = "answers.extra"\nlabel = "Extra"\n',
        encoding="utf-8",
    )
    assert main(["bank", "check", str(other)]) == 0
    capsys.readouterr()
    other_key = cache.key_for(other.read_text(encoding="utf-8"))
    shutil.copy(own_cache / "banks" / f"{other_key}.json", _bank_entry(folder, own_cache))
    shutil.rmtree(own_cache / "results")
    assert main(["check", str(path)]) == 1
    assert capsys.readouterr().out == expected


@pytest.mark.parametrize("kind", ["results", "banks"])
def test_an_entry_that_is_not_a_regular_file_is_a_miss(
    folder: Path, own_cache: Path, kind: str
) -> None:
    """A pipe or a link to a device where an entry should be: read, it would never end."""
    path = story(folder, "Real")
    command = [sys.executable, "-m", "storybuilder", "check", str(path)]
    command += ["--bank", str(folder / "mini.toml")]
    env = {**os.environ, "XDG_CACHE_HOME": str(own_cache.parent)}
    first = subprocess.run(command, capture_output=True, text=True, timeout=60, env=env)
    assert first.returncode == 1, first.stderr
    entries = sorted((own_cache / kind).glob("*.json"))
    assert entries
    for number, entry in enumerate(entries):
        entry.unlink()
        if number % 2:
            entry.symlink_to("/dev/zero")
        else:
            os.mkfifo(entry)
    if kind == "banks":
        shutil.rmtree(own_cache / "results")
    again = subprocess.run(command, capture_output=True, text=True, timeout=60, env=env)
    assert (again.returncode, again.stdout, again.stderr) == (1, first.stdout, first.stderr)


def test_a_damaged_compiled_template_is_compiled_again(
    folder: Path, own_cache: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from jinja2.bccache import bc_magic

    path = story(folder, "Real")
    template = folder / "t.md.j2"
    template.write_text("Title: {{ doc.title }}\n", encoding="utf-8")
    assert main(["render", str(path), "--template", str(template)]) == 0
    assert capsys.readouterr().out == "Title: Real\n"
    compiled = sorted((own_cache / "templates").iterdir())
    assert compiled
    for entry in compiled:
        entry.write_bytes(bc_magic + b"\x80\x04\x95")  # cut short inside its checksum
    assert main(["render", str(path), "--template", str(template)]) == 0
    assert capsys.readouterr().out == "Title: Real\n"
