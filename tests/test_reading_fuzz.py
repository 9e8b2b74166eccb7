"""Fuzzing the reader: mutants of the bundled plan and progress files (lines deleted,
duplicated, swapped; scalars retyped; control characters, NUL, U+2028, tabs inserted; files
truncated; bytes flipped) must never raise and every message must point at a real line and
column in one plain line.  Seeded, so a failure names a mutant that can be replayed; ten
thousand of them run by hand with benchmarks/fuzz_reading.py."""

from __future__ import annotations

from pathlib import Path

import mutants

COUNT = 500


def test_mutants_never_raise_and_every_message_is_located(tmp_path: Path) -> None:
    outcome = mutants.run(COUNT, seed=20231, tmp=tmp_path)
    assert outcome.failures == []
    assert outcome.mutants == COUNT
    assert outcome.with_problems > COUNT // 2  # the mutator does break files


def test_the_mutator_is_deterministic() -> None:
    import random

    text = mutants.SEEDS[0].read_text(encoding="utf-8")
    first = [mutants.mutate(random.Random(7), text) for _ in range(3)]
    again = [mutants.mutate(random.Random(7), text) for _ in range(3)]
    assert first == again
    assert any(m != text.encode("utf-8") for m in first)
