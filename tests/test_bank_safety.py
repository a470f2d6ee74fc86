"""Question banks from files other people wrote: found by id only, and unable to hang.

- A story names its bank by id; a path in ``interview.bank`` (or a link beside the story
  leading elsewhere) never makes storybuilder read a bank from outside the story's folder.
- A bank's answer patterns cannot freeze the wizard: catastrophic patterns are refused
  when the bank is loaded, and no pattern is run on more than a bounded text.
- ``bank check`` of a large bank is close to linear in its size.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from storybuilder import cli

DATA = Path(__file__).parent / "data"


def _story(path: Path, bank: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f'format = 1\n[meta]\ntitle = "T"\n[interview]\nbank = "{bank}"\n', encoding="utf-8"
    )
    return path


def _bank_elsewhere(tmp_path: Path, bank_id: str) -> Path:
    """The mini bank, under another id, in a folder the story does not live in."""
    folder = tmp_path / "elsewhere"
    folder.mkdir(exist_ok=True)
    text = (DATA / "mini_bank.toml").read_text(encoding="utf-8")
    bank = folder / "bank.toml"
    bank.write_text(text.replace('id = "mini"', f"id = {bank_id!r}", 1), encoding="utf-8")
    return bank


# --- 4. a story's bank is an id --------------------------------------------------------


@pytest.mark.parametrize("command", ["check", "render"])
@pytest.mark.parametrize("reference", ["../../elsewhere/bank", "ABSOLUTE"])
def test_a_story_cannot_load_a_bank_by_path(
    command: str, reference: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bank = _bank_elsewhere(tmp_path, "placeholder")
    if reference == "ABSOLUTE":
        reference = str(bank.with_suffix(""))
    bank.write_text(
        bank.read_text(encoding="utf-8").replace(
            '"placeholder"', repr(reference).replace("'", '"')
        ),
        encoding="utf-8",
    )
    story = _story(tmp_path / "a" / "b" / "story.toml", reference)
    code = cli.main([command, str(story)])
    err = capsys.readouterr().err
    assert code == 2
    assert "interview.bank" in err
    assert "never by a path" in err


def test_a_link_beside_the_story_leading_out_is_not_followed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bank = _bank_elsewhere(tmp_path, "mini")
    folder = tmp_path / "stories"
    folder.mkdir()
    (folder / "mini.toml").symlink_to(bank)
    story = _story(folder / "story.toml", "mini")
    assert cli.main(["check", str(story)]) == 2
    err = capsys.readouterr().err
    assert "interview.bank" in err and "mini.toml" in err


def test_an_unknown_bank_id_names_the_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = _story(tmp_path / "story.toml", "no-such-bank")
    assert cli.main(["check", str(story)]) == 2
    err = capsys.readouterr().err
    assert "interview.bank" in err and "'no-such-bank'" in err


def test_a_bank_in_the_story_folder_and_a_bank_option_still_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(DATA / "mini_bank.toml", tmp_path / "mini.toml")
    story = _story(tmp_path / "story.toml", "mini")
    assert cli.main(["check", str(story)]) == 1  # valid, with questions left to answer
    other = tmp_path / "other"
    moved = _story(other / "story.toml", "mini")
    assert cli.main(["check", str(moved), "--bank", str(tmp_path / "mini.toml")]) == 1
    assert "storybuilder:" not in capsys.readouterr().err


def test_a_bank_whose_own_id_is_a_path_is_refused(tmp_path: Path) -> None:
    bank = _bank_elsewhere(tmp_path, "../evil")
    result = subprocess.run(
        [sys.executable, "-m", "storybuilder", "bank", "check", str(bank)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "bank.id '../evil'" in result.stderr
