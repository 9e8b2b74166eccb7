"""The declared id closest to an unknown one, for "did you mean …?": difflib's answer, sooner.

``difflib.get_close_matches(ref, known, n=1)`` works out the full similarity of every id that
passes its two cheap bounds, and ids of one province look alike ("kh-cam-pha-01-2023-t012"),
so nearly all pass: a quarter of a second for each unknown reference among 10,000 tasks, 96 s
of a ``validate`` where one rejected plan left 263 records naming 80 of its tasks (now 5.7 s).
Here the cheap bound of each id is worked out first and the full similarity only in
decreasing order of that bound, stopping once no id left can beat the best found (the
similarity never exceeds the bound); the answer, ties included, is difflib's
(``tests/test_checks_closest.py`` compares them).  Answers are remembered for the last few
sets of ids: a rejected plan's task ids come back in record after record.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

CUTOFF = 0.6  # difflib's own default: below it, a suggestion misleads more than it helps
# The last few sets of declared ids asked about (units, tasks…), each with its answers so far.
_SEEN: list[tuple[frozenset[str], dict[str, str | None]]] = []
_KEEP = 4


def closest(ref: str, known: Iterable[str]) -> str | None:
    """What ``get_close_matches(ref, known, n=1, cutoff=CUTOFF)`` finds, or None."""
    names = frozenset(known)
    answers = next((found for seen, found in _SEEN if seen == names), None)
    if answers is None:
        answers = {}
        _SEEN[:] = [*_SEEN[1 - _KEEP:], (names, answers)]
    if ref not in answers:
        answers[ref] = _search(ref, names)
    return answers[ref]


def _search(ref: str, known: frozenset[str]) -> str | None:
    matcher = difflib.SequenceMatcher()
    matcher.set_seq2(ref)  # as difflib does: the word is the second sequence, its counts kept
    bounded = []
    for candidate in known:
        matcher.set_seq1(candidate)
        if matcher.real_quick_ratio() >= CUTOFF:
            bound = matcher.quick_ratio()
            if bound >= CUTOFF:
                bounded.append((bound, candidate))
    bounded.sort(reverse=True)
    best: tuple[float, str] | None = None
    for bound, candidate in bounded:
        if best is not None and bound < best[0]:
            break  # no candidate left can score above the best, nor tie with it
        matcher.set_seq1(candidate)
        score = matcher.ratio()
        if score >= CUTOFF and (best is None or (score, candidate) > best):
            best = (score, candidate)  # difflib keeps the largest (score, id): so do we
    return None if best is None else best[1]
