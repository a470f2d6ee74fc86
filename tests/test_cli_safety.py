"""What the commands print is safe for a terminal, and bad files end in one clear line.

Stories, banks and file names are data from anyone. These tests run the real command
and look at the bytes it writes: no escape sequence (ESC, BEL, the C1 CSI U+009B, NEL
U+0085, a bidi override) from the input may reach the terminal, and a file that is too
deep, has a byte-order mark or is otherwise bad must not cost the other files' reports.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from storybuilder import storefile
from tests.bankargs import with_bank

DATA = Path(__file__).parent / "data"

# As TOML escapes (a story file holds them so) and as the characters themselves.
HOSTILE_TOML = (
    "\\u001b]0;pwned\\u0007 \\u001b]52;c;cHduZWQ=\\u0007 \\u001b[2J \\u009b31m \\u0085 \\u202eevil"
)
HOSTILE = "\x1b]0;pwned\x07 \x1b]52;c;cHduZWQ=\x07 \x1b[2J \x9b31m \x85 \u202eevil"
FORBIDDEN = [b"\x1b", b"\x07", "\x9b".encode(), "\x85".encode(), "\u202e".encode()]


def run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "STORYBUILDER_NO_CACHE": "1"}
    return subprocess.run(
        [sys.executable, "-m", "storybuilder", *with_bank(args, cwd)],
        cwd=cwd,
        capture_output=True,
        timeout=60,
        env=env,
        check=False,
    )


def assert_terminal_safe(data: bytes) -> None:
    found = [bad for bad in FORBIDDEN if bad in data]
    assert not found, f"{found} reached the terminal"
    assert b"Traceback" not in data


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copy(DATA / "mini_bank.toml", tmp_path / "mini.toml")
    return tmp_path


def hostile_story(folder: Path, name: str = "story.toml") -> Path:
    path = folder / name
    path.write_text(
        f"""format = 1
