"""The headless commands, as a user or a CI script calls them."""

from __future__ import annotations

import gc
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from storybuilder.cli import main as cli_main
from tests.bankargs import with_bank

DATA = Path(__file__).parent / "data"

COMPLETE_MINI = """format = 1

[meta]
title = "Chip placement"
authors = ["A. Researcher"]
advanced = false

[goal]
classes = ["other"]
specification = "A learned cost model over netlist features, with no search and no model of people."

[failure_modes.deceptive-alignment]
relevance = "does-not-apply"

[[claims]]
claim = "No lookahead."
test = "Probe activations for future placements."

[interview]
bank = "mini"
"""


@pytest.fixture
def story_dir(tmp_path: Path) -> Path:
    shutil.copy(DATA / "mini_bank.toml", tmp_path / "mini.toml")
    return tmp_path


def main(argv: list[str]) -> int:
    return cli_main(with_bank(argv))


def write(folder: Path, text: str, name: str = "story.toml") -> Path:
    path = folder / name
    path.write_text(text)
    return path


def test_check_complete_story_exits_0(story_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(story_dir, COMPLETE_MINI)
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "7 of 7 questions answered (complete)" in out
    assert "No open problems." in out


def test_a_command_leaves_the_garbage_collector_as_it_found_it(story_dir: Path) -> None:
    # Headless commands run without the cyclic collector; a program that calls them
    # (these tests, a script) must get it back, even when the command fails.
    path = write(story_dir, COMPLETE_MINI)
    assert gc.isenabled()
    assert main(["check", str(path)]) == 0
    assert gc.isenabled()
    assert main(["check", str(story_dir / "missing.toml")]) == 2
    assert gc.isenabled()
    gc.disable()
    try:
        main(["check", str(path)])
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_check_open_problems_exit_1_and_json(
    story_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(
        story_dir, COMPLETE_MINI.replace('test = "Probe activations for future placements."\n', "")
    )
    assert main(["check", str(path), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["file"] == str(path)
    assert report["complete"] is True
    assert report["sections"]["project"] == {"answered": 3, "total": 3}
    assert report["problems"] == [
        {
            "key": "claim-without-test:no-lookahead",
            "rule": "claim-without-test",
            "title": "Claim 1 has no test",
            "detail": "Claim 1 (No lookahead.) says nothing about how it could be refuted.",
            "status": "open",
            "note": None,
            "source": "claims[0]",
            "evidence": None,
            "refs": ["claims[0]"],
            "members": [],
            "covers": [],
        }
    ]


def test_triage_applies_in_check(story_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = COMPLETE_MINI.replace('test = "Probe activations for future placements."\n', "")
    text += '\n[triage.claim-without-test]\nstatus = "accepted"\nnote = "Tested after training."\n'
    path = write(story_dir, text)
    assert main(["check", str(path), "--json"]) == 0
    [problem] = json.loads(capsys.readouterr().out)["problems"]
    assert problem["status"] == "accepted" and problem["note"] == "Tested after training."


def test_incomplete_story_exits_1(story_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(story_dir, 'format = 1\n[interview]\nbank = "mini"\n')
    assert main(["check", str(path)]) == 1
    assert "(incomplete)" in capsys.readouterr().out


def test_invalid_file_exits_2_with_location_and_no_traceback(story_dir: Path) -> None:
    path = write(story_dir, 'format = 1\n[meta]\nadvanced = "yes"\n')
    result = subprocess.run(
        [sys.executable, "-m", "storybuilder", *with_bank(["check", str(path)])],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert f"{path}: meta.advanced: Input should be a valid boolean" in result.stderr
    assert "Traceback" not in result.stderr


def test_invalid_file_json_mode_still_prints_json(
    story_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(story_dir, "format = 1\n[meta\n")
    assert main(["check", str(path), "--json"]) == 2
    report = json.loads(capsys.readouterr().out)
    assert "line 2" in report["error"]


def test_unknown_id_against_the_story_bank(
    story_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(
        story_dir, COMPLETE_MINI.replace('classes = ["other"]', 'classes = ["myopic-agent"]')
    )
    assert main(["render", str(path)]) == 2
    assert "goal.classes[0]: unknown id 'myopic-agent'" in capsys.readouterr().err


def test_story_whose_bank_cannot_be_found(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, 'format = 1\n[interview]\nbank = "lab-review"\n')
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert "question bank 'lab-review'" in err and "--bank PATH" in err


def test_bank_option_must_match_the_story(
    story_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(story_dir, 'format = 1\n[interview]\nbank = "other"\n')
    assert main(["check", str(path), "--bank", str(story_dir / "mini.toml")]) == 2
    assert (
        "this bank's id is 'mini', but the story was written with 'other'"
        in capsys.readouterr().err
    )


def test_render_to_file(story_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(story_dir, COMPLETE_MINI)
    out = story_dir / "out.md"
    assert main(["render", str(path), "-o", str(out), "--no-front-matter"]) == 0
    assert f"wrote {out}" in capsys.readouterr().err
    assert out.read_text().startswith("# Chip placement\n")


def test_render_to_unwritable_place(story_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(story_dir, COMPLETE_MINI)
    assert main(["render", str(path), "-o", str(story_dir / "missing" / "out.md")]) == 2
    assert "cannot save" in capsys.readouterr().err


def test_schema_is_json_schema_of_the_story(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert {"format", "meta", "goal", "rationale", "failure_modes", "claims", "triage"} <= set(
        schema["properties"]
    )
    assert schema["additionalProperties"] is False


def test_check_several_files(story_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = write(story_dir, COMPLETE_MINI, "good.toml")
    open_problem = write(
        story_dir,
        COMPLETE_MINI.replace('test = "Probe activations for future placements."\n', ""),
        "open.toml",
    )
    broken = write(story_dir, "format = 1\n[meta\n", "broken.toml")
    assert main(["check", str(good), str(open_problem)]) == 1
    out = capsys.readouterr().out
    assert "good.toml: 7 of 7" in out and "open.toml: 7 of 7" in out
    assert main(["check", "--json", str(good), str(broken)]) == 2
    reports = json.loads(capsys.readouterr().out)
    assert [r["file"] for r in reports] == [str(good), str(broken)]
    assert "line 2" in reports[1]["error"]


def test_fail_on_invalid_ignores_open_problems(
    story_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    open_problem = write(
        story_dir,
        COMPLETE_MINI.replace('test = "Probe activations for future placements."\n', ""),
        "open.toml",
    )
    assert main(["check", "--fail-on", "invalid", str(open_problem)]) == 0
    broken = write(story_dir, "format = 1\n[meta\n", "broken.toml")
    assert main(["check", "--fail-on", "invalid", str(open_problem), str(broken)]) == 2
    assert "broken.toml: line 2" in capsys.readouterr().err
