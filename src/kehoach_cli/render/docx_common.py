"""Word building blocks for văn bản hành chính laid out as Nghị định 30/2020/NĐ-CP asks.

A4 portrait, margins top/bottom 20 mm, left 30 mm, right 15 mm; Times New Roman 13 for the
text (the east-Asian and complex-script font slots too, so Vietnamese never falls back to
another face); the header as a borderless two-column table; tables as real Word tables.
Everything goes through python-docx so that Word and LibreOffice both open the result.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from io import BytesIO
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.section import WD_SECTION_START as WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH as ALIGN
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from kehoach_cli.drafts.docparts import Letterhead, SignBlock

FONT = "Times New Roman"
SIZE = 13
TEXT_WIDTH_MM = 165  # 210 - 30 - 15
_FONT_SLOTS = ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")
_THEME_SLOTS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")

Doc = Any  # python-docx ships no type information
Para = Any
Cell = Any


def set_font(element: Any, name: str = FONT) -> None:
    """Name the font in all four slots and drop theme fonts, which would override it."""
    rpr = element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for slot in _THEME_SLOTS:
        fonts.attrib.pop(qn(slot), None)
    for slot in _FONT_SLOTS:
        fonts.set(qn(slot), name)


def new_document(title: str) -> Doc:
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    for name in ("Normal", "Heading 1", "Heading 2", "Heading 3"):
        style = doc.styles[name]
        style.font.name = FONT
        style.font.size = Pt(SIZE)
        style.font.color.rgb = RGBColor(0, 0, 0)
        set_font(style.element)
        if name != "Normal":
            style.font.bold, style.font.italic = True, False
            style.paragraph_format.space_before = Pt(6)
            style.paragraph_format.space_after = Pt(3)
            style.paragraph_format.keep_with_next = True
    normal = doc.styles["Normal"].paragraph_format
    normal.space_before, normal.space_after, normal.line_spacing = Pt(0), Pt(4), 1.15
    doc.core_properties.title = title
    doc.core_properties.author = "kehoach"
    return doc


def to_bytes(doc: Doc) -> bytes:
    out = BytesIO()
    doc.save(out)
    return out.getvalue()


def para(container: Any, text: str = "", *, bold: bool = False, italic: bool = False,
         underline: bool = False, size: float | None = None, align: Any = None,
         indent: bool = False, style: str | None = None) -> Para:
    """One paragraph with one run: the unit everything else is built from."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        run = p.add_run(text)
        run.bold, run.italic, run.underline = bold or None, italic or None, underline or None
        if size is not None:
            run.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    elif style is None:
        p.alignment = ALIGN.JUSTIFY
    if indent:
        p.paragraph_format.first_line_indent = Mm(10)
    return p


def heading(doc: Doc, text: str, level: int) -> Para:
    return para(doc, text, style=f"Heading {level}")


def items(doc: Doc, lines: Iterable[str], empty: str) -> None:
    """Dash items ("- …") as Vietnamese documents write them, or one line when there are none."""
    written = False
    for line in lines:
        para(doc, f"- {line}", indent=True)
        written = True
    if not written:
        para(doc, empty, indent=True)


def _borderless(table: Any) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    tbl_pr.append(borders)


def two_columns(doc: Doc, left_mm: float) -> tuple[Cell, Cell]:
    """A borderless 1×2 table kept on one page; its cells start with one empty paragraph."""
    table = doc.add_table(rows=1, cols=2)
    table.autofit = False
    _borderless(table)
    set_widths(table, (left_mm, TEXT_WIDTH_MM - left_mm))
    _keep_row_together(table.rows[0])
    return table.rows[0].cells[0], table.rows[0].cells[1]


def set_widths(table: Any, widths_mm: Sequence[float]) -> None:
    """Widths on the grid columns (LibreOffice reads these) and on every cell (Word does)."""
    for column, width in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(width)


def _cell_para(cell: Cell, first: list[bool], text: str, **kw: Any) -> Para:
    """Write into the cell's existing empty paragraph first, then add new ones."""
    if first[0]:
        first[0] = False
        p = cell.paragraphs[0]
        run = p.add_run(text)
        run.bold, run.italic, run.underline = (kw.get("bold") or None, kw.get("italic") or None,
                                               kw.get("underline") or None)
        if kw.get("size"):
            run.font.size = Pt(kw["size"])
        p.alignment = kw.get("align", ALIGN.CENTER)
        return p
    return para(cell, text, align=kw.pop("align", ALIGN.CENTER), **kw)


LEFT_MM = 72


