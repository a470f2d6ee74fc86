"""The installed ``storybuilder`` command in a real terminal.

tmux runs the console script next to the running interpreter in a 100x30 pane (80x24
where the test is about a small terminal) on a private server (``tmux -L``); keys go in with ``send-keys`` and the screen comes back
with ``capture-pane``. Every step waits for the screen to show what should come next
(the question's place in the interview and the start of its prompt, computed with the
interview engine over the same answers), never for a fixed time. State, config and
cache live in the test's own folder.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
import tomllib
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from storybuilder.bank import Bank, packaged_bank
from storybuilder.interview import Interview
from storybuilder.session import open_story
from storybuilder.story import Story

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(
        shutil.which("tmux") is None,
        reason="tmux is not installed: the real-terminal test needs it (CI installs it)",
    ),
]

STORYBUILDER = Path(sys.executable).parent / "storybuilder"
"""The console script installed with the interpreter that runs the tests."""

WIDTH, HEIGHT = 100, 30
TIMEOUT = 30.0
"""Seconds to wait for one expected screen: CI machines are slow and shared."""
POLL = 0.05

SPECIFICATION = (
    "A set of learned features of rack temperatures and airflow, combined by a small "
    "feed-forward network into fan and chiller setpoints; it contains no search over "
    "plans, no model of the operators, and no representation of its own reward."
)


class Terminal:
    """One tmux pane on a private server, running one command after another."""

    def __init__(self, folder: Path, size: tuple[int, int] = (WIDTH, HEIGHT)) -> None:
        self.folder = folder
        self.width, self.height = size
        self.socket = f"storybuilder-e2e-{uuid.uuid4().hex[:12]}"
        self.session = f"e2e-{uuid.uuid4().hex[:8]}"
        home = folder / ".e2e"
        home.mkdir()
        self.config = home / "tmux.conf"
        # No status line (the pane is the whole window), a known shell, and
        # nothing from the user's own tmux configuration.
        self.config.write_text("set -g status off\nset -g default-shell /bin/sh\n")
        self.env = {
            "XDG_STATE_HOME": str(home / "state"),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_CACHE_HOME": str(home / "cache"),
        }
        self.runs = 0
        self.started = False
        self.socket_path: Path | None = None
        # COLUMNS and LINES, when set, win over the real size of the terminal (Python's
        # shutil.get_terminal_size, which Textual uses). The process running the tests
        # may have them in its C environment without os.environ showing them (GNU
        # readline puts them there), and a child would inherit them: pass os.environ
        # explicitly, and unset them in the pane as well.
        self.client_env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}

    # -- tmux -------------------------------------------------------------------------

    def tmux(self, *args: str) -> str:
        done = subprocess.run(
            ["tmux", "-L", self.socket, "-f", str(self.config), *args],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=False,
            env=self.client_env,
        )
        if done.returncode != 0:
            raise AssertionError(f"tmux {' '.join(args)} failed: {done.stderr.strip()}")
        return done.stdout

    def close(self) -> None:
        """Kill the private server (and its session), and remove its socket."""
        subprocess.run(
            ["tmux", "-L", self.socket, "kill-server"],
            capture_output=True,
            check=False,
            env=self.client_env,
        )
        if self.socket_path is not None:
            self.socket_path.unlink(missing_ok=True)

    # -- running ----------------------------------------------------------------------

    def run(self, *args: str) -> int:
        """Start ``storybuilder ARGS`` in the pane; returns the run's number.

        When the command ends, the pane shows ``__EXIT__<run> <status>`` (see
        :meth:`wait_exit`) and then stays open for a while, so that the screen can
        still be read.
        """
        self.runs += 1
        env = " ".join(f"{k}={shlex.quote(v)}" for k, v in self.env.items())
        command = " ".join(shlex.quote(a) for a in (str(STORYBUILDER), *args))
        shell = f"env -u COLUMNS -u LINES {env} {command}; echo __EXIT__{self.runs} $?; sleep 600"
        if not self.started:
            self.tmux(
                "new-session",
                "-d",
                "-s",
                self.session,
                "-x",
                str(self.width),
                "-y",
                str(self.height),
                "-c",
                str(self.folder),
                shell,
            )
            self.started = True
            self.socket_path = Path(self.tmux("display-message", "-p", "#{socket_path}").strip())
        else:
            self.tmux("respawn-pane", "-k", "-t", self.session, "-c", str(self.folder), shell)
        size = self.tmux(
            "display-message", "-p", "-t", self.session, "#{pane_width}x#{pane_height}"
        )
        assert size.strip() == f"{self.width}x{self.height}", size
        return self.runs

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", self.session)

    def cursor(self) -> tuple[int, int]:
        x, y = self.tmux(
            "display-message", "-p", "-t", self.session, "#{cursor_x} #{cursor_y}"
        ).split()
        return int(x), int(y)

    def keys(self, *keys: str) -> None:
        """Send keys by tmux name (``C-n``, ``Enter``, ``Right``), in one write."""
        self.tmux("send-keys", "-t", self.session, *keys)

    def type(self, text: str) -> None:
        """Type text as it is; a newline is the Enter key."""
        for number, line in enumerate(text.split("\n")):
            if number:
                self.keys("Enter")
            if line:
                self.tmux("send-keys", "-t", self.session, "-l", line)

    # -- waiting ----------------------------------------------------------------------

    def wait_for(self, what: str, found: Callable[[str], bool]) -> str:
        """Poll the screen until ``found`` holds; fail with the screen after TIMEOUT."""
        deadline = time.monotonic() + TIMEOUT
        while True:
            screen = self.screen()
            if found(screen):
                return screen
            exited = re.search(rf"__EXIT__{self.runs} (\d+)", screen)
            if exited or time.monotonic() > deadline:
                why = f"the command exited ({exited[1]})" if exited else f"{TIMEOUT:.0f} s passed"
                raise AssertionError(
                    f"{why} before the screen showed {what}:\n{_framed(screen, self.width)}"
                )
            time.sleep(POLL)

    def wait_text(self, *texts: str) -> str:
        return self.wait_for(" and ".join(map(repr, texts)), lambda s: all(t in s for t in texts))

    def wait_exit(self) -> int:
        """Wait for the current command to end; returns its exit status."""
        marker = re.compile(rf"__EXIT__{self.runs} (\d+)")
        deadline = time.monotonic() + TIMEOUT
        while True:
            screen = self.screen()
            if found := marker.search(screen):
                return int(found[1])
            if time.monotonic() > deadline:
                raise AssertionError(f"the command did not exit:\n{_framed(screen, self.width)}")
            time.sleep(POLL)

    def wait_cursor_moves(self, since: tuple[int, int]) -> None:
        """Wait for the terminal cursor to leave ``since`` (the focus moved)."""
        deadline = time.monotonic() + TIMEOUT
        while self.cursor() == since:
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"the cursor stayed at {since}:\n{_framed(self.screen(), self.width)}"
                )
            time.sleep(POLL)


def _framed(screen: str, width: int) -> str:
    return "+" + "-" * width + "+\n" + screen.rstrip("\n") + "\n+" + "-" * width + "+"


class Wizard:
    """The wizard in the terminal, followed step by step by the interview engine.

    The engine gets the same answers and moves as the keys send, so it says which
    question the screen must show next, and where it stands in the interview.
    """

    def __init__(self, terminal: Terminal, interview: Interview) -> None:
        self.terminal = terminal
        self.interview = interview

    @property
    def bank(self) -> Bank:
        return self.interview.bank

    # -- what the screen must show ----------------------------------------------------

    def expected(self) -> tuple[str, str]:
        """The crumb (section and place) and the first words of the current prompt."""
        question = self.interview.current
        assert question is not None and not self.interview.finished
        place, total = self.interview.place(question)
        section = self.bank.section_by_id[question.section].title
        stage = (
            "First pass · "
            if self.interview.first_pass
            else "Deepening · "
            if self.interview.deepening
            else ""
        )
        crumb = f"{stage}{section} · {place} of about {total}"
        return crumb, _prompt_start(question.prompt)

    def wait_question(self) -> str:
        crumb, prompt = self.expected()
        question = self.interview.current
        assert question is not None
        return self.terminal.wait_for(
            f"question {question.id!r} ({crumb!r}, {prompt!r})",
            lambda screen: crumb in screen and prompt in screen,
        )

    def wait_review(self) -> str:
        progress = self.interview.progress()
        answered = sum(p.answered for p in progress)
        total = sum(p.total for p in progress)
        skipped = len(self.interview.story.interview.skipped)
        summary = f"{answered} of {total} questions answered · {skipped} skipped"
        return self.terminal.wait_text(summary, "Open problems (")

    def wait_next(self) -> str:
        return self.wait_review() if self.interview.finished else self.wait_question()

    # -- moving -----------------------------------------------------------------------

    def _answer(self, value: Any) -> bool:
        feedback = self.interview.answer(value)
        errors = [f.message for f in feedback if f.level == "error"]
        assert not errors, f"the test's answer {value!r} is refused: {errors}"
        return any(f.level == "advice" for f in feedback)

    def _go_on(self, advised: bool, *keys: str) -> str:
        """Send the keys that confirm the answer; a second Next after advice."""
        self.terminal.keys(*keys)
        if advised:
            self.terminal.wait_text("Your answer is saved")
            self.terminal.keys("C-n")
        self.interview.next()
        return self.wait_next()

    def line(self, text: str) -> str:
        """A one-line answer, confirmed with Enter."""
        advised = self._answer(text)
        self.terminal.type(text)
        return self._go_on(advised, "Enter")

    def text(self, text: str) -> str:
        """A text or list answer, confirmed with ctrl+n."""
        advised = self._answer(text)
        self.terminal.type(text)
        return self._go_on(advised, "C-n")

    def choose(self, value: Any, *keys: str) -> str:
        """A choice made with keys (arrows, space), sent with ctrl+n in one write."""
        advised = self._answer(value)
        return self._go_on(advised, *keys, "C-n")

    def entries(self, value: list[dict[str, str]], fill: Callable[[], None]) -> str:
        """An entries answer: ``fill`` types it into the rows, then ctrl+n."""
        advised = self._answer(value)
        fill()
        return self._go_on(advised, "C-n")

    def skip(self) -> str:
        self.terminal.keys("C-l")
        self.interview.skip()
        return self.wait_next()


def _prompt_start(prompt: str, limit: int = 45) -> str:
    """The first words of a prompt: always on its first line, however it wraps."""
    words = prompt.split()
    start = words[0]
    for word in words[1:]:
        if len(start) + 1 + len(word) > limit:
            break
        start += " " + word
    return start


def _read(path: Path) -> dict[str, Any]:
    return tomllib.loads(path.read_text(encoding="utf-8"))


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    assert STORYBUILDER.exists(), (
        f"no storybuilder command next to {sys.executable}: install the package "
        "into this environment (pip install '.[test]')"
    )
    term = Terminal(tmp_path)
    try:
        yield term
    finally:
        term.close()


def _exported_path(screen: str) -> str | None:
    """The path in the review's "Exported to PATH" line (it may wrap), if shown."""
    lines = screen.splitlines()
    for number, line in enumerate(lines):
        if line.startswith(" Exported to "):
            path = line.removeprefix(" Exported to ").strip()
            for more in lines[number + 1 :]:
                if more.startswith("esc ") or not more.strip():
                    break
                path += more.strip()
            return path
    return None


