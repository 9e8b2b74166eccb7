"""What ``report`` and ``remind`` share: picking the plan and the format, rendering, writing."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from kehoach_cli.messages import t
from kehoach_cli.model import Plan, Workspace
from kehoach_cli.problems import FatalError

FORMATS = ("md", "docx", "html")
_SUFFIXES = {".md": "md", ".markdown": "md", ".docx": "docx", ".html": "html", ".htm": "html"}


def pick_format(fmt: str | None, output: Path | None, template: Path | None) -> str:
    """The format asked for, else the one the -o file's suffix names, else Markdown."""
    if fmt is None and output is not None and output.suffix.lower() not in _SUFFIXES:
        raise FatalError("report.unknown_suffix", exit_code=2, path=str(output),
                         suffix=output.suffix or '""', choices=", ".join(_SUFFIXES))
    if fmt is None:
        fmt = _SUFFIXES[output.suffix.lower()] if output is not None else "md"
    if fmt not in FORMATS:
        raise FatalError("cli.bad_format", exit_code=2, value=fmt, choices=", ".join(FORMATS))
    if fmt == "docx" and output is None:
        raise FatalError("report.docx_needs_output", exit_code=2)
    if fmt == "docx" and template is not None:
        raise FatalError("report.template_with_docx", exit_code=2)
    if template is not None and not template.is_file():
        raise FatalError("cli.no_such_path", exit_code=2, path=str(template))
    return fmt


def choose_plan(ws: Workspace, plan_id: str | None) -> Plan:
    """The plan named by --plan, or the only one; with several and no --plan, list them."""
    listing = "".join(f"\n  - {p.id}: {p.document.kind} số {p.document.number}" for p in ws.plans)
    if plan_id is not None:
        for plan in ws.plans:
            if plan.id == plan_id:
                return plan
        raise FatalError("report.unknown_plan", exit_code=2, value=plan_id, plans=listing)
    if not ws.plans:
        raise FatalError("report.no_plan", exit_code=1)
    if len(ws.plans) > 1:
        raise FatalError("report.plan_required", exit_code=2, plans=listing)
    return ws.plans[0]


def parse_month(text: str) -> tuple[int, int]:
    from kehoach_cli.timeexpr.expressions import TimeExprError, parse_month

    try:
        return parse_month(text)
    except TimeExprError:
        raise FatalError("report.bad_month", exit_code=2, value=text) from None


def emit(fmt: str, output: Path | None, *, text: Callable[[bool], str],
         docx: Callable[[], bytes]) -> int:
    """Render in the chosen format and write it to -o (atomically) or to the screen."""
    from kehoach_cli.editing.fsutil import write_atomic

    data = docx() if fmt == "docx" else text(fmt == "html").encode("utf-8")
    if output is None:
        sys.stdout.write(data.decode("utf-8"))
        return 0
    write_atomic(output, data)
    print(t("report.written", path=str(output)))
    return 0
