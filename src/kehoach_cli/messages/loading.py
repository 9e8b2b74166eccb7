"""Messages of reading files and mapping schema errors: code -> (Vietnamese, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "load.too_large": (
        "Tệp quá lớn ({size} byte); giới hạn là {limit} byte. Hãy tách thành nhiều tệp.",
        "File too large ({size} bytes); the limit is {limit} bytes. Split it into several files.",
    ),
    "load.unreadable": ("Không đọc được tệp: {reason}.", "Cannot read the file: {reason}."),
    "load.not_utf8": (
        "Tệp không phải mã UTF-8 (byte {byte} không hợp lệ). Hãy lưu lại tệp với mã hóa UTF-8.",
        "The file is not UTF-8 (invalid byte {byte}). Save it again as UTF-8.",
    ),
    "load.empty": ("Tệp rỗng, không có nội dung.", "The file is empty."),
    "load.conflict_marker": (
        "Còn dấu xung đột git '{marker}': hãy chọn một trong hai phiên bản rồi xóa các dòng dấu.",
        "Git conflict marker '{marker}' left in the file: keep one version and delete the markers.",
    ),
    "load.tab": (
        "Dòng thụt lề bằng phím Tab; YAML chỉ chấp nhận dấu cách. Hãy thay Tab bằng dấu cách.",
        "Line indented with a tab; YAML only accepts spaces. Replace the tab with spaces.",
    ),
    "load.nul": ("Tệp chứa ký tự NUL (tệp nhị phân?).", "The file contains a NUL character (binary?)."),
    "load.syntax": (
        "Lỗi cú pháp YAML: {detail}. Kiểm tra thụt lề, dấu ':' và dấu ngoặc kép ở dòng này.",
        "YAML syntax error: {detail}. Check indentation, ':' and quotes on this line.",
    ),
    "load.many_documents": (
        "Tệp chứa nhiều tài liệu YAML (dấu '---'); mỗi tệp chỉ được một.",
        "The file holds several YAML documents ('---'); only one is allowed per file.",
    ),
    "load.too_deep": (
        "Lồng nhau quá sâu (hơn {limit} cấp).",
        "Nested too deeply (more than {limit} levels).",
    ),
    "load.tag": (
        "Thẻ YAML '{tag}' không được phép; chỉ dùng dữ liệu thông thường (chữ, số, ngày, danh sách).",
        "YAML tag '{tag}' is not allowed; use plain data only (text, numbers, dates, lists).",
    ),
    "load.alias_bomb": (
        "Bí danh YAML (*tên) mở rộng quá {limit} phần tử; hãy viết trực tiếp.",
        "YAML aliases (*name) expand to more than {limit} nodes; write the values out.",
    ),
    "load.bad_scalar": ("Giá trị không đọc được: '{value}'.", "Unreadable value: '{value}'."),
    "load.complex_key": (
        "Khóa phải là một chữ đơn giản, không phải danh sách hay bảng.",
        "A key must be plain text, not a list or a mapping.",
    ),
    "load.duplicate_key": (
        "Khóa '{key}' bị lặp (đã có ở dòng {first}); mỗi khóa chỉ được ghi một lần.",
        "Key '{key}' is repeated (already on line {first}); write each key once.",
    ),
    "load.control_char": (
        "Ký tự điều khiển U+{char} không được phép trong tệp YAML; hãy xóa ký tự này.",
        "Control character U+{char} is not allowed in a YAML file; delete it.",
    ),
    "load.outside_link": (
        "Liên kết tượng trưng (symbolic link) trỏ ra ngoài thư mục làm việc: bỏ qua, không đọc.",
        "Symbolic link outside the workspace: skipped, not read.",
    ),
    "load.not_regular": (
        "Không phải tệp thông thường (FIFO, thiết bị hay thư mục?): bỏ qua, không đọc.",
        "Not a regular file (a FIFO, a device or a folder?): skipped, not read.",
    ),
    "schema.month_pattern": (
        "Tháng '{value}' phải ghi dạng NĂM-THÁNG với tháng hai chữ số, vd. 2023-08 (không phải "
        "2023-8).",
        "Month '{value}' must be written YEAR-MONTH with a two-digit month, e.g. 2023-08 (not "
        "2023-8).",
    ),
}