def test_start_quit_resume_and_finish_a_section(terminal: Terminal, tmp_path: Path) -> None:
    """The issue's flow: start, answer, quit, resume with `edit`, finish the Project section."""
    story = tmp_path / "story.toml"
    terminal.run("new", "story.toml")
    wizard = Wizard(terminal, Interview(Story(), packaged_bank("core")))
    wizard.wait_question()
    assert wizard.interview.current is not None and wizard.interview.current.id == "title"

    # A new story starts with the first pass: the authors wait for the deepening.
    assert wizard.interview.first_pass
    wizard.line("ThermoPilot")
    wizard.text("A 40M-parameter policy network sets chiller setpoints for one data hall.")
    assert wizard.interview.current is not None
    assert wizard.interview.current.id == "training-step"

    terminal.keys("C-q")
    assert terminal.wait_exit() == 0
    data = _read(story)
    assert data["meta"]["title"] == "ThermoPilot"
    assert data["meta"]["summary"] == (
        "A 40M-parameter policy network sets chiller setpoints for one data hall."
    )
    assert data["interview"]["at"] == "training-step"
    assert "skipped" not in data["interview"]

    # Resumed at the question it was left on, in the first pass still.
    terminal.run("edit", "story.toml")
    resumed = open_story(story)
    wizard = Wizard(terminal, Interview(resumed.story, resumed.bank))
    assert wizard.interview.current is not None
    assert wizard.interview.current.id == "training-step"
    assert wizard.interview.first_pass
    wizard.wait_question()

    # The arrows choose in a radio group: right is No. Right then left, in one write,
    # is Yes (the choice follows the last key, however fast they come).
    wizard.choose("yes", "Right", "Left")
    assert wizard.interview.current is not None
    assert wizard.interview.current.id == "goal-classes"
    project = next(p for p in wizard.interview.first_pass_progress() if p.section.id == "project")
    assert project.complete and project.total == 3
    terminal.wait_for(
        "the Project section at 3 of 5 in the sidebar", lambda screen: "3/5 answered" in screen
    )

    terminal.keys("C-q")
    assert terminal.wait_exit() == 0
    data = _read(story)
    assert data["meta"]["training_step"] is True
    assert data["meta"]["title"] == "ThermoPilot"
    assert data["interview"]["at"] == "goal-classes"


