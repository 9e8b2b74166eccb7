"""Who leads a task: fields, "(X chủ trì, …)", "Đề nghị X …", a unit heading, the standing unit."""

from __future__ import annotations

from kehoach_cli.importing.blocks import text_blocks
from kehoach_cli.importing.draft import _actors
from kehoach_cli.importing.outline import build
from kehoach_cli.importing.tasks import Inherit, TaskDraft, TaskReader
from kehoach_cli.importing.unitnames import Unit, Units


def _reader(*known: Unit) -> TaskReader:
    return TaskReader(Units(list(known)), "phong-vhtt", None, "Ủy ban nhân dân huyện")


NONE = Inherit()


def _task(reader: TaskReader, text: str, inherit: Inherit = NONE) -> TaskDraft:
    node = build(text_blocks(["I. NHIỆM VỤ", text])).children[0].children[0]
    return reader.leaf(node, inherit)


def test_a_request_to_a_unit_not_named_before() -> None:
    reader = _reader()
    task = _task(reader, "- Đề nghị Hội Nông dân huyện vận động hội viên tham gia.")
    assert (task.lead, task.requested) == (["hoi-nong-dan"], True)
    assert reader.units.all["hoi-nong-dan"].relation == "đề nghị"


def test_lead_in_parentheses() -> None:
    task = _task(_reader(), "- Xây dựng 02 mô hình (Công an xã chủ trì, hoàn thành trước 30/9/2024).")
    assert (task.lead, task.time) == (["cong-an-xa"], "trước 30/9/2024")


def test_heading_unit_leads_and_a_named_subject_wins() -> None:
    reader = _reader(Unit("mttq", "Ủy ban Mặt trận Tổ quốc", known=True))
    assert _task(reader, "- Tổ chức tuyên dương.", Inherit("nhom", True)).lead == ["nhom"]
    task = _task(reader, "- Ủy ban Mặt trận Tổ quốc chủ trì, phối hợp với Phòng Nội vụ tổ chức lễ.",
                 Inherit("nhom", True))
    assert (task.lead, task.support) == (["mttq"], ["phong-noi-vu"])


def test_no_lead_named_takes_the_standing_unit_with_a_note() -> None:
    reader = _reader(Unit("phong-vhtt", "Phòng Văn hóa và Thông tin", known=True))
    task = _task(reader, "- Tuyên truyền trên các phương tiện thông tin đại chúng.")
    assert (task.lead, task.notes) == (["phong-vhtt"], [("import.review_lead_standing", {})])


def test_numbered_actions_split_only_when_a_later_one_names_its_actor() -> None:
    assert [label for label, _ in _actors("Trực quan: (1) Lắp pa nô; (2) Các cơ quan treo cờ.")] == ["1", "2"]
    assert _actors("Khác: (1) Tuyên truyền lồng ghép; (2) Các hoạt động văn nghệ.") == []
