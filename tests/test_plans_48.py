"""Pin the encoding of Kế hoạch 48/KH-UBND (plans/48-KH-UBND.yaml) against the source text.

The YAML is read with PyYAML and checked with the pydantic file models directly, so these tests
depend only on the file format, not on the loader.  Quotes from the seed in the comments are the
document's own words; the seed itself is read where a test compares against it.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
import yaml

from kehoach_cli.reading.fileformat import PlanFile, TaskIn, UnitIn, WorkspaceFile

REPO = Path(__file__).parents[1]
PLAN_PATH = REPO / "plans" / "48-KH-UBND.yaml"
# A copy of the source document travels with the tests, so CI pins the encoding on any clone.
SEED_PATH = Path(__file__).parent / "fixtures" / "seed" / "48-KH-UBND.txt"

COMMUNES = (
    "Cẩm Bình",
    "Cẩm Đông",
    "Cẩm Phú",
    "Cẩm Sơn",
    "Cẩm Tây",
    "Cẩm Thạch",
    "Cẩm Thành",
    "Cẩm Thịnh",
    "Cẩm Thủy",
    "Cẩm Trung",
    "Cửa Ông",
    "Mông Dương",
    "Quang Hanh",
)
XA = ("Cẩm Hải", "Cộng Hòa", "Dương Huy")


# ---------------------------------------------------------------- fixtures and helpers


@pytest.fixture(scope="module")
def raw() -> str:
    return PLAN_PATH.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def plan(raw: str) -> PlanFile:
    return PlanFile.model_validate(yaml.safe_load(raw))


@pytest.fixture(scope="module")
def seed() -> str:
    return unicodedata.normalize("NFC", SEED_PATH.read_text(encoding="utf-8"))


def squash(text: str) -> str:
    """Whitespace-normalised; the seed's '*' / '**' (italic, bold markup) dropped."""
    return " ".join(text.replace("*", "").split())


def task(plan: PlanFile, ref: str) -> TaskIn:
    found = [t for t in plan.tasks if t.ref == ref]
    assert len(found) == 1, f"expected exactly one task with ref {ref}, found {len(found)}"
    return found[0]


def units(plan: PlanFile) -> dict[str, UnitIn]:
    return {u.id: u for u in plan.units}


def names(plan: PlanFile) -> dict[str, str]:
    """Every name and alias of every unit and group, lower-cased, to its id."""
    out: dict[str, str] = {}
    for item in (*plan.units, *plan.groups):
        for name in (item.name, *item.aliases):
            key = name.lower()
            assert out.get(key, item.id) == item.id, f"{name!r} names two units"
            out[key] = item.id
    return out


def resolve_list(text: str, known: dict[str, str]) -> list[str]:
    """Read a list of unit names the way the plan writes it ("A, B, C."), longest name first.

    Names contain commas themselves ("Phòng Lao động, Thương binh và Xã hội", "UBND các phường,
    xã"), so the text is not split on commas: at each position the longest known name wins, and
    anything left over that is not a separator is a name the YAML does not know.
    """
    lowered = text.lower()
    by_length = sorted(known, key=len, reverse=True)
    found: list[str] = []
    i = 0
    while i < len(lowered):
        if lowered[i] in " ,.;":
            i += 1
            continue
        match = next((n for n in by_length if lowered.startswith(n, i)), None)
        assert match is not None, f"unknown unit name at: {text[i:]!r}"
        found.append(known[match])
        i += len(match)
    return found


# ---------------------------------------------------------------- the file as a whole


def test_file_validates_and_is_nfc(raw: str, plan: PlanFile) -> None:
    assert raw.startswith("# yaml-language-server: $schema=../schema/plan.schema.json\n")
    assert unicodedata.is_normalized("NFC", raw)
    assert "\t" not in raw
    assert plan.kehoach == 1
    assert plan.id == "kh-48-2023"


