"""A repeated command line replays its answer before the parser is imported (``cli/replay.py``);
whatever could change the answer still makes it computed again, byte for byte the same."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, run_cli

QUERIES = REPO / "tests" / "fixtures" / "queries"
AS_OF = ("--as-of", "2023-04-05")
# What a replay has no use for: the workspace decoder, OpenSSL, the problems and dataclasses.
HEAVY = ("msgspec", "hashlib", "dataclasses", "kehoach_cli.problems", "kehoach_cli.reading.loadtypes")
PROBE = (
    "import atexit, sys\n"
    f"HEAVY = {HEAVY!r}\n"
    "atexit.register(lambda: print('typer' in sys.modules, file=sys.stderr))\n"  # runs last
    "before = set(sys.modules)\n"
    "atexit.register(lambda: print(sorted(m for m in HEAVY if m in sys.modules and m not in before),"
    " file=sys.stderr))\n"
    "from kehoach_cli.cli.main import run\n"
    "run(sys.argv[1:])\n"
)


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KEHOACH_")}
    env.update({"PYTHONIOENCODING": "utf-8", "COLUMNS": "100", "NO_COLOR": "1",
                "KEHOACH_CACHE_DIR": str(tmp_path / "cache")})
    return env


def _probe(tmp_path: Path, cwd: Path, *args: str) -> tuple[int, str, bool]:
    """Exit code, output, and whether the parser (typer) was imported."""
    proc = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True,
                          encoding="utf-8", env=_env(tmp_path), cwd=cwd, timeout=120)
    return proc.returncode, proc.stdout, proc.stderr.strip().splitlines()[-1] == "True"


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    shutil.copytree(QUERIES, root)
    return root


def _asked(tmp_path: Path) -> list[str]:
    return sorted(p.name for p in (tmp_path / "cache").glob("ask-*"))


def test_a_replay_needs_no_decoder_library(ws: Path, tmp_path: Path) -> None:
    """Headers are JSON and answers framed bytes (``cache.entries``, ``results.framed``), the
    digest is ``_blake2``'s, the options a plain class: nothing in ``HEAVY`` is imported to
    replay (what the interpreter itself had loaded before does not count)."""
    _probe(tmp_path, ws, "overdue", *AS_OF)
    proc = subprocess.run([sys.executable, "-c", PROBE, "overdue", *AS_OF], capture_output=True,
                          text=True, encoding="utf-8", env=_env(tmp_path), cwd=ws, timeout=120)
    assert proc.stderr.strip().splitlines()[-2:] == ["[]", "False"]


def test_the_second_run_replays_without_the_parser(ws: Path, tmp_path: Path) -> None:
    first = _probe(tmp_path, ws, "overdue", *AS_OF)
    second = _probe(tmp_path, ws, "overdue", *AS_OF)
    assert first[2] and not second[2]
    assert first[:2] == second[:2]
    assert first[0] == 0 and first[1]
    # the same answer as a run that remembers nothing
    plain = run_cli("overdue", *AS_OF, cwd=ws, env={"KEHOACH_NO_RESULT_CACHE": "1",
                                                    "KEHOACH_CACHE_DIR": str(tmp_path / "c2")})
    assert plain.stdout == second[1]


def test_an_edited_file_is_computed_again(ws: Path, tmp_path: Path) -> None:
    _probe(tmp_path, ws, "status", "--json", *AS_OF)
    plan = next((ws / "plans").glob("*.yaml"))
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("title:", "title: Sửa", 1), encoding="utf-8")
    after = _probe(tmp_path, ws, "status", "--json", *AS_OF)
    assert after[2]  # parsed again: the remembered answer no longer holds
    fresh = run_cli("status", "--json", *AS_OF, cwd=ws,
                    env={"KEHOACH_NO_RESULT_CACHE": "1", "KEHOACH_CACHE_DIR": str(tmp_path / "c2")})
    assert after[1] == fresh.stdout


def test_other_words_are_another_question(ws: Path, tmp_path: Path) -> None:
    _probe(tmp_path, ws, "overdue", *AS_OF)
    other = _probe(tmp_path, ws, "overdue", "--json", *AS_OF)
    assert other[2]
    assert other[1].lstrip().startswith("{")
    assert len(_asked(tmp_path)) == 2


def test_another_folder_is_another_question(ws: Path, tmp_path: Path) -> None:
    _probe(tmp_path, ws, "overdue", *AS_OF)
    inside = _probe(tmp_path, ws / "plans", "overdue", *AS_OF)
    assert inside[2]  # same words, another folder: parsed (the workspace is found the same)
    assert inside[1] == _probe(tmp_path, ws, "overdue", *AS_OF)[1]


def test_a_damaged_shortcut_is_no_shortcut(ws: Path, tmp_path: Path) -> None:
    first = _probe(tmp_path, ws, "units", *AS_OF)
    for name in _asked(tmp_path):
        path = tmp_path / "cache" / name
        path.write_bytes(path.read_bytes()[:-3] + b"xyz")
    again = _probe(tmp_path, ws, "units", *AS_OF)
    assert again[2] and again[:2] == first[:2]


def test_a_file_written_with_o_is_never_a_shortcut(ws: Path, tmp_path: Path) -> None:
    out = tmp_path / "bc.md"
    args = ("report", "--month", "2023-03", *AS_OF, "-o", str(out))
    _probe(tmp_path, ws, *args)
    out.unlink()
    second = _probe(tmp_path, ws, *args)
    assert second[2] and out.is_file()
    assert _asked(tmp_path) == []


def test_a_template_change_is_seen_through_the_shortcut(ws: Path, tmp_path: Path) -> None:
    args = ("report", "--month", "2023-03", *AS_OF)
    first = _probe(tmp_path, ws, *args)
    assert not _probe(tmp_path, ws, *args)[2]
    (ws / "templates").mkdir(exist_ok=True)
    (ws / "templates" / "report_monthly.md.j2").write_text("MẪU RIÊNG {{ month }}\n", encoding="utf-8")
    changed = _probe(tmp_path, ws, *args)
    fresh = run_cli(*args, cwd=ws, env={"KEHOACH_NO_RESULT_CACHE": "1",
                                        "KEHOACH_CACHE_DIR": str(tmp_path / "c2")})
    assert changed[1] == fresh.stdout
    assert changed[1] != first[1]


WARNED = REPO / "tests" / "corpus" / "valid" / "unknown-date.yaml"  # one warning, exit 0


def _warned_workspace(tmp_path: Path) -> Path:
    root = tmp_path / "warned"
    (root / "plans" / "sub").mkdir(parents=True)
    shutil.copy(WARNED, root / "plans" / WARNED.name)
    return root


def test_a_passing_validate_is_replayed_where_it_was_asked(tmp_path: Path) -> None:
    """Its names are relative to the folder it runs in: from a subfolder it is another
    question, with its own names; each, asked again, is replayed byte for byte."""
    root = _warned_workspace(tmp_path)
    top = _probe(tmp_path, root, "validate")
    assert top[0] == 0 and top[1].startswith("plans/unknown-date.yaml:7:9: ")
    assert _probe(tmp_path, root, "validate") == (top[0], top[1], False)
    inside = _probe(tmp_path, root / "plans" / "sub", "validate")
    assert inside[2] and inside[1].startswith("../unknown-date.yaml:7:9: ")
    assert _probe(tmp_path, root / "plans" / "sub", "validate")[1:] == (inside[1], False)
    plain = run_cli("validate", cwd=root / "plans" / "sub")
    assert plain.stdout == inside[1]


def test_a_failing_or_narrowed_validate_runs_every_time(tmp_path: Path) -> None:
    root = _warned_workspace(tmp_path)
    named = ("validate", "plans/unknown-date.yaml")
    assert _probe(tmp_path, root, *named)[0] == 0
    assert _probe(tmp_path, root, *named)[2]  # a named file: checked again, never replayed
    bad = root / "plans" / "unknown-date.yaml"
    bad.write_text(bad.read_text(encoding="utf-8") + "  bogus: 1\n", encoding="utf-8")
    failed = _probe(tmp_path, root, "validate")
    assert failed[0] == 1 and _probe(tmp_path, root, "validate") == (*failed[:2], True)
