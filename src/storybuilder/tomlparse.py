"""Reading TOML: tomli, the parser the standard library's ``tomllib`` is a copy of.

Its wheels are compiled (mypyc), and parse story files about three times as fast as
``tomllib``; the language (TOML 1.0: tomli 2.4 moved to 1.1), the values and the error
messages are the same. Every module reads TOML through here.
"""

from __future__ import annotations

from tomli import TOMLDecodeError as TOMLDecodeError
from tomli import loads as loads
