"""Word files (.docx): paragraphs in order, their automatic numbering, bold/italic, and tables.

A .docx is a zip; its directory is checked before anything is unpacked, so a zip bomb (a small
file that unpacks to gigabytes) is refused by reading sizes, not by inflating them.  Automatic
numbering ("1.", "a)", "-") is not in the paragraph text; it is rebuilt from numbering.xml so the
outline reader sees the numbers the reader of the printed document sees.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from kehoach_cli.importing.blocks import MAX_TEXT_CHARS, Block, clean
from kehoach_cli.problems import FatalError

MAX_UNPACKED = 100 * 1024 * 1024
MAX_MEMBERS = 5000
MAX_RATIO = 200
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def check_zip(path: Path) -> None:
    """Refuse what is not a Word zip, or would unpack beyond the limits (from the directory)."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError):
        raise FatalError("import.not_docx", path=str(path)) from None
    names = {m.filename for m in members}
    if "word/document.xml" not in names:
        raise FatalError("import.not_docx", path=str(path))
    unpacked = sum(m.file_size for m in members)
    packed = max(1, sum(m.compress_size for m in members))
    if len(members) > MAX_MEMBERS or unpacked > MAX_UNPACKED or unpacked > MAX_RATIO * packed + 10**7:
        raise FatalError("import.zip_bomb", path=str(path), size=unpacked // (1024 * 1024))


def read_docx(path: Path) -> list[Block]:
    check_zip(path)
    import docx  # python-docx: imported only when a Word file is read

    try:
        document = docx.Document(str(path))
    except Exception:  # python-docx raises many kinds for a damaged package
        raise FatalError("import.not_docx", path=str(path)) from None
    numbering = _Numbering(document)
    blocks: list[Block] = []
    table = 0
    for item in document.iter_inner_content():
        if hasattr(item, "rows"):
            table += 1
            blocks.extend(_table(item, table, len(blocks)))
        else:
            block = _paragraph(item, numbering, len(blocks) + 1)
            if block is not None:
                blocks.append(block)
        chars = sum(len(b.text) for b in blocks)
        if chars > MAX_TEXT_CHARS:
            raise FatalError("import.too_long", path=str(path))
    return blocks


def _paragraph(par: Any, numbering: _Numbering, line: int) -> Block | None:
    text = clean(par.text)
    if not text:
        return None
    label = numbering.label(par)
    if label:
        text = f"{label} {text}"
    runs = [r for r in par.runs if r.text.strip()]
    bold = bool(runs) and all(r.bold or _style_flag(par, "bold") for r in runs)
    italic = bool(runs) and all(r.italic or _style_flag(par, "italic") for r in runs)
    return Block(text, line, bold=bold, italic=italic)


def _style_flag(par: Any, flag: str) -> bool:
    font = par.style.font if par.style is not None else None
    return bool(font is not None and getattr(font, flag))


def _cells(row: Any) -> tuple[str, ...]:
    seen: list[Any] = []
    for cell in row.cells:
        if not seen or cell._tc is not seen[-1]._tc:
            seen.append(cell)
    return tuple("\n".join(clean(p.text) for p in c.paragraphs if clean(p.text)) for c in seen)


def _table(table: Any, number: int, before: int) -> list[Block]:
    """A data table gives one block per row; a layout table (letterhead, signature) its text."""
    rows = [_cells(r) for r in table.rows]
    data = len(rows) >= 2 and len(rows[0]) >= 3
    out: list[Block] = []
    for row in rows:
        if data:
            flat = tuple(c.replace("\n", " ") for c in row)
            out.append(Block(" | ".join(flat), before + len(out) + 1, cells=flat, table=number,
                             multiline=row))
            continue
        for cell in row:
            for text in cell.split("\n"):
                out.append(Block(text, before + len(out) + 1))
    return out


class _Numbering:
    """Counters for the document's automatic lists, formatted as numbering.xml says."""

    def __init__(self, document: Any) -> None:
        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}
        self.counters: dict[str, list[int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract = {a.get(f"{_W}abstractNumId"): a for a in root.iter(f"{_W}abstractNum")}
        for num in root.iter(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            definition = abstract.get(ref.get(f"{_W}val")) if ref is not None else None
            if definition is None:
                continue
            for lvl in definition.iter(f"{_W}lvl"):
                fmt, text, start = (lvl.find(f"{_W}{k}") for k in ("numFmt", "lvlText", "start"))
                self.levels[(num.get(f"{_W}numId") or "", int(lvl.get(f"{_W}ilvl") or 0))] = (
                    fmt.get(f"{_W}val") if fmt is not None else "decimal",
                    text.get(f"{_W}val") if text is not None else "",
                    int(start.get(f"{_W}val") or 1) if start is not None else 1,
                )

    def label(self, par: Any) -> str:
        numpr = _numpr(par)
        if numpr is None or numpr.numId is None:
            return "-" if "bullet" in (par.style.name or "").lower() else ""
        num_id, ilvl = str(numpr.numId.val), int(numpr.ilvl.val) if numpr.ilvl is not None else 0
        if (num_id, ilvl) not in self.levels:
            return ""
        counts = self.counters.setdefault(num_id, [0] * 9)
        counts[ilvl] += 1
        for deeper in range(ilvl + 1, 9):
            counts[deeper] = 0
        fmt, text, _ = self.levels[(num_id, ilvl)]
        if fmt == "bullet":
            return "-"
        for level in range(ilvl + 1):
            lfmt, _, start = self.levels.get((num_id, level), ("decimal", "", 1))
            text = text.replace(f"%{level + 1}", _format(lfmt, max(counts[level], 1) + start - 1))
        return text


def _numpr(par: Any) -> Any:
    """The paragraph's list properties, its own or its style's ("List Number" carries them)."""
    ppr = par._p.pPr
    if ppr is not None and ppr.numPr is not None:
        return ppr.numPr
    style = par.style
    while style is not None:
        sppr = style.element.pPr
        if sppr is not None and sppr.numPr is not None:
            return sppr.numPr
        style = style.base_style
    return None


def _format(fmt: str, n: int) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letter = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(n)
        return roman.lower() if fmt == "lowerRoman" else roman
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                       (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + sym, n - value
    return out
