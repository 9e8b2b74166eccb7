"""A repeated question answered before the command line is parsed.

A warm query is a file read (``cache.results``), yet parsing its command line cost as much
again: importing typer and click and building the command took longer than replaying the
answer.  So when a query command's answer is remembered, the raw command line is remembered
too, with the question it asked (``results.Question``: the workspace, the command and its
arguments as parsed, the files it reads).  A later run with the same command line, in the same
folder, on the same day, in the same language, with the same kehoach and parser, asks that
question again without the parser; the answer is then found and checked exactly as
``results.answer`` finds and checks it (same key, same files).  Anything unexpected — no
entry, a damaged one, another workspace — means no shortcut: the run goes on as before.

Only what a command line can decide is in this key; what the answer depends on besides
(the files, templates, terminal) stays in ``results``' own key, recomputed on every replay.
"""

from __future__ import annotations

import contextlib
import os
from datetime import date
from pathlib import Path
from typing import Any

from kehoach_cli.cli.options import OPTIONS

FORMAT = 1
KEEP = 64
# The commands that answer through ``common.cached_answer``.
QUERIES = frozenset({"validate", "status", "overdue", "upcoming", "units", "assignments", "timeline",
                     "calendar", "report", "remind", "export"})
_PLAIN = (str, int, bool, type(None))


def replayed(args: list[str]) -> int | None:
    """The exit code of the answer replayed for ``args``, or None to run the command."""
    if not args or args[0] not in QUERIES or _completing():
        return None
    try:
        from kehoach_cli.cache import results

        directory = results.enabled()
        question = None if directory is None else _remembered(directory, args)
        hit = None if question is None else results.remembered(question)
    except Exception:  # a shortcut that fails is no shortcut
        return None
    if hit is None:
        return None
    try:
        results.write_out(hit[1])
    except BrokenPipeError:  # as ``main._dispatch`` treats it
        return 1
    return hit[0]


def remember(question: Any) -> None:
    """Called once the answer to ``question`` is stored: the command line of this run asked it."""
    from kehoach_cli.cache import entries, results

    args = list(OPTIONS.command_line)
    directory = results.enabled()
    data = _question_data(question)
    if directory is None or not args or args[0] not in QUERIES or data is None:
        return
    key = _key(args)
    with contextlib.suppress(Exception):  # a full disk, a read-only cache: no shortcut
        entries.write(_path(directory, key), {"key": key, "question": data}, b"", keep=KEEP)


def _remembered(directory: Path, args: list[str]) -> Any:
    from kehoach_cli.cache import entries
    from kehoach_cli.cache.results import Question
    from kehoach_cli.cli.common import workspace_root

    key = _key(args)
    found = entries.read(_path(directory, key))
    if found is None or found[0].get("key") != key:
        return None
    data = found[0].get("question")
    if type(data) is not list or len(data) != 4:
        return None
    root, command, arguments, inputs = data
    question = Question(Path(root), command, _tuples(arguments),
                        tuple(Path(p) for p in inputs))
    if _question_data(question) != data or question.root != workspace_root():
        return None
    return question


def _key(args: list[str]) -> str:
    """What decides the question a command line asks (``results`` adds the rest)."""
    from kehoach_cli.cache import workspace as cache
    from kehoach_cli.messages import language

    workspace = None if OPTIONS.workspace is None else str(OPTIONS.workspace)
    environment = sorted((k, v) for k, v in os.environ.items() if k.startswith("KEHOACH_"))
    return repr((FORMAT, cache.stamp(), _parser_stamp(), os.getcwd(), workspace, tuple(args),
                 language(), date.today().isoformat(), tuple(environment)))


def _parser_stamp() -> tuple[object, ...]:
    from kehoach_cli.cache.filetable import library_files

    return library_files(("typer",))


def _path(directory: Path, key: str) -> Path:
    from kehoach_cli.cache import entries
    from kehoach_cli.cache import workspace as cache

    return directory / f"ask-{cache.name_digest(key)}{entries.SUFFIX}"


def _question_data(question: Any) -> list[object] | None:
    """The question as plain data, or None when an argument is of a kind it cannot carry."""
    if not _carried(question.args):
        return None
    return [str(question.root), question.command, _lists(question.args),
            [str(p) for p in question.inputs]]


def _carried(value: object) -> bool:
    if type(value) is tuple:
        return all(_carried(v) for v in value)
    return type(value) in _PLAIN


def _lists(value: object) -> object:
    return [_lists(v) for v in value] if type(value) is tuple else value


def _tuples(value: object) -> Any:
    return tuple(_tuples(v) for v in value) if type(value) is list else value


def _completing() -> bool:
    from kehoach_cli.cli.completion import completing

    return completing()
