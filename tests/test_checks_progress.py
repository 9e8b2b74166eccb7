"""Every check over progress records, on small workspaces whose problems are known by line."""

from __future__ import annotations

from pathlib import Path

from conftest import write_files
from kehoach_cli.checks import run_checks
from kehoach_cli.reading.loading import load_workspace

PLAN = """
    kehoach: 1
    id: kh-thu
    document: {number: 1/KH-UBND, date: 2023-02-20, place: Cẩm Phả, issuer: UBND, title: Thử}
    units:
      - {id: phong-a, name: Phòng A}
      - {id: phong-b, name: Phòng B}
      - {id: phong-c, name: Phòng C}
      - {id: phuong-x, name: UBND phường X}
      - {id: phuong-y, name: UBND phường Y}
    groups:
      - {id: phuong-xa, name: UBND các phường, members: [phuong-x, phuong-y]}
    tasks:
      - id: t1
        ref: II.1
        title: Kế hoạch
        lead: [phong-a]
        time: trước 25/3/2023
      - id: t2
        ref: II.2
        title: Mô hình
        lead: [phuong-xa]
        support: [phong-b]
        time: Tháng 8/2023
        milestones:
          - {id: le, title: Lễ, time: Tháng 8/2023}
        targets:
          - {id: nguoi, description: 60 người, quantity: 60, measure: người}
          - id: mo-hinh
            description: Mỗi phòng, phường 01 mô hình
            quantity: 1
            measure: mô hình
            per_unit: true
            per: [phong-c, phuong-xa]
    """


def problems(tmp_path: Path, files: dict[str, str]) -> list[str]:
    """``file:line:col code`` of every problem, as validate would list them."""
    root = write_files(tmp_path, {"plans/kh.yaml": PLAN, **files})
    found = run_checks(load_workspace(root))
    return [f"{p.source}: {p.code}" for p in found]


def record(unit: str, month: str, submitted: str, entries: str, extra: str = "") -> str:
    """A record whose entries start on line 6 (line 7 with one ``extra`` line)."""
    listing = f"entries:\n{entries}" if entries else "entries: []\n"
    return (f"kehoach: 1\nunit: {unit}\nmonth: '{month}'\nsubmitted: {submitted}\n{extra}"
            f"{listing}")


def test_a_good_record_has_no_problems(tmp_path: Path) -> None:
    done = "  - {task: t1, state: hoàn thành, completed: 2023-03-20}\n"
    figures = ("  - task: t2\n    state: đang thực hiện\n    figures:\n"
               "      - {target: nguoi, value: 61, note: thêm 1 người}\n")
    assert problems(tmp_path, {
        "progress/2023-08/a.yaml": record("phong-a", "2023-08", "2023-08-18", done),
        "progress/2023-08/b.yaml": record("phong-b", "2023-08", "2023-08-18", figures),
    }) == []


def test_unknown_unit_task_milestone_and_target(tmp_path: Path) -> None:
    entries = ("  - {task: t1, state: đang thực hiện}\n"
               "  - {task: t22, state: đang thực hiện}\n"
               "  - {task: khong-co, state: đang thực hiện}\n"
               "  - {task: t2, milestone: ky-niem, state: đang thực hiện}\n"
               "  - {task: t2, state: đang thực hiện, figures: [{target: cong-trinh, value: 1}]}\n")
    assert problems(tmp_path, {
        "progress/2023-08/a.yaml": record("phong-aa", "2023-08", "2023-08-18", entries),
        "progress/2023-08/z.yaml": record("so-xyz", "2023-08", "2023-08-18", ""),
    }) == [
        "progress/2023-08/a.yaml:2:7: check.unknown_unit_hint",
        "progress/2023-08/a.yaml:7:12: check.unknown_task_hint",
        "progress/2023-08/a.yaml:8:12: check.unknown_task",
        "progress/2023-08/a.yaml:9:27: check.unknown_milestone",
        "progress/2023-08/a.yaml:10:58: check.unknown_target",
        "progress/2023-08/z.yaml:2:7: check.unknown_unit",
    ]


def test_who_may_report_on_a_task(tmp_path: Path) -> None:
    """Lead and support units, the members of a lead group, the units a target is owed by
    (phong-c, via ``per``) and the group itself; not phong-a."""
    entry = "  - {task: t2, state: đang thực hiện}\n"
    files = {f"progress/2023-08/{u}.yaml": record(u, "2023-08", "2023-08-18", entry)
             for u in ("phong-a", "phong-b", "phong-c", "phuong-x", "phuong-xa")}
    assert problems(tmp_path, files) == ["progress/2023-08/phong-a.yaml:6:12: check.not_responsible"]


