"""Messages of the timeexpr area: code -> (Vietnamese, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "time.unrecognised": (
        'Không hiểu cách ghi thời gian "{text}". Các cách ghi được chấp nhận: {forms}.',
        'Cannot understand the time "{text}". Accepted ways of writing it: {forms}.',
    ),
    "time.impossible_date": (
        'Thời gian "{text}" có ngày không tồn tại: {date}. Hãy kiểm tra lại ngày, tháng và năm'
        " (năm ghi đủ 4 chữ số, ví dụ 2023).",
        'The time "{text}" contains a date that does not exist: {date}. Check the day, month'
        " and year (write the year with 4 digits, e.g. 2023).",
    ),
    "time.impossible_day": (
        'Hạn hằng tháng "{text}" không dùng được ngày {day}: ngày phải từ 1 đến 31, và'
        ' "trước ngày 1" thì không còn ngày nào trong tháng.',
        'The monthly deadline "{text}" cannot use day {day}: the day must be from 1 to 31, and'
        ' "before day 1" leaves no day in the month.',
    ),
    "time.reversed": (
        'Thời gian "{text}" có ngày kết thúc ({end}) trước ngày bắt đầu ({start}).'
        ' Hãy kiểm tra lại hai mốc "từ … đến …".',
        'The time "{text}" ends ({end}) before it starts ({start}).'
        ' Check the two ends of "từ … đến …" (from … to …).',
    ),
    "time.empty": (
        "Chưa ghi thời gian (ô thời gian đang để trống).",
        "No time was written (the time is empty).",
    ),
    "time.recurring_not_allowed": (
        '"{text}" là hạn định kỳ (lặp lại), nhưng ở đây cần một thời gian cụ thể,'
        ' ví dụ "trước 25/3/2023" hoặc "tháng 8/2023".',
        '"{text}" is a recurring deadline, but a specific time is needed here,'
        ' e.g. "trước 25/3/2023" or "tháng 8/2023".',
    ),
    "time.not_a_regime": (
        '"{text}" là một khoảng thời gian, việc thường xuyên hoặc thời gian gồm nhiều phần; chế'
        ' độ báo cáo cần hạn lặp lại, ví dụ "trước ngày 15 hằng tháng", "trước ngày 12 của'
        ' tháng cuối quý", hoặc một hạn cho báo cáo một lần, ví dụ "trước ngày 20/12/2025".',
        '"{text}" is a period, a standing duty or a time of several parts; a reporting regime'
        ' needs a recurring deadline, e.g. "trước ngày 15 hằng tháng", "trước ngày 12 của tháng'
        ' cuối quý", or one due day for a one-off report, e.g. "trước ngày 20/12/2025".',
    ),
    "time.not_recurring": (
        '"{text}" là một thời gian cụ thể, nhưng ở đây cần hạn lặp lại (định kỳ), ví dụ'
        ' "trước ngày 15 hằng tháng" hoặc "trước ngày 12 của tháng cuối quý".',
        '"{text}" is a specific time, but a recurring deadline is needed here,'
        ' e.g. "trước ngày 15 hằng tháng" or "trước ngày 12 của tháng cuối quý".',
    ),
    "time.bad_month": (
        'Không hiểu tháng "{text}". Hãy ghi tháng và năm, ví dụ "8/2023", "tháng 8/2023"'
        ' hoặc "2023-08".',
        'Cannot understand the month "{text}". Write the month and year, e.g. "8/2023",'
        ' "tháng 8/2023" or "2023-08".',
    ),
    "time.no_such_month": (
        'Tháng "{text}" không có: năm chỉ có tháng 1 đến tháng 12, không có tháng {month}.',
        'No month "{text}": a year has months 1 to 12, not {month}.',
    ),
    "time.unreadable": (
        'Không đọc được thời gian "{text}". Những cách ghi gần nhất được chấp nhận: {forms}.'
        " Xem bảng đầy đủ ở docs/plan-format.md §6, hoặc thử: kehoach time \"…\".",
        'Cannot read the time "{text}". The nearest accepted forms: {forms}.'
        ' See the full table in docs/plan-format.md §6, or try: kehoach time "…".',
    ),
    "time.needs_year": (
        'Thời gian "{text}" không ghi năm ở "{piece}", và không có ngày ban hành kế hoạch để'
        " suy ra năm. Hãy ghi đủ năm, ví dụ 10/4/2025.",
        'The time "{text}" gives no year in "{piece}", and there is no plan date to take the'
        " year from. Write the year, e.g. 10/4/2025.",
    ),
    "time.needs_issue_date": (
        'Thời gian "{text}" tính từ ngày ban hành kế hoạch, nhưng chưa biết ngày ban hành'
        " (document.date, hoặc --issued).",
        'The time "{text}" counts from the plan\'s date, which is not known'
        " (document.date, or --issued).",
    ),
    "time.issue_date_unknown": (
        'Thời gian "{text}" tính từ ngày ban hành kế hoạch, nhưng tệp ghi ngày ban hành là "…"'
        " (chưa biết). Hãy ghi ngày ban hành ở document.date, hoặc ghi thời gian bằng ngày cụ"
        ' thể, ví dụ "trước 30/6/2025".',
        'The time "{text}" counts from the plan\'s issue date, which the file leaves unknown'
        ' ("…"). Write the issue date in document.date, or write the time as an explicit date,'
        ' e.g. "trước 30/6/2025".',
    ),
    "time.year_from_unknown_date": (
        'Thời gian "{text}" không ghi năm ở "{piece}": năm lấy theo ngày ban hành kế hoạch, nhưng'
        ' tệp ghi ngày ban hành là "…" (chưa biết). Hãy ghi ngày ban hành ở document.date, hoặc'
        " ghi đủ năm, ví dụ 10/4/2025.",
        'The time "{text}" gives no year in "{piece}": the year is taken from the plan\'s issue'
        ' date, which the file leaves unknown ("…"). Write the issue date in document.date, or'
        " write the year, e.g. 10/4/2025.",
    ),
    "time.unknown_event": (
        'Thời gian "{text}" nhắc tới sự kiện "{event}" nhưng kế hoạch chưa khai báo ngày của sự'
        " kiện đó trong events:. Các sự kiện đã biết: {known}.",
        'The time "{text}" refers to the event "{event}", whose date the plan does not give'
        " under events:. Known events: {known}.",
    ),
    "time.weekday_mismatch": (
        'Thời gian "{text}" ghi ngày {date} là {written}, nhưng theo lịch ngày đó là {actual}.'
        " Hãy kiểm tra lại ngày hoặc thứ.",
        'The time "{text}" says {date} is a {written}, but the calendar says {actual}.'
        " Check the date or the weekday.",
    ),
    "time.unknown_label": (
        'Thời gian "{text}" có chữ "{label}" đứng trước thời gian, nhưng đó không phải nhãn mà'
        ' kế hoạch ghi trước thời gian (được ghi: "thời gian", hoặc một trong: {labels};'
        ' có thể kèm "kế hoạch", "kết quả", "báo cáo"). Hãy chỉ ghi thời gian vào time, phần'
        " còn lại để ở nội dung. Những cách ghi gần nhất được chấp nhận: {forms}.",
        'The time "{text}" has the words "{label}" before the time, which are not a label plans'
        ' write before a time ("thời gian", or one of: {labels}; optionally followed by "kế'
        ' hoạch", "kết quả", "báo cáo"). Write only the time in time and leave the rest in the'
        " content. The nearest accepted forms: {forms}.",
    ),
    "time.assumed_year": (
        'Thời gian "{text}" không ghi năm ở "{piece}": hiểu là năm {year} (năm của kế hoạch,'
        " hoặc năm sau nếu ngày đó đã qua khi ban hành). Nên ghi rõ năm.",
        'The time "{text}" gives no year in "{piece}": read as {year} (the plan\'s year, or'
        " the next if that day had passed when the plan was issued). Better write the year.",
    ),
    "help.time": (
        "Xem một cách ghi thời gian được hiểu thế nào (ngày, hạn, định kỳ…).",
        "Show how a time phrase is read (day, deadline, recurrence…).",
    ),
    "time.help.text": ("Cách ghi thời gian, như trong văn bản.", "The time, as the plan writes it."),
    "time.help.issued": (
        "Ngày ban hành kế hoạch (YYYY-MM-DD), mặc định hôm nay.",
        "The plan's date (YYYY-MM-DD), default today.",
    ),
    "time.help.until": (
        "Liệt kê hạn định kỳ đến ngày này (YYYY-MM-DD), mặc định 31/12 của năm ban hành.",
        "List recurring due days up to this day (YYYY-MM-DD), default 31 December of that year.",
    ),
    "time.help.before": (
        "Hiểu \"trước ngày X\" là tính cả ngày X, hay không tính (mặc định: theo kehoach.yaml"
        " của không gian làm việc; ngoài không gian làm việc: không tính).",
        "Read \"trước ngày X\" as including day X, or not (default: the workspace's"
        " kehoach.yaml; outside a workspace: not included).",
    ),
    "time.cmd.inclusive": (
        " (trước ngày {day}, tính cả ngày {n})",
        " (before {day}, day {n} included)",
    ),
    "time.cmd.recurring_inclusive": (
        " (\"trước ngày X\": tính cả ngày X)",
        " (\"trước ngày X\": day X included)",
    ),
    "time.cmd.recurring_exclusive": (
        " (\"trước ngày X\": không tính ngày X)",
        " (\"trước ngày X\": day X not included)",
    ),
    "time.cmd.warning": ("Cảnh báo: {message}", "Warning: {message}"),
    "time.cmd.tentative": ("Dự kiến — {line}", "Tentative — {line}"),
    "time.cmd.day": ("Ngày: {day}.", "Day: {day}."),
    "time.cmd.deadline": ("Hạn chót: {day}", "Deadline: {day}"),
    "time.cmd.exclusive": (
        " (trước ngày {day}, không tính ngày {n})",
        " (before {day}, day {n} not included)",
    ),
    "time.cmd.period": (
        "Khoảng thời gian: từ {start} đến {end} (hạn: {end}).",
        "Period: from {start} to {end} (due: {end}).",
    ),
    "time.cmd.standing": (
        "Thường xuyên: không có hạn chót.",
        "Standing: no deadline.",
    ),
    "time.cmd.standing_from": (
        "Thường xuyên từ {start}: không có hạn chót.",
        "Standing from {start}: no deadline.",
    ),
    "time.cmd.recurring": (
        "Định kỳ {every}; các hạn từ {first} đến {last}: {days}.",
        "Recurring {every}; due days from {first} to {last}: {days}.",
    ),
    "time.cmd.no_due": ("không có hạn nào", "none"),
    "time.cmd.every_week": ("hằng tuần", "every week"),
    "time.cmd.every_month": ("hằng tháng", "every month"),
    "time.cmd.every_quarter": ("hằng quý", "every quarter"),
    "time.cmd.every_half": ("6 tháng một lần", "every six months"),
    "time.cmd.every_year": ("hằng năm", "every year"),
    "time.cmd.compound": (
        "Gồm {count} phần, phần cuối cùng hết hạn {end}:",
        "{count} parts, the last due {end}:",
    ),
}
