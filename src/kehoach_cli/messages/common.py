"""Messages of the command line itself: help, usage errors, summaries."""

MESSAGES: dict[str, tuple[str, str]] = {
    "help.app": (
        "kehoach: theo dõi thực hiện kế hoạch (Kế hoạch của UBND) được ghi bằng YAML.",
        "kehoach: track the implementation of a government action plan written in YAML.",
    ),
    "help.version": ("In phiên bản rồi thoát.", "Print the version and exit."),
    "help.workspace": (
        "Thư mục làm việc (mặc định: thư mục hiện tại hoặc thư mục cha có kehoach.yaml).",
        "Workspace folder (default: the current folder or the parent holding kehoach.yaml).",
    ),
    "help.lang": ("Ngôn ngữ: vi (mặc định) hoặc en.", "Language: vi (default) or en."),
    "help.debug": ("Hiện chi tiết lỗi nội bộ (dành cho lập trình viên).",
                   "Show internal tracebacks (for developers)."),
    "help.validate": (
        "Kiểm tra kế hoạch và báo cáo tiến độ; in mọi lỗi kèm tệp:dòng:cột.",
        "Check plans and progress records; print every problem as file:line:col.",
    ),
    "help.validate_paths": (
        "Tệp hoặc thư mục cần kiểm tra (mặc định: cả thư mục làm việc).",
        "Files or folders to check (default: the whole workspace).",
    ),
    "help.format_problems": ("Định dạng: text, json, github, sarif.",
                             "Output format: text, json, github, sarif."),
    "help.schema": (
        "In JSON Schema của tệp kế hoạch (cho trình soạn thảo tự gợi ý).",
        "Print the JSON Schema of plan files (for editor autocompletion).",
    ),
    "help.schema_kind": ("Loại tệp: plan, progress, workspace.",
                         "File kind: plan, progress, workspace."),
    "help.output": ("Ghi ra tệp thay vì màn hình.", "Write to a file instead of the screen."),
    "help.init": ("Tạo thư mục làm việc mới có kế hoạch mẫu.",
                  "Create a new workspace with an example plan."),
    "help.init_dir": ("Thư mục cần tạo.", "Folder to create."),
    "severity.error": ("lỗi", "error"),
    "severity.warning": ("cảnh báo", "warning"),
    "validate.clean": (
        "Hợp lệ: {files} tệp, {plans} kế hoạch, {tasks} nhiệm vụ, {units} đơn vị, "
        "{records} báo cáo tiến độ.",
        "Valid: {files} {files|file|files}, {plans} {plans|plan|plans}, "
        "{tasks} {tasks|task|tasks}, "
        "{units} {units|unit|units}, "
        "{records} progress {records|record|records}.",
    ),
    "validate.summary_problems": (
        "Có {errors} lỗi và {warnings} cảnh báo trong {files} tệp.",
        "{errors} {errors|error|errors} and {warnings} {warnings|warning|warnings} in {files} "
        "{files|file|files}.",
    ),
    "init.done": ("Đã tạo thư mục làm việc {path} ({count} tệp):",
                  "Created workspace {path} ({count} {count|file|files}):"),
    "init.exists": ("Tệp {path} đã có; kehoach không ghi đè.",
                    "{path} already exists; kehoach does not overwrite."),
    "ws.not_found": (
        "Không tìm thấy thư mục làm việc (cần kehoach.yaml hoặc thư mục plans/) từ {path}. "
        "Dùng --workspace THƯ_MỤC hoặc tạo mới bằng 'kehoach init THƯ_MỤC'.",
        "No workspace found (kehoach.yaml or a plans/ folder) from {path}. "
        "Use --workspace DIR or create one with 'kehoach init DIR'.",
    ),
    "ws.not_dir": ("{path} không phải là thư mục.", "{path} is not a folder."),
    "ws.invalid": (
        "Thư mục làm việc có {count} lỗi (in ở trên); hãy sửa rồi chạy lại, "
        "hoặc xem 'kehoach validate'.",
        "The workspace has {count} {count|error|errors} (above); fix them and run again, or see "
        "'kehoach validate'.",
    ),
    "cli.bad_format": ("Định dạng '{value}' không có; chọn: {choices}.",
                       "Unknown format '{value}'; choose: {choices}."),
    "cli.bad_choice": ("Giá trị '{value}' không hợp lệ; chọn: {choices}.",
                       "Invalid value '{value}'; choose: {choices}."),
    "cli.no_such_path": ("Không có tệp hay thư mục {path}.", "No such file or folder: {path}."),
    "cli.internal_error": (
        "Lỗi nội bộ của kehoach ({error}). Chạy lại với --debug để xem chi tiết và báo cho "
        "người phát triển.",
        "Internal error in kehoach ({error}). Run again with --debug for details and report it.",
    ),
    "io.no_folder": (
        "Không ghi {path}: thư mục {folder} không tồn tại (kehoach không tự tạo thư mục).",
        "Not writing {path}: the folder {folder} does not exist (kehoach creates no folders).",
    ),
    "io.cannot_write": ("Không ghi được tệp {path}: {error}.", "Cannot write {path}: {error}."),
    "io.cannot_lock": ("Không khóa được tệp {path}: {error}.", "Cannot lock {path}: {error}."),
    "cli.metavar_text": ("VĂN_BẢN", "TEXT"),
    "cli.metavar_path": ("ĐƯỜNG_DẪN", "PATH"),
    "cli.metavar_number": ("SỐ", "NUMBER"),
    "cli.bad_lang": ("Ngôn ngữ '{value}' không có; chọn: {choices}.",
                     "No language '{value}'; choose: {choices}."),
    # The parser's own sentences: the English side is exactly what typer's click prints.
    "click.usage": ("Cách dùng: ", "Usage: "),
    "click.help_option": ("Hiện hướng dẫn này rồi thoát.", "Show this message and exit."),
    "click.try_help": ("Xem hướng dẫn: '{command}'.", "Try '{command}' for help."),
    "click.error": ("Lỗi: {message}", "Error: {message}"),
    "click.no_such_option": ("Không có tùy chọn {name}", "No such option: {name}"),
    "click.did_you_mean": ("Có phải ý bạn là {name}?", "Did you mean {name}?"),
    "click.no_such_command": ("Không có lệnh '{name}'.", "No such command '{name}'."),
    "click.missing_argument": ("Thiếu đối số '{name}'.", "Missing argument '{name}'."),
    "click.missing_option": ("Thiếu tùy chọn '{name}'.", "Missing option '{name}'."),
    "click.extra_arguments": ("Thừa đối số ({args})", "Got unexpected extra argument(s) ({args})"),
    "click.needs_value": ("Tùy chọn '{name}' cần một giá trị.",
                          "Option '{name}' requires an argument."),
    "click.no_value": ("Tùy chọn '{name}' không nhận giá trị.",
                       "Option '{name}' does not take a value."),
    "click.invalid_value": ("Giá trị không hợp lệ cho {name}: {message}",
                            "Invalid value for {name}: {message}"),
    "click.missing_command": ("Thiếu lệnh.", "Missing command."),
    "click.arguments": ("Đối số:", "Arguments:"),
    "click.options": ("Tùy chọn:", "Options:"),
    "click.commands": ("Lệnh:", "Commands:"),
    "click.required": ("[bắt buộc]", "[required]"),
    "click.default": ("[mặc định: {value}]", "[default: {value}]"),
    "click.aborted": ("Đã hủy!", "Aborted!"),
    "click.options_metavar": ("[TÙY_CHỌN]", "[OPTIONS]"),
    "click.command_metavar": ("LỆNH [ĐỐI_SỐ]...", "COMMAND [ARGS]..."),
    "schema.about_plan": (
        "Tệp kế hoạch trong thư mục plans/: văn bản, các đơn vị, nhóm đơn vị, nhiệm vụ và chế "
        "độ báo cáo.",
        "A plan file under plans/: the document, its units, groups, tasks and reports.",
    ),
    "schema.about_progress": (
        "Báo cáo tiến độ của một đơn vị trong một tháng, đặt trong progress/YYYY-MM/.",
        "One unit's progress record for one month, under progress/YYYY-MM/.",
    ),
    "schema.about_workspace": (
        "Tệp kehoach.yaml ở gốc thư mục làm việc; mọi khóa đều không bắt buộc.",
        "kehoach.yaml at the workspace root; every key is optional.",
    ),
}
