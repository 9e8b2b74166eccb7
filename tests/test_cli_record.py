"""``kehoach record`` as staff type it: exact messages, exit codes, and what lands in the file."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml

from conftest import run_cli

FIXTURE = Path(__file__).parent / "fixtures" / "recording"
RECORD = "progress/2023-08/phong-a.yaml"


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    return Path(shutil.copytree(FIXTURE, tmp_path / "ws"))


def entries(ws: Path, rel: str = RECORD) -> list[dict[str, object]]:
    data = yaml.safe_load((ws / rel).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return list(data["entries"])


def test_update_by_unit_name_and_section_number(ws: Path) -> None:
    result = run_cli("record", "văn hóa a", "III.1", "--month", "8/2023", "--state", "done",
                     "--completed", "10/8/2023", "--evidence", "Báo cáo số 5/BC-VHTT", cwd=ws)
    assert (result.code, result.stdout, result.stderr) == (
        0, f"Đã cập nhật mục t3 (III.1) trong {RECORD}.\n", "")
    assert entries(ws)[1] == {
        "task": "t3", "state": "hoàn thành", "completed": date(2023, 8, 10),
        "results": "Đang   tuyên truyền", "evidence": ["Báo cáo số 5/BC-VHTT"],
        "obstacles": "Thiếu kinh phí.\n\nChưa có mặt bằng.\n",
    }
    assert run_cli("validate", cwd=ws).code == 0


def test_a_new_file_for_a_ward_milestone_with_figures(ws: Path) -> None:
    result = run_cli("record", "phuong-x", "t2", "--milestone", "le", "-m", "2023-08",
                     "--submitted", "2023-08-19", "--state", "đang thực hiện",
                     "--figure", "nguoi=70:thêm 10 người do phường tự vận động",
                     "--figure", "mo-hinh=1", "--results", "Đã mời 70 người.", cwd=ws)
    rel = "progress/2023-08/phuong-x.yaml"
    assert (result.code, result.stdout) == (0, f"Đã tạo {rel} và thêm mục t2#le (II.3.(2)).\n")
    assert (ws / rel).read_text(encoding="utf-8").endswith(
        "submitted: 2023-08-19\n"
        "entries:\n"
        "  - task: t2\n"
        "    milestone: le\n"
        "    state: đang thực hiện\n"
        "    results: Đã mời 70 người.\n"
        "    figures:\n"
        "      - target: nguoi\n"
        "        value: 70\n"
        "        note: thêm 10 người do phường tự vận động\n"
        "      - target: mo-hinh\n"
        "        value: 1\n"
    )


def test_english_messages(ws: Path) -> None:
    result = run_cli("--lang", "en", "record", "phong-a", "t4", "-m", "2023-08", "-s",
                     "in-progress", cwd=ws)
    assert result.stdout == f"Added entry t4 (III.2) to {RECORD}.\n"


def test_dry_run_prints_the_diff_and_writes_nothing(ws: Path) -> None:
    original = (ws / RECORD).read_bytes()
    result = run_cli("record", "phong-a", "t4", "-m", "2023-08", "-s", "chưa triển khai",
                     "--dry-run", cwd=ws)
    assert (result.code, result.stdout) == (0, (
        f"--- a/{RECORD}\n"
        f"+++ b/{RECORD}\n"
        "@@ -24,4 +24,7 @@\n"
        "       Thiếu kinh phí.\n"
        " \n"
        "       Chưa có mặt bằng.\n"
        "+\n"
        "+  - task: t4\n"
        "+    state: chưa triển khai\n"
        " # cuối tệp\n"
        f"Chạy thử: chưa ghi gì vào {RECORD}.\n"
    ))
    assert (ws / RECORD).read_bytes() == original


def test_a_result_that_would_not_validate_is_refused(ws: Path) -> None:
    original = (ws / RECORD).read_bytes()
    result = run_cli("record", "phong-a", "t3", "-m", "2023-08", "--completed", "2023-08-30",
                     cwd=ws)
    assert (result.code, result.stdout) == (1, "")
    assert result.stderr == (
        f"{RECORD}:22:16: lỗi: Ngày hoàn thành 2023-08-30 sau ngày gửi báo cáo 2023-08-18. "
        "[entries[1].completed]\n"
        "Có 1 lỗi và 0 cảnh báo trong 1 tệp.\n"
        f"kehoach: Không ghi {RECORD}: kết quả sẽ có 1 lỗi mới (in ở trên). Chưa ghi gì.\n"
    )
    assert (ws / RECORD).read_bytes() == original


def test_a_unit_not_responsible_for_the_task_is_refused(ws: Path) -> None:
    result = run_cli("record", "phong-b", "t1", "-m", "2023-08", "-s", "done", "--completed",
                     "2023-08-01", "--submitted", "2023-08-02", cwd=ws)
    assert result.code == 1
    assert result.stderr.startswith(
        "progress/2023-08/phong-b.yaml:8:11: lỗi: Đơn vị 'phong-b' không chủ trì hay phối hợp "
        "nhiệm vụ 't1'. [entries[0].task]\n")
    assert not (ws / "progress/2023-08/phong-b.yaml").exists()


def test_the_same_values_again_change_nothing(ws: Path) -> None:
    result = run_cli("record", "phong-a", "t1", "-m", "2023-08", "-s", "hoàn thành", cwd=ws)
    assert (result.code, result.stdout) == (
        0, f"Mục t1 (II.1) trong {RECORD} đã đúng như vậy; không có gì thay đổi.\n")


@pytest.mark.parametrize(("args", "message"), [
    (["phong-a", "t33", "-m", "2023-08", "-s", "done"],
     "kehoach: Không có nhiệm vụ nào có mã hay số mục 't33'. Có phải ý bạn là: t3?\n"),
    (["phong-a", "IX.9", "-m", "2023-08", "-s", "done"],
     "kehoach: Không có nhiệm vụ nào có mã hay số mục 'IX.9'.\n"),
    (["phong-a", "t2", "--milestone", "x", "-m", "2023-08", "-s", "done"],
     "kehoach: Nhiệm vụ 't2' không có mốc 'x'. Các mốc: ke-hoach, le.\n"),
    (["phong-a", "t3", "-m", "tháng tám", "-s", "done"],
     "kehoach: Không đọc được tháng 'tháng tám'; hãy ghi dạng 2023-08 hoặc 8/2023.\n"),
    (["phong-a", "t3", "-m", "2023-08", "-s", "xong"],
     "kehoach: Trạng thái 'xong' không hợp lệ; chọn: hoàn thành (done), đang thực hiện "
     "(in-progress), chưa triển khai (not-started).\n"),
    (["phong-a", "t3", "-m", "2023-08", "--completed", "tháng 8/2023"],
     "kehoach: Không đọc được ngày 'tháng 8/2023'; hãy ghi dạng 2023-08-05 hoặc 05/8/2023.\n"),
    (["phong-a", "t3", "-m", "2023-08", "--figure", "mo-hinh"],
     "kehoach: Số liệu 'mo-hinh' không đúng dạng CHỈ_TIÊU=SỐ[:ghi chú] (vd. mo-hinh=1 hoặc "
     "mo-hinh=2:vượt chỉ tiêu do ...).\n"),
    (["phong-a", "t4", "-m", "2023-08", "--results", "chưa rõ"],
     "kehoach: Mục mới cần trạng thái: thêm --state (hoàn thành / đang thực hiện / chưa triển "
     "khai) hoặc --completed NGÀY.\n"),
])
def test_usage_errors_exit_2_and_write_nothing(ws: Path, args: list[str], message: str) -> None:
    before = sorted(p.relative_to(ws).as_posix() for p in ws.rglob("*"))
    original = (ws / RECORD).read_bytes()
    result = run_cli("record", *args, cwd=ws)
    assert (result.code, result.stdout, result.stderr) == (2, "", message)
    assert sorted(p.relative_to(ws).as_posix() for p in ws.rglob("*")) == before
    assert (ws / RECORD).read_bytes() == original


def test_an_unknown_unit_is_a_usage_error(ws: Path) -> None:
    from kehoach_cli.messages import t  # the message belongs to unit lookup, not to record

    result = run_cli("record", "phòng không có", "t3", "-m", "2023-08", "-s", "done", cwd=ws)
    expected = t("lookup.not_found", text="phòng không có")
    assert (result.code, result.stdout, result.stderr) == (2, "", f"kehoach: {expected}\n")


def test_a_broken_file_is_reported_and_left_alone(ws: Path) -> None:
    path = ws / RECORD
    path.write_text(path.read_text(encoding="utf-8").replace('"2023-08"', "[2023-08"), "utf-8")
    broken = path.read_bytes()
    result = run_cli("record", "phong-a", "t4", "-m", "2023-08", "-s", "done", cwd=ws)
    assert result.code == 1
    assert result.stderr.splitlines()[-1] == (
        f"kehoach: Không sửa {RECORD}: tệp đang có lỗi (in ở trên). Hãy sửa tay rồi chạy lại.")
    assert path.read_bytes() == broken


def test_occurrence_names_the_entry_of_one_recurring_occurrence(tmp_path: Path) -> None:
    """tests/fixtures/recurring: phong-a's September file has three t-hop entries (no
    occurrence; 12/9; 19/9).  --occurrence 2024-09-19 changes the 19/9 one only; without it,
    the one without occurrence; a new Thursday (26/9) gets an entry of its own."""
    ws = Path(shutil.copytree(Path(__file__).parent / "fixtures" / "recurring", tmp_path / "ws"))
    rel = "progress/2024-09/phong-a.yaml"
    before = entries(ws, rel)
    assert run_cli("record", "phong-a", "t-hop", "-m", "2024-09", "--occurrence", "2024-09-19",
                   "--results", "Họp đủ thành phần.", cwd=ws).code == 0
    assert run_cli("record", "phong-a", "t-hop", "-m", "2024-09", "--results", "Họp thường kỳ.",
                   cwd=ws).code == 0
    assert run_cli("record", "phong-a", "t-hop", "-m", "2024-09", "--occurrence", "26/9/2024",
                   "--state", "đang thực hiện", cwd=ws).code == 0
    after = entries(ws, rel)
    assert after == [{**before[0], "results": "Họp thường kỳ."}, before[1],
                     {**before[2], "results": "Họp đủ thành phần."},
                     {"task": "t-hop", "occurrence": date(2024, 9, 26), "state": "đang thực hiện"}]
    refused = run_cli("record", "phong-a", "t-hop", "-m", "2024-09", "--occurrence", "2024-09-27",
                      "--state", "đang thực hiện", cwd=ws)
    assert refused.code != 0 and "không phải một lần của 't-hop'" in refused.stderr
    assert entries(ws, rel) == after