def test_document(plan: PlanFile) -> None:
    doc = plan.document
    assert doc is not None
    # "Số: 48 /KH-UBND" … "Cẩm Phả, ngày 20 tháng 02 năm 2023"
    assert doc.number == "48/KH-UBND"
    assert str(doc.date) == "2023-02-20"
    assert doc.place == "Cẩm Phả"
    assert doc.issuer == "Ủy ban nhân dân thành phố Cẩm Phả"
    assert doc.issuer_parent == ""
    assert doc.title == (
        "Tổ chức các hoạt động Kỷ niệm 60 năm Ngày thành lập tỉnh Quảng Ninh"
        " (30/10/1963 - 30/10/2023)"
    )
    # "Thực hiện Kế hoạch số 19/KH-UBND ngày 02/02/2023 của Ủy ban nhân dân tỉnh Quảng Ninh"
    (base,) = doc.based_on
    assert (base.number, str(base.date), base.issuer) == (
        "19/KH-UBND",
        "2023-02-02",
        "Ủy ban nhân dân tỉnh Quảng Ninh",
    )
    assert doc.signer is not None
    assert (doc.signer.authority, doc.signer.position, doc.signer.name) == (
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Phạm Văn Kính",
    )
    # Nơi nhận: six lines plus "Lưu: VT, VHTT."; only the first is "(báo cáo)".
    assert [r.purpose for r in doc.recipients] == ["báo cáo", "", "", "", "", ""]
    assert doc.recipients[0].name == "TT.Thành ủy, TT.HĐND Thành phố"
    assert doc.archive == "Lưu: VT, VHTT."
    assert plan.standing_unit == "phong-vhtt"
    assert plan.horizon == "từ tháng 2/2023 đến hết tháng 11/2023"


def test_recipients_are_the_seed_lines(plan: PlanFile, seed: str) -> None:
    block = seed.split("Nơi nhận:", 1)[1].split("Lưu:", 1)[0]
    lines = [line.strip("-; ") for line in block.splitlines()]
    lines = [line for line in lines if line]
    assert plan.document is not None
    written = [r.name + (f" ({r.purpose})" if r.purpose else "") for r in plan.document.recipients]
    assert written == lines


def test_sections_keep_the_documents_numbering(plan: PlanFile) -> None:
    refs = [s.ref for s in plan.sections]
    # Section II has no item 2 and there is no section IV.
    assert "II.2" not in refs
    assert "IV" not in refs
    for ref in ("I", "II", "II.1", "II.3", "II.4", "III", "V", "VI"):
        assert ref in refs
    assert [r for r in refs if r.startswith("III.")] == [f"III.{n}" for n in range(1, 14)]


def test_ids_are_unique_and_references_resolve(plan: PlanFile) -> None:
    unit_ids = [u.id for u in plan.units] + [g.id for g in plan.groups]
    assert len(unit_ids) == len(set(unit_ids))
    task_ids = [t.id for t in plan.tasks]
    assert len(task_ids) == len(set(task_ids))
    known = set(unit_ids)
    for group in plan.groups:
        assert set(group.members) <= known, group.id
    for t in plan.tasks:
        assert set(t.lead) <= known, t.id
        assert set(t.support) <= known, t.id
        assert not set(t.lead) & set(t.support), t.id
        assert len(t.title) <= 80, t.id
    for r in plan.reporting:
        assert set(r.reporters) <= known
        assert {r.via, r.to} - {None} <= known


def test_every_ref_is_in_sections_ii_iii_v_vi(plan: PlanFile) -> None:
    for t in plan.tasks:
        assert t.ref.split(".")[0] in {"II", "III", "V", "VI"}, t.ref


def test_every_task_content_is_quoted_from_the_seed(plan: PlanFile, seed: str) -> None:
    text = squash(seed)
    missing = [t.ref for t in plan.tasks if not t.content or squash(t.content) not in text]
    assert missing == []