def test_whole_interview_to_review_and_export(terminal: Terminal, tmp_path: Path) -> None:
    """A whole core-bank interview: some answers, the rest skipped; review, export, check."""
    story = tmp_path / "story.toml"
    terminal.run("new", "story.toml")
    wizard = Wizard(terminal, Interview(Story(), packaged_bank("core")))
    wizard.wait_question()

    def at(question_id: str) -> None:
        current = wizard.interview.current
        assert current is not None and current.id == question_id, current

    # The first pass: the core questions only.
    wizard.line("ThermoPilot")
    wizard.skip()  # summary
    at("training-step")
    wizard.choose("yes", "Space")  # the training step: space presses the highlighted Yes
    at("goal-classes")
    # Space toggles the highlighted first class; ctrl+n in the same write.
    wizard.choose(["task-model"], "Space")
    at("goal-specification")
    wizard.text(SPECIFICATION)
    wizard.text("Any model made only of such features has no plans to pursue.")
    # The task-model class's follow-ups wait for the deepening.
    at("rationale-classes")
    wizard.skip()
    # The setup facts the critic reads, quick choices: left for the deepening here.
    for setup in ("training-setup", "training-judge", "outputs-used", "checks-in-training"):
        at(setup)
        wizard.skip()
    wizard.text("The policy sees only sensor readings because the simulator exposes nothing else.")
    wizard.text("Small networks favour simple features, so training picks the heuristics.")
    at("objective-misgeneralization-relevance")
    wizard.choose("does-not-apply", "Down")
    # "Does not apply" drops the mitigation question of that failure mode.
    at("mesa-optimization-relevance")
    assert not any(
        q.id == "objective-misgeneralization-mitigation" for q in wizard.interview.reachable()
    )
    while wizard.interview.current is not None and wizard.interview.current.id != "claims":
        wizard.skip()

    # One claim, with how it could be refuted: Tab goes to the next sub-field.
    claim = "No search over setpoint plans."
    test = "Probe for future temperatures."

    def fill() -> None:
        terminal.type(claim)
        terminal.wait_text(claim)
        before = terminal.cursor()
        terminal.keys("Tab")
        # Keys go to whatever has the focus when the app reads them: wait for the
        # focus (and the terminal cursor) to reach the second sub-field.
        terminal.wait_cursor_moves(before)
        terminal.type(test)

    wizard.entries([{"claim": claim, "test": test}], fill)

    # The deepening: what the first pass left, from the top.
    assert not wizard.interview.first_pass and wizard.interview.deepening
    at("authors")
    wizard.skip()
    wizard.skip()  # summary, skipped in the first pass, comes back
    at("advanced")
    wizard.choose("no", "Right")
    # The task-model class brought its two follow-ups.
    at("task-model-no-optimizer")
    while wizard.interview.current is not None and wizard.interview.current.id != "open-problems":
        wizard.skip()
    wizard.skip()
    assert wizard.interview.finished
    wizard.wait_review()

    terminal.keys("C-o")
    # The review says where the document went; the notification that pops up at the
    # same time may cover the end of that line for a few seconds.
    exported = (tmp_path / "story.md").resolve()
    terminal.wait_for(
        f"'Exported to {exported}'", lambda screen: _exported_path(screen) == str(exported)
    )
    terminal.keys("C-q")
    assert terminal.wait_exit() == 0

    # The story file: the answers given, and every skipped question recorded.
    data = _read(story)
    skipped = list(wizard.interview.story.interview.skipped)
    assert data["meta"]["title"] == "ThermoPilot"
    assert data["meta"]["advanced"] is False
    assert data["meta"]["training_step"] is True
    assert "authors" not in data["meta"] and "summary" not in data["meta"]
    assert data["goal"]["classes"] == ["task-model"]
    assert data["goal"]["specification"] == SPECIFICATION
    assert data["goal"]["desirability"].startswith("Any model made only of such features")
    assert data["rationale"]["constraints"].startswith("The policy sees only sensor readings")
    assert data["rationale"]["nudges"].startswith("Small networks favour simple features")
    assert "classes" not in data["rationale"]
    assert data["failure_modes"] == {"objective-misgeneralization": {"relevance": "does-not-apply"}}
    # Format 2: the claim keeps a stable id, made from its own words when first saved.
    assert data["claims"] == [
        {"id": "no-search-over-setpoint-plans", "claim": claim, "test": test, "status": "untested"}
    ]
    assert data["interview"]["skipped"] == skipped
    assert {"authors", "summary", "rationale-classes", "sensitivity", "open-problems"} <= set(
        skipped
    )

    # The exported document.
    markdown = exported.read_text(encoding="utf-8")
    assert re.search(r"^# ThermoPilot$", markdown, re.MULTILINE)
    assert SPECIFICATION in markdown
    assert re.search(r"^## Open problems$", markdown, re.MULTILINE)
    assert "Skipped: Who is writing this story?" in markdown
    assert claim in markdown and test in markdown

    # The headless check lists each skipped question as an open problem.
    done = subprocess.run(
        [str(STORYBUILDER), "check", "story.toml", "--json"],
        cwd=tmp_path,
        env={**os.environ, **terminal.env},
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout)
    assert report["complete"] is False
    skipped_problems = [p for p in report["problems"] if p["rule"] == "skipped-question"]
    assert [p["source"] for p in skipped_problems] == skipped
    assert all(p["status"] == "open" for p in skipped_problems)


