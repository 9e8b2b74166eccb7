"""``kehoach record UNIT TASK --month M …``: add or update one progress entry from the shell.

This module turns what was typed into values (with a usage error, exit 2, for anything it
cannot read) and prints the outcome; ``recording`` does the editing and the safety checks.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from kehoach_cli.messages import t

if TYPE_CHECKING:
    from kehoach_cli.editing.entryedit import EntryChange, FigureChange
    from kehoach_cli.editing.recording import Edit
    from kehoach_cli.model import Task, Workspace
    from kehoach_cli.problems import Problem
    from kehoach_cli.render.reporters import Display

_STATES = {
    "hoan thanh": "hoàn thành", "da hoan thanh": "hoàn thành",
    "done": "hoàn thành", "completed": "hoàn thành",
    "dang thuc hien": "đang thực hiện", "dang trien khai": "đang thực hiện",
    "in progress": "đang thực hiện",
    "chua trien khai": "chưa triển khai", "chua thuc hien": "chưa triển khai",
    "chua bat dau": "chưa triển khai", "not started": "chưa triển khai",
}
_MAX_DIGITS = 15  # a count of people or models; more is a typing slip
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_FIGURE = re.compile(r"^\s*(?P<target>[^=\s]+)\s*=\s*(?P<value>\d+)\s*(?::(?P<note>.*))?$", re.S)


@dataclass(frozen=True)
class Typed:
    """The command line as typed, before anything is looked up."""

    unit: str
    task: str
    month: str
    milestone: str | None
    state: str | None
    completed: str | None
    submitted: str | None
    results: str | None
    figures: list[str]
    evidence: list[str]
    obstacles: str | None
    proposals: str | None
    dry_run: bool
    occurrence: str | None = None


def register(app: typer.Typer) -> None:
    @app.command(help=t("help.record"))
    def record(
        unit: str = typer.Argument(..., help=t("help.record_unit")),
        task: str = typer.Argument(..., help=t("help.record_task")),
        month: str = typer.Option(..., "--month", "-m", help=t("help.record_month")),
        milestone: str | None = typer.Option(None, "--milestone", help=t("help.record_milestone")),
        state: str | None = typer.Option(None, "--state", "-s", help=t("help.record_state")),
        completed: str | None = typer.Option(None, "--completed",
                                             help=t("help.record_completed")),
        submitted: str | None = typer.Option(None, "--submitted",
                                             help=t("help.record_submitted")),
        results: str | None = typer.Option(None, "--results", help=t("help.record_results")),
        figure: list[str] | None = typer.Option(None, "--figure", help=t("help.record_figure")),
        evidence: list[str] | None = typer.Option(None, "--evidence",
                                                  help=t("help.record_evidence")),
        obstacles: str | None = typer.Option(None, "--obstacles",
                                             help=t("help.record_obstacles")),
        proposals: str | None = typer.Option(None, "--proposals",
                                             help=t("help.record_proposals")),
        dry_run: bool = typer.Option(False, "--dry-run", help=t("help.record_dry_run")),
        occurrence: str | None = typer.Option(None, "--occurrence", help=t("help.record_occ")),
    ) -> None:
        typed = Typed(unit, task, month, milestone, state, completed, submitted, results,
                      figure or [], evidence or [], obstacles, proposals, dry_run, occurrence)
        raise typer.Exit(run_record(typed))


def run_record(typed: Typed) -> int:
    """Prepare the edit; then, holding the file's lock, prepare it again if another run wrote
    the file meanwhile, check it and write it, so that no acknowledged entry is ever lost."""
    import sys

    from kehoach_cli.cli.common import workspace_root
    from kehoach_cli.editing import recording as recording
    from kehoach_cli.render.reporters import Display, text

    month = parse_month(typed.month)
    submitted = parse_day(typed.submitted) if typed.submitted is not None else None
    if submitted == "":
        raise _bad("record.bad_date", typed.submitted)
    day = submitted if isinstance(submitted, date) else None
    root = workspace_root()
    display = Display(root)
    edit, label, baseline = _prepare(root, typed, month, day, display)
    where = display.path(edit.rel)
    if typed.dry_run or not edit.changed:
        return _report(edit, label, baseline, typed.dry_run, where, display)
    with recording.locked(root, edit.rel):
        if not recording.unchanged_since(edit):
            edit, label, baseline = _prepare(root, typed, month, day, display)
        if not edit.changed:
            return _report(edit, label, baseline, False, where, display)
        problems = recording.new_problems(edit, baseline)
        if problems:
            sys.stderr.write(text(problems, display) + "\n")
            raise recording.Refused("record.invalid", problems, file=where, count=len(problems))
        recording.apply(edit)
    print(t(f"record.{edit.action}", entry=label, file=where))
    return 0


def _prepare(root: Path, typed: Typed, month: str, submitted: date | None,
             display: Display) -> tuple[Edit, str, list[Problem]]:
    import sys

    from kehoach_cli.checks import run_checks
    from kehoach_cli.editing import recording as recording
    from kehoach_cli.reading.loading import load_workspace
    from kehoach_cli.render.reporters import text

    result = load_workspace(root)  # never the cache: the edit needs the files as they are
    baseline = run_checks(result)
    change, task = entry_change(result.workspace, typed)
    unit = find_unit(result.workspace, typed.unit)
    try:
        edit = recording.prepare(result, baseline, unit, month, change, submitted, date.today())
    except recording.Refused as refused:
        sys.stderr.write(text(refused.problems, display) + "\n")
        raise
    return edit, f"{edit.entry} ({task.ref})", baseline


def _report(edit: Edit, label: str, baseline: list[Problem], dry_run: bool, where: str,
            display: Display) -> int:
    """An edit that changes nothing, or one only shown (``--dry-run``)."""
    import sys

    from kehoach_cli.editing import recording as recording
    from kehoach_cli.render.reporters import text

    if not edit.changed:
        print(t("record.unchanged", entry=label, file=where))
        return 0
    problems = recording.new_problems(edit, baseline)
    print(diff(edit, where), end="")
    if problems:
        sys.stderr.write(text(problems, display) + "\n")
        raise recording.Refused("record.invalid", problems, file=where, count=len(problems))
    print(t("record.dry_run", file=where))
    return 0


def diff(edit: Edit, where: str) -> str:
    import difflib

    before = (edit.before or b"").decode("utf-8").splitlines(keepends=True)
    after = edit.after.decode("utf-8").splitlines(keepends=True)
    old = "/dev/null" if edit.before is None else f"a/{where}"
    lines = difflib.unified_diff(before, after, old, f"b/{where}")
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


# ---------------------------------------------------------------- reading what was typed


def entry_change(ws: Workspace, typed: Typed) -> tuple[EntryChange, Task]:
    from kehoach_cli.editing.entryedit import EntryChange

    task = find_task(ws, typed.task)
    milestone = _text(typed.milestone) if typed.milestone else None
    known = [m.id for m in task.milestones]
    if milestone is not None and milestone not in known:
        choices = ", ".join(known) or t("record.no_milestones")
        raise _fatal("record.unknown_milestone", task=task.id, id=milestone, choices=choices)
    change = EntryChange(
        task=task.id,
        milestone=milestone,
        state=parse_state(typed.state) if typed.state is not None else None,
        completed=parse_day(typed.completed) if typed.completed is not None else None,
        results=_text(typed.results),
        obstacles=_text(typed.obstacles),
        proposals=_text(typed.proposals),
        figures=tuple(parse_figure(f) for f in typed.figures),
        evidence=tuple(e for e in (_text(x) for x in typed.evidence) if e),
        occurrence=d if isinstance(d := parse_day(typed.occurrence or ""), date) else None,
    )
    return change, task


def _text(value: str | None) -> str | None:
    """Typed text as it will be written; a control character (``$'a\\x01b'``) would break
    the documents drafted from it, so it is refused here, at the door."""
    if value is None:
        return None
    if _CONTROL.search(value):
        raise _bad("record.control_char", value)
    return unicodedata.normalize("NFC", value).strip()


def find_unit(ws: Workspace, text: str) -> str:
    from kehoach_cli.queries.unitlookup import resolve_unit

    return text if text in ws.units or text in ws.groups else resolve_unit(ws, text)


def find_task(ws: Workspace, text: str) -> Task:
    """By id, else by the section number as printed ("II.3.(4)"), spaces and case ignored."""
    import difflib

    wanted = _ref_key(text)
    if text.strip() in ws.tasks:
        return ws.tasks[text.strip()]
    found = [task for task in ws.tasks.values() if _ref_key(task.ref) == wanted
             or _ref_key(task.id) == wanted]
    if len(found) == 1:
        return found[0]
    if found:
        raise _fatal("record.ambiguous_task", text=text, choices=", ".join(x.id for x in found))
    loose = [f"{x.ref} ({x.id})" for x in ws.tasks.values() if _loose(x.ref) == _loose(text)]
    close = loose or difflib.get_close_matches(text.strip(), list(ws.tasks), n=3, cutoff=0.6)
    hint = t("record.task_hint", choices=", ".join(close)) if close else ""
    raise _fatal("record.unknown_task", text=text, hint=hint)


def _loose(text: str) -> str:
    """A section number without its brackets: "II.3.4" is how "II.3.(4)" is often typed."""
    return re.sub(r"[()\s]", "", _ref_key(text))


def _ref_key(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text)).casefold()


def parse_state(text: str) -> str:
    from kehoach_cli.queries.unitlookup import fold

    key = re.sub(r"[\s_\-]+", " ", fold(text)).strip()
    if key not in _STATES:
        raise _bad("record.bad_state", text)
    return _STATES[key]


def parse_day(text: str) -> date | str:
    """A single day, as "2023-08-05" or "05/8/2023"; "" (clear) passes through."""
    from kehoach_cli.timeexpr.expressions import TimeExprError, parse_span

    if not text.strip():
        return ""
    try:
        span = parse_span(text)
    except TimeExprError:
        raise _bad("record.bad_date", text) from None
    if span.start != span.end:
        raise _bad("record.bad_date", text)
    return span.end


def parse_month(text: str) -> str:
    from kehoach_cli.timeexpr.expressions import TimeExprError
    from kehoach_cli.timeexpr.expressions import parse_month as read

    try:
        year, month = read(text)
    except TimeExprError:
        raise _bad("record.bad_month", text) from None
    return f"{year:04d}-{month:02d}"


def parse_figure(text: str) -> FigureChange:
    from kehoach_cli.editing.entryedit import FigureChange

    match = _FIGURE.match(unicodedata.normalize("NFC", text))
    if match is None:
        raise _bad("record.bad_figure", text)
    note = _text(match.group("note"))
    digits = match.group("value").lstrip("0") or "0"
    if len(digits) > _MAX_DIGITS:  # Python refuses to read ints of thousands of digits
        raise _fatal("record.figure_too_big", value=text[:40] + "…", limit=_MAX_DIGITS)
    return FigureChange(match.group("target"), int(digits), note)


def _bad(code: str, value: str | None) -> Exception:
    return _fatal(code, value=value)


def _fatal(code: str, **params: object) -> Exception:
    from kehoach_cli.problems import FatalError

    return FatalError(code, exit_code=2, **params)
