"""Messages of schema and cross-file checks: code -> (Vietnamese, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "schema.missing": ("Thiếu trường bắt buộc '{field}'.", "Required field '{field}' is missing."),
    "schema.unknown_field": (
        "Trường '{field}' không có trong định dạng. Các trường được phép: {allowed}.",
        "Unknown field '{field}'. Allowed fields: {allowed}.",
    ),
    "schema.unknown_field_hint": (
        "Trường '{field}' không có trong định dạng; có phải ý bạn là '{hint}'?",
        "Unknown field '{field}'; did you mean '{hint}'?",
    ),
    "schema.choice_hint": (
        "Giá trị '{value}' không hợp lệ; có phải ý bạn là '{hint}' (viết đủ dấu)?",
        "Invalid value '{value}'; did you mean '{hint}' (with its diacritics)?",
    ),
    "schema.choice": (
        "Giá trị '{value}' không hợp lệ; chỉ được chọn: {expected}.",
        "Invalid value '{value}'; expected one of: {expected}.",
    ),
    "schema.empty": ("Không được để trống.", "Must not be empty."),
    "schema.id_pattern": (
        "Mã '{value}' không hợp lệ: chỉ dùng chữ, số, '-' và '.', không có dấu cách.",
        "Invalid id '{value}': use letters, digits, '-' and '.', no spaces.",
    ),
    "schema.too_small": (
        "Giá trị {value} quá nhỏ; tối thiểu là {limit}.",
        "Value {value} is too small; the minimum is {limit}.",
    ),
    "schema.type": (
        "Giá trị '{value}' không đúng kiểu: cần {expected}.",
        "Value '{value}' has the wrong type: expected {expected}.",
    ),
    "schema.date_or_unknown": (
        "Giá trị '{value}' không đúng kiểu: cần một ngày dạng YYYY-MM-DD, vd. 2023-03-25,"
        ' hoặc "…" nếu văn bản không ghi.',
        "Value '{value}' has the wrong type: expected a date as YYYY-MM-DD, e.g. 2023-03-25,"
        ' or "…" when the document does not give it.',
    ),
    "type.text": ("một đoạn chữ", "text"),
    "type.integer": ("một số nguyên", "a whole number"),
    "type.boolean": ("true hoặc false", "true or false"),
    "type.date": ("một ngày dạng YYYY-MM-DD, vd. 2023-03-25", "a date as YYYY-MM-DD, e.g. 2023-03-25"),
    "type.mapping": ("một bảng khóa: giá trị", "a mapping of key: value"),
    "type.list": ("một danh sách (các dòng bắt đầu bằng '- ')", "a list (lines starting with '- ')"),
    "schema.other": ("Giá trị không hợp lệ: {detail}.", "Invalid value: {detail}."),
    "schema.not_mapping": (
        "Tệp phải là một bảng khóa: giá trị (bắt đầu bằng 'kehoach: 1').",
        "The file must be a mapping of key: value (starting with 'kehoach: 1').",
    ),
    "check.duplicate_id": (
        "Mã '{id}' đã được dùng ở {first}; mỗi mã chỉ dùng một lần.",
        "Id '{id}' is already used at {first}; each id must be unique.",
    ),
    "check.unknown_unit": (
        "Không có đơn vị hay nhóm nào mang mã '{id}'; hãy khai báo trong 'units' hoặc 'groups'.",
        "No unit or group has the id '{id}'; declare it under 'units' or 'groups'.",
    ),
    "check.unknown_unit_hint": (
        "Không có đơn vị hay nhóm nào mang mã '{id}'; có phải ý bạn là '{hint}'?",
        "No unit or group has the id '{id}'; did you mean '{hint}'?",
    ),
    "check.group_cycle": (
        "Nhóm '{id}' chứa chính nó (trực tiếp hoặc qua nhóm khác).",
        "Group '{id}' contains itself (directly or through another group).",
    ),
    "check.lead_also_support": (
        "'{id}' vừa chủ trì vừa phối hợp nhiệm vụ '{task}'; bỏ ở một trong hai danh sách.",
        "'{id}' both leads and supports task '{task}'; remove it from one list.",
    ),
    "check.milestone_needs_time": (
        'Mốc "{id}" chưa ghi thời gian (time). Chỉ mốc nhắc lại mốc khác (restates) mới được'
        " bỏ trống thời gian.",
        'Milestone "{id}" has no time. Only a milestone that restates another (restates) may'
        " leave it out.",
    ),
    "check.unknown_restates": (
        'restates: "{id}" không phải mã một nhiệm vụ (hoặc "nhiệm-vụ#mốc") khác đã khai báo.',
        'restates: "{id}" is not the id of another declared task (or "task#milestone").',
    ),
    "check.unknown_restates_hint": (
        'restates: "{id}" không phải mã một nhiệm vụ khác đã khai báo. Có phải "{hint}"?',
        'restates: "{id}" is not the id of another declared task. Did you mean "{hint}"?',
    ),
    "check.no_occurrence": (
        '{ref}: thời gian định kỳ "{time}" không có lần nào trong kỳ của kế hoạch ({first} –'
        " {last}), nên không được xét; kiểm tra lại 'horizon' hoặc thời gian.",
        '{ref}: the recurring time "{time}" has no occurrence within the plan\'s period'
        " ({first} – {last}), so it is not judged; check 'horizon' or the time.",
    ),
    "check.outside_horizon": (
        "{ref}: thời gian \"{time}\" nằm ngoài thời gian của cả kế hoạch ({first} – {last}).",
        '{ref}: the time "{time}" falls outside the plan\'s horizon ({first} – {last}).',
    ),
    "check.unknown_metadata": (
        'Văn bản chưa cho biết thông tin này ({what}), đang ghi "…": nhớ bổ sung khi có.',
        'The document does not give this ({what}); it is written "…": fill it in when known.',
    ),
    "meta.number": ("số văn bản", "the document's number"),
    "meta.signer": ("tên người ký", "the signer's name"),
    "meta.reference_number": ("số của văn bản căn cứ", "a cited document's number"),
    "meta.reference_date": ("ngày của văn bản căn cứ", "a cited document's date"),
    "check.unknown_issue_date": (
        'Văn bản chưa cho biết ngày ban hành, đang ghi "…": thời gian tính từ ngày ban hành hay'
        ' không ghi năm sẽ không đọc được, và báo cáo, công văn soạn sẵn ghi "ngày …".'
        " Nhớ bổ sung khi có.",
        'The document does not give its issue date; it is written "…": times counted from the'
        ' issue date or without a year cannot be read, and drafted reports and letters say'
        ' "ngày …". Fill it in when known.',
    ),
    "check.no_document": (
        "Tệp có nhiệm vụ nhưng thiếu phần 'document' (số, ngày, trích yếu của văn bản).",
        "The file has tasks but no 'document' section (number, date, title).",
    ),
    "check.months_reversed": (
        "Tháng kết thúc {last} trước tháng bắt đầu {first}.",
        "End month {last} is before start month {first}.",
    ),
    "check.report_needs_months": (
        "Chế độ báo cáo '{id}' có hạn định kỳ nhưng thiếu first_month hoặc last_month.",
        "Reporting duty '{id}' recurs but lacks first_month or last_month.",
    ),
    "check.progress_folder": (
        "Báo cáo tháng {month} nhưng nằm trong thư mục '{folder}'; hãy chuyển vào progress/{month}/.",
        "Record for {month} is in folder '{folder}'; move it to progress/{month}/.",
    ),
    "check.duplicate_submission": (
        "Đơn vị '{unit}' đã có báo cáo tháng {month} ở {first}.",
        "Unit '{unit}' already has a record for {month} at {first}.",
    ),
    "check.duplicate_entry": (
        "Nhiệm vụ '{task}' đã được báo cáo ở mục thứ {first} của tệp này.",
        "Task '{task}' is already reported in entry {first} of this file.",
    ),
    "check.unknown_task": (
        "Không có nhiệm vụ nào mang mã '{id}' trong các kế hoạch.",
        "No task has the id '{id}' in the plans.",
    ),
    "check.duplicate_occurrence": (
        "Lần {day} của nhiệm vụ '{task}' đã được báo cáo ở mục thứ {first} của tệp này.",
        "The occurrence of {day} of task '{task}' is already reported in entry {first} of this file.",
    ),
    "check.unknown_occurrence": (
        "Ngày {day} không phải một lần của '{key}' theo thời gian định kỳ của nó; các lần gần"
        " nhất: {near}.",
        "{day} is not an occurrence of '{key}' under its recurring time; the nearest are: {near}.",
    ),
    "check.occurrence_not_recurring": (
        "'{key}' không có thời gian định kỳ trong kỳ của kế hoạch, nên không có lần nào để ghi"
        " 'occurrence'; bỏ trường này.",
        "'{key}' has no recurring time within the plan's period, so there is no occurrence to"
        " name in 'occurrence'; remove the field.",
    ),
    "check.unknown_milestone": (
        "Nhiệm vụ '{task}' không có mốc '{id}'.",
        "Task '{task}' has no milestone '{id}'.",
    ),
    "check.not_responsible": (
        "Đơn vị '{unit}' không chủ trì hay phối hợp nhiệm vụ '{task}'.",
        "Unit '{unit}' neither leads nor supports task '{task}'.",
    ),
    "check.completed_after_submission": (
        "Ngày hoàn thành {completed} sau ngày gửi báo cáo {submitted}.",
        "Completion date {completed} is after the submission date {submitted}.",
    ),
    "check.done_without_date": (
        "Đã 'hoàn thành' nhưng thiếu ngày hoàn thành (completed).",
        "State is 'hoàn thành' but the completion date (completed) is missing.",
    ),
    "check.date_without_done": (
        "Có ngày hoàn thành nhưng trạng thái là '{state}'.",
        "A completion date is given but the state is '{state}'.",
    ),
    "check.unknown_target": (
        "Nhiệm vụ '{task}' không có chỉ tiêu '{id}'.",
        "Task '{task}' has no target '{id}'.",
    ),
    "check.figure_above_target": (
        "Số liệu {value} vượt chỉ tiêu {quantity}; hãy ghi chú (note) giải thích.",
        "Figure {value} exceeds the target {quantity}; add a note explaining why.",
    ),
}