def test_every_bulleted_responsibility_is_encoded(plan: PlanFile) -> None:
    refs = {t.ref for t in plan.tasks}
    expected = {
        *(f"II.1.1.b{n}" for n in range(1, 4)),
        "II.1.2.b1",
        "II.1.2.b2.(1)",
        "II.1.2.b2.(2)",
        "II.1.2.b3",
        "II.1.2.b4",
        *(f"II.3.({n})" for n in range(1, 6)),
        *(f"II.4.b{n}" for n in range(1, 7)),
        *(f"III.1.b{n}" for n in range(1, 10)),
        *(f"III.2.b{n}" for n in range(1, 4)),
        *(f"III.3.b{n}" for n in range(1, 4)),
        *(f"III.4.b{n}" for n in range(1, 6)),
        *(f"III.5.b{n}" for n in range(1, 4)),
        "III.6",
        "III.7.b1",
        "III.8.b1",
        "III.8.b2",
        "III.9.b1",
        "III.9.b2",
        "III.10.b1",
        "III.10.b2",
        "III.11",
        "III.12.b1",
        "III.12.b2",
        *(f"III.13.b{n}" for n in range(1, 4)),
        *(f"VI.b{n}" for n in range(1, 5)),
    }
    assert refs == expected


def test_times_are_written_as_in_the_seed(plan: PlanFile, seed: str) -> None:
    text = squash(seed).lower()
    for t in plan.tasks:
        times = [t.time] if t.time else []
        times += [m.time for m in t.milestones if m.time]
        for written in times:
            assert written.lower() in text, (t.ref, written)


def test_times_parse() -> None:
    from kehoach_cli.timeexpr.grammar import read_time

    plan = PlanFile.model_validate(yaml.safe_load(PLAN_PATH.read_text(encoding="utf-8")))
    assert plan.horizon is not None and plan.document is not None
    issued = plan.document.date
    read_time(plan.horizon, issued=issued)
    for t in plan.tasks:
        if t.time:
            assert read_time(t.time, issued=issued).recurrence is None
        for m in t.milestones:
            if m.time:
                read_time(m.time, issued=issued)
    for r in plan.reporting:
        if r.time:
            assert read_time(r.time, issued=issued).recurrence is not None
    # "trước 25/3/2023" excludes the 25th by default.
    assert read_time("trước 25/3/2023").end.isoformat() == "2023-03-24"


# ---------------------------------------------------------------- units and groups


def test_relations(plan: PlanFile) -> None:
    by_id = units(plan)
    requested = {u.id for u in plan.units if u.relation == "đề nghị"}
    assert requested == {
        "van-phong-thanh-uy",
        "ban-tuyen-giao",
        "ban-dan-van",
        "uy-ban-mttq",
        "lien-doan-lao-dong",
        "doan-thanh-nien",
        "hoi-phu-nu",
        "hoi-nong-dan",
        "hoi-cuu-chien-binh",
    }
    assert by_id["ubnd-tp"].relation == "giao"
    # "Ban Quản lý đầu tư xây dựng Thành phố" — the plan's own variant in II.4.
    assert "Ban Quản lý đầu tư xây dựng Thành phố" in by_id["ban-qlda"].aliases
    # II.3.(1): "Đơn vị phối hợp: Văn phòng Ủy ban nhân dân Thành phố, …"
    assert "Văn phòng Ủy ban nhân dân Thành phố" in by_id["van-phong-hdnd-ubnd"].aliases
    for alias in ("MTTQ", "UBMTTQ", "Ủy ban Mặt trận Tổ quốc Thành phố"):
        assert alias in (by_id["uy-ban-mttq"].short, *by_id["uy-ban-mttq"].aliases)


def test_ubnd_phuong_xa_is_the_sixteen_communes(plan: PlanFile) -> None:
    groups = {g.id: g for g in plan.groups}
    by_id = units(plan)
    group = groups["ubnd-phuong-xa"]
    assert group.name == "UBND các phường, xã"
    assert {"Ủy ban nhân dân các phường, xã", "các phường, xã"} <= set(group.aliases)
    member_names = sorted(by_id[m].name for m in group.members)
    expected = sorted(
        [f"Ủy ban nhân dân phường {n}" for n in COMMUNES] + [f"Ủy ban nhân dân xã {n}" for n in XA]
    )
    assert len(group.members) == 16
    assert member_names == expected
    assert all(by_id[m].relation == "giao" for m in group.members)


