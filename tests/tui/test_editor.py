"""The wizard's story editor without a screen: saving, conflicts, triage, export."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from storybuilder.story import Claim, Problem, ProblemStatus, Story
from storybuilder.tui.editor import StoryEditor

from .helpers import read_toml


def test_save_keeps_the_fingerprint_for_the_next_save(editor: StoryEditor) -> None:
    editor.interview.answer("First")
    assert editor.dirty
    assert editor.save().ok
    assert not editor.dirty
    editor.interview.answer("Second")
    assert editor.save().ok  # no conflict with our own previous save
    assert read_toml(editor.path)["meta"]["title"] == "Second"


def test_a_change_on_disk_is_a_conflict_and_nothing_is_written(editor: StoryEditor) -> None:
    editor.path.write_text('format = 1\n[meta]\ntitle = "Edited by hand"\n', encoding="utf-8")
    editor.interview.answer("Mine")
    result = editor.save()
    assert result.conflict and not result.ok
    assert read_toml(editor.path)["meta"]["title"] == "Edited by hand"
    # Overwrite on request.
    assert editor.save(overwrite=True).ok
    assert read_toml(editor.path)["meta"]["title"] == "Mine"


def test_reload_takes_the_disk_version(editor: StoryEditor) -> None:
    editor.path.write_text(
        'format = 1\n[meta]\ntitle = "From disk"\n[interview]\nbank = "mini"\n', encoding="utf-8"
    )
    editor.interview.answer("Mine")
    editor.drafts["authors"] = "draft"
    editor.reload()
    assert editor.story.meta.title == "From disk"
    assert not editor.drafts
    assert editor.save().ok  # the fingerprint is the disk version's


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write into read-only folders")
def test_a_read_only_folder_fails_with_a_message_and_keeps_the_answer(
    editor: StoryEditor,
) -> None:
    folder = editor.path.parent
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        editor.interview.answer("Kept in memory")
        result = editor.save()
    finally:
        folder.chmod(stat.S_IRWXU)
    assert not result.ok and not result.conflict
    assert result.error and "cannot save" in result.error
    assert editor.story.meta.title == "Kept in memory"


def test_triage_is_stored_and_open_without_note_clears_it(editor: StoryEditor) -> None:
    editor.set_triage("claim-without-test", ProblemStatus.ACCEPTED, "  later  ")
    assert editor.story.triage["claim-without-test"].note == "later"
    editor.set_triage("claim-without-test", ProblemStatus.OPEN, "")
    assert "claim-without-test" not in editor.story.triage


def test_authored_problem_status(new_editor: Callable[..., StoryEditor]) -> None:
    editor = new_editor(Story(problems=[Problem(title="Mine")]))
    editor.set_authored_status(0, ProblemStatus.ADDRESSED)
    assert editor.story.problems[0].status is ProblemStatus.ADDRESSED
    assert [p.status for p in editor.problems() if p.rule is None] == [ProblemStatus.ADDRESSED]


def test_problems_map_to_sections_and_questions(new_editor: Callable[..., StoryEditor]) -> None:
    editor = new_editor(Story(claims=[Claim(claim="No planning")]))
    problems = editor.problems()
    assert [p.rule for p in problems] == ["claim-without-test"]
    assert editor.section_of(problems[0]) == "claims"
    question = editor.question_for(problems[0])
    assert question is not None and question.id == "claims"
    about_a_mode = problems[0]._replace(source="failure_modes.deceptive-alignment", refs=())
    assert editor.section_of(about_a_mode) == "goal"
    about_the_story = problems[0]._replace(source=None, refs=())
    assert editor.section_of(about_the_story) is None
    assert editor.question_for(about_the_story) is None


def test_export_writes_markdown_next_to_the_story(editor: StoryEditor) -> None:
    editor.interview.answer("Exported story")
    path = editor.export()
    assert path == editor.path.with_suffix(".md")
    assert path.read_text(encoding="utf-8").count("# Exported story") == 1


def test_preview_leaves_out_front_matter_and_diagram(editor: StoryEditor) -> None:
    editor.interview.answer("Previewed")
    preview = editor.render_preview()
    assert not preview.startswith("---")
    assert "```mermaid" not in preview
    assert "# Previewed" in preview


def test_export_path_is_beside_the_story(tmp_path: Path, editor: StoryEditor) -> None:
    assert editor.export_path == tmp_path / "story.md"


def test_a_missing_folder_fails_with_a_message_and_keeps_the_answer(
    editor: StoryEditor, tmp_path: Path
) -> None:
    editor.path = tmp_path / "gone" / "story.toml"
    editor.interview.answer("Kept in memory")
    result = editor.save()
    assert not result.ok and not result.conflict
    assert result.error and "cannot save" in result.error
    assert editor.story.meta.title == "Kept in memory"
    assert editor.dirty


# -- drafts: unconfirmed edits survive a crash, and never enter the story ------------


def reopen(editor: StoryEditor) -> StoryEditor:
    """The story opened afresh, as `storybuilder edit` does after a crash."""
    from storybuilder.session import open_story

    from .conftest import MINI_BANK

    return StoryEditor(open_story(editor.path, MINI_BANK), MINI_BANK)


def test_drafts_go_to_a_side_file_and_come_back_on_reopening(editor: StoryEditor) -> None:
    story_before = editor.path.read_bytes()
    editor.set_draft("title", "Half-typed tit")
    assert editor.write_drafts()
    side = editor.drafts_path
    assert side == editor.path.with_name(".story.toml.drafts")
    assert "Half-typed tit" in side.read_text(encoding="utf-8")
    assert editor.path.read_bytes() == story_before  # never mixed into the story

    again = reopen(editor)  # the first editor is gone, as after SIGKILL
    assert again.drafts == {"title": "Half-typed tit"}
    assert again.restored_drafts == {"title"}
    assert again.story.meta.title is None


def test_the_side_file_goes_once_the_draft_is_confirmed_or_dropped(editor: StoryEditor) -> None:
    editor.set_draft("title", "Draft")
    editor.set_draft("authors", "Ada")
    editor.write_drafts()
    editor.interview.answer("Draft")
    editor.drop_draft("title")
    assert editor.save().ok
    assert read_toml(editor.path)["meta"]["title"] == "Draft"
    assert '"title"' not in editor.drafts_path.read_text(encoding="utf-8")
    editor.drop_draft("authors")  # abandoned (Esc)
    assert editor.write_drafts()
    assert not editor.drafts_path.exists()
    assert reopen(editor).drafts == {}


def test_an_answer_that_cannot_be_saved_is_kept_as_a_draft(editor: StoryEditor) -> None:
    editor.path.write_text('format = 1\n[interview]\nbank = "mini"\n', encoding="utf-8")
    editor.interview.answer("Mine")
    result = editor.save()
    assert result.conflict
    # Not in the story file (that is the conflict), but not only in memory either.
    assert reopen(editor).drafts == {"title": "Mine"}


def test_unreadable_drafts_are_moved_aside_not_overwritten(editor: StoryEditor) -> None:
    editor.drafts_path.write_text("{not json", encoding="utf-8")
    again = reopen(editor)
    assert again.drafts_problem is not None and "unreadable" in again.drafts_problem
    aside = editor.drafts_path.with_name(".story.toml.drafts.unreadable")
    assert aside.read_text(encoding="utf-8") == "{not json"


def test_a_drafts_name_that_is_a_link_is_replaced_not_written_through(
    editor: StoryEditor, tmp_path: Path
) -> None:
    """A story sent with ``.story.toml.drafts`` linking to a file of the user's (here
    one not there yet, such as ``~/.ssh/authorized_keys``): drafts replace the link."""
    victim = tmp_path / "home" / ".ssh" / "authorized_keys"
    victim.parent.mkdir(parents=True)
    editor.drafts_path.symlink_to(victim)
    again = reopen(editor)
    again.set_draft("title", "Half-typed")
    assert again.write_drafts()
    assert not victim.exists()
    assert not again.drafts_path.is_symlink()
    assert reopen(again).drafts == {"title": "Half-typed"}


@pytest.mark.parametrize("kind", ["device", "deep"])
def test_a_drafts_file_that_cannot_be_read_does_not_stop_the_story_opening(
    editor: StoryEditor, kind: str
) -> None:
    if kind == "device":
        editor.drafts_path.symlink_to("/dev/zero")  # read, it would never end
    else:
        nested = "[" * 100_000 + "]" * 100_000
        editor.drafts_path.write_text(f'{{"format": 1, "drafts": {{"title": {nested}}}}}')
    again = reopen(editor)
    assert again.drafts == {}
    assert again.drafts_problem is not None and "unreadable" in again.drafts_problem


def test_a_read_only_story_is_reported_and_can_be_saved_as(
    editor: StoryEditor, tmp_path: Path
) -> None:
    assert editor.write_problem() is None
    editor.path.chmod(0o444)
    assert editor.write_problem() == "the file is read-only"
    before = editor.path.read_bytes()
    editor.interview.answer("Mine")
    result = editor.save()
    assert not result.ok and result.error is not None and "read-only" in result.error
    assert editor.path.read_bytes() == before
    copy = tmp_path / "copy.toml"
    assert editor.save_as(copy).ok
    assert editor.path == copy and read_toml(copy)["meta"]["title"] == "Mine"
    assert editor.write_problem() is None
    assert not editor.drafts_path.exists()


def test_a_folder_that_cannot_be_written_is_reported(
    editor: StoryEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Root may write anywhere: simulate the folder's refusal.
    folder = str(editor.path.parent)
    real_access = os.access

    def access(path: object, mode: int) -> bool:
        return False if str(path) == folder else real_access(path, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    problem = editor.write_problem()
    assert problem is not None and "not writable" in problem and folder in problem
