"""``kehoach export`` on tests/fixtures/queries as of 05/4/2023: the workbook read back with
openpyxl, CSV and JSON compared exactly, and the workbook opened by LibreOffice."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from conftest import run_cli

FIXTURE = Path(__file__).parent / "fixtures" / "queries"
WS = ("--workspace", str(FIXTURE))
AS_OF = ("--as-of", "2023-04-05")
CALC_FILTER = Path("/usr/lib/libreoffice/program/libsclo.so")  # LibreOffice Calc's engine


@pytest.fixture(scope="module")
def xlsx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("export") / "theo-doi.xlsx"
    result = run_cli(*WS, "export", *AS_OF, "-o", str(out))
    assert (result.code, result.stderr) == (0, "")
    assert result.stdout == f"Đã ghi {out}: 6 nhiệm vụ, mốc; 10 lượt báo cáo.\n"
    return out


def test_task_sheet_cells(xlsx: Path) -> None:
    book = load_workbook(xlsx)
    assert book.sheetnames == ["Nhiệm vụ", "Báo cáo"]
    sheet = book["Nhiệm vụ"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("STT", "Mục", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp",
                       "Thời gian thực hiện", "Hạn hoàn thành", "Tình trạng", "Ngày hoàn thành",
                       "Kết quả thực hiện", "Số ngày quá hạn", "Đề nghị")
    assert rows[1][:9] == (1, "II.1", "Xây dựng kế hoạch tuyên truyền",
                           "Phòng Văn hóa và Thông tin", "Phòng Tài chính - Kế hoạch",
                           "trước 25/3/2023", datetime(2023, 3, 24), "Hoàn thành đúng hạn",
                           datetime(2023, 3, 17))
    assert rows[2][2] == "Phát động thi đua\nMốc: Ban hành kế hoạch thi đua"
    assert (rows[4][7], rows[4][10]) == ("Quá hạn chưa hoàn thành", 5)
    assert rows[5][5:8] == ("(không ghi thời gian)", None, "Chưa đến hạn")
    assert len(rows) == 7


def test_task_sheet_layout(xlsx: Path) -> None:
    sheet = load_workbook(xlsx)["Nhiệm vụ"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:L7"
    assert sheet.print_title_rows == "$1:$1"
    assert (sheet.page_setup.orientation, sheet.page_setup.paperSize) == ("landscape", 9)
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.column_dimensions["C"].width == 48
    due, status, late = sheet["G5"], sheet["H5"], sheet["H2"]
    assert due.is_date and due.number_format == "DD/MM/YYYY"
    assert status.fill.fgColor.rgb == "00FFC7CE" and late.fill.fgColor.rgb == "00C6EFCE"
    assert sheet["C3"].alignment.wrap_text
    fonts = {(c.font.name, c.font.sz) for row in sheet.iter_rows() for c in row}
    assert fonts == {("Times New Roman", 12)}
    assert sheet["A1"].font.b


def test_report_sheet(xlsx: Path) -> None:
    sheet = load_workbook(xlsx)["Báo cáo"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:6] == ("STT", "Mục", "Báo cáo", "Loại báo cáo", "Đơn vị báo cáo", "Kỳ báo cáo")
    late = [r for r in rows[1:] if r[8] == "Quá hạn chưa hoàn thành"]
    assert late == [(5, "V.3", "Báo cáo định kỳ", "Báo cáo định kỳ",
                     "Ủy ban nhân dân phường Cẩm Đông", "2023-03", datetime(2023, 3, 19), None,
                     "Quá hạn chưa hoàn thành", 17, None)]
    assert sheet.freeze_panes == "A2" and sheet.print_title_rows == "$1:$1"


def test_english_headers(tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    assert run_cli(*WS, "--lang", "en", "export", *AS_OF, "-o", str(out)).code == 0
    sheet = load_workbook(out)["Tasks"]
    assert (sheet["A1"].value, sheet["H2"].value) == ("No.", "Done on time")


def test_csv_and_json() -> None:
    out = run_cli(*WS, "export", *AS_OF, "--format", "csv")
    assert out.code == 0
    lines = out.stdout.splitlines()
    assert lines[0] == ("\ufeffstt,plan,ref,title,milestone,lead,support,time,start,due,status,"
                        "completed,results,days_overdue,requested,occurrence")
    assert lines[1] == ("1,kh-thu,II.1,Xây dựng kế hoạch tuyên truyền,,Phòng Văn hóa và Thông tin,"
                        "Phòng Tài chính - Kế hoạch,trước 25/3/2023,,2023-03-24,done_on_time,"
                        "2023-03-17,,0,false,")
    assert len(lines) == 7
    reports = run_cli(*WS, "export", *AS_OF, "--format", "csv", "--sheet", "reports").stdout
    assert len(reports.splitlines()) == 11
    data = json.loads(run_cli(*WS, "export", *AS_OF, "--format", "json").stdout)
    assert (data["as_of"], len(data["tasks"]), len(data["reports"])) == ("2023-04-05", 6, 10)
    assert data["tasks"][3]["status"] == "overdue"


def test_bad_format_exits_2() -> None:
    result = run_cli(*WS, "export", "--format", "ods")
    assert (result.code, result.stderr) == (
        2, "kehoach: --format 'ods' không hợp lệ; chọn một trong: xlsx, csv, json.\n")


def test_libreoffice_opens_the_workbook(xlsx: Path, tmp_path: Path) -> None:
    """Converting to PDF fails on a workbook LibreOffice would have to repair."""
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("soffice (LibreOffice) is not installed")
    if not CALC_FILTER.exists():
        pytest.skip("LibreOffice Calc is not installed (Debian package libreoffice-calc)")
    profile = (tmp_path / "profile").as_uri()
    done = subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless",
                           "--convert-to", "pdf", "--outdir", str(tmp_path), str(xlsx)],
                          capture_output=True, text=True, timeout=180, check=False)
    pdf = tmp_path / "theo-doi.pdf"
    assert pdf.exists(), done.stdout + done.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
