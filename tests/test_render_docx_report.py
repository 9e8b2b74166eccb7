"""The Word drafts read back with python-docx: the decree's page, font, header and tables."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
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
    nb = "\u00a0"
    assert [t.replace(nb, " ") for t in texts(left)] == [
        "ỦY BAN NHÂN DÂN", "THÀNH PHỐ CẨM PHẢ", "PHÒNG VĂN HÓA VÀ", "THÔNG TIN THÀNH PHỐ",
        "Số: …/BC-VHTT"]
    assert texts(left)[1] == f"THÀNH{nb}PHỐ{nb}CẨM{nb}PHẢ"  # never broken as "THÀNH / PHỐ"
    assert [t.replace(nb, " ") for t in texts(right)] == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Cẩm Phả, ngày 31 tháng 8 năm 2023"]
    issuer = left.paragraphs[2].runs[0]
    assert issuer.bold and not left.paragraphs[0].runs[0].bold
    # the short rules under the issuer's name and the motto are paragraph borders
    ruled = [p for cell in (left, right) for p in cell.paragraphs
             if p._p.pPr is not None and p._p.pPr.find(qn("w:pBdr")) is not None]
    assert len(ruled) == 2
    assert right.paragraphs[-1].runs[0].italic
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
    assert paragraphs[-1].text == ("(Kèm theo Báo cáo số …/BC-VHTT ngày 31 tháng 8 năm 2023 của "
                                   "Phòng Văn hóa và Thông tin Thành phố)")
    closing = next(p for p in paragraphs if p.text.startswith("Trên đây là báo cáo"))
    assert closing.text.endswith("xem xét, chỉ đạo./.")  # "./." ends the last paragraph
    assert not [p for p in paragraphs if p.text.strip() == "./."]


def test_document_numbers_hold_non_breaking_hyphens(report_path: Path) -> None:
    xml = zipfile.ZipFile(report_path).read("word/document.xml").decode("utf-8")
    assert "<w:noBreakHyphen/>" in xml
    assert "\u2011" not in xml  # all turned into Word's own element


def test_page_numbers_from_page_two_as_a_page_field(report_path: Path) -> None:
    archive = zipfile.ZipFile(report_path)
    document = archive.read("word/document.xml").decode("utf-8")
    assert "<w:titlePg/>" in document  # the first page has its own, empty, header
    headers = [archive.read(n).decode("utf-8") for n in archive.namelist()
               if n.startswith("word/header")]
    assert any("PAGE" in h and 'w:fldCharType="begin"' in h for h in headers)


def test_statistics_and_appendix_are_real_tables(document: docx.document.Document) -> None:
    grids = [t for t in document.tables if t.style is not None and t.style.name == "Table Grid"]
    assert len(grids) == 2
    stats, appendix = grids
    assert [c.text for c in stats.rows[0].cells] == list(STATS_COLUMNS)
    assert len(stats.rows) == 1 + 8 + 1
    assert [c.text for c in stats.rows[-1].cells] == ["", "Tổng cộng", "20", "5", "3", "7", "4",
                                                      "1", "55,6%"]
    assert [c.text for c in appendix.rows[0].cells] == list(APPENDIX_COLUMNS)
    assert len(appendix.rows) == 1 + 11
    assert appendix.rows[5].cells[6].text == "Quá hạn, chưa hoàn thành"
    for table in grids:  # rows never split; the header row repeats on every page
        assert all(r._tr.trPr.find(qn("w:cantSplit")) is not None for r in table.rows)
        assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None


def test_the_chart_is_embedded_as_a_picture(tmp_path: Path) -> None:
    from kehoach_cli.render.chart import chart_png

    ws = load_workspace(FIXTURE).workspace
    ctx = build_report(ws, evaluate(ws, AS_OF), ws.plans[0],
                       ReportOptions(2023, 8, report_date=AS_OF))
    assert ctx.chart is not None
    png = chart_png(ctx.chart)
    assert png.startswith(b"\x89PNG")
    path = tmp_path / "r.docx"
    path.write_bytes(report_docx(ctx, png))
    assert len(docx.Document(str(path)).inline_shapes) == 1


def test_signature_block_beside_the_recipients(document: docx.document.Document) -> None:
    sign = document.tables[2]
    left, right = sign.rows[0].cells
    assert texts(left)[0] == "Nơi nhận:"
    assert texts(left)[-1] == "- Lưu: VT, VHTT."
    assert texts(right) == ["TRƯỞNG PHÒNG", "…"]  # the standing agency's head signs


def test_reminder_letter_has_subject_and_addressees(tmp_path: Path) -> None:
    ws = load_workspace(FIXTURE).workspace
    day = date(2023, 9, 5)
    path = tmp_path / "don-doc.docx"
    path.write_bytes(remind_docx(build_remind(ws, evaluate(ws, day), ws.plans[0], day)))
    document = docx.Document(str(path))
    left = [t.replace("\u00a0", " ") for t in texts(document.tables[0].rows[0].cells[0])]
    assert left == ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ CẨM PHẢ", "PHÒNG VĂN HÓA VÀ",
                    "THÔNG TIN THÀNH PHỐ", "Số: …/VHTT",
                    "V/v đôn đốc thực hiện Kế hoạch số 48/KH-UBND"]
    lines = [p.text for p in document.paragraphs if p.text]
    assert lines[0] == "Kính gửi:"
    assert lines[1] == "- Ban Tuyên giáo Thành ủy;"
    assert lines[3] == "- Ủy ban nhân dân phường Cẩm Đông."


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
BUNDLED = Path(__file__).resolve().parent.parent  # plan 48 in full, with its sample records
PAGE = re.compile(rb"/Type\s*/Page(?!s)")


def to_pdf(docx_path: Path, tmp_path: Path) -> bytes:
    assert SOFFICE is not None
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(docx_path)],
        check=True, capture_output=True, timeout=240,
    )
    pdf = (tmp_path / docx_path.name).with_suffix(".pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    return pdf


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_plan_48_drafts_fit_their_page_budgets_in_libreoffice(tmp_path: Path) -> None:
    """The August 2023 report of the bundled plan 48 (35 units, 60 activities) in at most 12
    pages, appendix included; the reminder of 5/9/2023 in at most 4; both numbered by a PAGE
    field (checked in the .docx, since a PDF keeps only the numbers)."""
    from kehoach_cli.render.chart import chart_png

    ws = load_workspace(BUNDLED).workspace
    report = build_report(ws, evaluate(ws, AS_OF), ws.plans[0],
                          ReportOptions(2023, 8, report_date=AS_OF))
    assert report.chart is not None
    remind_day = date(2023, 9, 5)
    remind = build_remind(ws, evaluate(ws, remind_day), ws.plans[0], remind_day)
    for name, data, budget in (
        ("bao-cao.docx", report_docx(report, chart_png(report.chart)), 12),
        ("don-doc.docx", remind_docx(remind), 4),
    ):
        path = tmp_path / name
        path.write_bytes(data)
        headers = [zipfile.ZipFile(path).read(n) for n in zipfile.ZipFile(path).namelist()
                   if n.startswith("word/header")]
        assert any(b" PAGE " in h for h in headers), name
        pages = len(PAGE.findall(to_pdf(path, tmp_path)))
        assert 1 < pages <= budget, (name, pages)