[meta]
title = "T {HOSTILE_TOML}"
[goal]
classes = ["simulator"]
[[claims]]
claim = "C {HOSTILE_TOML}"
[triage.simulator-unexplained]
status = "accepted"
note = "N {HOSTILE_TOML}"
[[problems]]
title = "P {HOSTILE_TOML}"
[interview]
bank = "mini"
""",
        encoding="utf-8",
    )
    return path


def test_check_report_shows_escapes_visibly(folder: Path) -> None:
    done = run("check", hostile_story(folder), cwd=folder)
    assert done.returncode == 1
    assert_terminal_safe(done.stdout + done.stderr)
    out = done.stdout.decode()
    assert "P \\x1b]0;pwned\\x07" in out
    assert "N \\x1b]0;pwned\\x07" in out
    assert "\\u202eevil" in out


def test_check_json_escapes_control_characters(folder: Path) -> None:
    done = run("check", "--json", hostile_story(folder), cwd=folder)
    assert done.returncode == 1
    assert_terminal_safe(done.stdout + done.stderr)
    report = json.loads(done.stdout)
    titles = [p["title"] for p in report["problems"]]
    assert f"P {HOSTILE}" in titles  # the exact text, for a program that reads it


def test_error_messages_quote_keys_and_ids_safely(folder: Path) -> None:
    bad_key = folder / "key.toml"
    bad_key.write_text(f'format = 1\n[meta]\n"ti{HOSTILE_TOML}tle" = "x"\n')
    bad_id = folder / "id.toml"
    bad_id.write_text(f'format = 1\n[goal]\nclasses = ["sim{HOSTILE_TOML}"]\n')
    bad_toml = folder / "toml.toml"
    bad_toml.write_text(f"format = 1\n[meta\n# {HOSTILE}\n")
    for path in (bad_key, bad_id, bad_toml):
        done = run("check", path, cwd=folder)
        assert done.returncode == 2, done.stderr
        assert_terminal_safe(done.stdout + done.stderr)
    done = run("check", bad_key, bad_id, cwd=folder)
    assert b"ti\\x1b]0;pwned\\x07" in done.stderr
    assert b"sim\\x1b]0;pwned\\x07" in done.stderr


def test_file_names_with_escapes_are_shown_safely(folder: Path) -> None:
    named = hostile_story(folder, "s\x1b]0;name\x07.toml")
    missing = folder / "gone\x1b[2J.toml"
    for args in (("check", named, missing), ("compare", named, missing), ("render", missing)):
        done = run(*args, cwd=folder)
        # compare's document keeps the story's text (no control characters are left in
        # a document); its bidi override is neutralised only on a terminal, below.
        document = done.stdout.replace("\u202e".encode(), b"") if args[0] == "compare" else b""
        assert_terminal_safe((document or done.stdout) + done.stderr)
        assert done.returncode == 2
        assert b"gone\\x1b[2J.toml" in done.stderr


def test_a_document_written_to_a_terminal_has_no_bidi_override(folder: Path) -> None:
    import pty

    leader, follower = pty.openpty()
    try:
        env = {**os.environ, "STORYBUILDER_NO_CACHE": "1"}
        done = subprocess.run(
            [sys.executable, "-m", "storybuilder", *with_bank(["render", hostile_story(folder)])],
            stdout=follower,
            stderr=subprocess.PIPE,
            timeout=60,
            env=env,
            check=False,
        )
        os.close(follower)
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(leader)
    assert done.returncode == 0, done.stderr
    assert b"# T " in shown
    assert_terminal_safe(shown)


def test_bank_check_output_is_safe(folder: Path) -> None:
    bank = folder / "bank.toml"
    text = (DATA / "mini_bank.toml").read_text()
    bank.write_text(text.replace('id = "mini"', f'id = "mini{HOSTILE_TOML}"', 1))
    done = run("bank", "check", bank, cwd=folder)
    assert_terminal_safe(done.stdout + done.stderr)
    assert b"mini\\x1b]0;pwned" in done.stdout + done.stderr
    bank.write_text(text.replace('id = "simulator-unexplained"', f'id = "x{HOSTILE_TOML}"'))
    done = run("bank", "check", bank, cwd=folder)
    assert_terminal_safe(done.stdout + done.stderr)
    bank.write_text(text.replace('title = "The project"', f'title = "{HOSTILE_TOML}"'))
    done = run("bank", "check", folder / "bank\x1b]0;x\x07.toml", cwd=folder)
    assert_terminal_safe(done.stdout + done.stderr)


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS file names must be UTF-8")
def test_a_file_name_that_is_not_utf8(folder: Path) -> None:
    name = os.fsdecode(b"n\xff.toml")
    shutil.copy(DATA / "mini_bank.toml", folder / "mini.toml")
    (folder / name).write_text('format = 1\n[interview]\nbank = "mini"\n')
    for args in (("check", name), ("check", "--json", name), ("compare", name, "-o", "out.md")):
        done = run(*args, cwd=folder)
        assert b"Traceback" not in done.stderr, done.stderr
        assert done.returncode in (0, 1)
    assert "n" in (folder / "out.md").read_text(encoding="utf-8")


# --- bad files ---------------------------------------------------------------------------

DEEP_ARRAY = "format = 1\n[answers]\nx = " + "[" * 500 + "]" * 500 + "\n"
DEEP_TABLE = "format = 1\n[answers]\nx = " + "{a = " * 300 + "1" + "}" * 300 + "\n"
DEEPISH = "format = 1\n[answers]\nx = " + "[" * 40 + "]" * 40 + "\n"


@pytest.mark.parametrize("text", [DEEP_ARRAY, DEEP_TABLE, DEEPISH], ids=["array", "table", "40"])
def test_deep_nesting_is_one_line_and_the_others_are_still_reported(
    folder: Path, text: str
) -> None:
    deep = folder / "deep.toml"
    deep.write_text(text)
    good = folder / "good.toml"
    good.write_text('format = 1\n[meta]\ntitle = "Good"\n[interview]\nbank = "mini"\n')
    for command in ("check", "compare"):
        done = run(command, deep, good, cwd=folder)
        assert done.returncode == 2, done.stderr
        assert b"Traceback" not in done.stderr
        errors = [line for line in done.stderr.decode().splitlines() if "deep.toml" in line]
        assert len(errors) == 1 and "nested more than" in errors[0], done.stderr
        assert b"good.toml" in done.stdout  # the other file is still reported
    done = run("check", "--json", deep, good, cwd=folder)
    reports = json.loads(done.stdout)
    assert "nested more than" in reports[0]["error"] and reports[1]["file"].endswith("good.toml")
    done = run("render", deep, cwd=folder)
    assert done.returncode == 2 and b"Traceback" not in done.stderr


def _limit_memory() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (2 * 1024**3, 2 * 1024**3))


def test_a_device_or_a_pipe_named_as_a_story_is_one_line_and_the_others_are_still_reported(
    folder: Path,
) -> None:
    """A folder of stories may hold a link to /dev/zero or a pipe: read, neither ends."""
    (folder / "zero.toml").symlink_to("/dev/zero")
    os.mkfifo(folder / "pipe.toml")
    good = folder / "good.toml"
    good.write_text('format = 1\n[meta]\ntitle = "Good"\n[interview]\nbank = "mini"\n')
    env = {**os.environ, "XDG_CACHE_HOME": str(folder / "cache")}  # the cache's path too

    def run_safely(*args: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            [sys.executable, "-m", "storybuilder", *args, "--bank", "mini.toml"],
            cwd=folder,
            capture_output=True,
            timeout=60,
            env=env,
            preexec_fn=_limit_memory,
            check=False,
        )

    bad = ["zero.toml", "pipe.toml"]
    runs = [(command, [*bad, "good.toml"]) for command in ("check", "compare")]
    runs += [("render", [name]) for name in bad]
    for command, files in runs:
        done = run_safely(command, *files)
        assert done.returncode == 2, done.stderr[-2000:]
        assert b"Traceback" not in done.stderr
        lines = done.stderr.decode().splitlines()
        for name in set(files) & set(bad):
            errors = [line for line in lines if name in line]
            assert len(errors) == 1 and "not a regular file" in errors[0], done.stderr
        if "good.toml" in files:
            assert b"good.toml" in done.stdout  # the other file is still reported


def test_edit_on_a_deep_file_shows_the_error_not_a_traceback(folder: Path) -> None:
    deep = folder / "deep.toml"
    deep.write_text(DEEP_ARRAY)
    with pytest.raises(storefile.StoryFileError, match="nested more than"):
        storefile.load(deep)  # what `edit` calls before opening its error screen


def test_a_deep_bank_is_a_bank_error(folder: Path) -> None:
    bank = folder / "deep-bank.toml"
    bank.write_text('[bank]\nid = "x"\ntitle = "x"\nextra = ' + "[" * 500 + "]" * 500 + "\n")
    done = run("bank", "check", bank, cwd=folder)
    assert done.returncode == 1 and b"Traceback" not in done.stderr
    assert b"nested more than" in done.stderr


def test_a_byte_order_mark_is_accepted_and_not_saved(folder: Path) -> None:
    path = folder / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbfformat = 1\n[meta]\ntitle = 'BOM'\n[interview]\nbank = 'mini'\n")
    done = run("check", path, cwd=folder)
    assert done.returncode == 1, done.stderr  # incomplete, but read
    assert b"Invalid statement" not in done.stderr
    story = storefile.load(path)
    assert story.meta.title == "BOM"
    storefile.save(
        story.model_copy(update={"meta": story.meta.model_copy(update={"title": "B"})}), path
    )
    assert not path.read_bytes().startswith(b"\xef\xbb\xbf")


@pytest.mark.parametrize(
    "data",
    [b"\xef\xbb\xbf\xef\xbb\xbfformat = 1\n", b"format = 1\n[meta]\n\xef\xbb\xbftitle = 'T'\n"],
    ids=["twice", "mid-file"],
)
def test_a_byte_order_mark_that_cannot_be_skipped_is_named(folder: Path, data: bytes) -> None:
    path = folder / "bom.toml"
    path.write_bytes(data)
    done = run("check", path, cwd=folder)
    assert done.returncode == 2
    assert b"byte-order mark" in done.stderr and b"Invalid statement" not in done.stderr
