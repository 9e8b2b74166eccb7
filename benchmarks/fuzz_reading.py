"""Read and check ten thousand mutants of the bundled plan and progress files, once, by hand
(the suite runs a few hundred: tests/test_reading_fuzz.py).

    PYTHONPATH=src:tests python benchmarks/fuzz_reading.py [COUNT] [SEED]

Prints how many mutants were read, how many had problems, how many problems in all, and every
uncaught exception or unlocated message (there should be none); exits 1 if there was any.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import mutants


def main(argv: list[str]) -> int:
    count = int(argv[0]) if argv else 10_000
    seed = int(argv[1]) if len(argv) > 1 else 14
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        outcome = mutants.run(count, seed, Path(tmp))
    for failure in outcome.failures:
        print(failure, end="\n\n")
    print(f"{outcome.mutants} mutants (seed {seed}), {outcome.with_problems} with problems, "
          f"{outcome.problems} problems, {len(outcome.failures)} failures "
          f"(uncaught or unlocated), {time.monotonic() - started:.0f} s")
    return 1 if outcome.failures else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
