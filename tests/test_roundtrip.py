"""Property: any valid story survives save, load, save byte-identical."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from storybuilder import storefile
from storybuilder.story import Story
from tests.strategies import stories


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stories())
def test_dumps_parse_round_trip(story: Story) -> None:
    text = storefile.dumps(story)
    again = storefile.parse(text)
    assert again == story
    assert storefile.dumps(again) == text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stories())
def test_save_load_save_is_identical(story: Story) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "story.toml"
        saved, _ = storefile.save(story, path)
        first = path.read_bytes()
        loaded = storefile.load(path)
        assert loaded == saved
        storefile.save(loaded, path)
        assert path.read_bytes() == first
