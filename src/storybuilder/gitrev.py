"""A file's content at a git revision, for ``storybuilder diff --rev``.

git is run as a subprocess with a timeout, with the revision and path passed as
arguments (never through a shell). Every way this can fail (no git, not a repository,
an unknown revision, a path the revision does not have) is a GitError with a one-line
message saying which.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

TIMEOUT = 20.0
"""Seconds to wait for git; a revision read from a local repository takes far less."""


class GitError(Exception):
    """The content could not be read from git; the message says why."""


def _git(args: list[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(
            ["git", *args],
            cwd=cwd,
            capture_output=True,
            timeout=TIMEOUT,
            check=False,
        )
    except FileNotFoundError:
        raise GitError("git is not installed (needed for --rev)") from None
    except subprocess.TimeoutExpired:
        raise GitError(f"git did not answer within {TIMEOUT:.0f} seconds") from None
    except OSError as err:
        raise GitError(f"cannot run git: {err.strerror or err}") from None


def show(rev: str, path: Path) -> bytes:
    """The bytes of ``path`` (a file in a work tree) as it was at revision ``rev``."""
    if rev.startswith("-"):
        raise GitError(f"{rev!r} is not a revision")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise GitError(f"{path}: no such folder")
    inside = _git(["rev-parse", "--is-inside-work-tree"], folder)
    if inside.returncode != 0 or inside.stdout.strip() != b"true":
        raise GitError(f"{path} is not in a git repository")
    commit = _git(
        ["rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}"], folder
    )
    if commit.returncode != 0:
        raise GitError(f"{rev!r} is not a revision of this repository")
    # './NAME' is relative to the folder git runs in, wherever the repository's root is.
    spec = f"{commit.stdout.decode().strip()}:./{path.name}"
    shown = _git(["cat-file", "blob", spec], folder)
    if shown.returncode != 0:
        raise GitError(f"{path} is not in revision {rev}")
    return shown.stdout
