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
        '"{text}" là hạn lặp lại hằng tháng, nhưng ở đây cần một thời gian cụ thể,'
        ' ví dụ "trước 25/3/2023" hoặc "tháng 8/2023".',
        '"{text}" is a deadline that repeats every month, but a specific time is needed here,'
        ' e.g. "trước 25/3/2023" or "tháng 8/2023".',
    ),
    "time.not_recurring": (
        '"{text}" là một thời gian cụ thể, nhưng ở đây cần hạn lặp lại hằng tháng,'
        ' ví dụ "trước ngày 15 hàng tháng".',
        '"{text}" is a specific time, but a deadline that repeats every month is needed here,'
        ' e.g. "trước ngày 15 hàng tháng".',
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
}
