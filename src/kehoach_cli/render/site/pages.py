"""What each page of the dashboard shows, gathered from the query dicts (``queries.lists``,
``queries.tracking``): one context per page, plain data for the templates."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from kehoach_cli.messages import t
from kehoach_cli.model import Workspace
from kehoach_cli.queries.judged import Evaluation
from kehoach_cli.queries.lists import CODES, Item, assignments, overdue_items, status_summary, unit_counts
from kehoach_cli.queries.tracking import task_rows
from kehoach_cli.render.site.gantt import chart

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def slug(text: str) -> str:
    """A file name from an id or a clause ref: ASCII letters, digits, ``._-``."""
    return _UNSAFE.sub("-", text).strip("-") or "x"


def section_file(plan: str, ref: str) -> str:
    return f"sections/{slug(plan)}-{slug(ref)}.html"


def unit_file(uid: str) -> str:
    return f"units/{slug(uid)}.html"


@dataclass(frozen=True)
class Page:
    path: str  # relative to the site's folder
    template: str
    context: dict[str, Any] = field(default_factory=dict)


def _in_section(ref: str, section: str) -> bool:
    return ref == section or ref.startswith(section + ".")


def _share(counts: Item) -> list[dict[str, Any]]:
    """The five categories with their counts and shares (for the stacked bar)."""
    total = sum(counts[c] for c in CODES) or 1
    out, left = [], 0.0
    for code in CODES:
        share = counts[code] / total
        out.append({"code": code, "label": t(f"cat.{code}"), "count": counts[code],
                    "x": round(left * 100, 2), "width": round(share * 100, 2)})
        left += share
    return out


def _rated(rows: list[Item]) -> list[Item]:
    return [{**row, "file": unit_file(row["id"]), "bars": _share(row)} for row in rows
            if any(row[c] for c in CODES) or row["reports_overdue"]]


def overview(ws: Workspace, ev: Evaluation) -> Page:
    summary = status_summary(ev, ws)
    counts = unit_counts(ev, ws)
    sections = [{**s, "file": section_file(s["plan"], s["ref"]), "bars": _share(s)}
                for s in summary["sections"]]
    return Page("index.html", "overview.html.j2", {
        "totals": _share(summary["totals"]), "total": sum(summary["totals"].values()),
        "units": _rated(counts["units"]), "groups": _rated(counts["groups"]),
        "sections": sections, "reports": summary["reports"],
        "overdue_count": len(overdue_items(ev, ws)),
        "month": f"{ev.as_of.year:04d}-{ev.as_of.month:02d}",
        "reports_filed": sum(1 for r in summary["reports"] if r["submitted"] is not None),
        "reports_late": sum(1 for r in summary["reports"] if r["status"] == "overdue"),
    })


def unit_pages(ws: Workspace, ev: Evaluation) -> list[Page]:
    pages = []
    for uid in [*ws.units, *ws.groups]:
        data = assignments(ws, ev, uid)
        pages.append(Page(unit_file(uid), "unit.html.j2", {
            "unit": data["unit"], "lead": data["lead"], "support": data["support"],
            "late": overdue_items(ev, ws, uid)}))
    return pages


def section_pages(ws: Workspace, ev: Evaluation) -> list[Page]:
    rows = task_rows(ws, ev)
    pages = []
    for plan in ws.plans:
        for section in plan.sections:
            mine = [r for r in rows if r["plan"] == plan.id and _in_section(r["ref"], section.ref)]
            counts = {c: sum(1 for r in mine if r["status"] == c) for c in CODES}
            pages.append(Page(section_file(plan.id, section.ref), "section.html.j2", {
                "plan": plan.document.number, "ref": section.ref, "title": section.title,
                "rows": mine, "bars": _share(counts)}))
    return pages


def overdue_page(ws: Workspace, ev: Evaluation) -> Page:
    items = overdue_items(ev, ws)
    units = sorted({i["unit"]["name"] for i in items})
    return Page("overdue.html", "overdue.html.j2", {"items": items, "unit_names": units})


def timeline_page(ws: Workspace, ev: Evaluation) -> Page:
    names = {c: t(f"cat.{c}") for c in CODES}
    return Page("timeline.html", "timeline.html.j2",
                {"chart": chart(task_rows(ws, ev), ev.as_of, names)})


def all_pages(ws: Workspace, ev: Evaluation) -> list[Page]:
    return [overview(ws, ev), overdue_page(ws, ev), timeline_page(ws, ev),
            *section_pages(ws, ev), *unit_pages(ws, ev)]
