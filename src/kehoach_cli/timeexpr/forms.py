"""Every form the time reader accepts, one example each: for error messages and the docs.

When a text cannot be read, the message lists the accepted forms nearest to it, so a clerk
who typed "truoc ngay 25/3/2025" sees "trước ngày 25/3/2025" rather than forty examples.
"""

from __future__ import annotations

import difflib

FORMS: tuple[str, ...] = (
    "15/3/2025",
    "ngày 15 tháng 3 năm 2025",
    "2025-03-15",
    "15/3/2025 (thứ Bảy)",
    "trước ngày 10/4",
    "trước ngày 20/12/2025",
    "chậm nhất ngày 20/12/2025",
    "đến hết ngày 20/12/2025",
    "trước tháng 5/2025",
    "tháng 8/2025",
    "trong tháng 6/2025",
    "đầu tháng 4/2025",
    "giữa tháng 6/2025",
    "cuối tháng 6/2025",
    "trung tuần tháng 7/2025",
    "Quý II/2025",
    "cuối Quý II/2025",
    "6 tháng đầu năm 2025",
    "6 tháng cuối năm 2025",
    "năm 2025",
    "cuối năm 2025",
    "từ tháng 3/2025 đến hết tháng 10/2025",
    "từ 1/3/2025 đến 15/4/2025",
    "Quý I/2025 đến Quý II/2025",
    "tháng 5 đến tháng 7/2025",
    "Quý I và Quý II/2025",
    "trong tháng 6 và tháng 7/2025",
    "từ nay đến hết tháng 6/2025",
    "từ nay đến hết năm 2025",
    "Dự kiến tháng 7/2025",
    "thường xuyên",
    "liên tục",
    "năm 2025 và các năm tiếp theo",
    "Quý II/2025; sơ kết trước ngày 15/7/2025",
    "chậm nhất 30 ngày trước ngày bầu cử",
    "trong 15 ngày kể từ ngày ban hành Kế hoạch",
    "trước ngày 25 hằng tháng",
    "trước ngày 12 của tháng cuối quý",
    "trước ngày 03 tháng cuối cùng mỗi quý",
    "trước ngày 10 tháng đầu quý sau",
    "định kỳ 6 tháng (trước ngày 10/6 và 10/12)",
    "trước ngày 15/11 hằng năm",
    "thứ Năm hằng tuần",
)


def nearest(text: str, count: int = 5) -> list[str]:
    """The ``count`` accepted forms that look most like ``text`` (compared in lower case)."""
    lowered = {form.lower(): form for form in FORMS}
    found = difflib.get_close_matches(text.strip().lower(), list(lowered), n=count, cutoff=0.0)
    return [lowered[match] for match in found]
