"""Queries: pure functions of (workspace, as-of date) — who owes what, what is late.

``status`` judges every obligation, ``judged`` holds its verdicts, ``lists`` turns them into
the overdue/upcoming/units/assignments answers, ``unitlookup`` finds a unit however it is
written.  May import the stages below it (``checks``, ``reading``, ``timeexpr``, ``model``);
never drafts, rendering, editing, caches or the command line.
"""
