"""The Textual wizard: a view over the interview engine.

Only modules in this package import Textual; the core (story, storefile, bank, interview,
critic, render) never does. ``launch`` is the entry point the CLI calls.
"""