def test_groups_cover_what_the_plan_calls_collectively(plan: PlanFile) -> None:
    groups = {g.id: g for g in plan.groups}
    assert set(groups["tat-ca"].members) == {"co-quan-tp", "ubnd-phuong-xa"}
    assert set(groups["to-chuc-ct-xh"].members) == {
        "uy-ban-mttq",
        "lien-doan-lao-dong",
        "doan-thanh-nien",
        "hoi-phu-nu",
        "hoi-nong-dan",
        "hoi-cuu-chien-binh",
    }
    assert set(groups["co-quan-tp"].members) == {
        "phong-vhtt",
        "phong-noi-vu",
        "phong-ldtbxh",
        "phong-tckh",
        "phong-gddt",
        "ban-qlda",
        "van-phong-hdnd-ubnd",
        "trung-tam-ttvh",
        "co-so-y-te",
    }


def test_units_named_in_chu_tri_and_phoi_hop_lines_resolve(plan: PlanFile, seed: str) -> None:
    """Every "Đơn vị chủ trì" / "Đơn vị phối hợp" line of II.3 names known units, and they are
    the task's lead and support."""
    known = names(plan)
    item = re.compile(r"^\((\d)\) ", re.MULTILINE)
    starts = [(m.start(), m.group(1)) for m in item.finditer(seed.split("III. TỔ CHỨC")[0])]
    assert [n for _, n in starts] == ["1", "2", "3", "4", "5"]
    bounds = [*(s for s, _ in starts), seed.index("4. Các hoạt động chào mừng")]
    checked = 0
    for (start, number), end in zip(starts, bounds[1:], strict=True):
        t = task(plan, f"II.3.({number})")
        for line in seed[start:end].splitlines():
            lead = re.match(
                r"- Đơn vị chủ trì(?: xây dựng Kế hoạch)?: (?:Đề nghị )?(.+?)"
                r"(?: \(| xây dựng kế hoạch|\.$)",
                line,
            )
            if lead:
                assert resolve_list(lead.group(1), known) == list(t.lead), line
                checked += 1
            support = re.match(r"- Đơn vị phối hợp: (.+)$", line)
            if support:
                assert set(resolve_list(support.group(1), known)) == set(t.support), line
                checked += 1
    assert checked == 9  # five "chủ trì" lines, four "phối hợp" lines


def test_section_iii_headings_name_the_lead(plan: PlanFile, seed: str) -> None:
    """ "1. Phòng Văn hóa và Thông tin là cơ quan thường trực …", "10. Đề nghị Ban Tuyên giáo …" """
    known = names(plan)
    part = seed.split("III. TỔ CHỨC THỰC HIỆN", 1)[1].split("V. CHẾ ĐỘ BÁO CÁO", 1)[0]
    headings = re.findall(r"^(\d+)\. (?:Đề nghị )?(.+)$", part, re.MULTILINE)
    assert len(headings) == 13
    for number, heading in headings:
        heading = heading.removesuffix(" là cơ quan thường trực có trách nhiệm:")
        lead = resolve_list(heading, known)
        tasks = [t for t in plan.tasks if t.ref.split(".")[:2] == ["III", number]]
        assert tasks, number
        # III.12 is addressed to "Ủy ban MTTQ và các tổ chức chính trị - xã hội": its second
        # bullet is led by the Ủy ban MTTQ alone, a member of that group.
        allowed = {tuple(lead)} | {
            (m,) for g in plan.groups if (g.id,) == tuple(lead) for m in g.members
        }
        assert all(t.lead in allowed for t in tasks), (number, lead)


# ---------------------------------------------------------------- pinned items


def test_ii_3_1_thi_dua(plan: PlanFile) -> None:
    t = task(plan, "II.3.(1)")
    # "Đơn vị chủ trì xây dựng Kế hoạch: Phòng Nội vụ (thời gian hoàn thành kế hoạch trước
    # 25/3/2023)." … "Thời gian thực hiện: Từ tháng 8/2022 đến tháng 10/2023"
    assert t.lead == ("phong-noi-vu",)
    assert set(t.support) == {"van-phong-hdnd-ubnd", "phong-vhtt", "ubnd-phuong-xa"}
    assert t.time == "Từ tháng 8/2022 đến tháng 10/2023"
    assert [(m.id, m.time, m.deliverable) for m in t.milestones] == [
        ("ke-hoach", "trước 25/3/2023", "kế hoạch")
    ]
    # "Mỗi cơ quan, đơn vị, phường, xã … ít nhất 01 mô hình tiêu biểu, 01 công trình thiết thực"
    assert {(x.measure, x.quantity, x.per_unit, x.per) for x in t.targets} == {
        ("mô hình", 1, True, ("tat-ca",)),
        ("công trình", 1, True, ("tat-ca",)),
    }


