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


@pytest.mark.parametrize(("fmt", "name"), [("md", "2023-08.md"), ("html", "2023-08.html")])
def test_august_report_text_formats(fmt: str, name: str) -> None:
    result = run_cli("-w", str(FIXTURE), *AUGUST, "--format", fmt)
    assert result.code == 0, result.stderr
    assert result.stderr == ""
    check(name, result.stdout)


def test_august_report_word(tmp_path: Path) -> None:
    target = tmp_path / "bao-cao.docx"
    result = run_cli("-w", str(FIXTURE), *AUGUST, "-o", str(target))
    assert result.code == 0, result.stderr
    assert result.stdout == f"Đã ghi {target}.\n"
    text = json.dumps(outline(target), ensure_ascii=False, indent=1) + "\n"
    check("2023-08.docx.json", text)


def test_reminder_letter_markdown() -> None:
    result = run_cli("-w", str(FIXTURE), "remind", "--as-of", "2023-09-05")
    assert result.code == 0, result.stderr
    check("remind-2023-09-05.md", result.stdout)


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
