"""Render the dashboard's pages with jinja2 (autoescaped) and list every file of the site."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from kehoach_cli import __version__
from kehoach_cli.messages import language, t
from kehoach_cli.model import Workspace
from kehoach_cli.queries.judged import Evaluation
from kehoach_cli.queries.lists import Item
from kehoach_cli.render.site.pages import Page, all_pages, unit_file
from kehoach_cli.timeexpr.vndate import issue_date, long_date, month_label, table_date

HERE = Path(__file__).parent
ASSETS = ("style.css", "app.js")


def _day(value: date | str | None) -> str:
    if value is None or value == "":
        return ""
    return table_date(value if isinstance(value, date) else date.fromisoformat(value))


def _rate(value: float | None) -> str:
    return t("q.none_rate") if value is None else f"{value * 100:.1f}%"


def _period(iso_month: str) -> str:
    year, month = iso_month.split("-")
    return month_label(int(year), int(month))


def _what(item: Item) -> str:
    """A task's title (and milestone), or a report's kind and month."""
    if item["kind"] == "report":
        return f"{t('q.report.' + item['type'])} {_period(item['period'])}"
    if item["milestone"]:
        return f"{item['title']} — {t('q.milestone', title=item['milestone']['title'])}"
    return str(item["title"])


def _names(units: list[dict[str, str]] | list[str]) -> str:
    return ", ".join(u if isinstance(u, str) else u["name"] for u in units)


def _environment() -> Any:
    import jinja2

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"),
                             autoescape=True, undefined=jinja2.StrictUndefined,
                             trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.globals.update({"t": t, "unit_file": unit_file})
    env.filters.update({"day": _day, "rate": _rate, "what": _what, "names": _names,
                        "period": _period})
    return env


def _common(ws: Workspace, ev: Evaluation) -> dict[str, Any]:
    plans = [{"number": p.document.number, "title": p.document.title,
              "issuer": p.document.issuer, "date": issue_date(p.document.date)} for p in ws.plans]
    return {"lang": language(), "as_of": long_date(ev.as_of), "as_of_iso": ev.as_of.isoformat(),
            "plans": plans, "version": __version__}


def _render(env: Any, page: Page, common: dict[str, Any]) -> bytes:
    root = "../" * page.path.count("/")
    html = env.get_template(page.template).render(**common, **page.context, root=root,
                                                  page=page.path)
    return str(html).encode("utf-8")


def site_files(ws: Workspace, ev: Evaluation) -> dict[str, bytes]:
    """Every file of the site, by its path relative to the site's folder."""
    env, common = _environment(), _common(ws, ev)
    files = {page.path: _render(env, page, common) for page in all_pages(ws, ev)}
    for name in ASSETS:
        files[f"assets/{name}"] = (HERE / "assets" / name).read_bytes()
    return files
