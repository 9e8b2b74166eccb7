"""Messages of the timeline area (timeline and calendar): code -> (Vietnamese, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # ---------------------------------------------------------------- help
    "help.timeline": (
        "Vẽ biểu đồ tiến độ (Gantt) của kế hoạch: mỗi nhiệm vụ, mốc một dòng, tô màu theo "
        "tình trạng.",
        "Draw the plan as a Gantt chart: one row per task or milestone, coloured by status.",
    ),
    "help.timeline_unit": (
        "Chỉ hiện việc đơn vị (hoặc nhóm) này chủ trì, phối hợp hoặc báo cáo; gõ tên, tên "
        "ngắn hoặc mã, không cần dấu.",
        "Show only what this unit (or group) leads, supports or reports; type its name, short "
        "name or id, accents optional.",
    ),
    "help.timeline_from": ("Tháng đầu của biểu đồ, dạng YYYY-MM (mặc định: đầu kế hoạch).",
                           "First month shown, as YYYY-MM (default: the plan's start)."),
    "help.timeline_to": ("Tháng cuối của biểu đồ, dạng YYYY-MM (mặc định: cuối kế hoạch).",
                         "Last month shown, as YYYY-MM (default: the plan's end)."),
    "help.calendar": (
        "Xuất lịch iCalendar (.ics) các hạn, mốc và kỳ báo cáo để nhập vào Google Calendar, "
        "Outlook, điện thoại.",
        "Export deadlines, milestones and report dates as an iCalendar (.ics) file for Google "
        "Calendar, Outlook or a phone.",
    ),
    "help.calendar_unit": (
        "Chỉ lấy việc đơn vị (hoặc nhóm) này chủ trì, phối hợp, báo cáo hoặc nhận báo cáo.",
        "Keep only what this unit (or group) leads, supports, reports or receives reports for.",
    ),
    # ---------------------------------------------------------------- timeline
    "timeline.title": ("{plans} — tình trạng {date}", "{plans} — status on {date}"),
    "timeline.title_unit": ("{plans} — {unit} — tình trạng {date}",
                            "{plans} — {unit} — status on {date}"),
    "timeline.plan": ("Kế hoạch số {number}", "Plan No. {number}"),
    "timeline.col_task": ("Mục / nhiệm vụ", "Clause / task"),
    "timeline.col_status": ("Tình trạng", "Status"),
    "timeline.cat_done_on_time": ("xong đúng hạn", "done on time"),
    "timeline.cat_done_late": ("xong trễ hạn", "done late"),
    "timeline.cat_in_progress": ("đang thực hiện", "in progress"),
    "timeline.cat_overdue": ("quá hạn", "overdue"),
    "timeline.cat_not_due": ("chưa đến hạn", "not yet due"),
    "timeline.legend_deadline": ("hạn, mốc trong ngày", "deadline or one-day event"),
    "timeline.legend_asof": ("{date}", "{date}"),
    "timeline.legend_clipped": ("còn tiếp ngoài khoảng hiển thị", "continues outside the range"),
    "timeline.undated": (
        "{count} nhiệm vụ không ghi thời gian thực hiện nên không có trên biểu đồ.",
        "{count} {count|task has|tasks have} no time in the plan and {count|is|are} not on the "
        "chart.",
    ),
    "timeline.empty": ("Không có việc nào có thời gian trong khoảng này.",
                       "Nothing dated falls in this range."),
    "timeline.bad_month": (
        "{option} '{value}': không phải một tháng; ghi dạng YYYY-MM, ví dụ 2023-08.",
        "{option} '{value}' is not a month; write it as YYYY-MM, e.g. 2023-08.",
    ),
    "timeline.reversed": (
        "--from {first} đứng sau --to {last}; tháng đầu phải trước hoặc bằng tháng cuối.",
        "--from {first} is after --to {last}; the first month must not be after the last.",
    ),
    "timeline.no_dates": (
        "Kế hoạch chưa có ngày tháng nào để vẽ; ghi 'horizon' hoặc dùng --from và --to.",
        "The plans have no dates to draw; write a 'horizon' or use --from and --to.",
    ),
    "timeline.too_narrow": (
        "Màn hình rộng {width} cột, không đủ cho {months} tháng; thu hẹp bằng --from/--to "
        "hoặc mở rộng cửa sổ (biến COLUMNS).",
        "The screen is {width} columns wide, too narrow for {months} months; narrow the range "
        "with --from/--to or widen the window (COLUMNS).",
    ),
    # ---------------------------------------------------------------- calendar
    "calendar.name": ("Kế hoạch {numbers}", "Plan {numbers}"),
    "calendar.name_unit": ("{name} — {unit}", "{name} — {unit}"),
    "calendar.summary": ("[{ref}] {title} — {who}", "[{ref}] {title} — {who}"),
    "calendar.report_summary": ("[{ref}] Hạn nộp: {title} — {who}",
                                "[{ref}] Due: {title} — {who}"),
    "calendar.desc_plan": ("Kế hoạch số {number} {date} của {issuer}, mục {ref}.",
                           "Plan No. {number} of {date} by {issuer}, clause {ref}."),
    "calendar.desc_task": ("Nhiệm vụ: {title}", "Task: {title}"),
    "calendar.desc_time": ("Thời gian: {text} (hạn cuối: {due})", "Time: {text} (last day: {due})"),
    "calendar.desc_lead": ("Chủ trì: {names}", "Lead: {names}"),
    "calendar.desc_support": ("Phối hợp: {names}", "Support: {names}"),
    "calendar.desc_deliverable": ("Sản phẩm: {text}", "Deliverable: {text}"),
    "calendar.desc_report_time": ("Thời hạn: {text}, từ {first} đến {last}",
                                  "Deadline: {text}, from {first} to {last}"),
    "calendar.desc_reporters": ("Đơn vị báo cáo: {names}", "Reporting units: {names}"),
    "calendar.desc_via": ("Gửi qua: {names}", "Sent via: {names}"),
    "calendar.desc_to": ("Gửi về: {names}", "Sent to: {names}"),
    "calendar.alarm_deadline": ("Còn {days} ngày đến hạn: {summary}",
                                "{days} {days|day|days} to the deadline: {summary}"),
    "calendar.alarm_period": ("Còn {days} ngày đến ngày cuối: {summary}",
                              "{days} {days|day|days} to the last day: {summary}"),
    "calendar.written": ("Đã ghi {count} sự kiện vào {path}.",
                         "Wrote {count} {count|event|events} to {path}."),
}
