"""Messages of ``kehoach record`` and of the progress-record checks: code -> (Vietnamese, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # ------------------------------------------------------------ help
    "help.record": (
        "Thêm hoặc cập nhật một mục trong báo cáo tiến độ tháng của một đơn vị "
        "(progress/YYYY-MM/<đơn-vị>.yaml); chỉ sửa đúng mục đó, giữ nguyên phần còn lại của tệp.",
        "Add or update one entry of a unit's monthly progress record "
        "(progress/YYYY-MM/<unit>.yaml); only that entry changes, the rest of the file is kept.",
    ),
    "help.record_unit": ("Đơn vị báo cáo: mã hoặc tên (vd. phong-noi-vu, \"Nội vụ\").",
                         "Reporting unit: id or name (e.g. phong-noi-vu, \"Nội vụ\")."),
    "help.record_task": ("Nhiệm vụ: mã hoặc số mục (vd. kh48-ii.3.4 hoặc II.3.(4)).",
                         "Task: id or section number (e.g. kh48-ii.3.4 or II.3.(4))."),
    "help.record_month": ("Tháng báo cáo, vd. 2023-08 hoặc 8/2023.",
                          "Month reported on, e.g. 2023-08 or 8/2023."),
    "help.record_milestone": ("Mã mốc của nhiệm vụ (nếu báo cáo theo mốc).",
                              "Milestone id of the task (when reporting a milestone)."),
    "help.record_occ": (
        "Với việc định kỳ: hạn của lần được báo cáo (YYYY-MM-DD), vd. thứ Năm 2024-10-03.",
        "For a recurring time: the due day of the occurrence reported (YYYY-MM-DD).",
    ),
    "help.record_state": (
        "Trạng thái: hoàn thành (done), đang thực hiện (in-progress), "
        "chưa triển khai (not-started).",
        "State: hoàn thành (done), đang thực hiện (in-progress), chưa triển khai (not-started).",
    ),
    "help.record_completed": (
        "Ngày hoàn thành (2023-08-05 hoặc 05/8/2023); kéo theo trạng thái 'hoàn thành'. "
        "Ghi \"\" để xóa.",
        "Completion date (2023-08-05 or 05/8/2023); implies the state 'hoàn thành'. "
        "Give \"\" to remove it.",
    ),
    "help.record_submitted": (
        "Ngày gửi báo cáo (mặc định hôm nay khi tạo tệp mới; với tệp đã có chỉ đổi khi được ghi).",
        "Submission date (default today for a new file; an existing file changes only if given).",
    ),
    "help.record_results": ("Kết quả bằng lời (\"\" để xóa).", "Results in words (\"\" removes)."),
    "help.record_figure": (
        "Số liệu theo chỉ tiêu: CHỈ_TIÊU=SỐ[:ghi chú], vd. mo-hinh=1; dùng nhiều lần được.",
        "Figure against a target: TARGET=VALUE[:note], e.g. mo-hinh=1; may be repeated.",
    ),
    "help.record_evidence": (
        "Văn bản chứng minh, vd. \"Kế hoạch số 35/KH-UBND ngày 20/3/2023\"; dùng nhiều lần được.",
        "Evidence document, e.g. \"Kế hoạch số 35/KH-UBND ngày 20/3/2023\"; may be repeated.",
    ),
    "help.record_obstacles": ("Khó khăn, vướng mắc (\"\" để xóa).",
                              "Obstacles (khó khăn, vướng mắc; \"\" removes)."),
    "help.record_proposals": ("Đề xuất, kiến nghị (\"\" để xóa).",
                              "Proposals (đề xuất, kiến nghị; \"\" removes)."),
    "help.record_dry_run": ("Chỉ in phần thay đổi, không ghi gì.",
                            "Print the change only; write nothing."),
    # ------------------------------------------------------------ arguments
    "record.bad_state": (
        "Trạng thái '{value}' không hợp lệ; chọn: hoàn thành (done), đang thực hiện "
        "(in-progress), chưa triển khai (not-started).",
        "Invalid state '{value}'; choose: hoàn thành (done), đang thực hiện (in-progress), "
        "chưa triển khai (not-started).",
    ),
    "record.bad_date": (
        "Không đọc được ngày '{value}'; hãy ghi dạng 2023-08-05 hoặc 05/8/2023.",
        "Cannot read the date '{value}'; write it as 2023-08-05 or 05/8/2023.",
    ),
    "record.bad_month": (
        "Không đọc được tháng '{value}'; hãy ghi dạng 2023-08 hoặc 8/2023.",
        "Cannot read the month '{value}'; write it as 2023-08 or 8/2023.",
    ),
    "record.bad_figure": (
        "Số liệu '{value}' không đúng dạng CHỈ_TIÊU=SỐ[:ghi chú] (vd. mo-hinh=1 hoặc "
        "mo-hinh=2:vượt chỉ tiêu do ...).",
        "Figure '{value}' is not TARGET=VALUE[:note] (e.g. mo-hinh=1 or mo-hinh=2:above the "
        "target because ...).",
    ),
    "record.unknown_task": (
        "Không có nhiệm vụ nào có mã hay số mục '{text}'.{hint}",
        "No task has the id or section number '{text}'.{hint}",
    ),
    "record.task_hint": (" Có phải ý bạn là: {choices}?", " Did you mean: {choices}?"),
    "record.ambiguous_task": (
        "Số mục '{text}' có ở nhiều nhiệm vụ: {choices}; hãy dùng mã nhiệm vụ.",
        "Section number '{text}' matches several tasks: {choices}; use the task id.",
    ),
    "record.unknown_milestone": (
        "Nhiệm vụ '{task}' không có mốc '{id}'. Các mốc: {choices}.",
        "Task '{task}' has no milestone '{id}'. Its milestones: {choices}.",
    ),
    "record.no_milestones": ("(không có mốc nào)", "(none)"),
    "record.need_state": (
        "Mục mới cần trạng thái: thêm --state (hoàn thành / đang thực hiện / chưa triển khai) "
        "hoặc --completed NGÀY.",
        "A new entry needs a state: add --state (hoàn thành / đang thực hiện / chưa triển khai) "
        "or --completed DATE.",
    ),
    # ------------------------------------------------------------ refusals
    "record.broken_file": (
        "Không sửa {file}: tệp đang có lỗi (in ở trên). Hãy sửa tay rồi chạy lại.",
        "Not editing {file}: the file has errors (above). Fix them by hand and run again.",
    ),
    "record.invalid": (
        "Không ghi {file}: kết quả sẽ có {count} lỗi mới (in ở trên). Chưa ghi gì.",
        "Not writing {file}: the result would have {count} new {count|error|errors} (above). "
        "Nothing was written.",
    ),
    "record.changed": (
        "Không ghi {file}: tệp vừa bị thay đổi (bởi người hoặc chương trình khác) sau khi "
        "kehoach đọc nó. Tệp được giữ nguyên; hãy chạy lại lệnh.",
        "Not writing {file}: it changed (someone or something else edited it) after kehoach "
        "read it. The file is unchanged; run the command again.",
    ),
    "record.not_theirs": (
        "Không sửa {file}: tệp này là báo cáo tháng {month} của '{unit}'. Hãy sửa tay, hoặc "
        "đổi tên tệp rồi chạy lại.",
        "Not editing {file}: it is the {month} record of '{unit}'. Edit it by hand, or rename "
        "the file and run again.",
    ),
    "record.unsafe": (
        "Không sửa được {file} mà vẫn giữ nguyên phần còn lại của tệp ({reason}). "
        "Hãy sửa tay.",
        "Cannot edit {file} while keeping the rest of it unchanged ({reason}). "
        "Edit it by hand.",
    ),
    "record.reason_root": ("tệp không bắt đầu bằng các dòng khóa: giá trị",
                           "the file is not a block of key: value lines"),
    "record.reason_parse": ("không đọc được: {detail}", "cannot read it: {detail}"),
    "record.reason_comment": ("một chú thích sẽ bị mất: {comment}",
                              "a comment would be lost: {comment}"),
    "record.reason_verify": ("kiểm tra lại sau khi sửa không khớp",
                             "the edited text does not read back as intended"),
    # ------------------------------------------------------------ outcomes
    "record.created": ("Đã tạo {file} và thêm mục {entry}.", "Created {file} with entry {entry}."),
    "record.added": ("Đã thêm mục {entry} vào {file}.", "Added entry {entry} to {file}."),
    "record.updated": ("Đã cập nhật mục {entry} trong {file}.", "Updated entry {entry} in {file}."),
    "record.unchanged": (
        "Mục {entry} trong {file} đã đúng như vậy; không có gì thay đổi.",
        "Entry {entry} in {file} already says that; nothing changed.",
    ),
    "record.dry_run": ("Chạy thử: chưa ghi gì vào {file}.", "Dry run: nothing written to {file}."),
    "record.file_header": (
        "Báo cáo tiến độ {month} của {unit}.",
        "Progress record for {month} of {unit}.",
    ),
    "record.file_header2": (
        "Tạo bằng 'kehoach record'; có thể sửa tay. Kiểm tra: kehoach validate.",
        "Created by 'kehoach record'; may be edited by hand. Check: kehoach validate.",
    ),
    # ------------------------------------------------------------ checks/progress.py
    "check.submitted_before_month": (
        "Ngày gửi {submitted} trước kỳ báo cáo tháng {month} (bắt đầu {start}); "
        "kiểm tra lại ngày hoặc tháng.",
        "Submission date {submitted} is before the {month} reporting period (from {start}); "
        "check the date or the month.",
    ),
    "check.duplicate_figure": (
        "Chỉ tiêu '{target}' đã có số liệu ở mục thứ {first} của danh sách figures.",
        "Target '{target}' already has a figure in item {first} of figures.",
    ),
    "check.unknown_task_hint": (
        "Không có nhiệm vụ nào mang mã '{id}' trong các kế hoạch; có phải ý bạn là '{hint}'?",
        "No task has the id '{id}' in the plans; did you mean '{hint}'?",
    ),
    "record.outside_link": (
        "Không ghi {file}: đó là liên kết tượng trưng (symbolic link) trỏ ra ngoài thư mục làm "
        "việc.",
        "Not writing {file}: it is a symbolic link leading outside the workspace.",
    ),
    "record.too_large": (
        "Không ghi {file}: tệp sẽ có {size} byte, quá giới hạn {limit} byte. Hãy tách tệp.",
        "Not writing {file}: it would be {size} bytes, over the limit of {limit}. Split the file.",
    ),
    "record.unreadable": (
        "Không đọc được {file} để sửa; tệp được giữ nguyên.",
        "Cannot read {file} to edit it; the file is left as it is.",
    ),
    "record.figure_too_big": (
        "Số liệu '{value}' quá lớn: tối đa {limit} chữ số.",
        "Figure '{value}' is too large: at most {limit} digits.",
    ),
    "record.control_char": (
        "Giá trị '{value}' chứa ký tự điều khiển (không in được); hãy gõ lại chỉ bằng chữ, số "
        "và dấu câu.",
        "'{value}' holds a control character (not printable); type it again with letters, "
        "digits and punctuation only.",
    ),
}
