"""Messages of the reports area (report, remind): code -> (Vietnamese, English).

Only the command line's own sentences live here; the drafted documents are Vietnamese whatever
``--lang`` says, because they are official documents.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # ---------------------------------------------------------------- help
    "help.report": (
        "Dự thảo báo cáo tháng kết quả thực hiện kế hoạch theo thể thức Nghị định 30/2020/NĐ-CP "
        "(Markdown, Word hoặc HTML), hoặc báo cáo chuyên đề của một đơn vị chủ trì.",
        "Draft the monthly report on the plan in the official form of Decree 30/2020 "
        "(Markdown, Word or HTML), or a lead unit's thematic report.",
    ),
    "help.report_month": ("Tháng báo cáo, dạng YYYY-MM (vd. 2023-08).",
                          "Month reported on, as YYYY-MM (e.g. 2023-08)."),
    "help.report_kind": ("Loại báo cáo: monthly (báo cáo tháng, mặc định) hoặc thematic "
                         "(báo cáo chuyên đề, cần --unit).",
                         "Kind: monthly (default) or thematic (needs --unit)."),
    "help.report_unit": ("Đơn vị chủ trì của báo cáo chuyên đề (tên, tên ngắn hoặc mã).",
                         "Lead unit of a thematic report (name, short name or id)."),
    "help.report_plan": ("Mã kế hoạch, khi thư mục có nhiều kế hoạch.",
                         "Plan id, when the workspace holds several plans."),
    "help.report_as_of": (
        "Tính tình hình đến ngày này (YYYY-MM-DD); cũng là ngày ghi trên báo cáo. Mặc định: "
        "ngày cuối kỳ số liệu, hoặc hạn gửi báo cáo của các đơn vị nếu muộn hơn, không quá hôm nay.",
        "Judge the status as of this day (YYYY-MM-DD); also the report's date. Default: the end "
        "of the data period, or the units' report deadline if later, never after today.",
    ),
    "help.report_period": (
        "Kỳ số liệu: month (tháng dương lịch) hoặc nd09 (từ ngày 15 tháng trước đến ngày 14, "
        "Nghị định 09/2019/NĐ-CP). Mặc định: theo kehoach.yaml.",
        "Data period: month (calendar month) or nd09 (15th of the previous month to the 14th, "
        "Decree 09/2019). Default: kehoach.yaml.",
    ),
    "help.draft_format": ("Định dạng: md (mặc định), docx hoặc html; mặc định theo đuôi tệp -o.",
                          "Format: md (default), docx or html; default from the -o suffix."),
    "help.draft_output": ("Ghi ra tệp (bắt buộc với docx); mặc định in ra màn hình.",
                          "Write to this file (required for docx); default: the screen."),
    "help.draft_template": ("Dùng mẫu Jinja2 này thay cho mẫu có sẵn (chỉ với md và html).",
                            "Use this Jinja2 template instead of the built-in one (md, html)."),
    "help.draft_blank_date": ("Để trống ngày ký (\"ngày … tháng 9 năm 2023\").",
                              "Leave the day of signing blank (\"ngày … tháng 9 năm 2023\")."),
    "help.draft_sender": (
        "Ai gửi: standing (cơ quan thường trực của kế hoạch gửi cơ quan ban hành; mặc định khi kế "
        "hoạch có cơ quan thường trực) hoặc issuer (cơ quan ban hành gửi cấp trên).",
        "Who sends it: standing (the plan's standing agency, to the issuer; default when the plan "
        "names one) or issuer (the plan's issuer, to the body above it).",
    ),
    "help.remind_reply_by": (
        "Hạn các đơn vị gửi báo cáo kết quả (YYYY-MM-DD). Mặc định: 7 ngày sau ngày tính.",
        "Date by which the units must reply (YYYY-MM-DD). Default: 7 days after the as-of date.",
    ),
    "help.remind": (
        "Dự thảo công văn đôn đốc các đơn vị chậm thực hiện nhiệm vụ hoặc chậm gửi báo cáo.",
        "Draft a reminder letter to the units late on tasks or reports.",
    ),
    "help.remind_as_of": ("Tính đến ngày (YYYY-MM-DD; mặc định: hôm nay); cũng là ngày ghi trên "
                          "công văn.",
                          "As of this day (YYYY-MM-DD; default: today); also the letter's date."),
    # ---------------------------------------------------------------- usage errors
    "report.bad_month": ("Tháng '{value}' không hợp lệ; ghi theo dạng YYYY-MM, vd. 2023-08.",
                         "Invalid month '{value}'; write it as YYYY-MM, e.g. 2023-08."),
    "report.unit_required": ("Báo cáo chuyên đề cần --unit ĐƠN_VỊ (đơn vị chủ trì).",
                             "A thematic report needs --unit UNIT (the lead unit)."),
    "report.unit_is_group": (
        "'{name}' là một nhóm đơn vị; báo cáo chuyên đề là của từng đơn vị, hãy chọn một đơn vị.",
        "'{name}' is a group; a thematic report is one unit's, choose a single unit.",
    ),
    "report.unit_leads_nothing": (
        "{name} không chủ trì nhiệm vụ nào của kế hoạch {plan}, nên không có báo cáo chuyên đề.",
        "{name} leads no task of plan {plan}, so it has no thematic report.",
    ),
    "report.no_plan": ("Thư mục làm việc chưa có kế hoạch nào (plans/*.yaml có document).",
                       "The workspace has no plan yet (plans/*.yaml with a document)."),
    "report.plan_required": ("Thư mục có nhiều kế hoạch; chọn một bằng --plan:{plans}",
                             "The workspace has several plans; choose one with --plan:{plans}"),
    "report.unknown_plan": ("Không có kế hoạch '{value}'; các kế hoạch:{plans}",
                            "No plan '{value}'; the plans are:{plans}"),
    "report.docx_needs_output": ("Định dạng docx cần -o TỆP.docx (không in tệp Word ra màn hình).",
                                 "The docx format needs -o FILE.docx (Word is not printed)."),
    "report.template_with_docx": (
        "--template chỉ dùng với md và html; tệp Word được dựng trực tiếp theo Nghị định 30.",
        "--template works with md and html only; Word files are built directly.",
    ),
    "report.template_missing": ("Không tìm thấy mẫu '{name}'.", "Template '{name}' not found."),
    "report.template_unreadable": ("Không đọc được mẫu {path}: {error}",
                                   "Cannot read template {path}: {error}"),
    "report.template_error": (
        "Lỗi trong mẫu {where}: {error}. Xem danh sách biến dùng được trong docs/reports.md.",
        "Error in template {where}: {error}. See the variables available in docs/reports.md.",
    ),
    # ---------------------------------------------------------------- results
    "report.written": ("Đã ghi {path}.", "Wrote {path}."),
    "remind.nobody_late": (
        "Tính đến {date}, không có đơn vị nào chậm nhiệm vụ hay báo cáo; không cần đôn đốc.",
        "As of {date}, no unit is late on a task or a report; no reminder needed.",
    ),
    "report.unknown_suffix": (
        "Không biết ghi định dạng nào vào {path} (đuôi {suffix}): hãy dùng đuôi {choices} "
        "hoặc chọn --format md, docx, html.",
        "Which format to write to {path} (suffix {suffix})? Use a {choices} suffix or choose "
        "--format md, docx or html.",
    ),
}
