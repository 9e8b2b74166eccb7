"""``kehoach site`` as users run it, and its pages in a real headless browser (Debian's
chromium, driven by Playwright): they load with no console error and no network request, the
charts are drawn, the overdue list filters and sorts, and plan text with markup stays text.

The browser tests skip, saying why, only when Playwright or chromium is missing.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import run_cli
from test_render_site import HOSTILE, hostile_workspace

FIXTURE = Path(__file__).parent / "fixtures" / "queries"
AS_OF = ("--as-of", "2023-04-05")
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def make_site(ws: Path, out: Path, *extra: str) -> None:
    result = run_cli("--workspace", str(ws), *extra, "site", "-o", str(out), *AS_OF)
    assert (result.code, result.stderr) == (0, "")


def test_site_command_output(tmp_path: Path) -> None:
    out = tmp_path / "site"
    result = run_cli("--workspace", str(FIXTURE), "site", "-o", str(out), *AS_OF)
    assert (result.code, result.stderr) == (0, "")
    assert result.stdout == f"Đã ghi 14 tệp vào {out}; mở {out / 'index.html'}.\n"
    assert (out / "index.html").stat().st_mode & 0o044  # readable by a web server
    english = run_cli("--workspace", str(FIXTURE), "--lang", "en", "site", "-o", str(out), *AS_OF)
    assert english.stdout == f"Wrote 14 files into {out}; open {out / 'index.html'}.\n"
    assert '<html lang="en">' in (out / "index.html").read_text(encoding="utf-8")


def test_site_into_a_file_exits_2(tmp_path: Path) -> None:
    target = tmp_path / "f.txt"
    target.write_text("x", encoding="utf-8")
    result = run_cli("--workspace", str(FIXTURE), "site", "-o", str(target), *AS_OF)
    assert (result.code, result.stdout, result.stderr) == (
        2, "", f"kehoach: {target} không phải là thư mục.\n")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("skipping browser tests: Playwright is not installed (pip install playwright)")
        pytest.skip("Playwright is not installed")
    if not CHROMIUM.exists():
        print("skipping browser tests: /usr/bin/chromium is missing (Debian package chromium)")
        pytest.skip("no chromium at /usr/bin/chromium")
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


class Visit:
    """A page opened from disk, with its console messages, page errors and network requests."""

    def __init__(self, browser: Any, path: Path) -> None:
        self.page = browser.new_page(viewport={"width": 1280, "height": 900})
        self.problems: list[str] = []
        self.page.on("console", lambda m: self.problems.append(f"console {m.type}: {m.text}")
                     if m.type in ("error", "warning") else None)
        self.page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        self.page.on("dialog", lambda d: (self.problems.append(f"dialog: {d.message}"),
                                          d.dismiss()))
        self.page.on("request", lambda r: None if r.url.startswith(("file://", "data:"))
                     else self.problems.append(f"network: {r.url}"))
        self.page.goto(path.as_uri())
        self.page.wait_for_load_state("load")

    def close(self) -> None:
        self.page.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site") / "site"
    make_site(FIXTURE, out)
    return out


def test_every_page_loads_cleanly(browser: Any, site: Path) -> None:
    pages = sorted(site.rglob("*.html"))
    assert len(pages) == 12
    for path in pages:
        visit = Visit(browser, path)
        assert visit.problems == [], path
        assert visit.page.locator("main h1").count() == 1, path
        visit.close()


def test_charts_are_drawn(browser: Any, site: Path) -> None:
    visit = Visit(browser, site / "index.html")
    # the totals bar: one rect per category present (2 on time, 1 overdue, 3 not due)
    assert visit.page.locator("figure.chart svg.stacked rect").count() == 3
    box = visit.page.locator("figure.chart svg.stacked").bounding_box()
    assert box is not None and box["width"] > 600 and box["height"] > 10
    visit.close()
    visit = Visit(browser, site / "timeline.html")
    bars = visit.page.locator("svg.gantt rect.bar")
    assert bars.count() == 5  # every dated checkpoint; t4 has no date
    widths = [bars.nth(i).bounding_box()["width"] for i in range(5)]
    assert all(w >= 3 for w in widths)
    assert visit.page.locator("svg.gantt line.today").count() == 1
    visit.close()


def shown(visit: Visit) -> list[str]:
    cells = visit.page.locator("#overdue tbody tr:not([hidden]) td:nth-child(1)")
    return [cells.nth(i).inner_text() for i in range(cells.count())]


def test_overdue_list_filters_and_sorts(browser: Any, site: Path) -> None:
    visit = Visit(browser, site / "overdue.html")
    page = visit.page
    assert shown(visit) == ["V.3", "II.3"]  # longest overdue first
    page.fill("#filter-text", "trang tri")  # without diacritics still finds "Trang trí"
    assert shown(visit) == ["II.3"] and page.inner_text("#filter-count") == "1"
    page.fill("#filter-text", "")
    page.select_option("#filter-kind", "report")
    assert shown(visit) == ["V.3"]
    page.select_option("#filter-kind", "")
    page.select_option("#filter-unit", "Ủy ban nhân dân phường Cẩm Đông")
    assert shown(visit) == ["V.3", "II.3"]
    page.click("#overdue thead th:nth-child(5) button")  # days late, ascending
    assert shown(visit) == ["II.3", "V.3"]
    assert page.get_attribute("#overdue thead th:nth-child(5)", "aria-sort") == "ascending"
    page.click("#overdue thead th:nth-child(5) button")
    assert shown(visit) == ["V.3", "II.3"]
    assert visit.problems == []
    visit.close()


def test_markup_in_the_plan_stays_text(browser: Any, tmp_path: Path) -> None:
    out = tmp_path / "site"
    make_site(hostile_workspace(tmp_path / "ws"), out)
    for name in ("overdue.html", "timeline.html", "units/phuong-y.html"):
        visit = Visit(browser, out / name)
        assert visit.problems == [], name  # no alert, no request for "x"
        assert visit.page.locator("main script, main img").count() == 0
        visit.close()
    visit = Visit(browser, out / "overdue.html")
    assert HOSTILE in visit.page.inner_text("#overdue")
    visit.close()


def test_print_layout_hides_the_controls(browser: Any, site: Path) -> None:
    visit = Visit(browser, site / "overdue.html")
    visit.page.emulate_media(media="print")
    assert not visit.page.is_visible("#filters") and not visit.page.is_visible("nav")
    visit.close()


def test_screenshot_of_the_overview(browser: Any, tmp_path: Path) -> None:
    """The README's picture, made from the repository's own workspace (plan 48)."""
    repo = Path(__file__).resolve().parents[1]
    out = tmp_path / "site48"
    result = run_cli("--workspace", str(repo), "site", "-o", str(out), "--as-of", "2023-08-25")
    assert result.code == 0, result.stderr
    visit = Visit(browser, out / "index.html")
    assert visit.problems == []
    shot = tmp_path / "site-overview.png"
    visit.page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    if os.environ.get("KEHOACH_UPDATE_GOLDEN"):  # regenerate docs/site-overview.png
        shutil.copy(shot, repo / "docs" / "site-overview.png")
    visit.close()
