"""`storybuilder diff`: what a change to a story did, as a reviewer or a CI job sees it."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from storybuilder.cli import main

EXAMPLES = Path(__file__).parents[1] / "src" / "storybuilder" / "examples"
CAT = (EXAMPLES / "cat-classifier.toml").read_text(encoding="utf-8")
THIRD_CLAIM_TEST = (
    'test = "Background-swap test set: same cats on new backgrounds, '
    'same backgrounds without cats."\n'
)
THIRD_CLAIM_KEY = "claim-without-test:removing-the-background-changes-the"
FIRST_CLAIM = CAT[CAT.index("[[claims]]") : CAT.index("[[claims]]", CAT.index("[[claims]]") + 1)]


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def as_json(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, object]]:
    code, out, _ = run([*argv, "--json"], capsys)
    return code, json.loads(out)


def keys(entries: object) -> list[str]:
    assert isinstance(entries, list)
    return [e["key"] for e in entries]


def test_same_story_has_no_changes_and_exits_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = write(tmp_path, "old.toml", CAT)
    new = write(tmp_path, "new.toml", CAT.replace('at = "open-problems"', 'at = "title"'))
    code, report = as_json(["diff", str(old), str(new)], capsys)
    assert code == 0
    assert report["opened"] == report["closed"] == report["changed"] == report["triage"] == []


def test_a_new_problem_exits_1_and_is_listed_by_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = write(tmp_path, "old.toml", CAT)
    new = write(tmp_path, "new.toml", CAT.replace(THIRD_CLAIM_TEST, ""))
    code, report = as_json(["diff", str(old), str(new)], capsys)
    assert code == 1
    assert report["opened"] == [
        {"key": THIRD_CLAIM_KEY, "title": "Claim 3 has no test", "why": "new"}
    ]
    assert report["closed"] == []
    changed = report["changed"]
    assert isinstance(changed, list) and len(changed) == 1
    assert changed[0]["section"] == "claims"
    assert changed[0]["key"] == "claims.removing-the-background-changes-the.test"
    assert changed[0]["old"].startswith("Background-swap") and changed[0]["new"] is None

    # The other way round, the problem is closed and nothing was opened.
    code, report = as_json(["diff", str(new), str(old)], capsys)
    assert code == 0
    assert report["opened"] == []
    assert report["closed"] == [
        {"key": THIRD_CLAIM_KEY, "title": "Claim 3 has no test", "why": "gone"}
    ]


def test_text_report_names_sections_problems_and_exit_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = write(tmp_path, "old.toml", CAT)
    new = write(
        tmp_path,
        "new.toml",
        CAT.replace(THIRD_CLAIM_TEST, "").replace(
            'title = "Cat classifier"', 'title = "Cat classifier \\u001b]0;pwned\\u0007"'
        ),
    )
    code, out, _ = run(["diff", str(old), str(new)], capsys)
    assert code == 1
    assert "1 problem(s) opened, 0 closed, 2 answer(s) changed" in out
    assert f"+ {THIRD_CLAIM_KEY} (new): Claim 3 has no test" in out
    assert "  Project\n    What is the project called?\n" in out
    # The author's escape sequence is shown, not sent to the terminal.
    assert "\x1b" not in out and "\\x1b]0;pwned\\x07" in out


def test_deleting_one_claim_does_not_shift_the_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = write(tmp_path, "old.toml", CAT)
    new = write(tmp_path, "new.toml", CAT.replace(FIRST_CLAIM, ""))
    code, report = as_json(["diff", str(old), str(new)], capsys)
    changed = report["changed"]
    assert isinstance(changed, list)
    assert {c["key"].split(".")[1] for c in changed} == {"the-network-s-cat-evidence"}
    assert all(c["new"] is None for c in changed)
    # Its problem is closed; the problems of the other claims keep their keys.
    assert keys(report["closed"]) == ["falsified-claim:the-network-s-cat-evidence"]
    assert report["opened"] == [] and code == 0


def test_triage_decisions_are_reported_and_accepting_closes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = CAT.replace(THIRD_CLAIM_TEST, "")
    old = write(tmp_path, "old.toml", base)
    accepted = base + f'\n[triage."{THIRD_CLAIM_KEY}"]\nstatus = "accepted"\nnote = "Later."\n'
    new = write(tmp_path, "new.toml", accepted)
    code, report = as_json(["diff", str(old), str(new)], capsys)
    assert code == 0
    assert report["closed"] == [
        {"key": THIRD_CLAIM_KEY, "title": "Claim 3 has no test", "why": "accepted"}
    ]
    assert report["triage"] == [
        {
            "key": THIRD_CLAIM_KEY,
            "title": "Claim 3 has no test",
            "old": None,
            "new": {"status": "accepted", "note": "Later."},
        }
    ]
    assert report["changed"] == []
    # Withdrawing the decision opens the problem again: CI fails.
    code, report = as_json(["diff", str(new), str(old)], capsys)
    assert code == 1
    assert report["opened"] == [
        {"key": THIRD_CLAIM_KEY, "title": "Claim 3 has no test", "why": "reopened"}
    ]


def test_invalid_file_exits_2_naming_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = write(tmp_path, "old.toml", CAT)
    new = write(
        tmp_path, "new.toml", CAT.replace('classes = [\n    "task-model",', "classes = [1,")
    )
    code, out, err = run(["diff", str(old), str(new)], capsys)
    assert code == 2 and out == ""
    assert "new.toml" in err and "goal.classes" in err
    code, _, err = run(["diff", str(old)], capsys)
    assert code == 2 and "diff OLD NEW takes 2 file(s)" in err


def test_markdown_escapes_the_authors_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = write(tmp_path, "old.toml", CAT)
    hostile = "<script>alert(1)</script> | ![x](http://e.test/x.png) $\\\\input{x}$"
    new = write(
        tmp_path,
        "new.toml",
        CAT.replace('title = "Cat classifier"', f'title = "{hostile}"').replace(
            THIRD_CLAIM_TEST, ""
        ),
    )
    code, out, _ = run(["diff", str(old), str(new), "--format", "markdown"], capsys)
    assert code == 1
    tokens = MarkdownIt("commonmark").enable("table").parse(out)
    assert not [t for t in tokens if t.type in ("html_block", "html_inline", "image")]
    inline = [t for t in tokens if t.type == "inline"]
    assert not any(c.type in ("html_inline", "image") for t in inline for c in t.children or [])
    # One row per change: the author's pipe did not split the title's row.
    rows = [line for line in out.splitlines() if line.startswith("| Project |")]
    assert len(rows) == 1 and rows[0].count(" | ") == 3
    assert "Claim 3 has no test" in out and f"`{THIRD_CLAIM_KEY}`" in out


def _git(folder: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@e.test", *args],
        cwd=folder,
        check=True,
        capture_output=True,
        timeout=30,
    )


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_rev_compares_with_a_git_revision(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = tmp_path / "repo"
    (repo / "stories").mkdir(parents=True)
    story = write(repo / "stories", "cat.toml", CAT)
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "story")
    story.write_text(CAT.replace(THIRD_CLAIM_TEST, ""), encoding="utf-8")

    code, report = as_json(["diff", "--rev", "HEAD", str(story)], capsys)
    assert code == 1
    assert keys(report["opened"]) == [THIRD_CLAIM_KEY]
    assert report["old"] == f"HEAD:{story}"

    code, _, err = run(["diff", "--rev", "no-such-rev", str(story)], capsys)
    assert code == 2 and "'no-such-rev' is not a revision" in err
    added = write(repo / "stories", "added.toml", CAT)
    code, _, err = run(["diff", "--rev", "HEAD", str(added)], capsys)
    assert code == 2 and f"{added} is not in revision HEAD" in err
    # A revision where the story was not valid yet is an invalid file, named by revision.
    story.write_text("format = 1\n[goal]\nclasses = 3\n", encoding="utf-8")
    _git(repo, "commit", "-q", "-am", "broken")
    story.write_text(CAT, encoding="utf-8")
    code, _, err = run(["diff", "--rev", "HEAD", str(story)], capsys)
    assert code == 2 and f"HEAD:{story}: goal.classes" in err


def test_rev_outside_a_repository_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = write(tmp_path, "cat.toml", CAT)
    code, out, err = run(["diff", "--rev", "HEAD", str(story)], capsys)
    assert code == 2 and out == ""
    assert f"{story} is not in a git repository" in err or "git is not installed" in err