def test_ii_3_2_tuyen_duong(plan: PlanFile) -> None:
    t = task(plan, "II.3.(2)")
    # "Đề nghị Ủy ban Mặt trận Tổ quốc Thành phố xây dựng kế hoạch trước 25/3/2023; phối hợp với
    # Ủy ban nhân dân Thành phố tổ chức Lễ tuyên dương." "Thời gian thực hiện: Tháng 8/2023."
    assert t.lead == ("uy-ban-mttq",)
    assert units(plan)["uy-ban-mttq"].relation == "đề nghị"
    assert t.requested is None  # derived from the lead's relation
    assert t.support == ("ubnd-tp",)
    assert t.time == "Tháng 8/2023"
    assert [(m.id, m.time) for m in t.milestones] == [
        ("ke-hoach", "trước 25/3/2023"),
        ("le-tuyen-duong", "Tháng 8/2023"),
    ]
    assert [m.deliverable for m in t.milestones] == ["kế hoạch", "lễ tuyên dương"]
    # "Tuyên dương 20 mô hình tiêu biểu"
    assert [(x.quantity, x.measure, x.per_unit) for x in t.targets] == [(20, "mô hình", False)]


def test_ii_3_3_nguoi_co_cong(plan: PlanFile) -> None:
    t = task(plan, "II.3.(3)")
    # "UBND Thành phố tổ chức gặp mặt 60 người có công … Thời gian thực hiện: Tháng 7/2023."
    assert t.lead == ("phong-ldtbxh",)
    assert set(t.support) == {"van-phong-thanh-uy", "van-phong-hdnd-ubnd", "ubnd-phuong-xa"}
    assert [(m.id, m.time, m.deliverable, m.lead) for m in t.milestones] == [
        ("ke-hoach", "trước 25/3/2023", "kế hoạch", ()),
        ("gap-mat", "Tháng 7/2023", "buổi gặp mặt", ("ubnd-tp",)),  # "UBND Thành phố tổ chức"
    ]
    assert [(x.quantity, x.measure) for x in t.targets] == [(60, "người")]
    # III.2.b1's detailed plan is this plan: stated again there, owed here.
    assert [m.restates for m in task(plan, "III.2.b1").milestones] == ["kh48-ii.3.3#ke-hoach"]


def test_ii_3_4_gan_bien(plan: PlanFile) -> None:
    t = task(plan, "II.3.(4)")
    # "Đơn vị chủ trì: Ban Quản lý dự án đầu tư xây dựng Thành phố. Đơn vị phối hợp: Văn phòng
    # HĐND và UBND Thành phố, Phòng Văn hóa và Thông tin Thành phố. Thời gian thực hiện: Từ
    # tháng 3/2023 đến tháng 9/2023"
    assert t.lead == ("ban-qlda",)
    assert set(t.support) == {"van-phong-hdnd-ubnd", "phong-vhtt"}
    assert t.time == "Từ tháng 3/2023 đến tháng 9/2023"


def test_ii_3_5_cuoc_thi(plan: PlanFile) -> None:
    t = task(plan, "II.3.(5)")
    assert t.lead == ("ban-tuyen-giao",)
    assert t.support == ("tat-ca",)
    assert t.time == "Cuối tháng 3/2023"
    assert task(plan, "III.10.b2").restates == t.id  # the same contest, stated again


def test_ii_4_times(plan: PlanFile) -> None:
    assert task(plan, "II.4.b1").time == "trước 25/3/2023"
    assert task(plan, "II.4.b2").time == "từ tháng 3/2023 đến hết tháng 10/2023"
    assert task(plan, "II.4.b3").time == "trong tháng 3/2023"
    assert task(plan, "II.4.b4").time is None  # the document gives none
    b5 = task(plan, "II.4.b5")
    assert [m.time for m in b5.milestones] == [
        "từ tháng 4/2023 đến tháng 9/2023",
        "từ đầu tháng 09/2023 đến hết tháng 10/2023",
    ]
    assert task(plan, "II.4.b6").time == "trong tháng 10/2023"
    assert {x.per_unit for x in task(plan, "II.4.b3").targets} == {True}


