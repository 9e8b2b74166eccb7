"""Read a .docx back with python-docx into plain data: what a golden file can compare.

The bytes of a .docx hold zip timestamps, so tests compare this outline instead: every
paragraph and table cell in body order, with the formatting the decree fixes (page size,
margins, fonts, bold/italic/underline of the text).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
from docx.oxml.ns import qn
from docx.shared import Length


def _mm(length: Length | None) -> float | None:
    return None if length is None else round(length.mm, 1)


def _marks(paragraph: Any) -> str:
    """"B", "I", "U" when every run with text has that formatting (style included)."""
    runs = [r for r in paragraph.runs if r.text.strip()]
    if not runs:
        return ""
    out = ""
    for mark, attr in (("B", "bold"), ("I", "italic"), ("U", "underline")):
        if all(getattr(r, attr) or getattr(paragraph.style.font, attr) for r in runs):
            out += mark
    return out


def _para(p: Any) -> str:
    marks = _marks(p)
    style = "" if p.style.name in ("Normal", None) else f"[{p.style.name}]"
    return f"{style}{'<' + marks + '>' if marks else ''}{p.text}"


def _table(t: Any) -> list[list[list[str]]]:
    return [[[_para(p) for p in cell.paragraphs if p.text] for cell in row.cells]
            for row in t.rows]


def outline(path: Path) -> dict[str, Any]:
    document = docx.Document(str(path))
    normal = document.styles["Normal"]
    fonts = normal.element.rPr.find(qn("w:rFonts"))
    body: list[Any] = []
    for block in document.iter_inner_content():
        if isinstance(block, docx.table.Table):
            body.append({"table": _table(block)})
        elif block.text:
            body.append(_para(block))
    return {
        "sections": [
            {"page_mm": [_mm(s.page_width), _mm(s.page_height)],
             "margins_mm": [_mm(s.top_margin), _mm(s.bottom_margin), _mm(s.left_margin),
                            _mm(s.right_margin)]}
            for s in document.sections
        ],
        "font": {"name": normal.font.name, "size_pt": normal.font.size.pt,
                 "east_asia": fonts.get(qn("w:eastAsia"))},
        "body": body,
    }