def test_quit_right_after_typing_keeps_every_key(terminal: Terminal, tmp_path: Path) -> None:
    """ctrl+q typed straight after an answer saves all of it, not what had arrived."""
    terminal.run("new", "story.toml")
    wizard = Wizard(terminal, Interview(Story(), packaged_bank("core")))
    wizard.wait_question()
    title = "ThermoPilot: a learned controller for data-centre cooling"
    terminal.type(title)
    terminal.keys("C-q")
    assert terminal.wait_exit() == 0
    data = _read(tmp_path / "story.toml")
    assert data["meta"]["title"] == title
    assert data["interview"]["at"] == "title"


def test_at_80x24_the_key_bar_shows_the_alt_arrows_and_they_move(tmp_path: Path) -> None:
    """The keys the bar shows for Next and Back are the ones text boxes leave alone, they
    arrive from a real terminal, and Quit stays whole when Esc joins the bar."""
    terminal = Terminal(tmp_path, size=(80, 24))
    try:
        terminal.run("new", "story.toml")
        wizard = Wizard(terminal, Interview(Story(), packaged_bank("core")))
        bar = wizard.wait_question().splitlines()[-1]
        assert bar.startswith("alt+→ Next alt+← Back "), bar
        assert "^s Save" in bar and "f1 Help" in bar and "^q Quit" in bar, bar
        terminal.type("ThermoPilot")
        bar = terminal.wait_text("esc Undo edit").splitlines()[-1]
        assert "alt+→ Next" in bar and "^q Quit" in bar, bar
        wizard._go_on(wizard._answer("ThermoPilot"), "M-Right")
        terminal.keys("M-Left")
        wizard.interview.back()
        wizard.wait_question()
        terminal.keys("C-q")
        assert terminal.wait_exit() == 0
        assert _read(tmp_path / "story.toml")["meta"]["title"] == "ThermoPilot"
    finally:
        terminal.close()


