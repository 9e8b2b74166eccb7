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
    # ---------------------------------------------------------------- export
    "help.export": (
        "Bảng theo dõi tiến độ thực hiện nhiệm vụ: tệp Excel (xlsx), CSV hoặc JSON.",
        "The tracking table of every task and milestone: an Excel workbook (xlsx), CSV or JSON.",
    ),
    "x.help.format": ("Dạng tệp: xlsx (mặc định), csv hoặc json.",
                      "File format: xlsx (default), csv or json."),
    "x.help.output": ("Ghi ra tệp này (mặc định: theo-doi-tien-do.xlsx; csv, json: ra màn hình).",
                      "Write to this file (default: theo-doi-tien-do.xlsx; csv, json: stdout)."),
    "x.help.sheet": ("Với csv: bảng nhiệm vụ (tasks, mặc định) hoặc bảng báo cáo (reports).",
                     "For csv: the task table (tasks, default) or the reports table (reports)."),
    "x.written": ("Đã ghi {path}: {tasks} nhiệm vụ, mốc; {reports} lượt báo cáo.",
                  "Wrote {path}: {tasks} {tasks|task|tasks} and milestones; "
                  "{reports} report {reports|duty|duties}."),
    "x.xlsx_to_terminal": ("Tệp xlsx không in ra màn hình được; dùng -o TỆP.",
                           "An xlsx file cannot go to the terminal; use -o FILE."),
    "x.yes": ("Có", "Yes"),
    "x.title": ("Bảng theo dõi tiến độ thực hiện nhiệm vụ", "Task progress tracking table"),
    "x.sheet.tasks": ("Nhiệm vụ", "Tasks"),
    "x.sheet.reports": ("Báo cáo", "Reports"),
    "x.col.stt": ("STT", "No."),
    "x.col.ref": ("Mục", "Clause"),
    "x.col.content": ("Nội dung nhiệm vụ", "Task"),
    "x.col.lead": ("Đơn vị chủ trì", "Lead"),
    "x.col.support": ("Đơn vị phối hợp", "Support"),
    "x.col.time": ("Thời gian thực hiện", "Time (as written)"),
    "x.col.due": ("Hạn hoàn thành", "Due"),
    "x.col.status": ("Tình trạng", "Status"),
    "x.col.completed": ("Ngày hoàn thành", "Completed"),
    "x.col.results": ("Kết quả thực hiện", "Latest results"),
    "x.col.days_overdue": ("Số ngày quá hạn", "Days overdue"),
    "x.col.requested": ("Đề nghị", "Requested"),
    "x.col.report": ("Báo cáo", "Report"),
    "x.col.type": ("Loại báo cáo", "Type"),
    "x.col.unit": ("Đơn vị báo cáo", "Reporting unit"),
    "x.col.period": ("Kỳ báo cáo", "Period"),
    "x.col.submitted": ("Ngày gửi", "Submitted"),
    # ---------------------------------------------------------------- calendar
    "help.calendar_previous": (
        "Tệp lịch xuất lần trước, để tăng SEQUENCE của sự kiện đã thay đổi (mặc định: tệp -o).",
        "The previous export, so changed events get a higher SEQUENCE (default: the -o file).",
    ),
    # ---------------------------------------------------------------- completion
    "help.completion": (
        "In đoạn mã gợi ý lệnh (tab) cho shell: bash, zsh, fish hoặc powershell.",
        "Print the shell completion script: bash, zsh, fish or powershell.",
    ),
    "completion.help.shell": ("bash, zsh, fish hoặc powershell.", "bash, zsh, fish or powershell."),
}
