"""Loading and saving story files: located errors, byte-stable saves, nothing lost."""

from __future__ import annotations

import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from storybuilder import storefile
from storybuilder.storefile import ConflictError, StoryFileError
from storybuilder.story import CORE_VOCABULARY, Claim, Story

GOOD = '''format = 1

[meta]
title = "Cooling controller"
advanced = false

[goal]
classes = ["task-model"]
specification = """
A value function over rack temperatures,
with no model of the operators."""
'''


def write(tmp_path: Path, text: str, name: str = "story.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(text: str, **kwargs: object) -> list[tuple[str, str]]:
    with pytest.raises(StoryFileError) as caught:
        storefile.parse(text, source="s.toml", **kwargs)  # type: ignore[arg-type]
    return caught.value.problems


def test_only_format_is_a_valid_empty_story() -> None:
    story = storefile.parse("format = 1\n")
    assert story == Story()


def test_malformed_toml_names_line_and_column() -> None:
    [(where, what)] = problems_of('format = 1\n[meta]\ntitle = "unclosed\n')
    assert where.startswith("line 3, column")
    assert "malformed TOML" in what


def test_missing_format_is_named() -> None:
    [(where, what)] = problems_of('[meta]\ntitle = "x"\n')
    assert where == "format"
    assert "format = 2" in what


def test_newer_format_names_both_versions() -> None:
    [(where, what)] = problems_of("format = 7\n")
    assert where == "format"
    assert "format 7" in what and "format 2" in what


def test_wrong_type_names_key_path_and_expectation() -> None:
    problems = problems_of(
        "format = 1\n[meta]\nadvanced = \"yes\"\n[[claims]]\nclaim = 'a'\n[[claims]]\nclaim = 'b'\nstatus = 'maybe'\n"
    )
    wheres = dict(problems)
    assert "meta.advanced" in wheres
    assert "boolean" in wheres["meta.advanced"]
    assert "claims[1].status" in wheres
    assert "'untested', 'supported' or 'falsified'" in wheres["claims[1].status"]


def test_unknown_key_lists_what_the_table_accepts() -> None:
    [(where, what)] = problems_of(
        "format = 1\n[failure_modes.deceptive-alignment]\nrelevence = 'applies'\n"
    )
    assert where == "failure_modes.deceptive-alignment.relevence"
    assert "unknown key" in what and "relevance, reason, mitigation" in what


def test_unknown_top_level_key() -> None:
    [(where, what)] = problems_of("format = 1\ntitle = 'x'\n")
    assert where == "title"
    assert "meta" in what


def test_unknown_id_is_an_error_with_a_suggestion() -> None:
    problems = problems_of(
        'format = 1\n[goal]\nclasses = ["pure-predicter"]\n', vocab=CORE_VOCABULARY
    )
    [(where, what)] = problems
    assert where == "goal.classes[0]"
    assert "'pure-predicter'" in what and "did you mean 'pure-predictor'" in what


def test_ids_must_be_kebab_case() -> None:
    [(where, what)] = problems_of("format = 1\n[triage.Some_Rule]\nstatus = 'open'\n")
    assert where == "triage"
    assert "kebab-case" in what


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "s.toml"
    path.write_bytes(b"format = 1\n[meta]\ntitle = '\xff'\n")
    with pytest.raises(StoryFileError) as caught:
        storefile.load(path)
    assert caught.value.problems == [("line 3", "the file is not UTF-8 text")]


def test_failed_load_leaves_file_untouched(tmp_path: Path) -> None:
    bad = 'format = 1\n[meta]\nadvanced = "yes"\n'
    path = write(tmp_path, bad)
    with pytest.raises(StoryFileError):
        storefile.load(path)
    assert path.read_text() == bad


def test_save_refuses_to_overwrite_an_invalid_file(tmp_path: Path) -> None:
    bad = "format = 1\n[meta\n"
    path = write(tmp_path, bad)
    with pytest.raises(StoryFileError) as caught:
        storefile.save(Story(), path)
    assert "refusing to overwrite" in str(caught.value)
    assert path.read_text() == bad
    assert not (tmp_path / "story.toml.bak").exists()


def test_save_refuses_to_overwrite_a_newer_format(tmp_path: Path) -> None:
    newer = "format = 3\n[meta]\ntitle = 'from the future'\n"
    path = write(tmp_path, newer)
    with pytest.raises(StoryFileError) as caught:
        storefile.save(Story(), path)
    assert "format 3" in str(caught.value)
    assert path.read_text() == newer


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only directories")
def test_failed_save_in_read_only_directory_keeps_file(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD)
    story = storefile.load(path)
    changed = story.model_copy(update={"meta": story.meta.model_copy(update={"title": "New"})})
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(StoryFileError) as caught:
            storefile.save(changed, path)
        assert "cannot save" in str(caught.value)
    finally:
        tmp_path.chmod(0o700)
    assert path.read_text() == GOOD
    assert [p.name for p in tmp_path.iterdir()] == ["story.toml"]


def test_failed_save_into_missing_directory(tmp_path: Path) -> None:
    target = tmp_path / "no-such-dir" / "story.toml"
    with pytest.raises(StoryFileError) as caught:
        storefile.save(Story(), target)
    assert "cannot save" in str(caught.value)
    assert not target.parent.exists()


def test_failed_save_into_a_file_as_directory(tmp_path: Path) -> None:
    # Works for root too: a regular file cannot hold a directory entry.
    blocker = write(tmp_path, "not a directory", name="blocker")
    with pytest.raises(StoryFileError) as caught:
        storefile.save(Story(), blocker / "story.toml")
    assert "cannot save" in str(caught.value)
    assert blocker.read_text() == "not a directory"


def test_unchanged_story_saves_byte_identical(tmp_path: Path) -> None:
    path = tmp_path / "story.toml"
    first, _ = storefile.save(storefile.parse(GOOD), path)
    before = path.read_bytes()
    stat_before = path.stat().st_mtime_ns
    again, _ = storefile.save(storefile.load(path), path)
    assert path.read_bytes() == before
    assert path.stat().st_mtime_ns == stat_before
    assert again.meta.updated == first.meta.updated


def test_updated_changes_only_with_content(tmp_path: Path) -> None:
    path = tmp_path / "story.toml"
    t1 = datetime(2026, 1, 1, tzinfo=UTC)
    t2 = datetime(2026, 2, 1, tzinfo=UTC)
    saved, _ = storefile.save(storefile.parse(GOOD), path, now=t1)
    assert saved.meta.created == saved.meta.updated == t1
    same, _ = storefile.save(saved, path, now=t2)
    assert same.meta.updated == t1
    changed = same.model_copy(update={"claims": [Claim(claim="No planning.")]})
    newer, _ = storefile.save(changed, path, now=t2)
    assert newer.meta.updated == t2
    assert newer.meta.created == t1


def test_previous_version_is_kept_as_backup(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD)
    story = storefile.load(path)
    changed = story.model_copy(update={"claims": [Claim(claim="x")]})
    storefile.save(changed, path)
    assert (tmp_path / "story.toml.bak").read_text() == GOOD
    assert storefile.load(path).claims == [Claim(id="x", claim="x")]  # saved with its id


def test_multiline_texts_are_toml_multiline_strings(tmp_path: Path) -> None:
    path = tmp_path / "story.toml"
    storefile.save(storefile.parse(GOOD), path)
    text = path.read_text()
    assert 'specification = """\nA value function over rack temperatures,\n' in text


def test_key_order_follows_the_format() -> None:
    story = storefile.parse(
        "format = 1\n[interview]\nat = 'x'\n[[claims]]\nclaim = 'c'\n[goal]\ndesirability = 'd'\n"
        "[meta]\ntitle = 't'\n"
    )
    text = storefile.dumps(story)
    order = [text.index(k) for k in ("format", "[meta]", "[goal]", "[[claims]]", "[interview]")]
    assert order == sorted(order)


def test_conflict_when_file_changed_on_disk(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD)
    story, fingerprint = storefile.load_with_fingerprint(path)
    edited_elsewhere = GOOD.replace("Cooling controller", "Edited in vim")
    path.write_text(edited_elsewhere)
    with pytest.raises(ConflictError) as caught:
        storefile.save(
            story.model_copy(update={"claims": [Claim(claim="x")]}), path, expected=fingerprint
        )
    assert "changed on disk" in str(caught.value)
    assert path.read_text() == edited_elsewhere


def test_no_temporary_files_left_behind(tmp_path: Path) -> None:
    path = tmp_path / "story.toml"
    for title in ("a", "b", "c"):
        storefile.save(Story.model_validate({"meta": {"title": title}}), path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["story.toml", "story.toml.bak"]


def test_save_keeps_file_mode(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD)
    path.chmod(0o640)
    storefile.save(Story.model_validate({"meta": {"title": "changed"}}), path)
    assert path.stat().st_mode & 0o777 == 0o640


def test_missing_file_and_directory_messages(tmp_path: Path) -> None:
    with pytest.raises(StoryFileError, match="no such file"):
        storefile.load(tmp_path / "nope.toml")
    with pytest.raises(StoryFileError, match="is a directory"):
        storefile.load(tmp_path)


@pytest.mark.parametrize("failing", ["mkstemp", "replace"])
def test_permission_denied_mid_save_keeps_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    # CI runs as root, for whom a read-only directory is writable: simulate the refusal
    # at each step the operating system could refuse.
    path = write(tmp_path, GOOD)
    changed = storefile.load(path).model_copy(update={"claims": [Claim(claim="x")]})

    def deny(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    # atomicwrite calls them through these modules; patching the module attribute reaches it.
    target: object = tempfile if failing == "mkstemp" else os
    monkeypatch.setattr(target, failing, deny)
    with pytest.raises(StoryFileError) as caught:
        storefile.save(changed, path)
    monkeypatch.undo()
    assert "cannot save: Permission denied" in str(caught.value)
    assert path.read_text() == GOOD
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_moving_between_questions_changes_neither_updated_nor_backup(tmp_path: Path) -> None:
    path = tmp_path / "story.toml"
    t1 = datetime(2026, 1, 1, tzinfo=UTC)
    first, _ = storefile.save(storefile.parse(GOOD), path, now=t1)
    changed = first.model_copy(update={"claims": [Claim(claim="x")]})
    second, _ = storefile.save(changed, path, now=datetime(2026, 1, 2, tzinfo=UTC))
    backup = (tmp_path / "story.toml.bak").read_bytes()
    moved = second.model_copy(
        update={"interview": second.interview.model_copy(update={"at": "specification"})}
    )
    third, _ = storefile.save(moved, path, now=datetime(2026, 1, 3, tzinfo=UTC))
    assert storefile.load(path).interview.at == "specification"
    assert third.meta.updated == second.meta.updated
    assert (tmp_path / "story.toml.bak").read_bytes() == backup


def test_saving_through_a_symlink_writes_the_file_it_points_to(tmp_path: Path) -> None:
    real_dir = tmp_path / "repo"
    real_dir.mkdir()
    real = write(real_dir, GOOD)
    link = tmp_path / "story.toml"
    link.symlink_to(real)
    story, fingerprint = storefile.load_with_fingerprint(link)
    changed = story.model_copy(update={"claims": [Claim(claim="through the link")]})
    storefile.save(changed, link, expected=fingerprint)
    assert link.is_symlink() and link.resolve() == real
    assert storefile.load(real).claims[0].claim == "through the link"
    # The backup sits beside the file itself, and holds the version before.
    assert (real_dir / "story.toml.bak").read_text() == GOOD
    assert not (tmp_path / "story.toml.bak").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["repo", "story.toml"]


def test_a_backup_name_that_is_a_link_is_replaced_not_written_through(tmp_path: Path) -> None:
    """A story sent with ``story.toml.bak`` linking to a file of the user's: the backup
    storybuilder writes must replace the link, never the file it points to."""
    victim = tmp_path / "home" / ".bashrc"
    victim.parent.mkdir()
    victim.write_text("the user's own file\n")
    repo = tmp_path / "repo"
    repo.mkdir()
    path = write(repo, GOOD)
    (repo / "story.toml.bak").symlink_to(victim)
    story, fingerprint = storefile.load_with_fingerprint(path)
    changed = story.model_copy(update={"claims": [Claim(claim="x")]})
    storefile.save(changed, path, expected=fingerprint)  # format 1 -> 2: a backup is made
    assert victim.read_text() == "the user's own file\n"
    backup = repo / "story.toml.bak"
    assert not backup.is_symlink() and backup.read_text() == GOOD


def test_export_through_a_symlink_keeps_the_link(tmp_path: Path) -> None:
    real = write(tmp_path, "old", name="real.md")
    link = tmp_path / "story.md"
    link.symlink_to(real)
    storefile.write_text_atomic(link, "new")
    assert link.is_symlink() and real.read_text() == "new"


@pytest.mark.parametrize("mode", [0o444, 0o400], ids=["0444", "0400"])
def test_a_read_only_story_is_never_replaced(tmp_path: Path, mode: int) -> None:
    path = write(tmp_path, GOOD)
    path.chmod(mode)
    story, fingerprint = storefile.load_with_fingerprint(path)
    changed = story.model_copy(update={"claims": [Claim(claim="x")]})
    with pytest.raises(StoryFileError, match="read-only") as caught:
        storefile.save(changed, path, expected=fingerprint)
    assert str(path) in str(caught.value)
    assert path.read_text() == GOOD
    assert path.stat().st_mode & 0o777 == mode
    assert sorted(p.name for p in tmp_path.iterdir()) == ["story.toml"]
    with pytest.raises(StoryFileError, match="read-only"):
        storefile.write_text_atomic(path, "export")
    assert path.read_text() == GOOD


def test_a_read_only_file_behind_a_symlink_is_not_replaced(tmp_path: Path) -> None:
    real = write(tmp_path, GOOD, name="real.toml")
    real.chmod(0o444)
    link = tmp_path / "story.toml"
    link.symlink_to(real)
    with pytest.raises(StoryFileError, match="read-only"):
        storefile.save(storefile.parse(GOOD.replace("Cooling", "Heating")), link)
    assert link.is_symlink() and real.read_text() == GOOD


RACER = r"""
import sys
from pathlib import Path
from storybuilder import storefile

path, name, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
sys.stdin.readline()  # start together
won = 0
for i in range(count):
    story, fingerprint = storefile.load_with_fingerprint(path)
    authors = [*story.meta.authors, f"{name}-{i}"]
    changed = story.model_copy(update={"meta": story.meta.model_copy(update={"authors": authors})})
    try:
        storefile.save(changed, path, expected=fingerprint)
    except storefile.ConflictError:
        continue
    won += 1
    print(f"{name}-{i}", flush=True)
"""


def test_concurrent_saves_from_the_same_base_lose_no_update(tmp_path: Path) -> None:
    """Processes each load, add one author and save, many times at once.

    Every save that reports success must be in the final file: of two saves from the
    same version, the second must get the conflict, not silently drop the first.
    """
    import subprocess
    import sys

    path = write(tmp_path, "format = 1\n")
    racers = [
        subprocess.Popen(
            [sys.executable, "-c", RACER, str(path), name, "150"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for name in ("a", "b", "c")
    ]
    for racer in racers:
        assert racer.stdin is not None
        racer.stdin.write("go\n")
        racer.stdin.flush()
    reported: list[str] = []
    for racer in racers:
        out, _ = racer.communicate(timeout=120)
        assert racer.returncode == 0
        reported += out.split()
    final = storefile.load(path).meta.authors
    lost = sorted(set(reported) - set(final))
    assert reported, "no save succeeded"
    assert lost == [], f"{len(lost)} of {len(reported)} successful saves were lost"
    assert sorted(final) == sorted(reported)


def test_saving_over_our_own_file_does_not_parse_it_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "story.toml"
    saved, fingerprint = storefile.save(Story(meta={"title": "First"}), path)
    parsed: list[object] = []
    real = storefile.parse

    def counting(*args: object, **kwargs: object) -> Story:
        parsed.append(args)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(storefile, "parse", counting)
    moved = saved.model_copy(update={"interview": saved.interview.model_copy(update={"at": "x"})})
    again, fingerprint = storefile.save(moved, path, expected=fingerprint, known=saved)
    assert not parsed
    assert again.meta.updated == saved.meta.updated  # the same content: not a new version
    changed = again.model_copy(update={"meta": again.meta.model_copy(update={"title": "Two"})})
    path.write_text('format = 1\n[meta]\ntitle = "Elsewhere"\n', encoding="utf-8")
    with pytest.raises(ConflictError):  # what we know of the file is not what it holds
        storefile.save(changed, path, expected=fingerprint, known=again)
