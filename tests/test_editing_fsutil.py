"""Writes that lose nothing: serialised ``record`` runs, kills mid-write, file modes, folders,
symlinks and the size limit (``editing/fsutil.py``, ``editing/recording.py``)."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import yaml

from conftest import run_cli, write_files
from kehoach_cli.editing.fsutil import write_atomic
from kehoach_cli.problems import FatalError

COUNT = 16
MONTH = "8/2023"
RECORD = "progress/2023-08/phong-a.yaml"


def _plan(tasks: int) -> str:
    rows = "".join(f"  - {{id: t{i}, ref: I.{i}, title: Việc {i}, lead: [phong-a],"
                   f" time: trước 25/3/2023}}\n" for i in range(tasks))
    return ("kehoach: 1\nid: kh\ndocument: {number: 1/KH-UBND, date: 2023-02-20, place: X,"
            " issuer: UBND X, title: Kế hoạch}\nunits:\n  - {id: phong-a, name: Phòng A}\n"
            "tasks:\n" + rows)


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    return write_files(tmp_path / "ws", {"kehoach.yaml": "kehoach: 1\n",
                                         "plans/kh.yaml": _plan(COUNT)})


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KEHOACH_")}
    env.update({"PYTHONIOENCODING": "utf-8", "KEHOACH_NO_CACHE": "1"})
    return env


def _record(ws: Path, task: str, results: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kehoach_cli", "record", "phong-a", task, "--month", MONTH,
         "--state", "đang thực hiện", "--results", results],
        cwd=ws, env=_env(), capture_output=True, text=True, timeout=300)


def _entries(ws: Path) -> dict[str, object]:
    data = yaml.safe_load((ws / RECORD).read_text(encoding="utf-8"))
    return {e["task"]: e.get("results") for e in data["entries"]}


def _leftovers(ws: Path) -> list[str]:
    return sorted(p.name for p in (ws / "progress" / "2023-08").iterdir()
                  if p.name.endswith(".tmp"))


def test_parallel_records_of_different_entries_all_land(ws: Path) -> None:
    with ThreadPoolExecutor(COUNT) as pool:
        runs = list(pool.map(lambda i: _record(ws, f"t{i}", f"kết quả {i}"), range(COUNT)))
    acknowledged = [i for i, run in enumerate(runs) if run.returncode == 0]
    assert [run.stderr for run in runs if run.returncode != 0] == []
    assert _entries(ws) == {f"t{i}": f"kết quả {i}" for i in acknowledged}
    assert len(acknowledged) == COUNT
    assert _leftovers(ws) == []


def test_parallel_records_of_one_entry_keep_the_last_writer(ws: Path) -> None:
    with ThreadPoolExecutor(8) as pool:
        runs = list(pool.map(lambda i: _record(ws, "t0", f"lần {i}"), range(8)))
    assert all(run.returncode == 0 for run in runs), [r.stderr for r in runs]
    data = yaml.safe_load((ws / RECORD).read_text(encoding="utf-8"))
    assert len(data["entries"]) == 1
    assert data["entries"][0]["results"] in {f"lần {i}" for i in range(8)}


def test_killed_records_leave_no_partial_or_temporary_file(ws: Path) -> None:
    assert _record(ws, "t0", "đầu tiên").returncode == 0
    for i in range(12):
        proc = subprocess.Popen(
            [sys.executable, "-m", "kehoach_cli", "record", "phong-a", f"t{i % COUNT}",
             "--month", MONTH, "--results", f"bị ngắt {i}"],
            cwd=ws, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(0.15 + 0.07 * i)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        entries = _entries(ws)  # always a whole file that reads
        assert entries["t0"] in {"đầu tiên", "bị ngắt 0"}
    final = _record(ws, "t1", "sau cùng")
    assert final.returncode == 0, final.stderr
    assert _entries(ws)["t1"] == "sau cùng"
    assert _leftovers(ws) == []
    result = run_cli("validate", cwd=ws)
    assert result.code == 0, result.stdout


def test_record_keeps_the_mode_of_the_file(ws: Path) -> None:
    assert _record(ws, "t0", "một").returncode == 0
    os.chmod(ws / RECORD, 0o644)
    assert _record(ws, "t1", "hai").returncode == 0
    assert stat.S_IMODE((ws / RECORD).stat().st_mode) == 0o644


def test_new_files_follow_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        write_atomic(tmp_path / "a.txt", b"x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a.txt").stat().st_mode) == 0o640


@pytest.mark.parametrize("args", [
    ["calendar", "-o", "{out}/x.ics"],
    ["schema", "-o", "{out}/x.json"],
    ["report", "--month", "8/2023", "-o", "{out}/x.md"],
    ["remind", "--as-of", "2024-01-01", "-o", "{out}/x.md"],
])
def test_every_writer_keeps_modes_and_follows_the_umask(ws: Path, tmp_path: Path,
                                                        args: list[str]) -> None:
    out = tmp_path / "out"
    out.mkdir()
    argv = [a.format(out=out) for a in args]
    target = Path(argv[-1])
    command = f"umask 022; exec {sys.executable} -m kehoach_cli " + " ".join(
        f"'{a}'" for a in argv)
    first = subprocess.run(["sh", "-c", command], cwd=ws, env=_env(), capture_output=True,
                           text=True, timeout=120)
    assert first.returncode == 0, first.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    os.chmod(target, 0o664)
    again = subprocess.run(["sh", "-c", command], cwd=ws, env=_env(), capture_output=True,
                           text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o664


def test_calendar_into_a_missing_folder_is_refused(ws: Path, tmp_path: Path) -> None:
    target = tmp_path / "nonexistent" / "dir" / "x.ics"
    result = run_cli("calendar", "-o", str(target), cwd=ws)
    assert result.code == 2
    assert result.stderr == (f"kehoach: Không ghi {target}: thư mục {target.parent} không tồn "
                             "tại (kehoach không tự tạo thư mục).\n")
    assert not (tmp_path / "nonexistent").exists()


def test_report_to_an_unknown_suffix_is_refused(ws: Path, tmp_path: Path) -> None:
    result = run_cli("report", "--month", "8/2023", "-o", str(tmp_path / "x.pdf"), cwd=ws)
    assert result.code == 2
    assert result.stderr == (
        f"kehoach: Không biết ghi định dạng nào vào {tmp_path / 'x.pdf'} (đuôi .pdf): hãy dùng "
        "đuôi .md, .markdown, .docx, .html, .htm hoặc chọn --format md, docx, html.\n")
    assert not (tmp_path / "x.pdf").exists()


def test_record_refuses_to_write_through_a_link_leaving_the_workspace(ws: Path,
                                                                      tmp_path: Path) -> None:
    outside = tmp_path / "outside.yaml"
    outside.write_text("giữ nguyên\n", encoding="utf-8")
    (ws / "progress" / "2023-08").mkdir(parents=True)
    (ws / RECORD).symlink_to(outside)
    result = _record(ws, "t0", "x")
    assert result.returncode == 1
    assert result.stderr.endswith(f"kehoach: Không ghi {RECORD}: đó là liên kết tượng trưng "
                                  "(symbolic link) trỏ ra ngoài thư mục làm việc.\n")
    assert outside.read_text(encoding="utf-8") == "giữ nguyên\n"


def test_record_never_writes_over_the_size_limit(ws: Path) -> None:
    from kehoach_cli.reading.yamlread import MAX_FILE_BYTES

    assert _record(ws, "t0", "x").returncode == 0
    padded = (ws / RECORD).read_bytes()
    padded += b"# " + b"x" * (MAX_FILE_BYTES - len(padded) - 40) + b"\n"
    (ws / RECORD).write_bytes(padded)
    before = (ws / RECORD).read_bytes()
    assert len(before) <= MAX_FILE_BYTES
    result = _record(ws, "t1", "một kết quả đủ dài để vượt giới hạn của tệp")
    assert result.returncode == 1
    assert "quá giới hạn" in result.stderr
    assert (ws / RECORD).read_bytes() == before


def test_a_write_failure_is_a_fatal_error(tmp_path: Path) -> None:
    (tmp_path / "ro").mkdir()
    os.chmod(tmp_path / "ro", 0o500)
    try:
        if os.access(tmp_path / "ro", os.W_OK):
            pytest.skip("running as a user who can write anywhere")
        with pytest.raises(FatalError):
            write_atomic(tmp_path / "ro" / "x", b"x")
    finally:
        os.chmod(tmp_path / "ro", 0o700)

