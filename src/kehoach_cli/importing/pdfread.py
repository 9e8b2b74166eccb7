"""PDF files with a text layer, read with pypdf; a scan (pictures of pages, no text) is refused.

Lines come out of the text layer in reading order; the PDF does not say which lines were one
paragraph, so a line that does not start a new clause is joined to the one before it.
"""

from __future__ import annotations

import re
from pathlib import Path

from kehoach_cli.importing.blocks import MAX_TEXT_CHARS, Block, text_blocks
from kehoach_cli.problems import FatalError

MAX_PAGES = 300
MIN_TEXT = 40
# A line starts a new paragraph when it opens with a clause number, a dash, a label or a capital
# after a line that ended a sentence.
_STARTS = re.compile(
    r"^(?:[IVXLC]+\.|\d+(?:\.\d+)*\.|\(\d+\)|[a-zđ]\)|[-–•+]|Số\s*:|Nơi nhận|Thực hiện|Căn cứ|Lưu\s*:)")
_ENDS = re.compile(r"[.:;!?)”\"]$")


def read_pdf(path: Path) -> list[Block]:
    with path.open("rb") as handle:
        if handle.read(5) != b"%PDF-":
            raise FatalError("import.not_pdf", path=str(path))
    import pypdf  # imported only when a PDF is read

    try:
        reader = pypdf.PdfReader(str(path))
        if len(reader.pages) > MAX_PAGES:
            raise FatalError("import.too_long", path=str(path))
        pages = [page.extract_text() or "" for page in reader.pages]
    except FatalError:
        raise
    except Exception:  # pypdf raises many kinds for a damaged file
        raise FatalError("import.not_pdf", path=str(path)) from None
    text = "\n".join(pages)
    if len(text) > MAX_TEXT_CHARS:
        raise FatalError("import.too_long", path=str(path))
    if len(text.strip()) < MIN_TEXT:
        raise FatalError("import.scanned_pdf", path=str(path), pages=len(pages))
    return text_blocks(join_lines(text.splitlines()))


def join_lines(lines: list[str]) -> list[str]:
    """Lines of a page rejoined into paragraphs.

    A line continues the one before when it starts in lower case or with a digit, or when the
    line before ran (nearly) the full width of the text and did not end a sentence.
    """
    stripped = [raw.strip() for raw in lines]
    width = max((len(s) for s in stripped), default=0)
    out: list[str] = []
    last = ""
    for line in stripped:
        if not line:
            continue
        wrapped = len(last) >= 0.8 * width and not _ENDS.search(last) and not last.isupper()
        lower = line[:1].islower() or line[:1].isdigit()
        if out and not _STARTS.match(line) and not last.isupper() and (wrapped or lower):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        last = line
    return out
