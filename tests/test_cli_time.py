"""``kehoach time``: how a phrase is read, as the clerk sees it and as JSON."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run_cli, write_files


def test_a_deadline_is_a_sentence_naming_the_excluded_day() -> None:
    result = run_cli("time", "trước ngày 15/12/2025", "--issued", "2025-02-20")
    assert (result.code, result.stderr) == (0, "")
    assert result.stdout == "Hạn chót: 14/12/2025 (trước ngày 15/12/2025, không tính ngày 15)\n"


def test_a_compound_time_shows_each_part() -> None:
    result = run_cli("time", "Quý II/2025; sơ kết trước ngày 15/7/2025", "--issued", "2025-02-20")
    assert result.stdout == (
        "Gồm 2 phần, phần cuối cùng hết hạn 14/7/2025:\n"
        "  1. Khoảng thời gian: từ 01/4/2025 đến 30/6/2025 (hạn: 30/6/2025).\n"
        "  2. sơ kết: Hạn chót: 14/7/2025 (trước ngày 15/7/2025, không tính ngày 15)\n"
    )


def test_json_lists_a_recurrence_due_days_up_to_until() -> None:
    result = run_cli("time", "trước ngày 10 tháng đầu quý sau", "--issued", "2025-02-20",
                     "--until", "2026-01-31", "--json")
    assert result.code == 0
    assert json.loads(result.stdout) == {
        "text": "trước ngày 10 tháng đầu quý sau", "kind": "recurring", "start": None,
        "end": None, "tentative": False, "parts": [],
        "due": ["2025-04-09", "2025-07-09", "2025-10-09", "2026-01-09"],
    }


def test_json_of_a_compound_holds_its_parts_in_the_same_shape() -> None:
    result = run_cli("time", "Dự kiến Quý II/2025; sơ kết trước ngày 15/7/2025", "--json",
                     "--issued", "2025-02-20")
    data = json.loads(result.stdout)
    assert (data["kind"], data["start"], data["end"], data["due"]) == (
        "compound", "2025-04-01", "2025-07-14", ["2025-07-14"])
    assert [(p["kind"], p["start"], p["end"], p["tentative"], p["due"]) for p in data["parts"]] == [
        ("period", "2025-04-01", "2025-06-30", True, ["2025-06-30"]),
        ("deadline", None, "2025-07-14", False, ["2025-07-14"]),
    ]


def test_standing_has_no_due_day_and_a_year_left_out_is_warned() -> None:
    standing = json.loads(run_cli("time", "thường xuyên", "--json").stdout)
    assert (standing["kind"], standing["end"], standing["due"]) == ("standing", None, [])
    result = run_cli("time", "trước ngày 10/1", "--issued", "2025-02-20")
    assert result.stdout == "Hạn chót: 09/01/2026 (trước ngày 10/01/2026, không tính ngày 10)\n"
    assert result.stderr == (
        'Cảnh báo: Thời gian "trước ngày 10/1" không ghi năm ở "ngày 10/1": hiểu là năm 2026'
        " (năm của kế hoạch, hoặc năm sau nếu ngày đó đã qua khi ban hành). Nên ghi rõ năm.\n"
    )


def test_unreadable_text_exits_2_with_the_nearest_forms() -> None:
    result = run_cli("time", "31/4/2025")
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr == (
        'kehoach: Thời gian "31/4/2025" có ngày không tồn tại: 31/4/2025. Hãy kiểm tra lại'
        " ngày, tháng và năm (năm ghi đủ 4 chữ số, ví dụ 2023).\n"
    )
    wrong = run_cli("time", "truoc ngay 25 hang thang")
    assert wrong.code == 2 and "trước ngày 25 hằng tháng" in wrong.stderr
    assert run_cli("time", "15/3/2025 (thứ Hai)").stderr == (
        'kehoach: Thời gian "15/3/2025 (thứ Hai)" ghi ngày 15/3/2025 là thứ hai, nhưng theo'
        " lịch ngày đó là thứ Bảy. Hãy kiểm tra lại ngày hoặc thứ.\n"
    )


def test_a_label_leads_the_sentence_and_other_words_are_refused() -> None:
    result = run_cli("time", "báo cáo kết quả trước ngày 15/12/2025", "--issued", "2025-02-20")
    assert result.stdout == (
        "báo cáo kết quả: Hạn chót: 14/12/2025 (trước ngày 15/12/2025, không tính ngày 15)\n")
    junk = run_cli("time", "trọng tâm trong tháng 10/2023", "--issued", "2023-02-20")
    assert (junk.code, junk.stdout) == (2, "")
    assert junk.stderr.startswith(
        'kehoach: Thời gian "trọng tâm trong tháng 10/2023" có chữ "trọng tâm" đứng trước thời'
        " gian, nhưng đó không phải nhãn")
    assert "sơ kết, tổng kết, hoàn thành" in junk.stderr
    forms = junk.stderr.split("Những cách ghi gần nhất được chấp nhận: ")[1].rstrip(".\n").split(" | ")
    assert len(forms) == 5 and "trong tháng 6/2025" in forms  # the form the words after the label take


def test_english_output() -> None:
    result = run_cli("--lang", "en", "time", "Dự kiến trước tháng 5/2025")
    assert result.stdout == "Tentative — Deadline: 2025-04-30\n"


def _workspace(root: Path, includes: bool) -> Path:
    flag = "true" if includes else "false"
    return write_files(root, {"kehoach.yaml": f"kehoach: 1\nsettings:\n  before_includes_day: {flag}\n"})


def test_a_workspace_counting_day_x_reads_trước_inclusively(tmp_path: Path) -> None:
    root = _workspace(tmp_path, includes=True)
    result = run_cli("time", "trước ngày 15/12/2025", "--issued", "2025-02-20", cwd=root)
    assert (result.code, result.stderr) == (0, "")
    assert result.stdout == "Hạn chót: 15/12/2025 (trước ngày 15/12/2025, tính cả ngày 15)\n"
    monthly = run_cli("time", "trước ngày 25 hằng tháng", "--issued", "2025-02-20",
                      "--until", "2025-04-30", cwd=root)
    assert monthly.stdout == (
        "Định kỳ hằng tháng; các hạn từ 20/02/2025 đến 30/4/2025: 25/02/2025, 25/3/2025,"
        ' 25/4/2025. ("trước ngày X": tính cả ngày X)\n'
    )
    data = json.loads(run_cli("time", "trước ngày 15/12/2025", "--json", cwd=root).stdout)
    assert (data["end"], data["due"]) == ("2025-12-15", ["2025-12-15"])


def test_a_workspace_not_counting_day_x_and_the_global_option(tmp_path: Path) -> None:
    off = _workspace(tmp_path / "off", includes=False)
    on = _workspace(tmp_path / "on", includes=True)
    result = run_cli("time", "trước ngày 15/12/2025", cwd=off)
    assert result.stdout == "Hạn chót: 14/12/2025 (trước ngày 15/12/2025, không tính ngày 15)\n"
    chosen = run_cli("--workspace", str(on), "time", "trước ngày 15/12/2025", cwd=off)
    assert chosen.stdout == "Hạn chót: 15/12/2025 (trước ngày 15/12/2025, tính cả ngày 15)\n"


def test_the_options_override_the_workspace(tmp_path: Path) -> None:
    on = _workspace(tmp_path / "on", includes=True)
    off = _workspace(tmp_path / "off", includes=False)
    excluded = run_cli("time", "trước ngày 15/12/2025", "--before-excludes-day", cwd=on)
    assert excluded.stdout == "Hạn chót: 14/12/2025 (trước ngày 15/12/2025, không tính ngày 15)\n"
    included = run_cli("time", "--before-includes-day", "trước ngày 15/12/2025", cwd=off)
    assert included.stdout == "Hạn chót: 15/12/2025 (trước ngày 15/12/2025, tính cả ngày 15)\n"


def test_outside_a_workspace_day_x_is_excluded(tmp_path: Path) -> None:
    result = run_cli("time", "trước ngày 25 hằng tháng", "--issued", "2025-02-20",
                     "--until", "2025-03-31", cwd=tmp_path)
    assert result.stdout == (
        "Định kỳ hằng tháng; các hạn từ 20/02/2025 đến 31/3/2025: 24/02/2025, 24/3/2025."
        ' ("trước ngày X": không tính ngày X)\n'
    )


def test_a_broken_workspace_file_is_reported_not_guessed(tmp_path: Path) -> None:
    write_files(tmp_path, {"kehoach.yaml": "kehoach: 1\nsettings:\n  before_includes_day: maybe\n"})
    result = run_cli("time", "trước ngày 15/12/2025", cwd=tmp_path)
    assert (result.code, result.stdout) == (1, "")
    assert result.stderr.startswith("kehoach.yaml:3:")
