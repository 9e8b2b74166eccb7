"""The report as data types: options, the context every template and the Word builder read,
and the fixed headings and column titles (Vietnamese: a report is an official document)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from kehoach_cli.drafts import docparts as dp
from kehoach_cli.drafts import reportlines as rl
from kehoach_cli.drafts.reporttables import AppendixRow, StatsRow
from kehoach_cli.model import Plan, ReportPeriod, Task, Workspace
from kehoach_cli.queries.status import Evaluation

STATS_COLUMNS = ("STT", "Đơn vị", "Tổng số", "HT đúng hạn", "HT quá hạn", "Đang thực hiện",
                 "Chưa đến hạn", "Quá hạn chưa HT", "Tỷ lệ đúng hạn")
APPENDIX_COLUMNS = ("STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian", "Kết quả",
                    "Tình trạng")
DECREE_09 = "Nghị định số 09/2019/NĐ\u2011CP"
HEADINGS = {
    "results": "I. KẾT QUẢ THỰC HIỆN",
    "activities": "1. Kết quả thực hiện các hoạt động",
    "no_activities": "Không có đơn vị nào báo cáo kết quả trong kỳ.",
    "stats": "2. Thống kê tình hình thực hiện theo đơn vị",
    "shortcomings": "II. TỒN TẠI, HẠN CHẾ",
    "overdue": "1. Nhiệm vụ quá hạn, chưa hoàn thành",
    "no_overdue": "Không có nhiệm vụ quá hạn.",
    "late": "2. Nhiệm vụ hoàn thành chậm trong kỳ",
    "no_late": "Không có.",
    "reports": "3. Việc gửi báo cáo",
    "no_report_gaps": "Không có đơn vị chậm hoặc chưa gửi báo cáo đã đến hạn.",
    "obstacles": "4. Khó khăn, vướng mắc",
    "next": "III. NHIỆM VỤ TRỌNG TÂM THÁNG TỚI",
    "next_tasks": "1. Các nhiệm vụ theo kế hoạch",
    "no_next": "Không có nhiệm vụ theo kế hoạch trong kỳ tới.",
    "next_reports": "2. Thời hạn báo cáo",
    "proposals": "IV. ĐỀ XUẤT, KIẾN NGHỊ",
    "recipients": "Nơi nhận:",
    "appendix": "PHỤ LỤC",
}


@dataclass(frozen=True)
class ReportOptions:
    year: int
    month: int
    kind: str = "monthly"  # or "thematic"
    unit: str | None = None  # the lead unit of a thematic report
    period: ReportPeriod | None = None  # None: the workspace's setting
    report_date: date | None = None  # None: "ngày … tháng … năm …"
    blank_day: bool = False
    sender: str | None = None  # "standing" or "issuer"; None: standing when the plan has one


@dataclass(frozen=True)
class Activity:
    number: str
    task: Task
    lead: str
    time: str
    status: str
    records: tuple[rl.Record, ...]
    targets: tuple[str, ...] = ()
    where: str = ""


@dataclass(frozen=True)
class ReportContext:
    kind: str
    workspace: Workspace
    plan: Plan
    evaluation: Evaluation
    as_of: date
    period: dp.Period
    next_period: dp.Period
    letterhead: dp.Letterhead
    subject: str
    addressees: tuple[str, ...]
    sender: str
    sender_name: str
    receiver_name: str
    covered: str
    intro: str
    closing: str
    report_summary: tuple[str, ...]
    activities: tuple[Activity, ...]
    stats: tuple[StatsRow, ...]
    stats_total: StatsRow
    overdue: tuple[rl.Line, ...]
    late: tuple[rl.Line, ...]
    report_gaps: tuple[rl.Line, ...]
    obstacles: tuple[rl.Line, ...]
    next_items: tuple[rl.Line, ...]
    next_reports: tuple[rl.Line, ...]
    proposals: tuple[rl.Line, ...]
    recipients: tuple[str, ...]
    signer: dp.SignBlock
    appendix: tuple[AppendixRow, ...]
    appendix_note: str
    appendix_title: str = ""
    unit: str | None = None
    title: str = "BÁO CÁO"
    blank: str = dp.BLANK
    headings: dict[str, str] = field(default_factory=lambda: dict(HEADINGS))
    stats_columns: tuple[str, ...] = STATS_COLUMNS
    appendix_columns: tuple[str, ...] = APPENDIX_COLUMNS
    chart: ChartData | None = None
    chart_svg: str = ""  # filled by the command for HTML: the chart drawn as inline SVG

    @property
    def addressee(self) -> str:
        return "; ".join(self.addressees)


@dataclass(frozen=True)
class ChartData:
    """What the report's one picture shows: the on-time rate of each row of the statistics."""

    title: str
    labels: tuple[str, ...]
    rates: tuple[float | None, ...]
    caption: str