def test_section_iii_times(plan: PlanFile) -> None:
    # "(Dự kiến trung tuần tháng 7/2023)"
    assert task(plan, "III.2.b2").time == "Dự kiến trung tuần tháng 7/2023"
    # "dự kiến thời gian gắn biển trước 30/9/2023": the plaque-mounting's tentative date, not
    # a deadline for the list
    b2 = task(plan, "III.4.b2")
    assert b2.time is None
    assert [m.time for m in b2.milestones] == ["dự kiến thời gian gắn biển trước 30/9/2023"]
    timed = {t.ref for t in plan.tasks if t.ref.startswith("III.") and t.time}
    assert timed == {"III.2.b2"}


def test_iii_12_requested_and_targets(plan: PlanFile) -> None:
    b1 = task(plan, "III.12.b1")
    assert b1.lead == ("to-chuc-ct-xh",)
    assert b1.requested is True  # a group lead: "đề nghị" is not derived from a group
    b2 = task(plan, "III.12.b2")
    assert b2.lead == ("uy-ban-mttq",)
    assert b2.support == ("phong-vhtt",)
    # "Tổ chức tuyên dương 20 mô hình tiêu biểu": II.3.(2)'s ceremony and target, counted there
    assert b2.targets == ()
    assert [m.restates for m in b2.milestones] == ["kh48-ii.3.2#le-tuyen-duong"]


def test_vi_deadline_reads_the_odd_wording(plan: PlanFile, raw: str, seed: str) -> None:
    # "Thời gian hoàn thành Kế hoạch xong trong trước 25/3/2023."
    assert "Thời gian hoàn thành Kế hoạch xong trong trước 25/3/2023." in squash(seed)
    b1 = task(plan, "VI.b1")
    assert b1.lead == ("tat-ca",)
    # the plan's milestone of a longer duty, and the obligation of II.4.b1 stated again
    assert b1.time is None
    assert [(m.time, m.restates) for m in b1.milestones] == [
        ("xong trong trước 25/3/2023", "kh48-ii.4.b1")]
    assert "xong trong trước 25/3/2023" in raw


def test_reporting(plan: PlanFile) -> None:
    reports = {r.ref: r for r in plan.reporting}
    assert set(reports) == {"V.1", "V.2", "V.3"}
    # "1. Báo cáo đột xuất: Theo yêu cầu của UBND Thành phố"
    adhoc = reports["V.1"]
    assert (adhoc.kind, adhoc.reporters, adhoc.to, adhoc.time) == (
        "đột xuất",
        ("tat-ca",),
        "ubnd-tp",
        None,
    )
    # "2. Báo cáo chuyên đề …: Báo cáo trước ngày 15 hàng tháng qua Phòng Văn hóa và Thông tin
    # Thành phố gửi đơn vị chủ trì"
    thematic = reports["V.2"]
    assert (thematic.kind, thematic.reporters, thematic.via, thematic.to, thematic.time) == (
        "chuyên đề",
        ("tat-ca",),  # "Đề nghị các cơ quan, đơn vị, UBND các phường, xã"
        "phong-vhtt",
        None,
        "trước ngày 15 hàng tháng",
    )
    # "3. Báo cáo định kỳ …: Báo cáo trước ngày 20 hàng tháng gửi Phòng Văn hóa và Thông tin"
    periodic = reports["V.3"]
    assert (periodic.kind, periodic.reporters, periodic.to, periodic.time) == (
        "định kỳ",
        ("tat-ca",),
        "phong-vhtt",
        "trước ngày 20 hàng tháng",
    )
    for r in (thematic, periodic):
        assert (r.first_month, r.last_month) == ("2023-03", "2023-11")


def test_workspace_settings() -> None:
    path = REPO / "kehoach.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=schema/workspace.schema.json\n")
    ws = WorkspaceFile.model_validate(yaml.safe_load(text))
    assert ws.settings.before_includes_day is False
    assert ws.settings.working_days is False
    assert ws.settings.report_period == "tháng"
