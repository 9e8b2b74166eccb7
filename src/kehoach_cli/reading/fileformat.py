"""The YAML files as pydantic sees them: the boundary, strict (``extra="forbid"``) and frozen.

These classes say what a plan, a progress file and the workspace settings may contain, and they
produce the JSON Schema editors use for autocompletion.  Times stay strings here: reading
"trước 25/3/2023" is the time-expression module's job, done by the builder so that its errors
carry a line like every other problem.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

# No pydantic plugin watches kehoach's own file models: without this, the first model built
# reads the entry points of every installed distribution looking for one (4% of a cold run of
# the bundled plan here, more where more is installed).  A user's own setting is kept.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

FORMAT_VERSION = 1

Id = Annotated[
    str,
    StringConstraints(min_length=1, max_length=120, pattern=r"^[\w][\w.\-]*$"),
    Field(description="Mã định danh: chữ, số, '-', '.', không dấu cách (vd. phong-noi-vu)."),
]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
TimeText = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1),
    Field(description="Thời gian ghi như trong văn bản, vd. 'trước 25/3/2023', 'Tháng 8/2023'."),
]
MonthText = Annotated[
    str,
    StringConstraints(strip_whitespace=True, pattern=r"^\d{4}-\d{2}$"),
    Field(description="Tháng dạng YYYY-MM, vd. 2023-08."),
]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


# ---------------------------------------------------------------- plan file


class ReferenceIn(Strict):
    kind: Text = Field("Kế hoạch", description="Loại văn bản: Kế hoạch, Quyết định, Công văn…")
    number: Text = Field(description="Số, ký hiệu, vd. 19/KH-UBND; '…' nếu văn bản không ghi.")
    date: dt.date | Literal["…"] | None = Field(None, description="'…' nếu văn bản không ghi.")
    issuer: str = ""
    title: str = ""


class SignerIn(Strict):
    authority: str = Field("", description="Quyền hạn ký, vd. 'KT. CHỦ TỊCH'.")
    position: Text = Field(description="Chức vụ, vd. 'PHÓ CHỦ TỊCH'.")
    name: Text


class RecipientIn(Strict):
    name: Text
    purpose: str = Field("", description="Mục đích gửi, vd. 'báo cáo', 'thực hiện'.")


class DocumentIn(Strict):
    kind: Text = Field("KẾ HOẠCH", description="Tên loại văn bản.")
    number: Text = Field(description="Số, ký hiệu, vd. 48/KH-UBND.")
    date: dt.date | Literal["…"] = Field(
        description="Ngày ban hành, YYYY-MM-DD; '…' nếu văn bản không ghi."
    )
    place: Text = Field(description="Địa danh ghi ở đầu văn bản, vd. Cẩm Phả.")
    issuer: Text = Field(description="Cơ quan ban hành, vd. Ủy ban nhân dân thành phố Cẩm Phả.")
    issuer_parent: str = Field("", description="Cơ quan chủ quản (dòng trên), nếu có.")
    title: Text = Field(description="Trích yếu.")
    based_on: tuple[ReferenceIn, ...] = ()
    signer: SignerIn | None = None
    recipients: tuple[RecipientIn, ...] = ()
    archive: str = Field("", description="Dòng lưu, vd. 'Lưu: VT, VHTT.'")


class UnitIn(Strict):
    id: Id
    name: Text = Field(description="Tên đầy đủ.")
    short: str = Field("", description="Tên ngắn, vd. 'Nội vụ'.")
    aliases: tuple[Text, ...] = Field((), description="Tên gọi khác, chữ viết tắt.")
    relation: Literal["giao", "đề nghị"] = Field(
        "giao", description="'giao' nếu Kế hoạch giao việc; 'đề nghị' với cơ quan Đảng, Mặt trận."
    )


class GroupIn(Strict):
    id: Id
    name: Text
    short: str = ""
    aliases: tuple[Text, ...] = ()
    members: tuple[Id, ...] = Field(min_length=1, description="Mã các đơn vị (hoặc nhóm) thành viên.")


class SectionIn(Strict):
    ref: Text = Field(description="Số mục như trong văn bản, vd. II hoặc II.3.")
    title: Text


class MilestoneIn(Strict):
    id: Id
    title: Text
    time: TimeText | None = Field(
        None, description="Thời gian của mốc; chỉ được bỏ trống khi mốc nhắc lại mốc khác."
    )
    deliverable: str = Field("", description="Sản phẩm: kế hoạch, danh sách, buổi lễ…")
    lead: tuple[Id, ...] = Field(
        (), description="Đơn vị chủ trì riêng của mốc (vd. UBND Thành phố tổ chức gặp mặt)."
    )
    restates: Annotated[str, StringConstraints(min_length=1)] | None = Field(
        None, description="Mốc này nhắc lại nghĩa vụ đã ghi ở mục khác: mã nhiệm vụ hoặc"
        " 'nhiệm-vụ#mốc'. Chỉ xét và đếm một lần, ở mục gốc.",
    )


class TargetIn(Strict):
    id: Id
    description: Text
    quantity: int = Field(ge=1)
    comparison: Literal["ít nhất", "tối thiểu", "không quá", "tối đa", "đúng"] = Field(
        "ít nhất", description="Cách so: ít nhất/tối thiểu, không quá/tối đa, đúng."
    )
    percent: bool = Field(False, description="true nếu chỉ tiêu là tỷ lệ phần trăm (vd. 80%).")
    overall: int | None = Field(
        None, ge=1, description="Chỉ tiêu chung toàn địa bàn ghi kèm chỉ tiêu mỗi đơn vị"
        " (vd. 'toàn huyện ít nhất 30').",
    )
    measure: Text = Field(description="Đơn vị tính, vd. 'mô hình', 'người'.")
    per_unit: bool = Field(False, description="true nếu chỉ tiêu tính cho mỗi đơn vị (không phải tổng).")
    per: tuple[Id, ...] = Field(
        (), description="Chỉ tiêu tính cho mỗi đơn vị nào (đơn vị, nhóm); bỏ trống = mỗi đơn vị chủ trì."
    )


class TaskIn(Strict):
    id: Id
    ref: Text = Field(description="Số mục theo văn bản, vd. II.3.(2), III.4.b2.")
    title: Text
    content: str = ""
    lead: tuple[Id, ...] = Field(min_length=1, description="Đơn vị (hoặc nhóm) chủ trì.")
    support: tuple[Id, ...] = Field((), description="Đơn vị (hoặc nhóm) phối hợp.")
    requested: bool | None = Field(
        None, description="true nếu là 'đề nghị'; mặc định theo quan hệ của đơn vị chủ trì."
    )
    time: TimeText | None = None
    milestones: tuple[MilestoneIn, ...] = ()
    targets: tuple[TargetIn, ...] = ()
    deliverables: tuple[Text, ...] = ()
    restates: Id | None = Field(
        None, description="Mục này nhắc lại toàn bộ nhiệm vụ khác (mã nhiệm vụ): chỉ xét và"
        " đếm một lần, ở mục gốc; báo cáo dẫn cả hai mục.",
    )


class ReportIn(Strict):
    id: Id
    ref: Text
    kind: Literal["chuyên đề", "định kỳ", "đột xuất"]
    title: Text
    reporters: tuple[Id, ...] = Field(min_length=1, description="Ai báo cáo (đơn vị, nhóm).")
    via: Id | None = Field(None, description="Gửi qua đơn vị nào (nếu có).")
    to: Id | None = Field(
        None, description="Gửi tới đơn vị nào; bỏ trống = đơn vị chủ trì của hoạt động."
    )
    time: TimeText | None = Field(
        None, description="Vd. 'trước ngày 20 hằng tháng', 'trước ngày 12 của tháng cuối quý'."
    )
    first_month: MonthText | None = None
    last_month: MonthText | None = None
    activities: tuple[Id, ...] = Field(
        (), description="Báo cáo chuyên đề: các hoạt động (mã nhiệm vụ) có kế hoạch riêng;"
        " bỏ trống = các nhiệm vụ có mốc hoặc sản phẩm là kế hoạch.",
    )


class EventIn(Strict):
    name: Text = Field(description="Tên sự kiện như văn bản gọi, vd. 'ngày bầu cử'.")
    date: dt.date


class PlanFile(Strict):
    """A plan file under ``plans/``: the document, its units, groups, tasks and reports.

    A file may hold only ``units`` and ``groups`` (a shared register used by several plans).
    """

    kehoach: Literal[1] = Field(description="Phiên bản định dạng tệp; hiện là 1.")
    id: Id | None = Field(None, description="Mã kế hoạch, vd. kh-48-2023.")
    document: DocumentIn | None = None
    standing_unit: Id | None = Field(None, description="Cơ quan thường trực.")
    horizon: TimeText | None = Field(None, description="Khoảng thời gian của cả kế hoạch.")
    events: tuple[EventIn, ...] = Field(
        (), description="Các sự kiện mà thời gian tính theo (vd. 'chậm nhất 30 ngày trước ngày"
        " bầu cử'); ngày ban hành kế hoạch đã có sẵn.",
    )
    units: tuple[UnitIn, ...] = ()
    groups: tuple[GroupIn, ...] = ()
    sections: tuple[SectionIn, ...] = ()
    tasks: tuple[TaskIn, ...] = ()
    reporting: tuple[ReportIn, ...] = ()


# ---------------------------------------------------------------- progress file


class FigureIn(Strict):
    target: Id
    value: int = Field(ge=0)
    note: str = ""


class EntryIn(Strict):
    task: Id
    milestone: Id | None = None
    state: Literal["chưa triển khai", "đang thực hiện", "hoàn thành"]
    completed: dt.date | None = Field(None, description="Ngày hoàn thành (khi đã hoàn thành).")
    occurrence: dt.date | None = Field(
        None, description="Với việc định kỳ: hạn của lần được báo cáo (vd. 2023-08-03)."
    )
    results: str = ""
    figures: tuple[FigureIn, ...] = ()
    evidence: tuple[Text, ...] = Field((), description="Văn bản chứng minh, vd. 'Kế hoạch số …'.")
    obstacles: str = Field("", description="Khó khăn, vướng mắc.")
    proposals: str = Field("", description="Đề xuất, kiến nghị.")


class ProgressFile(Strict):
    """One unit's submission for one month, under ``progress/YYYY-MM/``."""

    kehoach: Literal[1]
    unit: Id
    month: MonthText
    submitted: dt.date = Field(description="Ngày gửi báo cáo định kỳ.")
    also_submitted: tuple[dt.date, ...] = Field(
        (), description="Ngày gửi các báo cáo định kỳ sau trong tháng, khi tháng có nhiều hạn"
        " (báo cáo hằng tuần): báo cáo thứ n trong tháng trả lời hạn thứ n.")
    thematic_submitted: dt.date | None = Field(None, description="Ngày gửi báo cáo chuyên đề.")
    example: bool = Field(False, description="true nếu là số liệu minh họa, không có thật.")
    entries: tuple[EntryIn, ...] = ()


# ---------------------------------------------------------------- workspace settings


class SettingsIn(Strict):
    before_includes_day: bool = Field(
        False, description="'trước ngày X' có tính cả ngày X không (mặc định: không)."
    )
    working_days: bool = Field(
        False, description="Hạn rơi vào ngày nghỉ thì lùi sang ngày làm việc kế tiếp (Điều 148 BLDS)."
    )
    report_period: Literal["tháng", "nđ09"] = Field(
        "tháng", description="Kỳ số liệu: tháng dương lịch, hoặc từ 15 tháng trước đến 14 (NĐ 09/2019)."
    )


class WorkspaceFile(Strict):
    """``kehoach.yaml`` at the workspace root; every key is optional."""

    kehoach: Literal[1]
    settings: SettingsIn = SettingsIn()