def rule(container: Any, width_mm: float, box_mm: float) -> Para:
    """The short solid line NĐ 30/2020 draws under the issuer's name, the motto and the
    subject: an empty paragraph indented to ``width_mm`` and centred in ``box_mm``, with a top
    border, so it is real layout in Word and LibreOffice (no drawing object)."""
    p = container.add_paragraph()
    fmt = p.paragraph_format
    side = max(0.0, (box_mm - width_mm) / 2)
    fmt.left_indent, fmt.right_indent = Mm(side), Mm(side)
    fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(0), Pt(2), Pt(2)
    borders = OxmlElement("w:pBdr")
    top = OxmlElement("w:top")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"),
                       ("w:color", "000000")):
        top.set(qn(key), value)
    borders.append(top)
    p._p.get_or_add_pPr().append(borders)
    return p


def letterhead(doc: Doc, head: Letterhead) -> None:
    left, right = two_columns(doc, LEFT_MM)
    first_l, first_r = [True], [True]
    for line in head.parent_lines:
        _cell_para(left, first_l, line, size=12.5)
    for line in head.issuer_lines:
        _cell_para(left, first_l, line, bold=True, size=12.5)
    rule(left, 22, LEFT_MM)
    _cell_para(left, first_l, head.number)
    if head.subject:
        _cell_para(left, first_l, head.subject, size=12)
    _cell_para(right, first_r, head.nation.replace(" ", "\u00a0"), bold=True, size=12)
    _cell_para(right, first_r, head.motto, bold=True, size=13.5)
    rule(right, 60, TEXT_WIDTH_MM - LEFT_MM)
    _cell_para(right, first_r, head.place_date, italic=True)


def signature(doc: Doc, label: str, recipients: Sequence[str], signer: SignBlock) -> None:
    """Nơi nhận beside the signer, in one row that never breaks across pages."""
    para(doc, "")
    left, right = two_columns(doc, 82)
    first_l, first_r = [True], [True]
    _cell_para(left, first_l, label, bold=True, italic=True, size=12, align=ALIGN.LEFT)
    for line in recipients:
        _cell_para(left, first_l, line, size=11, align=ALIGN.LEFT)
    if signer.authority:
        _cell_para(right, first_r, signer.authority, bold=True)
    _cell_para(right, first_r, signer.position, bold=True)
    for _ in range(4):
        _cell_para(right, first_r, "")
    _cell_para(right, first_r, signer.name, bold=True)


def grid(doc: Doc, columns: Sequence[str], rows: Iterable[Sequence[object]],
         widths_mm: Sequence[float], bold_last: bool = False, size: float = 12) -> Any:
    """A bordered Word table ("Table Grid"): the bold header row repeated on every page, rows
    that never split across pages, single-spaced cells.  (Not "keep with next" to hold a
    short table on one page: LibreOffice then moves the text after it to the next page.)"""
    body = [[str(v) for v in row] for row in rows]
    table = doc.add_table(rows=1 + len(body), cols=len(columns))
    table.style = doc.styles["Table Grid"]
    table.autofit = False
    _repeat_header(table.rows[0])
    set_widths(table, widths_mm)
    for r, values in enumerate([list(columns), *body]):
        bold = r == 0 or (bold_last and r == len(body))
        _keep_row_together(table.rows[r])
        for c, value in enumerate(values):
            cell = table.rows[r].cells[c]
            p = _cell_para(cell, [True], value, bold=bold, size=size,
                           align=ALIGN.CENTER if r == 0 or _numeric(value) else ALIGN.LEFT)
            fmt = p.paragraph_format
            fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(0), Pt(0), 1.0
    return table


def _numeric(value: str) -> bool:
    return value.replace(",", "").replace("%", "").replace("-", "").isdigit() or value in ("", "-")


def _keep_row_together(row: Any) -> None:
    flag = OxmlElement("w:cantSplit")
    flag.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(flag)


def _repeat_header(row: Any) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    tr_pr.append(flag)


def _shrink(p: Para) -> None:
    """Make the paragraph that ends a section 1 pt high, so it never spills onto a page of
    its own after a full last page."""
    fmt = p.paragraph_format
    fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(0), Pt(0), Pt(1)
    fmt.keep_with_next = False
    mark = p._p.get_or_add_pPr()
    rpr = mark.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        mark.append(rpr)
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), "2")
    rpr.append(size)


def landscape_section(doc: Doc) -> float:
    """A new landscape A4 page for wide tables, same margins; returns its text width in mm."""
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    _shrink(doc.paragraphs[-1])  # the paragraph add_section made to end the previous one
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    section.different_first_page_header_footer = False
    section.header.is_linked_to_previous = True
    return 297 - 45
