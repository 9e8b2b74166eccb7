"""The Word drafts read back with python-docx: the decree's page, font, header and tables."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Length, Pt

from kehoach_cli.drafts.reminddata import build_remind
from kehoach_cli.drafts.reportdata import APPENDIX_COLUMNS, STATS_COLUMNS, ReportOptions, build_report
from kehoach_cli.queries.status import evaluate
from kehoach_cli.reading.loading import load_workspace
from kehoach_cli.render.docx_report import remind_docx, report_docx

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "reports"
AS_OF = date(2023, 8, 31)


@pytest.fixture(scope="module")
def report_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    ws = load_workspace(FIXTURE).workspace
    ctx = build_report(ws, evaluate(ws, AS_OF), ws.plans[0],
                       ReportOptions(2023, 8, report_date=AS_OF))
    path = tmp_path_factory.mktemp("docx") / "bao-cao.docx"
    path.write_bytes(report_docx(ctx))
    return path


@pytest.fixture(scope="module")
def document(report_path: Path) -> docx.document.Document:
    return docx.Document(str(report_path))


def texts(cell: docx.table._Cell) -> list[str]:
    return [p.text for p in cell.paragraphs if p.text]


def mm(*lengths: Length) -> tuple[float, ...]:
    """Word stores lengths in twentieths of a point, so compare to a tenth of a millimetre."""
    return tuple(round(length.mm, 1) for length in lengths)


def test_page_is_a4_with_the_decree_margins(document: docx.document.Document) -> None:
    first = document.sections[0]
    assert mm(first.page_width, first.page_height) == (210, 297)
    assert mm(first.top_margin, first.bottom_margin) == (20, 20)
    assert mm(first.left_margin, first.right_margin) == (30, 15)
    appendix = document.sections[-1]
    assert mm(appendix.page_width, appendix.page_height) == (297, 210)


def test_text_is_times_new_roman_13_in_every_font_slot(document: docx.document.Document) -> None:
    normal = document.styles["Normal"]
    assert normal.font.name == "Times New Roman"
    assert normal.font.size == Pt(13)
    fonts = normal.element.rPr.find(qn("w:rFonts"))
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        assert fonts.get(qn(slot)) == "Times New Roman"
    heading = document.styles["Heading 1"].element.rPr.find(qn("w:rFonts"))
    assert heading.get(qn("w:asciiTheme")) is None


def test_header_is_a_two_column_table_without_borders(document: docx.document.Document) -> None:
    header = document.tables[0]
    left, right = header.rows[0].cells
    assert texts(left) == ["ỦY BAN NHÂN DÂN THÀNH PHỐ CẨM PHẢ", "Số: …/BC-UBND"]
    assert texts(right) == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                            "Cẩm Phả, ngày 31 tháng 8 năm 2023"]
    issuer = left.paragraphs[0].runs[0]
    assert issuer.bold and issuer.underline
    assert right.paragraphs[2].runs[0].italic
    borders = header._tbl.tblPr.find(qn("w:tblBorders"))
    assert {b.get(qn("w:val")) for b in borders} == {"nil"}


def test_title_and_the_four_headings(document: docx.document.Document) -> None:
    paragraphs = [p for p in document.paragraphs if p.text]
    title = next(p for p in paragraphs if p.text == "BÁO CÁO")
    assert title.runs[0].bold
    assert title.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.CENTER
    level1 = [p.text for p in paragraphs if p.style.name == "Heading 1"]
    assert [h.split(".")[0] for h in level1] == ["I", "II", "III", "IV"]
    assert document.styles["Heading 1"].font.bold
    assert paragraphs[-1].text == ("(Kèm theo Báo cáo số …/BC-UBND ngày 31 tháng 8 năm 2023 của "
                                   "Ủy ban nhân dân thành phố Cẩm Phả)")


def test_statistics_and_appendix_are_real_tables(document: docx.document.Document) -> None:
    grids = [t for t in document.tables if t.style is not None and t.style.name == "Table Grid"]
    assert len(grids) == 2
    stats, appendix = grids
    assert [c.text for c in stats.rows[0].cells] == list(STATS_COLUMNS)
    assert len(stats.rows) == 1 + 8 + 1
    assert [c.text for c in stats.rows[-1].cells] == ["", "Tổng cộng", "20", "5", "3", "11", "1",
                                                      "55,6%"]
    assert [c.text for c in appendix.rows[0].cells] == list(APPENDIX_COLUMNS)
    assert len(appendix.rows) == 1 + 11
    assert appendix.rows[5].cells[6].text == "Quá hạn, chưa hoàn thành"


def test_signature_block_beside_the_recipients(document: docx.document.Document) -> None:
    sign = document.tables[2]
    left, right = sign.rows[0].cells
    assert texts(left)[0] == "Nơi nhận:"
    assert texts(left)[-1] == "- Lưu: VT, VHTT."
    assert texts(right) == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phạm Văn Kính"]


def test_reminder_letter_has_subject_and_addressees(tmp_path: Path) -> None:
    ws = load_workspace(FIXTURE).workspace
    day = date(2023, 9, 5)
    path = tmp_path / "don-doc.docx"
    path.write_bytes(remind_docx(build_remind(ws, evaluate(ws, day), ws.plans[0], day)))
    document = docx.Document(str(path))
    left = texts(document.tables[0].rows[0].cells[0])
    assert left == ["ỦY BAN NHÂN DÂN THÀNH PHỐ CẨM PHẢ", "Số: …/UBND-VHTT",
                    "V/v đôn đốc thực hiện Kế hoạch số 48/KH-UBND"]
    lines = [p.text for p in document.paragraphs if p.text]
    assert lines[0] == "Kính gửi:"
    assert lines[1] == "- Ban Tuyên giáo Thành ủy;"
    assert lines[3] == "- Ủy ban nhân dân phường Cẩm Đông."


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_libreoffice_converts_the_report_to_pdf(report_path: Path, tmp_path: Path) -> None:
    assert SOFFICE is not None
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(report_path)],
        check=True, capture_output=True, timeout=180,
    )
    pdf = tmp_path / "bao-cao.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert pdf.stat().st_size > 10_000
