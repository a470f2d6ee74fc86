"""The shipped templates and question banks: one copy, found by both install modes.

They live once, at the top of the repository. A source checkout or an editable install
reads them there; a wheel carries them inside the package. Both modes are run here in a
separate interpreter, whatever mode the suite itself was installed in (CI installs the
wheel, the README's development set-up is editable).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from storybuilder import shipped
from storybuilder.cli import main
from storybuilder.errors import ShippedDataError

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"
SHIPPED = {
    "templates": ["compare.md.j2", "story.md.j2"],
    "question_banks": ["core.toml"],
}


def _run(code: str, *args: str, cwd: Path, pythonpath: Path | None = None) -> str:
    """``code`` in a fresh interpreter, without the repository on its path unless asked."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["STORYBUILDER_NO_CACHE"] = "1"
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


# --- one copy, at the top level -----------------------------------------------------------


def test_the_shipped_data_is_kept_once_at_the_top_level() -> None:
    for kind, names in SHIPPED.items():
        assert sorted(p.name for p in (ROOT / kind).iterdir()) == names
        assert not (ROOT / "src" / "storybuilder" / kind).exists(), f"a second copy of {kind}"


# --- the loader ------------------------------------------------------------------------


def test_the_package_copy_comes_first(tmp_path: Path) -> None:
    for place in (tmp_path / "pkg", tmp_path / "checkout"):
        (place / "templates").mkdir(parents=True)
    found = shipped.locate("templates", tmp_path / "pkg", tmp_path / "checkout")
    assert found == tmp_path / "pkg" / "templates"


def test_a_checkout_is_read_when_the_package_has_no_copy(tmp_path: Path) -> None:
    (tmp_path / "checkout" / "question_banks").mkdir(parents=True)
    found = shipped.locate("question_banks", tmp_path / "pkg", tmp_path / "checkout")
    assert found == tmp_path / "checkout" / "question_banks"


def test_missing_data_names_both_places(tmp_path: Path) -> None:
    with pytest.raises(ShippedDataError) as caught:
        shipped.locate("question_banks", tmp_path / "pkg", tmp_path / "checkout")
    message = str(caught.value)
    assert "question banks are missing" in message
    assert str(tmp_path / "pkg" / "question_banks") in message
    assert str(tmp_path / "checkout" / "question_banks") in message
    assert "reinstall" in message


