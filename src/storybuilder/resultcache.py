"""Reuse the output of ``render`` and ``check`` for inputs seen before.

Both commands are pure functions of the story file's bytes, the question bank's text,
the options and storybuilder's own code. A pre-commit hook or CI job runs them over
stories that mostly did not change, so their output is cached by a hash of all of
those (see :mod:`storybuilder.cache`). Looking a result up needs only tomllib and
hashlib, so a repeated run does not import pydantic, Jinja or the critic at all.

Only results whose inputs are fully known are cached: with a custom template (which
may include other files) or a story whose bank cannot be read, the command just runs.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from storybuilder import bankref, cache

KIND = "results"


@dataclass(frozen=True)
class Result:
    stdout: str
    code: int


def key_for(story_path: Path, bank_path: Path | None, options: list[str]) -> str | None:
    """The cache key of a command over this story, or None when it cannot be cached."""
    try:
        data = story_path.read_bytes()
        raw = tomllib.loads(data.decode("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    bank_text = _bank_text(raw, story_path, bank_path)
    if bank_text is None:
        return None
    return cache.key_for("\0".join(options), data, bank_text)


def _bank_text(raw: dict[str, Any], story_path: Path, bank_path: Path | None) -> str | None:
    interview = raw.get("interview", {})
    bank_id = interview.get("bank", "core") if isinstance(interview, dict) else None
    if not bankref.is_bank_id(bank_id):
        return None
    candidates: list[Any] = []
    if bank_path is not None:
        candidates.append(bank_path)
    else:
        candidates.append(resources.files("storybuilder") / "question_banks" / f"{bank_id}.toml")
        if (beside := bankref.beside(story_path, bank_id)) is not None:
            candidates.append(beside)
    for candidate in candidates:
        try:
            if candidate.is_file():
                return str(candidate.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            return None
    return None


def lookup(key: str | None) -> Result | None:
    if key is None:
        return None
    found = cache.read_json(KIND, key)
    if (
        isinstance(found, dict)
        and isinstance(found.get("stdout"), str)
        and isinstance(found.get("code"), int)
    ):
        return Result(found["stdout"], found["code"])
    return None


def store(key: str | None, result: Result) -> None:
    if key is not None:
        cache.write_json(KIND, key, {"stdout": result.stdout, "code": result.code})
