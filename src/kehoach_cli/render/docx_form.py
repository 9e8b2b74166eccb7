"""The finishing marks of a Word draft that Nghị định 30/2020/NĐ-CP asks for: page numbers
from page 2 as a PAGE field, non-breaking hyphens in document numbers, and a centred picture
with its caption (the report's chart)."""

from __future__ import annotations

from io import BytesIO

from docx.enum.text import WD_ALIGN_PARAGRAPH as ALIGN
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm

from kehoach_cli.drafts.docparts import NB_HYPHEN
from kehoach_cli.render.docx_common import Doc, para


def page_numbers(doc: Doc) -> None:
    """Page numbers as a Word PAGE field, centred at the top, from page 2 (NĐ 30/2020): the
    first page has its own, empty, header."""
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    p = section.header.paragraphs[0]
    p.alignment = ALIGN.CENTER
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "2"),
                       ("end", None)):
        run = p.add_run()
        if kind is not None:
            fld = OxmlElement("w:fldChar")
            fld.set(qn("w:fldCharType"), kind)
            run._r.append(fld)
        elif text == " PAGE ":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
        else:
            run.text = text or ""


def no_break_hyphens(doc: Doc) -> None:
    """Turn every U+2011 of the text into Word's own non-breaking hyphen (w:noBreakHyphen),
    which Word and LibreOffice both keep on one line with its neighbours."""
    for t in list(doc.element.body.iter(qn("w:t"))):
        if NB_HYPHEN not in (t.text or ""):
            continue
        run = t.getparent()
        pieces = (t.text or "").split(NB_HYPHEN)
        at = run.index(t)
        run.remove(t)
        for i, piece in enumerate(pieces):
            if i:
                run.insert(at, OxmlElement("w:noBreakHyphen"))
                at += 1
            if piece:
                new = OxmlElement("w:t")
                new.set(qn("xml:space"), "preserve")
                new.text = piece
                run.insert(at, new)
                at += 1


def picture(doc: Doc, png: bytes, width_mm: float, caption: str) -> None:
    """A centred picture with its caption in italics below."""
    p = doc.add_paragraph()
    p.alignment = ALIGN.CENTER
    p.add_run().add_picture(BytesIO(png), width=Mm(width_mm))
    para(doc, caption, italic=True, size=11, align=ALIGN.CENTER)