# -- never lose an answer: kills, symbolic links, conflicts ---------------------------


def _wizard_pid(terminal: Terminal) -> int:
    """The pid of the storybuilder process running in the pane (the shell's child)."""
    shell = int(terminal.tmux("display-message", "-p", "-t", terminal.session, "#{pane_pid}"))
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        for stat_file in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat_file.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == shell:
                return int(stat_file.parent.name)
        time.sleep(POLL)
    raise AssertionError("no storybuilder process under the pane's shell")


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="finds the wizard's pid in /proc")
@pytest.mark.parametrize("sig", ["SIGKILL", "SIGHUP"])
def test_a_killed_wizard_keeps_the_unconfirmed_answer_and_offers_it_again(
    terminal: Terminal, tmp_path: Path, sig: str
) -> None:
    import signal

    story = tmp_path / "story.toml"
    terminal.run("new", "story.toml")
    wizard = Wizard(terminal, Interview(Story(), packaged_bank("core")))
    wizard.wait_question()
    wizard.line("ThermoPilot")
    terminal.type("Amara Okafor")  # the summary, typed and not confirmed
    terminal.wait_text("Amara Okafor", "Draft kept")
    os.kill(_wizard_pid(terminal), getattr(signal, sig))
    assert terminal.wait_exit() != 0
    data = _read(story)
    assert "summary" not in data["meta"]  # a draft is never an answer
    assert "Amara Okafor" in (tmp_path / ".story.toml.drafts").read_text(encoding="utf-8")

    terminal.run("edit", "story.toml")
    resumed = open_story(story)
    wizard = Wizard(terminal, Interview(resumed.story, resumed.bank))
    wizard.wait_question()
    terminal.wait_text("Amara Okafor", "unconfirmed draft")
    wizard._answer("Amara Okafor")
    wizard._go_on(False, "C-n")
    terminal.keys("C-q")
    assert terminal.wait_exit() == 0
    assert _read(story)["meta"]["summary"] == "Amara Okafor"
    assert not (tmp_path / ".story.toml.drafts").exists()


