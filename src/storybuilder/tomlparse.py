"""Reading TOML: every module reads it through here, with the standard library's tomllib.

One seam, so that the parser and its error type are named in one place (a faster
compiled build of the same parser, tomli, was measured at about 3x on story files; the
project's dependency policy keeps reading on the standard library).
"""

from __future__ import annotations

from tomllib import TOMLDecodeError as TOMLDecodeError
from tomllib import loads as loads
from typing import Any

FileRead = tuple[bytes, dict[str, Any]]
"""A TOML file's bytes and the tables of their text, as read once and handed on."""
