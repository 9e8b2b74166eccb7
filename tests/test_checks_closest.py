"""The suggestion for an unknown id is difflib's, found without scoring every declared id."""

from __future__ import annotations

import difflib
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach_cli.checks.closest import closest

ALPHABET = "abc-t0123456789"


def _difflib(ref: str, known: set[str]) -> str | None:
    found = difflib.get_close_matches(ref, sorted(known), n=1, cutoff=0.6)
    return found[0] if found else None


def test_a_typo_gets_its_id_and_a_stranger_nothing() -> None:
    known = {"phong-vhtt", "phong-tc-kh", "ubnd-phuong-cam-trung"}
    assert closest("phong-vhttt", known) == "phong-vhtt"
    assert closest("zzz", known) is None


def test_ties_go_to_the_largest_id_as_in_difflib() -> None:
    """"bac" and "zab" both score 2·2/6 against "abc" (two letters of six in order), but "bac"
    has every letter of "abc" (bound 1.0) and "zab" two of three (bound 2/3): the search
    meets "bac" first, must still score "zab" (its bound equals the best score), and keeps
    the larger id, "zab", as difflib does."""
    assert closest("abc", {"bac", "zab"}) == "zab" == _difflib("abc", {"bac", "zab"})


def test_a_province_of_look_alike_ids() -> None:
    rng = random.Random(7)
    known = {f"kh-{d}-{p:02d}-2023-t{n:03d}" for d in ("cam-pha", "van-don", "ba-che")
             for p in range(1, 6) for n in range(1, 60)}
    for _ in range(40):
        ref = rng.choice(sorted(known))
        ref = ref[: rng.randrange(len(ref))] + rng.choice("xyz0") + ref[rng.randrange(len(ref)):]
        assert closest(ref, known) == _difflib(ref, known), ref


@settings(max_examples=300, deadline=None)
@given(st.text(ALPHABET, max_size=12), st.sets(st.text(ALPHABET, max_size=12), max_size=25))
def test_the_same_answer_as_difflib(ref: str, known: set[str]) -> None:
    assert closest(ref, known) == _difflib(ref, known)