def test_a_broken_installation_is_one_clear_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def missing(kind: shipped.Kind) -> object:
        return shipped.locate(kind, tmp_path / "pkg", tmp_path / "checkout")

    monkeypatch.setattr(shipped, "folder", missing)
    monkeypatch.setenv("STORYBUILDER_NO_CACHE", "1")
    story = tmp_path / "s.toml"
    story.write_text('format = 1\n[meta]\ntitle = "T"\n', encoding="utf-8")
    assert main(["render", str(story)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("storybuilder: storybuilder's question banks are missing")
    assert "Traceback" not in err


# --- source checkout / editable install ---------------------------------------------------

_SOURCE_PROBE = """\
import sys
from storybuilder import shipped
from storybuilder.bank import packaged_bank, packaged_bank_ids
print(shipped.folder("templates"))
print(shipped.folder("question_banks"))
print(packaged_bank_ids(), packaged_bank("core").id)
"""


def test_a_source_checkout_reads_the_top_level_folders(tmp_path: Path) -> None:
    out = _run(_SOURCE_PROBE, cwd=tmp_path, pythonpath=ROOT / "src").splitlines()
    assert out == [str(ROOT / "templates"), str(ROOT / "question_banks"), "['core'] core"]


def test_an_edit_to_a_checkouts_template_or_bank_changes_the_cache_key(tmp_path: Path) -> None:
    """Editable installs see an edit at once: the result cache is keyed by the data too."""
    import shutil

    repo = tmp_path / "repo"
    shutil.copytree(ROOT / "src" / "storybuilder", repo / "src" / "storybuilder")
    for kind in SHIPPED:
        shutil.copytree(ROOT / kind, repo / kind)
    probe = "from storybuilder import cache, shipped\nprint(cache.code_fingerprint())"
    keys = [_run(probe, cwd=tmp_path, pythonpath=repo / "src")]
    for edited in (repo / "templates" / "story.md.j2", repo / "question_banks" / "core.toml"):
        with edited.open("a", encoding="utf-8") as handle:
            handle.write("\n")
        keys.append(_run(probe, cwd=tmp_path, pythonpath=repo / "src"))
    assert len(set(keys)) == 3


# --- the wheel -----------------------------------------------------------------------------

_BUILD = """\
import sys
import hatchling.build
print(hatchling.build.build_wheel(sys.argv[1]))
print(hatchling.build.build_sdist(sys.argv[1]))
"""

_WHEEL_PROBE = """\
import sys
from pathlib import Path
site, source, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
# The unpacked wheel first, and not the source tree an editable install puts on the path.
sys.path[:] = [site] + [p for p in sys.path if p and Path(p).resolve() != source]
import storybuilder
from storybuilder import shipped
from storybuilder.bank import packaged_bank
from storybuilder.examples import list_examples, load_example
from storybuilder.render import render_story
print(storybuilder.__file__)
# A folder inside a zip prints with a trailing slash.
print(str(shipped.folder("templates")).rstrip("/"))
print(str(shipped.folder("question_banks")).rstrip("/"))
for example in list_examples():
    story = load_example(example.name)
    text = render_story(story, packaged_bank(story.interview.bank))
    (out / f"{example.name}.md").write_text(text, encoding="utf-8")
"""


def test_the_wheel_carries_the_data_and_renders_from_it(tmp_path: Path) -> None:
    try:
        import hatchling  # noqa: F401
    except ImportError:  # pragma: no cover - the test extra installs it
        pytest.fail("hatchling is missing: install the test extra, pip install -e '.[test]'")
    dist = tmp_path / "dist"
    dist.mkdir()
    wheel_name, sdist_name = _run(_BUILD, str(dist), cwd=ROOT).split()
    wheel, sdist = dist / wheel_name, dist / sdist_name

    names = set(zipfile.ZipFile(wheel).namelist())
    for kind, files in SHIPPED.items():
        assert {f"storybuilder/{kind}/{name}" for name in files} <= names
        assert not any(name.startswith(f"{kind}/") for name in names)
    assert "storybuilder/examples/microscope-ai.toml" in names

    top = sdist_name.removesuffix(".tar.gz")
    with tarfile.open(sdist) as archive:
        members = set(archive.getnames())
    for kind, files in SHIPPED.items():
        assert {f"{top}/{kind}/{name}" for name in files} <= members
        assert not any(m.startswith(f"{top}/src/storybuilder/{kind}") for m in members)

    # Installed: the wheel unpacked, as pip lays it out in site-packages.
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    package = site / "storybuilder"
    _renders_the_goldens_from(site, tmp_path / "unpacked", package)
    # Imported from the wheel file itself (zipimport): only importlib.resources reads it.
    _renders_the_goldens_from(wheel, tmp_path / "zipped", wheel / "storybuilder")


def _renders_the_goldens_from(site: Path, rendered: Path, package: Path) -> None:
    rendered.mkdir()
    out = _run(_WHEEL_PROBE, str(site), str(ROOT / "src"), str(rendered), cwd=rendered)
    assert out.splitlines() == [
        str(package / "__init__.py"),
        str(package / "templates"),
        str(package / "question_banks"),
    ]
    documents = sorted(rendered.iterdir())
    assert [d.name for d in documents] == sorted(
        g.name for g in GOLDEN.glob("*.md") if not g.name.startswith("compare")
    )
    for document in documents:
        expected = (GOLDEN / document.name).read_text(encoding="utf-8")
        assert document.read_text(encoding="utf-8") == expected, document.name
