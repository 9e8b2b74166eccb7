"""``kehoach import`` on what is not a plan, and its promise never to write half a file or overwrite."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import REPO, run_cli

# Run kehoach as a child of a small Python that reports the child's wall time and peak memory.
MEASURE = """
import json, resource, subprocess, sys, time
start = time.monotonic()
proc = subprocess.run([sys.executable, "-m", "kehoach_cli", *sys.argv[1:]], capture_output=True, text=True)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"code": proc.returncode, "stderr": proc.stderr, "seconds": time.monotonic() - start,
                  "cpu": usage.ru_utime + usage.ru_stime, "kb": usage.ru_maxrss}))
"""


def _measured(*args: str, cwd: Path) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KEHOACH_")}
    env.update({"PYTHONIOENCODING": "utf-8", "KEHOACH_NO_CACHE": "1"})
    out = subprocess.run([sys.executable, "-c", MEASURE, *args], cwd=cwd, env=env, capture_output=True,
                         text=True, encoding="utf-8", timeout=120, check=True)
    result: dict[str, object] = json.loads(out.stdout)
    return result

SEED = REPO / "tests" / "fixtures" / "seed" / "48-KH-UBND.txt"


def _random_docx(path: Path) -> Path:
    import docx

    doc = docx.Document()
    doc.add_paragraph("Thực đơn tuần này: thứ Hai phở, thứ Ba bún chả.")
    doc.save(str(path))
    return path


def _zip_bomb(path: Path) -> Path:
    """A .docx whose document.xml unpacks to 300 MB (written in chunks; the zip is ~300 KB)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b" " * (1024 * 1024)
            for _ in range(300):
                member.write(chunk)
    return path


def _blank_pdf(path: Path) -> Path:
    """A PDF of pages without a text layer, as a scanner makes them."""
    import pypdf

    writer = pypdf.PdfWriter()
    for _ in range(3):
        writer.add_blank_page(width=595, height=842)
    with path.open("wb") as handle:
        writer.write(handle)
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
    "broken.pdf": (lambda p: (p.write_bytes(b"%PDF-1.4\n%%EOF\n"), p)[1], "không phải tệp PDF"),
    "scan.pdf": (_blank_pdf, "không có lớp chữ (bản quét)"),
    "photo.jpg": (lambda p: (p.write_bytes(b"\xff\xd8\xff\xe0"), p)[1], "không nhập được tệp .jpg"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_not_a_plan_gets_a_clear_message_and_no_file(tmp_path: Path, name: str) -> None:
    make, expected = CASES[name]
    document = make(tmp_path / name)
    result = _measured("import", str(document), "-o", str(tmp_path / "out" / "plan.yaml"), cwd=tmp_path)
    print(f"\n{name}: exit {result['code']}, {result['cpu']:.2f} s CPU ({result['seconds']:.2f} s wall), "
          f"{int(result['kb']) // 1024} MB")
    assert result["code"] in (1, 2)
    assert expected in str(result["stderr"])
    assert "Traceback" not in str(result["stderr"])
    # CPU time: the work done, whatever else the machine is running (the wall time is printed)
    assert float(result["cpu"]) < 2.0  # type: ignore[arg-type]
    assert int(result["kb"]) < 200 * 1024  # type: ignore[call-overload]
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


def test_without_output_the_draft_goes_to_the_workspace_plans(tmp_path: Path) -> None:
    (tmp_path / "kehoach.yaml").write_text("kehoach: 1\n", encoding="utf-8")
    result = run_cli("import", str(SEED), cwd=tmp_path)
    assert result.code == 0, result.stderr
    assert result.stdout.startswith("Đã ghi plans/48-kh-ubnd.yaml: 60 nhiệm vụ")
    assert run_cli("validate", cwd=tmp_path).code == 0


def test_a_unit_register_that_does_not_read_is_refused(tmp_path: Path) -> None:
    (tmp_path / "units.yaml").write_text("kehoach: 1\nunits: [{id: a}]\n", encoding="utf-8")
    result = run_cli("import", str(SEED), "--units", "units.yaml", "--dry-run", cwd=tmp_path)
    assert (result.code, result.stderr) == (
        2, "kehoach: units.yaml: không đọc được danh mục đơn vị (1 lỗi).\n")


def test_english_messages_and_review_mark(tmp_path: Path) -> None:
    result = run_cli("--lang", "en", "import", str(SEED), "-o", "plans/48.yaml", cwd=tmp_path)
    assert result.stdout.startswith("Wrote plans/48.yaml: 60 tasks")
    assert "# REVIEW: the document names no lead" in (tmp_path / "plans" / "48.yaml").read_text("utf-8")


def test_a_table_that_is_not_a_task_table_is_kept_in_a_comment(tmp_path: Path) -> None:
    import docx

    doc = docx.Document()
    for text in ("Số: 3/KH-UBND", "Hải Lạng, ngày 02 tháng 5 năm 2024", "KẾ HOẠCH", "Thử bảng",
                 "I. NHIỆM VỤ", "- Phòng Nội vụ tổng hợp kết quả."):
        doc.add_paragraph(text)
    table = doc.add_table(rows=2, cols=3)
    for row, texts in zip(table.rows, (("Tên", "Số lượng", "Ghi chú"), ("Loa", "3", "mới")), strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    doc.save(str(tmp_path / "bang.docx"))
    result = run_cli("import", "bang.docx", "--dry-run", cwd=tmp_path)
    assert result.code == 0, result.stderr
    assert "# | Tên | Số lượng | Ghi chú |\n# | Loa | 3 | mới |\ntasks:\n" in result.stdout
