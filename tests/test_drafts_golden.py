"""The August 2023 report of the fixture workspace, in all three formats, against golden files.

The fixture (tests/fixtures/reports) has known progress records for July and August 2023.  For
Word the comparison is on the document read back (docx_outline), not on the zip bytes.
Regenerate after a deliberate change of wording or layout with

    KEHOACH_UPDATE_GOLDEN=1 python -m pytest tests/test_drafts_golden.py

and read the diff before committing it.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from conftest import run_cli
from docx_outline import outline

HERE = Path(__file__).resolve().parent
FIXTURE = HERE / "fixtures" / "reports"
GOLDEN = HERE / "golden" / "reports"
UPDATE = bool(os.environ.get("KEHOACH_UPDATE_GOLDEN"))
AUGUST = ("report", "--month", "2023-08", "--as-of", "2023-08-31")


def check(name: str, actual: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    assert path.exists(), f"missing golden file {path}; run with KEHOACH_UPDATE_GOLDEN=1"
    assert actual == path.read_text(encoding="utf-8")


SVG = re.compile(r"<svg.*?</svg>", re.DOTALL)


def without_svg(html: str) -> str:
    """The HTML with its chart's SVG (whose bytes depend on the matplotlib version) cut to a
    mark; the chart itself is checked on its own."""
    return SVG.sub("<svg><!-- chart --></svg>", html)


@pytest.mark.parametrize(("args", "name"), [
    (("--format", "md"), "2023-08.md"),
    (("--format", "html"), "2023-08.html"),
    (("--sender", "issuer"), "2023-08-ubnd.md"),
    (("--as-of", "2023-08-25"), "2023-08-as-of-25.md"),
    (("--period", "nd09"), "2023-08-nd09.md"),
    (("--kind", "thematic", "--unit", "ban-qlda"), "2023-08-thematic-ban-qlda.md"),
])
def test_august_report_text_formats(args: tuple[str, ...], name: str) -> None:
    result = run_cli("-w", str(FIXTURE), *AUGUST, *args)
    assert result.code == 0, result.stderr
    assert result.stderr == ""
    check(name, without_svg(result.stdout))


def test_html_report_carries_the_chart_as_inline_svg() -> None:
    result = run_cli("-w", str(FIXTURE), *AUGUST, "--format", "html")
    svg = SVG.findall(result.stdout)
    assert len(svg) == 1
    assert "Tỷ lệ hoàn thành đúng hạn" in svg[0]
    assert ">Nội vụ<" in svg[0]  # labels are text (short names), legible and searchable


def test_august_report_word(tmp_path: Path) -> None:
    target = tmp_path / "bao-cao.docx"
    result = run_cli("-w", str(FIXTURE), *AUGUST, "-o", str(target))
    assert result.code == 0, result.stderr
    assert result.stdout == f"Đã ghi {target}.\n"
    text = json.dumps(outline(target), ensure_ascii=False, indent=1) + "\n"
    check("2023-08.docx.json", text)


@pytest.mark.parametrize(("args", "name"), [
    ((), "remind-2023-09-05.md"),
    (("--format", "html"), "remind-2023-09-05.html"),
    (("--sender", "issuer", "--reply-by", "2023-09-15"), "remind-2023-09-05-ubnd.md"),
])
def test_reminder_letter(args: tuple[str, ...], name: str) -> None:
    result = run_cli("-w", str(FIXTURE), "remind", "--as-of", "2023-09-05", *args)
    assert result.code == 0, result.stderr
    check(name, result.stdout)


def test_reminder_letter_word(tmp_path: Path) -> None:
    target = tmp_path / "don-doc.docx"
    result = run_cli("-w", str(FIXTURE), "remind", "--as-of", "2023-09-05", "-o", str(target))
    assert result.code == 0, result.stderr
    text = json.dumps(outline(target), ensure_ascii=False, indent=1) + "\n"
    check("remind-2023-09-05.docx.json", text)


SAMPLE = HERE.parent / "docs" / "report-sample.md"
SAMPLE_HEAD = (
    "<!-- Báo cáo mẫu: kết quả của `kehoach report --month 2023-08 --as-of 2023-08-31` trên thư\n"
    "     mục làm việc kèm theo (plans/48-KH-UBND.yaml, progress/ minh họa). Tạo lại bằng\n"
    "     KEHOACH_UPDATE_GOLDEN=1 python -m pytest tests/test_drafts_golden.py -->\n\n"
)


def test_docs_sample_is_the_bundled_workspaces_august_report() -> None:
    """docs/report-sample.md (linked from the README) must stay what the command prints."""
    result = run_cli("-w", str(HERE.parent), *AUGUST)
    assert result.code == 0, result.stderr
    actual = SAMPLE_HEAD + result.stdout
    if UPDATE:
        SAMPLE.write_text(actual, encoding="utf-8")
    assert actual == SAMPLE.read_text(encoding="utf-8"), (
        "docs/report-sample.md is stale: regenerate it with KEHOACH_UPDATE_GOLDEN=1")


RESTATED = ("gạch đầu dòng thứ 1 mục 4 phần II, nhắc lại tại gạch đầu dòng thứ 1 phần VI; "
            "thời hạn: trước 25/3/2023")  # II.4.b1, restated by VI.b1's milestone


def test_a_restated_obligation_cites_both_clauses_in_every_format(tmp_path: Path) -> None:
    """Plan 48's II.4.b1 is overdue in August 2023 (section II.1 of the report, and the
    reminder's task list): every format cites it with the clause that restates it."""
    bundled = ("-w", str(HERE.parent))
    for fmt in ("md", "html"):
        result = run_cli(*bundled, *AUGUST, "--format", fmt)
        assert result.code == 0, result.stderr
        assert RESTATED in result.stdout, fmt
        letter = run_cli(*bundled, "remind", "--as-of", "2023-09-05", "--format", fmt)
        assert "nhắc lại tại gạch đầu dòng thứ 1 phần VI; thời hạn" in letter.stdout, fmt
    for args in (AUGUST, ("remind", "--as-of", "2023-09-05")):
        target = tmp_path / "x.docx"
        result = run_cli(*bundled, *args, "-o", str(target))
        assert result.code == 0, result.stderr
        text = json.dumps(outline(target), ensure_ascii=False)
        assert "nhắc lại tại gạch đầu dòng thứ 1 phần VI; thời hạn: trước 25/3/2023" in text