def test_a_story_behind_a_symlink_is_saved_where_the_link_points(
    terminal: Terminal, tmp_path: Path
) -> None:
    from storybuilder.session import create_story

    repo = tmp_path / "repo"
    repo.mkdir()
    real = repo / "story.toml"
    create_story(real, Story(), packaged_bank("core"))
    link = tmp_path / "story.toml"
    link.symlink_to(real)
    terminal.run("edit", "story.toml")
    wizard = Wizard(terminal, Interview(Story(), packaged_bank("core")))
    wizard.wait_question()
    wizard.line("ThermoPilot")
    terminal.keys("C-q")
    assert terminal.wait_exit() == 0
    assert link.is_symlink() and link.resolve() == real
    assert _read(real)["meta"]["title"] == "ThermoPilot"
    assert (repo / "story.toml.bak").exists() and not (tmp_path / "story.toml.bak").exists()


def test_a_conflicting_edit_on_a_list_question_asks_and_keeps_the_answer(
    terminal: Terminal, tmp_path: Path
) -> None:
    from storybuilder.session import create_story

    story = tmp_path / "story.toml"
    start = Story.model_validate(
        {"meta": {"title": "ThermoPilot"}, "interview": {"bank": "core", "at": "authors"}}
    )
    create_story(story, start, packaged_bank("core"))
    terminal.run("edit", "story.toml")
    opened = open_story(story)
    wizard = Wizard(terminal, Interview(opened.story, opened.bank))
    assert wizard.interview.current is not None and wizard.interview.current.id == "authors"
    wizard.wait_question()
    # Someone edits the file while the wizard waits on the authors (a list question).
    text = story.read_text(encoding="utf-8")
    story.write_text(text.replace("ThermoPilot", "Renamed elsewhere"), encoding="utf-8")
    terminal.type("Amara Okafor\nLin Wei")
    terminal.keys("C-n")
    terminal.wait_text("The story file changed on disk", "Overwrite")
    # The dialog starts on "Load disk version"; shift+tab reaches "Overwrite".
    terminal.keys("BTab")
    terminal.keys("Enter")
    # The next question is drawn behind the dialog already: wait for the decision.
    terminal.wait_text("Saved over story.toml")
    wizard._answer("Amara Okafor\nLin Wei")
    wizard.interview.next()
    wizard.wait_question()
    terminal.keys("C-q")
    assert terminal.wait_exit() == 0
    data = _read(story)
    assert data["meta"]["authors"] == ["Amara Okafor", "Lin Wei"]
    assert data["meta"]["title"] == "ThermoPilot"
