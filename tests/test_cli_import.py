"""``kehoach import`` on what is not a plan, and its promise never to write half a file or overwrite."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest

from conftest import REPO, run_cli

SEED = REPO / "tests" / "fixtures" / "seed" / "48-KH-UBND.txt"


def _random_docx(path: Path) -> Path:
    import docx

    doc = docx.Document()
    doc.add_paragraph("Thực đơn tuần này: thứ Hai phở, thứ Ba bún chả.")
    doc.save(str(path))
    return path


def _zip_bomb(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"<" + b" " * (300 * 1024 * 1024) + b">")
    return path


def _sparse(path: Path) -> Path:
    with path.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)
    return path


CASES = {
    "empty.txt": (lambda p: (p.write_bytes(b""), p)[1], "tệp rỗng"),
    "menu.docx": (_random_docx, "không thấy cấu trúc kế hoạch"),
    "binary.docx": (lambda p: (p.write_bytes(bytes(range(256)) * 64), p)[1], "không phải tệp Word"),
    "huge.txt": (_sparse, "quá giới hạn 20 MB"),
    "bomb.docx": (_zip_bomb, "giải nén ra 300 MB"),
    "scan.pdf": (lambda p: (p.write_bytes(b"%PDF-1.4\n%%EOF\n"), p)[1], "không phải tệp PDF"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_not_a_plan_gets_a_clear_message_and_no_file(tmp_path: Path, name: str) -> None:
    make, expected = CASES[name]
    document = make(tmp_path / name)
    start = time.monotonic()
    result = run_cli("import", str(document), "-o", str(tmp_path / "out" / "plan.yaml"), cwd=tmp_path)
    assert time.monotonic() - start < 2 * 5  # generous for a loaded CI machine; alone it is < 1 s
    assert result.code in (1, 2)
    assert expected in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_existing_plan_is_not_overwritten_without_force(tmp_path: Path) -> None:
    target = tmp_path / "plans" / "48.yaml"
    target.parent.mkdir()
    target.write_text("kehoach: 1\n", encoding="utf-8")
    result = run_cli("import", str(SEED), "-o", str(target), cwd=tmp_path)
    assert (result.code, target.read_text(encoding="utf-8")) == (2, "kehoach: 1\n")
    assert "thêm --force để ghi đè" in result.stderr
    forced = run_cli("import", str(SEED), "-o", str(target), "--force", cwd=tmp_path)
    assert forced.code == 0 and target.read_text(encoding="utf-8").startswith("# Bản nháp")
    assert not list(tmp_path.glob("plans/.*.tmp"))


def test_dry_run_prints_the_draft_and_writes_nothing(tmp_path: Path) -> None:
    result = run_cli("import", str(SEED), "--dry-run", cwd=tmp_path)
    assert result.code == 0
    assert result.stdout.startswith("# Bản nháp do 'kehoach import' soạn từ 48-KH-UBND.txt.")
    assert "Cần xem lại" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_review_list_points_at_the_lines_of_the_draft(tmp_path: Path) -> None:
    result = run_cli("import", str(SEED), "-o", "plans/48.yaml", cwd=tmp_path)
    lines = (tmp_path / "plans" / "48.yaml").read_text(encoding="utf-8").splitlines()
    listed = [row for row in result.stdout.splitlines() if row.startswith("  dòng ")]
    assert listed
    for row in listed:
        number, text = row.removeprefix("  dòng ").split(": ", 1)
        assert lines[int(number) - 1].strip() == f"# KIỂM TRA: {text}"