def test_dates(tmp_path: Path) -> None:
    late = "  - {task: t1, state: hoàn thành, completed: 2023-08-20}\n"
    undated = ("  - {task: t2, state: hoàn thành}\n"
               "  - {task: t2, milestone: le, state: đang thực hiện, completed: 2023-08-01}\n")
    assert problems(tmp_path, {
        "progress/2023-08/a.yaml": record("phong-a", "2023-08", "2023-08-18", late),
        "progress/2023-08/x.yaml": record("phuong-x", "2023-08", "2023-08-18", undated),
        "progress/2023-08/b.yaml": record("phong-b", "2023-08", "2023-07-30", "",
                                          "thematic_submitted: 2023-07-31\n"),
    }) == [
        "progress/2023-08/a.yaml:6:46: check.completed_after_submission",
        "progress/2023-08/b.yaml:4:12: check.submitted_before_month",
        "progress/2023-08/b.yaml:5:21: check.submitted_before_month",
        "progress/2023-08/x.yaml:6:23: check.done_without_date",
        "progress/2023-08/x.yaml:7:65: check.date_without_done",
    ]


def test_a_decree_09_period_starts_on_the_15th_of_the_month_before(tmp_path: Path) -> None:
    entry = "  - {task: t1, state: đang thực hiện}\n"
    assert problems(tmp_path, {
        "kehoach.yaml": "kehoach: 1\nsettings: {report_period: nđ09}\n",
        "progress/2023-08/a.yaml": record("phong-a", "2023-08", "2023-07-15", entry),
        "progress/2023-01/a.yaml": record("phong-a", "2023-01", "2022-12-14", entry),
    }) == ["progress/2023-01/a.yaml:4:12: check.submitted_before_month"]


def test_figures(tmp_path: Path) -> None:
    entries = ("  - task: t2\n"
               "    state: đang thực hiện\n"
               "    figures:\n"
               "      - {target: nguoi, value: 61}\n"
               "      - {target: nguoi, value: 62, note: ghi hai lần}\n"
               "      - {target: mo-hinh, value: 2, note: vượt do xã hội hóa}\n")
    assert problems(tmp_path, {
        "progress/2023-08/x.yaml": record("phuong-x", "2023-08", "2023-08-18", entries),
    }) == [
        "progress/2023-08/x.yaml:9:32: check.figure_above_target",
        "progress/2023-08/x.yaml:10:18: check.duplicate_figure",
    ]


def test_placement_and_duplicates(tmp_path: Path) -> None:
    entry = "  - {task: t1, state: đang thực hiện}\n"
    assert problems(tmp_path, {
        "progress/2023-08/a.yaml": record("phong-a", "2023-08", "2023-08-18", entry * 2),
        "progress/2023-08/a2.yaml": record("phong-a", "2023-08", "2023-08-19", entry),
        "progress/2023-09/b.yaml": record("phong-a", "2023-07", "2023-08-19", entry),
    }) == [
        "progress/2023-08/a.yaml:7:5: check.duplicate_entry",
        "progress/2023-08/a2.yaml:2:7: check.duplicate_submission",
        "progress/2023-09/b.yaml:3:8: check.progress_folder",
    ]


def test_messages_name_the_problem_in_plain_words(tmp_path: Path) -> None:
    root = write_files(tmp_path, {"plans/kh.yaml": PLAN, "progress/2023-08/a.yaml": record(
        "phong-a", "2023-08", "2023-07-31", "  - {task: t11, state: đang thực hiện}\n")})
    found = run_checks(load_workspace(root))
    assert [p.message for p in found] == [
        "Ngày gửi 2023-07-31 trước kỳ báo cáo tháng 2023-08 (bắt đầu 2023-08-01); "
        "kiểm tra lại ngày hoặc tháng.",
        "Không có nhiệm vụ nào mang mã 't11' trong các kế hoạch; có phải ý bạn là 't1'?",
    ]


def test_the_bundled_example_records_are_clean_and_marked_as_examples() -> None:
    """progress/ of the repository: illustrative records a new user can run status against."""
    root = Path(__file__).resolve().parents[1]
    result = load_workspace(root)
    assert [f"{p.source}: {p.code}" for p in run_checks(result)] == []
    files = sorted((root / "progress").rglob("*.yaml"))
    assert len(files) == len(result.workspace.submissions) >= 20
    for path in files:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# VÍ DỤ MINH HỌA — số liệu không có thật"), path
    assert all(s.example for s in result.workspace.submissions)


def _month_messages(tmp_path: Path, month: str) -> list[str]:
    from kehoach_cli.messages import set_language

    set_language("vi")
    root = write_files(tmp_path, {
        "plans/kh.yaml": PLAN,
        "progress/2023-08/phong-a.yaml": (f"kehoach: 1\nunit: phong-a\nmonth: {month}\n"
                                          "submitted: 2023-08-18\nentries: []\n"),
    })
    return [f"{p.source.line}:{p.source.col} {p.message}" for p in run_checks(load_workspace(root))
            if p.source.file.startswith("progress/")]


def test_a_one_digit_month_is_told_to_use_two_digits(tmp_path: Path) -> None:
    assert _month_messages(tmp_path, "2023-8") == [
        "3:8 Tháng '2023-8' phải ghi dạng NĂM-THÁNG với tháng hai chữ số, vd. 2023-08 (không "
        "phải 2023-8)."]


def test_month_13_is_no_month_and_not_a_folder_to_move_to(tmp_path: Path) -> None:
    assert _month_messages(tmp_path, "2023-13") == [
        '3:8 Tháng "2023-13" không có: năm chỉ có tháng 1 đến tháng 12, không có tháng 13.']
