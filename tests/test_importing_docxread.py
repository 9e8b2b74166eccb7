"""Word files: automatic numbering rebuilt, bold read, data tables kept as rows, zip limits."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from kehoach_cli.importing.docxread import read_docx
from kehoach_cli.problems import FatalError


def test_numbering_bold_and_tables(tmp_path: Path) -> None:
    doc = docx.Document()
    doc.add_paragraph("Nhiệm vụ", style="List Number")
    doc.add_paragraph("Tổ chức", style="List Number")
    doc.add_paragraph("Tuyên truyền", style="List Bullet")
    doc.add_paragraph().add_run("KẾ HOẠCH").bold = True
    table = doc.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ("STT", "Nội dung", "Chủ trì"), strict=True):
        cell.text = text
    table.rows[1].cells[2].text = "Phòng A\nPhòng B"
    doc.save(str(tmp_path / "a.docx"))
    blocks = read_docx(tmp_path / "a.docx")
    assert [b.text for b in blocks[:4]] == ["1. Nhiệm vụ", "2. Tổ chức", "- Tuyên truyền", "KẾ HOẠCH"]
    assert blocks[3].bold and not blocks[0].bold
    assert blocks[4].cells == ("STT", "Nội dung", "Chủ trì")
    assert blocks[5].multiline[2] == "Phòng A\nPhòng B"


def test_a_zip_without_a_document_is_not_a_word_file(tmp_path: Path) -> None:
    import zipfile

    with zipfile.ZipFile(tmp_path / "x.docx", "w") as archive:
        archive.writestr("hello.txt", "xin chào")
    with pytest.raises(FatalError) as err:
        read_docx(tmp_path / "x.docx")
    assert err.value.code == "import.not_docx"
