"""Messages of the office area (query filters and formats, export, site): code -> (vi, en)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # ---------------------------------------------------------------- filter options
    "q.help.plan": ("Chỉ kế hoạch này (mã hoặc số hiệu, vd. 48/KH-UBND).",
                    "Only this plan (id or number, e.g. 48/KH-UBND)."),
    "q.help.section": ("Chỉ mục này của kế hoạch (vd. II hoặc II.3).",
                       "Only this section of the plan (e.g. II or II.3)."),
    "q.help.status": (
        "Chỉ các tình trạng này, cách nhau dấu phẩy: done_on_time, done_late, in_progress, "
        "overdue, not_due.",
        "Only these statuses, comma-separated: done_on_time, done_late, in_progress, overdue, "
        "not_due.",
    ),
    "q.help.kind": ("Chỉ nhiệm vụ (task) hoặc chỉ báo cáo (report).",
                    "Only tasks (task) or only reports (report)."),
    "q.help.requested": (
        "Chỉ việc UBND đề nghị (--requested) hoặc chỉ việc UBND giao (--ordered).",
        "Only what the plan requests (--requested) or only what it orders (--ordered).",
    ),
    "q.help.sort": ("Sắp xếp theo: due, overdue, left, ref, unit, status, title.",
                    "Sort by: due, overdue, left, ref, unit, status, title."),
    "q.help.sort_units": ("Sắp xếp theo: name, rate (tỷ lệ đúng hạn thấp trước), overdue, lead.",
                          "Sort by: name, rate (lowest on-time rate first), overdue, lead."),
    "q.help.format": ("Dạng kết quả: table (mặc định), csv hoặc json.",
                      "Output format: table (default), csv or json."),
    "q.unknown_plan": ("Không có kế hoạch '{text}'. Các kế hoạch: {known}.",
                       "No plan '{text}'. The plans: {known}."),
    "q.unknown_section": ("Không có mục '{text}' trong kế hoạch nào.",
                          "No plan has a section '{text}'."),
    "q.bad_choice": ("{option} '{value}' không hợp lệ; chọn một trong: {allowed}.",
                     "Invalid {option} '{value}'; choose one of: {allowed}."),
    "q.format_conflict": ("--json không dùng cùng --format {value}.",
                          "--json cannot be used with --format {value}."),
}
