"""Field recognisers: labels on one line, inline times, times found through the time reader."""

from __future__ import annotations

from datetime import date

from kehoach_cli.importing import fields as fl


def test_several_fields_on_one_line() -> None:
    found = fl.fields("Chủ trì: Phòng Nội vụ. Phối hợp: Phòng Tư pháp, UBND các xã. "
                      "Thời gian thực hiện: Quý II/2024.")
    assert [(f.kind, f.value) for f in found] == [
        ("lead", "Phòng Nội vụ."),
        ("support", "Phòng Tư pháp, UBND các xã."),
        ("time", "Quý II/2024."),
    ]


def test_lead_label_with_a_parenthesis_and_plan_words() -> None:
    for label in ("Đơn vị chủ trì (xây dựng Kế hoạch):", "Đơn vị chủ trì xây dựng Kế hoạch:", "Chủ trì:"):
        assert [f.kind for f in fl.fields(f"{label} Phòng Nội vụ")] == ["lead"]


def test_a_label_inside_a_sentence_is_not_a_field() -> None:
    assert fl.fields("Phòng Nội vụ chủ trì: tổng hợp kết quả") == []


def test_times_in_running_text_are_the_longest_the_reader_reads() -> None:
    text = ("Phát động thi đua (Thời gian hoàn thành trong tháng 3/2023). "
            "Tổ chức từ tháng 4/2023 đến tháng 9/2023.")
    assert [t.text for t in fl.times(text)] == ["trong tháng 3/2023", "từ tháng 4/2023 đến tháng 9/2023"]


def test_filler_before_a_deadline_is_dropped() -> None:
    assert [t.text for t in fl.times("Thời gian hoàn thành Kế hoạch xong trong trước 25/3/2023.")] == [
        "trước 25/3/2023"]


def test_anniversary_dates_are_not_times() -> None:
    assert fl.times("Kỷ niệm 60 năm Ngày thành lập tỉnh (30/10/1963 - 30/10/2023) ngày 06/4/2022") == []


def test_labelled_time_unreadable_is_kept_verbatim() -> None:
    assert fl.labelled_time("Tháng 8/2023.") == ("Tháng 8/2023", "Tháng 8/2023")
    assert fl.labelled_time("theo diễn biến thiên tai.") == (None, "theo diễn biến thiên tai")


def test_the_forms_of_the_new_reader_are_found_with_the_plan_date() -> None:
    issued = date(2025, 2, 20)
    text = ("Tổ chức hội nghị (Quý II/2025; sơ kết trước ngày 15/7/2025). Gửi danh sách trước ngày 10/4. "
            "Rà soát từ nay đến hết năm 2025.")
    assert [t.text for t in fl.times(text, issued=issued)] == [
        "Quý II/2025; sơ kết trước ngày 15/7/2025", "trước ngày 10/4", "từ nay đến hết năm 2025"]
    # without the plan's date neither the year of 10/4 nor "nay" is known: only the tail reads
    assert [t.text for t in fl.times(text)] == ["Quý II/2025; sơ kết trước ngày 15/7/2025",
                                                "đến hết năm 2025"]


def test_a_bare_standing_word_is_a_time_only_after_a_label() -> None:
    assert fl.times("Thường xuyên cập nhật tin bài.") == []
    assert fl.labelled_time("Thường xuyên.") == ("Thường xuyên", "Thường xuyên")


def test_a_time_counted_from_an_undated_event_is_a_time_only_as_a_whole_field() -> None:
    phrase = "chậm nhất 30 ngày trước ngày bầu cử"
    assert fl.labelled_time(phrase) == (phrase, phrase)
    assert fl.times(f"Tuyên truyền {phrase}.") == []


def test_junk_before_a_time_is_not_a_label() -> None:
    assert fl.labelled_time("trọng tâm trong tháng 10/2025.") == (
        "trong tháng 10/2025", "trọng tâm trong tháng 10/2025")


def test_targets_with_per_unit() -> None:
    found = fl.targets("Mỗi xã xây dựng ít nhất 01 mô hình tiêu biểu. Tuyên dương 20 mô hình; "
                       "kỷ niệm 60 năm.")
    assert [(t.quantity, t.measure, t.per_unit) for t in found] == [
        (1, "mô hình", True), (20, "mô hình", False)]
