"""The dashboard's files (render/site), without a browser: which pages, links that resolve,
nothing from the network, and plan text escaped (tests/test_cli_site.py opens them in one)."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from kehoach_cli.model import Workspace
from kehoach_cli.queries.status import evaluate
from kehoach_cli.queries.tracking import task_rows
from kehoach_cli.reading.loading import load_workspace
from kehoach_cli.render.site.build import site_files
from kehoach_cli.render.site.gantt import chart
from kehoach_cli.render.site.pages import slug

FIXTURE = Path(__file__).parent / "fixtures" / "queries"
REPO_CORPUS = Path(__file__).parent / "corpus"
AS_OF = date(2023, 4, 5)
HOSTILE = '<script>alert("xss")</script> Trang trí <img src=x onerror=alert(1)> & co'
LINK = re.compile(r'(?:href|src)="([^"#]*)"')


def hostile_workspace(root: Path) -> Path:
    """The queries fixture with markup in a task's title (II.3)."""
    shutil.copytree(FIXTURE, root)
    plan = root / "plans" / "kh-thu.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("title: Trang trí, cổ động trực quan",
                                 f"title: '{HOSTILE}'"), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def ws() -> Workspace:
    return load_workspace(FIXTURE).workspace


@pytest.fixture(scope="module")
def files(ws: Workspace) -> dict[str, bytes]:
    return site_files(ws, evaluate(ws, AS_OF))


def test_the_pages(files: dict[str, bytes]) -> None:
    assert sorted(files) == [
        "assets/app.js", "assets/style.css", "index.html", "overdue.html",
        "sections/kh-thu-II.html", "sections/kh-thu-III.html", "timeline.html",
        "units/ban-qlda.html", "units/phong-a.html", "units/phong-b.html",
        "units/phong-noi-vu.html", "units/phuong-x.html", "units/phuong-y.html",
        "units/ubnd-phuong-xa.html"]


def test_every_link_resolves_and_nothing_comes_from_the_network(files: dict[str, bytes]) -> None:
    for path, data in files.items():
        text = data.decode("utf-8")
        assert "http://" not in text and "https://" not in text and "//cdn" not in text, path
        if not path.endswith(".html"):
            continue
        for target in LINK.findall(text):
            if target.startswith("data:"):
                continue
            resolved = (Path("/site") / path).parent.joinpath(target).resolve()
            assert str(resolved.relative_to("/site")) in files, (path, target)


def test_overview_counts(files: dict[str, bytes]) -> None:
    html = files["index.html"].decode("utf-8")
    # as of 5/4/2023: 2 done on time, 1 overdue, 3 not due (tests/test_queries_lists.py)
    cards = re.findall(r'<div class="card cat-(\w+)"><span class="count">(\d+)</span>', html)
    assert cards == [("done_on_time", "2"), ("done_late", "0"), ("in_progress", "0"),
                     ("overdue", "1"), ("not_due", "3")]
    assert "Xem 2 việc, báo cáo quá hạn" in html


def test_plan_text_is_escaped(tmp_path: Path) -> None:
    ws = load_workspace(hostile_workspace(tmp_path / "ws")).workspace
    files = site_files(ws, evaluate(ws, AS_OF))
    escaped = "&lt;script&gt;alert(&#34;xss&#34;)&lt;/script&gt; Trang trí &lt;img src=x"
    for path in ("overdue.html", "sections/kh-thu-II.html", "timeline.html",
                 "units/phuong-y.html"):
        html = files[path].decode("utf-8")
        assert "<script>alert" not in html and "<img src=x" not in html, path
        assert escaped in html, path


def test_gantt_geometry(ws: Workspace) -> None:
    rows = task_rows(ws, evaluate(ws, AS_OF))
    names = {c: c for c in ("done_on_time", "done_late", "in_progress", "overdue", "not_due")}
    gantt = chart(rows, AS_OF, names)
    dated = [r for r in rows if r["due"] is not None]
    assert len(gantt.bars) == len(dated) == 5  # t4 is undated
    assert [t.label for t in gantt.ticks] == ["03/2023", "04/2023", "05/2023", "06/2023",
                                              "07/2023", "08/2023", "09/2023", "10/2023"]
    left, right = gantt.label_width, gantt.width
    assert all(left <= b.x and b.x + b.width <= right + 0.1 for b in gantt.bars)
    assert gantt.today is not None and gantt.ticks[1].x < gantt.today < gantt.ticks[2].x


def test_slug() -> None:
    assert slug("II.3.(2)") == "II.3.-2"
    assert slug("phường/xã") == "ph-ng-x"


def test_a_plan_without_issue_date_builds(tmp_path: Path) -> None:
    """document.date "…": every page is made, and none says "None" for the missing date."""
    (tmp_path / "plans").mkdir()
    shutil.copyfile(REPO_CORPUS / "valid" / "unknown-date.yaml", tmp_path / "plans" / "kh.yaml")
    undated = load_workspace(tmp_path).workspace
    pages = site_files(undated, evaluate(undated, date(2025, 4, 1)))
    assert "index.html" in pages
    assert not [name for name, body in pages.items() if name.endswith(".html") and b"None" in body]
