"""A seeded mutator of plan and progress files, and the one question asked of every mutant:
did reading and checking it raise, or give a message that does not point at a real place?

Used by tests/test_reading_fuzz.py (a few hundred mutants, in CI) and by
benchmarks/fuzz_reading.py (ten thousand, run by hand).
"""

from __future__ import annotations

import random
import shutil
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).parent
BASE = HERE / "fixtures" / "recording"
EXTRA_PLANS = (HERE.parent / "src" / "kehoach_cli" / "data" / "init" / "plans" / "vi-du.yaml",)
SEEDS = (BASE / "plans" / "kh-thu.yaml", BASE / "progress" / "2023-08" / "phong-a.yaml",
         *EXTRA_PLANS)
SCALARS = ("1", "-3", "true", "~", "null", "[]", "{}", "''", '""', "2023-13-01", "2023-02-30",
           "!!timestamp 2023", "!!int x", "!!binary ###", "!!python/object:os.system x",
           "&a x", "*a", "*nope", "- x", "? x", "|", ">-", "'x", '"x', "[a, b", "{a: 1",
           "1e999", "9" * 5000, "0x1F", "0o17", ".inf", "=", "<<", "@x", "`x", "%YAML 1.1",
           "2023-08", "8/2023", "tháng 13/2023", "hoàn thành", "\"\\x01\"", "\"\\e[2J\"",
           "\"\\N\"", "\"\\uD800\"", "a: b: c", "#", "---", "...")
CHARS = ("\x00", "\x01", "\x07", "\x0c", "\x1b", "\x7f", "\x85", "\u2028", "\u2029", "\t",
         "\r", "\ufeff", "\ufffe", "\u200b", "\u0301", ":", "-", "#", "'", '"', "\\", "{", "[",
         "&", "*", "!", "|", ">", "\n", " ")


def _lines(text: str) -> list[str]:
    return text.split("\n")


def _delete(rng: random.Random, text: str) -> str:
    lines = _lines(text)
    del lines[rng.randrange(len(lines))]
    return "\n".join(lines)


def _duplicate(rng: random.Random, text: str) -> str:
    lines = _lines(text)
    i = rng.randrange(len(lines))
    lines.insert(i, lines[i])
    return "\n".join(lines)


def _swap(rng: random.Random, text: str) -> str:
    lines = _lines(text)
    i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
    lines[i], lines[j] = lines[j], lines[i]
    return "\n".join(lines)


def _retype(rng: random.Random, text: str) -> str:
    lines = _lines(text)
    candidates = [i for i, line in enumerate(lines) if ": " in line or line.lstrip().startswith("- ")]
    if not candidates:
        return text
    i = rng.choice(candidates)
    line = lines[i]
    cut = line.index(": ") + 2 if ": " in line else line.index("- ") + 2
    lines[i] = line[:cut] + rng.choice(SCALARS)
    return "\n".join(lines)


def _insert_char(rng: random.Random, text: str) -> str:
    at = rng.randrange(len(text) + 1)
    return text[:at] + rng.choice(CHARS) + text[at:]


def _truncate(rng: random.Random, text: str) -> str:
    return text[: rng.randrange(len(text) + 1)]


def _indent(rng: random.Random, text: str) -> str:
    lines = _lines(text)
    i = rng.randrange(len(lines))
    lines[i] = (" " * rng.choice((1, 2, 3))) + lines[i] if rng.random() < 0.5 else lines[i].lstrip()
    return "\n".join(lines)


def _strip_final_newline(rng: random.Random, text: str) -> str:
    return text.rstrip("\n")


MUTATIONS: tuple[Callable[[random.Random, str], str], ...] = (
    _delete, _duplicate, _swap, _retype, _retype, _insert_char, _insert_char, _truncate,
    _indent, _strip_final_newline)


def mutate(rng: random.Random, text: str) -> bytes:
    """One to three mutations; sometimes a flipped byte, which may break UTF-8."""
    for _ in range(rng.randint(1, 3)):
        text = rng.choice(MUTATIONS)(rng, text) or text
    data = text.encode("utf-8", "surrogatepass")
    if data and rng.random() < 0.05:
        at = rng.randrange(len(data))
        data = data[:at] + bytes([data[at] ^ (1 << rng.randrange(8))]) + data[at + 1:]
    return data


@dataclass
class Outcome:
    mutants: int = 0
    with_problems: int = 0
    problems: int = 0
    failures: list[str] = field(default_factory=list)


def _workspace(tmp: Path) -> Path:
    root = tmp / "ws"
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(BASE, root)
    for extra in EXTRA_PLANS:
        shutil.copyfile(extra, root / "plans" / extra.name)
    return root


def _target(root: Path, seed: Path) -> Path:
    if seed.parent.name == "2023-08":
        return root / "progress" / "2023-08" / seed.name
    return root / "plans" / seed.name


def run(count: int, seed: int, tmp: Path) -> Outcome:
    """Read and check ``count`` mutants (one file of the workspace mutated each time)."""
    from kehoach_cli.checks import run_checks
    from kehoach_cli.reading.loading import load_workspace
    from kehoach_cli.render.reporters import Display, text

    rng = random.Random(seed)
    root = _workspace(tmp)
    originals = {path: path.read_text(encoding="utf-8") for path in SEEDS}
    outcome = Outcome()
    for n in range(count):
        source = rng.choice(SEEDS)
        target = _target(root, source)
        data = mutate(rng, originals[source])
        target.write_bytes(data)
        try:
            problems = run_checks(load_workspace(root))
            text(problems, Display(root, cwd=root))
            outcome.failures += _unlocated(root, problems, n)
        except Exception:  # the very thing this looks for
            outcome.failures.append(f"mutant {n} of {source.name}: {traceback.format_exc()}"
                                    f"\n--- mutant ---\n{data!r}")
        outcome.mutants += 1
        outcome.problems += len(problems)
        outcome.with_problems += bool(problems)
        target.write_text(originals[source], encoding="utf-8")
    return outcome


def _unlocated(root: Path, problems: list[object], n: int) -> list[str]:
    """Messages that do not point at a real line and column of a workspace file, or that
    are not one plain line (libyaml's "position N", a second line, a Python repr)."""
    from kehoach_cli.problems import Problem

    bad = []
    for p in problems:
        assert isinstance(p, Problem)
        path = root / p.source.file
        lines = path.read_bytes().split(b"\n") if path.is_file() else []
        if lines and lines[-1] == b"" and len(lines) > 1:
            lines.pop()
        message = p.message
        located = path.is_file() and 1 <= p.source.line <= max(1, len(lines)) and p.source.col >= 1
        plain = "\n" not in message and "position " not in message and "Traceback" not in message
        if not (located and plain):
            bad.append(f"mutant {n}: {p.source} {p.code}: {message!r} ({len(lines)} lines)")
    return bad
