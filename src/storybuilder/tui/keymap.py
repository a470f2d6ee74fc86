"""The author's own keys, read from ``$XDG_CONFIG_HOME/storybuilder/keys.toml``.

Every binding of the wizard has an id; the file maps ids to keys::

    [keys]
    "interview.next" = "ctrl+j"
    "interview.skip" = "f4"

Unknown ids are ignored by Textual; an unreadable file is ignored with a notice.
"""

from __future__ import annotations

import os
from pathlib import Path

from storybuilder import tomlparse


def keymap_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "storybuilder" / "keys.toml"


def load_keymap(path: Path | None = None) -> tuple[dict[str, str], str | None]:
    """The keymap (binding id -> keys) and a problem to report, if any."""
    source = path or keymap_path()
    try:
        raw = tomlparse.loads(source.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}, None
    except (OSError, UnicodeDecodeError, tomlparse.TOMLDecodeError) as err:
        return {}, f"{source}: ignored ({err})"
    except RecursionError:
        return {}, f"{source}: ignored (nested too deeply)"
    keys = raw.get("keys", {})
    if not isinstance(keys, dict):
        return {}, f"{source}: [keys] must be a table of binding id = key"
    return {str(k): str(v) for k, v in keys.items() if isinstance(v, str)}, None
