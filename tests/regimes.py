"""A small workspace whose plan has a weekly and a quarterly report, for the drafts' tests.

Two units owe both to the standing agency: Phòng A's September record says it sent reports on
3/9/2025 and 10/9/2025 (the first answers the first week and the quarter, the second the second
week: the n-th report of a month answers its n-th due day), Phòng B filed nothing.  The
calendar: 1/9/2025 is a Monday, so the Thursdays of September are 4, 11, 18, 25 and those of
October 2, 9, 16, 23, 30.  "trước ngày 12 của tháng cuối quý" (the named day not counted) is
due on 11/9/2025 for quý III and 11/12/2025 for quý IV.
"""

from __future__ import annotations

from pathlib import Path

from conftest import write_files

PLAN = """
    kehoach: 1
    id: kh-9
    document:
      number: 9/KH-UBND
      date: 2025-08-01
      place: Xã A
      issuer: Ủy ban nhân dân xã A
      title: Việc mẫu
    standing_unit: std
    units:
      - {id: std, name: Văn phòng Thường trực, short: VPTT}
      - {id: u1, name: Phòng A}
      - {id: u2, name: Phòng B}
    tasks:
      - {id: t1, ref: "1", title: Việc một, lead: [u1]}
    reporting:
      - id: bc-tuan
        ref: V.1
        kind: định kỳ
        title: Báo cáo tuần
        reporters: [u1, u2]
        to: std
        time: thứ Năm hằng tuần
        first_month: "2025-09"
        last_month: "2025-10"
      - id: bc-quy
        ref: V.2
        kind: định kỳ
        title: Báo cáo quý
        reporters: [u1, u2]
        to: std
        time: trước ngày 12 của tháng cuối quý
        first_month: "2025-07"
        last_month: "2025-12"
"""
RECORD = """
    kehoach: 1
    unit: u1
    month: "2025-09"
    submitted: 2025-09-03
    also_submitted: [2025-09-10]
    entries: []
"""


def regimes_workspace(root: Path) -> Path:
    return write_files(root, {"kehoach.yaml": "kehoach: 1\n", "plans/p.yaml": PLAN,
                              "progress/2025-09/u1.yaml": RECORD})
