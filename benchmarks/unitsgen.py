"""The province's 250 units and their groups, shared by every generated plan (plans/units.yaml).

16 provincial departments and organisations, and for each of the 13 districts its People's
Committee, 7 offices and 10 communes (16 + 13 × 18 = 250).  Groups nest (a district's "all"
group holds its offices group and its communes group) as real plans write them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from random import Random

from vocab import COMMUNE_NAMES, DISTRICT_OFFICES, DISTRICTS, PROVINCE_UNITS

COMMUNES_PER_DISTRICT = 10


@dataclass(frozen=True)
class UnitSpec:
    id: str
    name: str
    short: str
    aliases: tuple[str, ...] = ()
    relation: str = "giao"


@dataclass
class Register:
    units: list[UnitSpec] = field(default_factory=list)
    groups: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    requested: set[str] = field(default_factory=set)

    def expand(self, refs: tuple[str, ...]) -> tuple[str, ...]:
        """The units a list of references stands for, groups opened recursively, in order."""
        seen: dict[str, None] = {}
        for ref in refs:
            if ref in self.groups:
                for unit in self.expand(self.groups[ref][1]):
                    seen.setdefault(unit, None)
            else:
                seen.setdefault(ref, None)
        return tuple(seen)

    def pick_lead(self, rng: Random, slug: str) -> tuple[str, ...]:
        offices = [f"{slug}-{suffix}" for suffix, _, _ in DISTRICT_OFFICES]
        roll = rng.random()
        if roll < 0.70:
            return (rng.choice(offices),)
        if roll < 0.80:
            return (f"ubnd-{slug}",)
        if roll < 0.90:
            return tuple(rng.sample(offices, 2))
        if roll < 0.94:
            return (f"{slug}-xa-phuong",)
        if roll < 0.97:
            return (rng.choice(sorted(self.requested)),)
        return (f"{slug}-co-quan",)

    def pick_support(self, rng: Random, slug: str, lead: tuple[str, ...]) -> tuple[str, ...]:
        """Up to three others, never one the lead already covers (the checks refuse that)."""
        covered = set(lead) | set(self.expand(lead))
        pool = [f"{slug}-{suffix}" for suffix, _, _ in DISTRICT_OFFICES]
        pool += [f"{slug}-xa-phuong", f"ubnd-{slug}", "so-vhtt", "so-noi-vu", "tinh-doan"]
        choices = [ref for ref in pool if ref not in covered]
        return tuple(rng.sample(choices, min(len(choices), rng.randint(0, 3))))


def build_register() -> Register:
    reg = Register()
    for uid, name, short, relation in PROVINCE_UNITS:
        reg.units.append(UnitSpec(uid, name, short, (), relation))
        if relation == "đề nghị":
            reg.requested.add(uid)
    for d, (slug, kind, district) in enumerate(DISTRICTS):
        reg.units.append(UnitSpec(f"ubnd-{slug}", f"Ủy ban nhân dân {kind} {district}",
                                  f"UBND {district}", (f"UBND {kind} {district}",)))
        offices = []
        for suffix, name, short in DISTRICT_OFFICES:
            offices.append(f"{slug}-{suffix}")
            reg.units.append(UnitSpec(offices[-1], f"{name} {kind} {district}", short))
        communes = []
        for c in range(COMMUNES_PER_DISTRICT):
            place = COMMUNE_NAMES[(d * 7 + c * 3) % len(COMMUNE_NAMES)]
            level = "phường" if kind != "huyện" and c < 6 else "xã"
            communes.append(f"{slug}-xa-{c + 1:02d}")
            reg.units.append(UnitSpec(communes[-1], f"Ủy ban nhân dân {level} {place}", place,
                                      (f"UBND {level} {place}",)))
        reg.groups[f"{slug}-co-quan"] = (f"Các phòng, ban, đơn vị {kind} {district}",
                                         tuple(offices))
        reg.groups[f"{slug}-xa-phuong"] = (f"UBND các xã, phường {kind} {district}",
                                           tuple(communes))
        reg.groups[f"{slug}-tat-ca"] = (
            f"Các cơ quan, đơn vị, xã, phường {kind} {district}",
            (f"{slug}-co-quan", f"{slug}-xa-phuong", f"ubnd-{slug}"),
        )
    reg.groups["cap-huyen"] = ("UBND các huyện, thị xã, thành phố",
                               tuple(f"ubnd-{slug}" for slug, _, _ in DISTRICTS))
    reg.groups["doan-the-tinh"] = ("MTTQ và các tổ chức chính trị - xã hội tỉnh",
                                   tuple(sorted(reg.requested)))
    return reg


def write_register(reg: Register) -> str:
    out = [
        "# Danh mục đơn vị dùng chung cho mọi kế hoạch của tỉnh (sinh tự động).",
        "kehoach: 1",
        "units:",
    ]
    for u in reg.units:
        out += [f"  - id: {u.id}", f"    name: {json.dumps(u.name, ensure_ascii=False)}",
                f"    short: {json.dumps(u.short, ensure_ascii=False)}"]
        if u.aliases:
            out.append("    aliases: [" + ", ".join(json.dumps(a, ensure_ascii=False)
                                                    for a in u.aliases) + "]")
        if u.relation != "giao":
            out.append(f"    relation: {u.relation}")
    out.append("groups:")
    for gid, (name, members) in reg.groups.items():
        out += [f"  - id: {gid}", f"    name: {json.dumps(name, ensure_ascii=False)}",
                "    members:", *(f"      - {m}" for m in members)]
    return "\n".join(out) + "\n"
