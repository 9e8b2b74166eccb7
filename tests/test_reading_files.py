"""Finding and reading workspace files without trusting the file system: symlinks, FIFOs,
devices and huge files (``reading/files.py``)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from conftest import run_cli, write_files
from kehoach_cli.reading.files import display, read_limited, workspace_files
from kehoach_cli.reading.loading import load_workspace

PLAN = """\
kehoach: 1
units:
  - id: phong-a
    name: Phòng A
"""
SECRET = "mat-khau-bi-mat-0123"


def _ws(tmp_path: Path) -> Path:
    return write_files(tmp_path / "ws", {"plans/a.yaml": PLAN})


def test_symlinked_folder_is_never_followed(tmp_path: Path) -> None:
    root = _ws(tmp_path)
    outside = write_files(tmp_path / "outside", {"deep/b.yaml": PLAN})
    (root / "plans" / "r").symlink_to(outside)
    (root / "plans" / "loop").symlink_to(root / "plans")
    plans, progress = workspace_files(root)
    assert plans == [root / "plans" / "a.yaml"]
    assert progress == []


def test_symlinked_file_outside_is_skipped_and_never_echoed(tmp_path: Path) -> None:
    root = _ws(tmp_path)
    secret = tmp_path / "shadow"
    secret.write_text(f"root: [{SECRET}\n", encoding="utf-8")  # broken YAML would be echoed
    (root / "plans" / "s.yaml").symlink_to(secret)
    result = run_cli("validate", cwd=root)
    assert result.code == 1
    assert SECRET not in result.stdout + result.stderr
    assert result.stdout.splitlines()[0] == (
        "plans/s.yaml:1:1: lỗi: Liên kết tượng trưng (symbolic link) trỏ ra ngoài thư mục làm "
        "việc: bỏ qua, không đọc.")


def test_symlinked_file_inside_the_workspace_is_read(tmp_path: Path) -> None:
    root = _ws(tmp_path)
    (root / "plans" / "shared").mkdir()
    (root / "plans" / "a.yaml").rename(root / "plans" / "shared" / "a.yaml")
    (root / "plans" / "link.yaml").symlink_to(root / "plans" / "shared" / "a.yaml")
    plans, _ = workspace_files(root)
    assert root / "plans" / "link.yaml" in plans


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_never_hangs(tmp_path: Path) -> None:
    root = _ws(tmp_path)
    os.mkfifo(root / "plans" / "pipe.yaml")
    started = time.monotonic()
    result = run_cli("validate", cwd=root)
    assert time.monotonic() - started < 30
    assert result.code == 0, result.stdout + result.stderr
    raw, found = read_limited(root / "plans" / "pipe.yaml", "plans/pipe.yaml", 100)
    assert raw is None
    assert [p.code for p in found] == ["load.not_regular"]


def test_link_to_proc_kmsg_never_hangs(tmp_path: Path) -> None:
    root = _ws(tmp_path)
    (root / "plans" / "k.yaml").symlink_to("/proc/kmsg")
    started = time.monotonic()
    result = run_cli("validate", cwd=root)
    assert time.monotonic() - started < 30
    assert result.code == 1
    assert "plans/k.yaml:1:1" in result.stdout


def test_size_is_checked_on_the_descriptor_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    with big.open("wb") as handle:  # sparse: a gigabyte that costs nothing
        handle.truncate(1 << 30)
    started = time.monotonic()
    raw, found = read_limited(big, "plans/big.yaml", 5 * 1024 * 1024)
    assert time.monotonic() - started < 1
    assert raw is None
    assert [(p.code, p.params["size"]) for p in found] == [("load.too_large", 1 << 30)]


def test_read_limited_reads_a_regular_file_whole(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_bytes(b"x" * 100)
    assert read_limited(path, "a.yaml", 100) == (b"x" * 100, [])
    assert read_limited(path, "a.yaml", 99)[1][0].code == "load.too_large"


def test_loader_reports_links_it_skipped(tmp_path: Path) -> None:
    root = _ws(tmp_path)
    (root / "progress").mkdir()
    (root / "progress" / "x.yaml").symlink_to("/etc/passwd")
    problems = load_workspace(root).problems
    assert [(p.code, p.source.file) for p in problems] == [
        ("load.outside_link", "progress/x.yaml")]


def test_files_are_listed_in_path_order_not_string_order(tmp_path: Path) -> None:
    # "a-b" < "a/" as strings ("-" is 0x2d, "/" is 0x2f), but a Path compares part by part,
    # so plans/a/… comes before plans/a-b/…; the listing keeps the order of Path objects.
    for rel in ("plans/a-b/x.yaml", "plans/a/z.yaml", "plans/a.yaml", "plans/B.yml",
                "plans/.yaml", "plans/a/notes.txt", "progress/2023-01/u.yaml"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x: 1\n", encoding="utf-8")
    plans, progress = workspace_files(tmp_path)
    rels = [p.relative_to(tmp_path).as_posix() for p in plans]
    assert rels == ["plans/B.yml", "plans/a/z.yaml", "plans/a-b/x.yaml", "plans/a.yaml"]
    assert rels == [p.relative_to(tmp_path).as_posix() for p in sorted(plans)]
    assert [p.relative_to(tmp_path).as_posix() for p in progress] == ["progress/2023-01/u.yaml"]


@pytest.mark.parametrize(("root", "path"), [
    ("/ws", "/ws/plans/a.yaml"), ("/ws/", "/ws//progress/2023-08/x.yaml"), ("/ws", "/ws"),
    ("/ws", "/wsx/plans/a.yaml"), ("/ws", "/other/a.yaml"), ("/", "/plans/a.yaml"),
    (".", "plans/a.yaml"), (".", "/ws/a.yaml"), ("..", "../plans/a.yaml"), ("ws", "ws/./a.yaml"),
    ("/ws/plans", "/ws/a.yaml"),
])
def test_display_is_what_relative_to_gives(root: str, path: str) -> None:
    """The text cut is pathlib's answer, inside the root or not (there: the whole path)."""
    try:
        expected = Path(path).relative_to(Path(root)).as_posix()
    except ValueError:
        expected = Path(path).as_posix()
    assert display(Path(root), Path(path)) == expected
