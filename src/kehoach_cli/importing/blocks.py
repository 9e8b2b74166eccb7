"""A document as the importer sees it: a list of blocks (paragraphs and table rows) with places.

Every reader (plain text here, Word in ``docxread``, PDF in ``pdfread``) produces the same
blocks, so the rest of the importer never knows which format it came from.  Limits are checked
before anything is read: a document bigger than ``MAX_BYTES`` is refused outright.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from kehoach_cli.problems import FatalError

MAX_BYTES = 20 * 1024 * 1024          # no plan document comes near this
MAX_TEXT_CHARS = 4 * 1024 * 1024      # text actually read from any format
_EMPHASIS = re.compile(r"\*{1,3}")
_SPACES = re.compile(r"[ \t\u00a0]+")
_TABLE_RULE = re.compile(r"^\|?\s*:?-{2,}")


@dataclass(frozen=True)
class Block:
    """One paragraph (``cells`` empty) or one table row (``cells`` set, ``text`` joined)."""

    text: str
    line: int
    bold: bool = False
    italic: bool = False
    cells: tuple[str, ...] = ()
    table: int = 0
    multiline: tuple[str, ...] = field(default=())


def clean(text: str) -> str:
    """One line of text with single spaces and no soft hyphens or stray emphasis marks."""
    text = unicodedata.normalize("NFC", text.replace("\u00ad", ""))
    return _SPACES.sub(" ", text).strip()


def check_size(path: Path) -> int:
    """The file's size, refused if empty or beyond ``MAX_BYTES``; a missing file is refused too."""
    try:
        size = path.stat().st_size
    except OSError:
        raise FatalError("import.no_file", exit_code=2, path=str(path)) from None
    if not path.is_file():
        raise FatalError("import.no_file", exit_code=2, path=str(path))
    if size == 0:
        raise FatalError("import.empty", path=str(path))
    if size > MAX_BYTES:
        raise FatalError("import.too_big", path=str(path), size=size // (1024 * 1024),
                         limit=MAX_BYTES // (1024 * 1024))
    return size


def read_text_file(path: Path) -> list[Block]:
    """A .txt or .md file: one block per non-empty line; Markdown emphasis and tables read."""
    raw = path.read_bytes()
    if b"\x00" in raw[:65536]:
        raise FatalError("import.not_text", path=str(path))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise FatalError("import.not_utf8", path=str(path), offset=err.start) from None
    return text_blocks(text.splitlines())


def text_blocks(lines: list[str]) -> list[Block]:
    """Blocks from lines of text (also what the PDF reader extracts)."""
    blocks: list[Block] = []
    table = 0
    in_table = False
    for number, raw in enumerate(lines, start=1):
        stripped = raw.strip()
        if stripped.startswith("|") and stripped.count("|") >= 2:
            if not in_table:
                table, in_table = table + 1, True
            if _TABLE_RULE.match(stripped):
                continue
            cells = tuple(clean(_EMPHASIS.sub("", c)) for c in stripped.strip("|").split("|"))
            blocks.append(Block(" | ".join(cells), number, cells=cells, table=table))
            continue
        in_table = False
        if stripped.startswith("* "):
            stripped = "- " + stripped[2:]
        bold = stripped.startswith("**")
        italic = not bold and stripped.startswith("*") and not stripped.startswith("* ")
        text = clean(_EMPHASIS.sub("", stripped.lstrip("#")))
        if text:
            blocks.append(Block(text, number, bold=bold, italic=italic))
    return blocks


def read_document(path: Path) -> list[Block]:
    check_size(path)
    suffix = path.suffix.lower()
    if suffix == ".docx":
        from kehoach_cli.importing.docxread import read_docx

        return read_docx(path)
    if suffix == ".pdf":
        from kehoach_cli.importing.pdfread import read_pdf

        return read_pdf(path)
    if suffix in (".txt", ".md", ".text", ".markdown"):
        return read_text_file(path)
    raise FatalError("import.unknown_format", exit_code=2, path=str(path), suffix=suffix or "''")
