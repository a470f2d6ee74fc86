"""The minimal app (bench/minimal_app.py), started after pydantic is imported and one
small model is built and used to validate a record.

The wizard must validate a story with pydantic before it can show any of it (a file that
does not validate opens on an error screen instead), so this is the least any wizard
built on pydantic models can cost before its first question: the bench shows it beside
the wizard's rows, as the share of the 1.5x target that the dependency takes by itself.
"""

from __future__ import annotations

from minimal_app import MinimalApp  # run as a script: bench/ is on sys.path
from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr


class _Row(BaseModel):
    """A record about the size of one of a story's smaller tables."""

    model_config = ConfigDict(extra="forbid")
    title: StrictStr = ""
    count: StrictInt = 0
    notes: list[StrictStr] = Field(default_factory=list)


if __name__ == "__main__":
    _Row.model_validate({"title": "ready", "count": 1, "notes": ["a", "b"]})
    MinimalApp().run()
