"""storybuilder tells pydantic it has no plugins, without pydantic's costly discovery,
unless whoever runs it configures pydantic's plugins."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import storybuilder
from storybuilder.examples import list_examples

SCRIPT = """
import sys
from storybuilder.cli import main
main(["check", sys.argv[1]])
import pydantic.plugin._loader as loader
print("metadata" if "importlib.metadata" in sys.modules else "no metadata")
print(len(list(loader.get_plugins())))
"""


def _check(env_setting: str | None, tmp_path: Path) -> list[str]:
    story = Path(storybuilder.__file__).parent / "examples" / f"{list_examples()[0].name}.toml"
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    env.pop("PYDANTIC_DISABLE_PLUGINS", None)
    if env_setting is not None:
        env["PYDANTIC_DISABLE_PLUGINS"] = env_setting
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(story)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return done.stdout.strip().splitlines()[-2:]


def test_a_command_validates_stories_without_pydantic_reading_package_metadata(
    tmp_path: Path,
) -> None:
    # Package metadata is what pydantic's plugin discovery reads (and it parses e-mail
    # headers to do so): some 15 ms of every start, for no plugin.
    assert _check(None, tmp_path) == ["no metadata", "0"]


def test_plugins_configured_by_whoever_runs_it_are_discovered_by_pydantic(
    tmp_path: Path,
) -> None:
    # The empty setting keeps every plugin: pydantic looks for them as it always does.
    assert _check("", tmp_path)[0] == "metadata"


def test_the_stand_in_answers_anything_else_from_pydantic_own_loader(tmp_path: Path) -> None:
    code = """
from storybuilder import pydantic_plugins
pydantic_plugins.skip_discovery()
import pydantic.plugin._loader as loader
print(loader.get_plugins() == ())
print(loader.PYDANTIC_ENTRY_POINT_GROUP)
"""
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.split() == ["True", "pydantic"]
