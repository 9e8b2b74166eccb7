"""What validate says about a plan's content: restatements that point nowhere, times outside
the horizon, metadata left as "…", years assumed, events and recurrences in the wrong place."""

from __future__ import annotations

from pathlib import Path

from conftest import run_cli, write_files

PLAN = """
    kehoach: 1
    id: kh-1
    document:
      number: "…/KH-UBND"
      date: 2024-01-10
      place: Mẫu Sơn
      issuer: UBND huyện
      title: Thử
      based_on:
        - {number: 5/KH-UBND, date: "…"}
    horizon: năm 2024
    events:
      - {name: ngày bầu cử, date: 2024-05-20}
    units:
      - {id: phong-a, name: Phòng A}
    tasks:
      - {id: t1, ref: II.1, title: Một, lead: [phong-a], time: trước ngày 10/4}
      - {id: t2, ref: II.2, title: Hai, lead: [phong-a], time: Quý I/2025}
      - {id: t3, ref: II.3, title: Ba, lead: [phong-a], restates: t9}
      - id: t4
        ref: II.4
        title: Bốn
        lead: [phong-a]
        time: chậm nhất 10 ngày trước ngày bầu cử
        milestones:
          - {id: m1, title: Mốc, restates: "t1#m9"}
    """


def test_plan_content_problems(tmp_path: Path) -> None:
    write_files(tmp_path, {"kehoach.yaml": "kehoach: 1\n", "plans/a.yaml": PLAN})
    result = run_cli("validate", cwd=tmp_path)
    assert result.code == 1
    assert result.stdout.splitlines() == [
        'plans/a.yaml:4:11: cảnh báo: Văn bản chưa cho biết thông tin này (số văn bản), đang'
        ' ghi "…": nhớ bổ sung khi có. [document.number]',
        'plans/a.yaml:10:33: cảnh báo: Văn bản chưa cho biết thông tin này (ngày của văn bản'
        ' căn cứ), đang ghi "…": nhớ bổ sung khi có. [document.based_on[0].date]',
        'plans/a.yaml:17:60: cảnh báo: Thời gian "trước ngày 10/4" không ghi năm ở "ngày 10/4":'
        " hiểu là năm 2024 (năm của kế hoạch, hoặc năm sau nếu ngày đó đã qua khi ban hành)."
        " Nên ghi rõ năm. [tasks[0].time]",
        "plans/a.yaml:18:5: cảnh báo: II.2: thời gian \"Quý I/2025\" nằm ngoài thời gian của cả"
        " kế hoạch (1/1/2024 – 31/12/2024).",
        'plans/a.yaml:19:63: lỗi: restates: "t9" không phải mã một nhiệm vụ (hoặc'
        ' "nhiệm-vụ#mốc") khác đã khai báo. [tasks[2].restates]',
        'plans/a.yaml:26:40: lỗi: restates: "t1#m9" không phải mã một nhiệm vụ (hoặc'
        ' "nhiệm-vụ#mốc") khác đã khai báo. [tasks[3].milestones[0].restates]',
        "Có 2 lỗi và 4 cảnh báo trong 1 tệp.",
    ]


def test_an_unknown_event_and_a_quarterly_regime_on_a_task(tmp_path: Path) -> None:
    """A recurring time on a task is judged per occurrence (docs/status-rules.md §3), so it is
    no longer refused there; on the horizon it still is."""
    plan = PLAN.replace("ngày bầu cử, date", "ngày khai mạc, date").replace(
        "time: Quý I/2025", "time: trước ngày 12 của tháng cuối quý").replace(
        "horizon: năm 2024", "horizon: trước ngày 15 hằng tháng")
    write_files(tmp_path, {"kehoach.yaml": "kehoach: 1\n", "plans/a.yaml": plan})
    out = run_cli("validate", cwd=tmp_path).stdout
    assert ('lỗi: Thời gian "chậm nhất 10 ngày trước ngày bầu cử" nhắc tới sự kiện "bầu cử"'
            " nhưng kế hoạch chưa khai báo ngày của sự kiện đó trong events:. Các sự kiện đã"
            " biết: ban hành kế hoạch, ngày khai mạc. [tasks[3].time]") in out
    assert "trước ngày 12 của tháng cuối quý" not in out
    assert ('lỗi: "trước ngày 15 hằng tháng" là hạn định kỳ (lặp lại), nhưng ở đây'
            " cần một thời gian cụ thể") in out and "[horizon]" in out


def test_unknown_issue_date_leaves_the_horizon_without_a_first_day(tmp_path: Path) -> None:
    """"đến hết năm 2025" starts on the plan's date; unknown, nothing is before the horizon,
    and the warning shows its first day as "…"."""
    plan = PLAN.replace("date: 2024-01-10", 'date: "…"').replace("horizon: năm 2024",
                                                                  "horizon: đến hết năm 2025")
    plan = plan.replace("time: trước ngày 10/4", "time: trước 10/4/2020").replace(
        "time: Quý I/2025", "time: Quý I/2026")
    write_files(tmp_path, {"kehoach.yaml": "kehoach: 1\n", "plans/a.yaml": plan})
    lines = run_cli("validate", cwd=tmp_path).stdout.splitlines()
    assert 'plans/a.yaml:5:9: cảnh báo: Văn bản chưa cho biết ngày ban hành, đang ghi "…":' \
        ' thời gian tính từ ngày ban hành hay không ghi năm sẽ không đọc được, và báo cáo, công' \
        ' văn soạn sẵn ghi "ngày …". Nhớ bổ sung khi có. [document.date]' in lines
    assert [line for line in lines if "nằm ngoài" in line] == [
        'plans/a.yaml:18:5: cảnh báo: II.2: thời gian "Quý I/2026" nằm ngoài thời gian của cả'
        " kế hoạch (… – 31/12/2025).",
    ]  # II.1 "trước 10/4/2020" is not: with the date unknown, nothing is before it
