"""The code behind the critic's rules, for what a bank's data cannot say by itself.

A new open-problem rule goes in the question bank (``question_banks/core.toml``) as a
condition over story fields and prose, using the bank's concepts. Only when a condition
cannot express it does it become a named check here: :mod:`.arguments` for checks that
read an argument (dismissals, verdicts, labels), :mod:`.checks` for checks over each item
of a list (claims, sensitivity rows), both registered in ``checks.CHECKS``. They share
:mod:`.reading` (whole words, negation, quotes) and :mod:`.mechanism` (is a goal
specification mechanistic?), and receive a :class:`.context.Context`.
"""
