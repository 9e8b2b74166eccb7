"""Messages of ``kehoach import``: code -> (Vietnamese, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "help.import": (
        "Soạn tệp kế hoạch YAML từ văn bản (.docx, .pdf có lớp chữ, .txt, .md) và liệt kê chỗ "
        "cần xem lại.",
        "Draft a plan file from the document (.docx, .pdf with text, .txt, .md) and list what "
        "to review.",
    ),
    "help.import_document": ("Văn bản kế hoạch cần nhập.", "The plan document to import."),
    "help.import_output": ("Tệp kế hoạch cần ghi (mặc định: plans/SỐ-KÝ-HIỆU.yaml).",
                           "Plan file to write (default: plans/NUMBER.yaml)."),
    "help.import_units": (
        "Danh mục đơn vị (tệp kế hoạch hoặc tệp chỉ có units/groups) để khớp tên đơn vị.",
        "A unit register (a plan file, or one with only units/groups) to match unit names.",
    ),
    "help.import_dry_run": ("In bản nháp ra màn hình, không ghi tệp.",
                            "Print the draft instead of writing it."),
    "help.import_force": ("Ghi đè tệp kế hoạch đã có.", "Overwrite an existing plan file."),
    "import.no_file": ("Không có tệp {path}.", "No such file: {path}."),
    "import.empty": ("{path}: tệp rỗng, không có văn bản để nhập.", "{path}: the file is empty."),
    "import.too_big": (
        "{path}: tệp {size} MB, quá giới hạn {limit} MB của một văn bản kế hoạch.",
        "{path}: {size} MB is beyond the {limit} MB a plan document may have.",
    ),
    "import.too_long": ("{path}: văn bản quá dài để là một kế hoạch.",
                        "{path}: the text is too long for a plan document."),
    "import.not_text": ("{path}: không phải tệp văn bản (có byte nhị phân).",
                        "{path}: not a text file (binary bytes)."),
    "import.not_utf8": ("{path}: không đọc được bảng mã (cần UTF-8), lỗi ở byte {offset}.",
                        "{path}: not UTF-8 text (bad byte at {offset})."),
    "import.not_docx": ("{path}: không phải tệp Word .docx hợp lệ.",
                        "{path}: not a valid Word .docx file."),
    "import.zip_bomb": (
        "{path}: tệp .docx giải nén ra {size} MB, bất thường với một văn bản; không đọc.",
        "{path}: the .docx would unpack to {size} MB, abnormal for a document; not read.",
    ),
    "import.not_pdf": ("{path}: không phải tệp PDF hợp lệ.", "{path}: not a valid PDF file."),
    "import.scanned_pdf": (
        "{path}: PDF {pages} trang không có lớp chữ (bản quét). Hãy nhận dạng chữ (OCR) hoặc "
        "dùng bản .docx.",
        "{path}: the {pages}-page PDF has no text layer (a scan). Run OCR or use the .docx.",
    ),
    "import.unknown_format": ("{path}: không nhập được tệp {suffix}; dùng .docx, .pdf, .txt, .md.",
                              "{path}: cannot import a file of type {suffix}; use .docx, .pdf, .txt, .md."),
    "import.not_a_plan": (
        "{path}: không thấy cấu trúc kế hoạch (mục I., II. hoặc 1., 2.).",
        "{path}: no plan structure found (sections I., II. or 1., 2.).",
    ),
    "import.no_tasks": ("{path}: không tìm thấy nhiệm vụ nào trong văn bản.",
                        "{path}: no task found in the document."),
    "import.exists": ("{path} đã có; thêm --force để ghi đè.",
                      "{path} already exists; add --force to overwrite."),
    "import.bad_units": ("{path}: không đọc được danh mục đơn vị ({count} lỗi).",
                         "{path}: the unit register cannot be read ({count} problems)."),
    "import.written": (
        "Đã ghi {path}: {tasks} nhiệm vụ, {units} đơn vị, {reports} chế độ báo cáo.",
        "Wrote {path}: {tasks} {tasks|task|tasks}, {units} {units|unit|units}, "
        "{reports} reporting {reports|duty|duties}.",
    ),
    "import.review_count": ("Cần xem lại {count} chỗ:", "{count} {count|place|places} to review:"),
    "import.review_none": ("Không có chỗ nào cần xem lại.", "Nothing to review."),
    "import.review_item": ("  dòng {line}: {text}", "  line {line}: {text}"),
    "import.next": ("Sau khi xem lại: kehoach validate {path}", "After review: kehoach validate {path}"),
    "import.file_comment": (
        "Bản nháp do 'kehoach import' soạn từ {source}.\n"
        "Xem lại các dòng 'KIỂM TRA:' rồi chạy 'kehoach validate'. Định dạng: docs/plan-format.md.",
        "Drafted by 'kehoach import' from {source}.\n"
        "Review the 'REVIEW:' lines, then run 'kehoach validate'. Format: docs/plan-format.md.",
    ),
    "import.review_mark": ("KIỂM TRA:", "REVIEW:"),
    "import.review_lead_standing": (
        "văn bản không nêu đơn vị chủ trì; tạm ghi cơ quan thường trực.",
        "the document names no lead; the standing unit is written for now.",
    ),
    "import.review_lead_communes": (
        "văn bản không nêu đơn vị chủ trì; mục ghi cấp xã nên tạm ghi UBND các xã.",
        "no lead named; the section is for communes, so the communes are written for now.",
    ),
    "import.review_lead_issuer": (
        "văn bản không nêu đơn vị chủ trì; tạm ghi cơ quan ban hành.",
        "the document names no lead; the issuer is written for now.",
    ),
    "import.review_time_unread": (
        "không đọc được thời gian \"{text}\"; ghi lại cho đúng một dạng thời gian.",
        "cannot read the time \"{text}\"; rewrite it in one of the time forms.",
    ),
    "import.review_time_part": (
        "văn bản ghi thời gian \"{text}\"; chỉ đọc được \"{time}\" và đã ghi phần đó vào 'time'.",
        "the document's time is \"{text}\"; only \"{time}\" could be read and was written.",
    ),
    "import.review_time_event": (
        "thời gian \"{text}\" tính theo sự kiện \"{event}\" mà văn bản chưa cho ngày; khai báo "
        "'events: [{{name: {event}, date: …}}]' rồi ghi thời gian này vào 'time'.",
        "the time \"{text}\" counts from the event \"{event}\", which the document does not date; "
        "declare 'events: [{{name: {event}, date: …}}]', then write this time to 'time'.",
    ),
    "import.review_time_year": (
        "thời gian \"{text}\" không ghi năm ở \"{piece}\"; đã hiểu là năm {year} (theo ngày ban "
        "hành); đối chiếu văn bản và ghi rõ năm nếu cần.",
        "the time \"{text}\" gives no year in \"{piece}\"; read as {year} (from the plan's date); "
        "check against the document and write the year if needed.",
    ),
    "import.review_report_time": (
        "hạn báo cáo \"{text}\" không phải hạn hằng tháng; định dạng chưa ghi được, chưa ghi.",
        "the report deadline \"{text}\" is not monthly; the format cannot hold it yet.",
    ),
    "import.review_report_window": (
        "kỳ báo cáo đề xuất từ {first} (tháng sau ngày ban hành) đến {last} (hạn muộn nhất).",
        "reporting months proposed: {first} (after the plan's date) to {last} (latest deadline).",
    ),
    "import.review_report_window_widened": (
        "kỳ báo cáo đề xuất từ {first} (tháng sau ngày ban hành) đến {last} (hạn đầu tiên của chế "
        "độ báo cáo này; các nhiệm vụ kết thúc sớm hơn).",
        "reporting months proposed: {first} (after the plan's date) to {last} (this regime's first "
        "due day; the tasks end earlier).",
    ),
    "import.review_reporters": (
        "văn bản không nêu ai báo cáo; tạm ghi cơ quan thường trực.",
        "the document does not say who reports; the standing unit is written for now.",
    ),
    "import.review_group_empty": (
        "tên chung của nhiều đơn vị; văn bản không liệt kê thành viên: chuyển sang 'groups' "
        "với 'members' khi có danh sách.",
        "a collective name; the document lists no members: move it to 'groups' with "
        "'members' once known.",
    ),
    "import.review_document": (
        "phần đầu văn bản thiếu {missing}, nên chưa ghi 'document'. Đọc được: {found}.",
        "the header lacks {missing}, so 'document' is not written. Found: {found}.",
    ),
    "import.unknown_value": ("(chưa rõ)", "(unknown)"),
    "import.review_missing": (
        "không tìm thấy '{key}' ở phần đầu văn bản; điền theo văn bản.",
        "'{key}' not found in the document's header; fill it in from the document.",
    ),
    "import.review_signer": (
        "khối chữ ký không có tên người ký ({block}); thêm 'signer' khi biết tên.",
        "the signature block has no name ({block}); add 'signer' once known.",
    ),
    "import.review_table": (
        "bảng ở dòng {line} không có cột 'Nội dung' và 'Chủ trì'; chưa đọc, chép nguyên văn dưới đây.",
        "the table at line {line} has no 'Nội dung' and 'Chủ trì' columns; not read, copied below.",
    ),
    "import.other_times": ("Thời gian khác trong văn bản: {times}", "Other times in the text: {times}"),
}
