"""The core never imports Textual: headless commands must not pay for it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

CORE = [
    "storybuilder.story",
    "storybuilder.storefile",
    "storybuilder.bank",
    "storybuilder.conditions",
    "storybuilder.interview",
    "storybuilder.critic",
    "storybuilder.render",
    "storybuilder.cli",
    "storybuilder.compare",
    "storybuilder.session",
]


def test_core_modules_do_not_import_textual() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {CORE!r}:\n"
        "    importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize(
    "command",
    [
        ["render"],
        ["check"],
        ["check", "--json"],
        ["export", "--to", "gsn"],
        ["migrate", "--check"],
        ["diff", "{story}"],
    ],
)
def test_headless_commands_import_no_textual(tmp_path: Path, command: list[str]) -> None:
    story = tmp_path / "story.toml"
    story.write_text('format = 1\n[meta]\ntitle = "Probe"\n')
    args = [part.replace("{story}", str(story)) for part in command]
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "storybuilder", *args, str(story)],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=60,  # a command that wrongly opens the wizard would wait for keys forever
    )
    assert result.returncode in (0, 1), result.stderr
    imported = [line.split("|")[-1].strip() for line in result.stderr.splitlines() if "|" in line]
    assert "storybuilder.storefile" in imported  # the command did read the story
    assert not [m for m in imported if m.split(".")[0] == "textual"]
