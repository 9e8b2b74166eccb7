"""One writer per time-expression form kehoach accepts, so a generated province uses them all.

Keys are exactly ``kehoach_cli.timeexpr.expressions.ACCEPTED_FORMS``; a test compares the two so that a new
form added to the reader without a writer here is noticed.  Each writer gets a random source and
a month of 2023 and returns the text an office worker might type, with the usual variations in
case, leading zeros and wording.
"""

from __future__ import annotations

from collections.abc import Callable
from random import Random

YEAR = 2023
Writer = Callable[[Random, int], str]


def _day(rng: Random) -> int:
    return rng.randint(2, 28)


def _cap(rng: Random, text: str) -> str:
    """Half the time with a capital, as the sentence in the plan begins."""
    return text[0].upper() + text[1:] if rng.random() < 0.5 else text


def _later(rng: Random, m: int) -> int:
    return min(12, m + rng.randint(1, 4))


_ROMAN = ("I", "II", "III", "IV")

SPAN_WRITERS: dict[str, Writer] = {
    "25/3/2023": lambda r, m: f"{_day(r)}/{m}/{YEAR}",
    "ngày 25/3/2023": lambda r, m: f"ngày {_day(r):02d}/{m:02d}/{YEAR}",
    "2023-03-25": lambda r, m: f"{YEAR}-{m:02d}-{_day(r):02d}",
    "trước 25/3/2023": lambda r, m: _cap(r, f"trước {_day(r)}/{m}/{YEAR}"),
    "đến 25/3/2023": lambda r, m: f"đến ngày {_day(r)}/{m}/{YEAR}",
    "chậm nhất 25/3/2023": lambda r, m: _cap(r, f"chậm nhất là ngày {_day(r)}/{m}/{YEAR}"),
    "trước tháng 5/2023": lambda r, m: f"trước tháng {max(m, 2)}/{YEAR}",
    "tháng 8/2023": lambda r, m: _cap(r, f"tháng {m}/{YEAR}"),
    "trong tháng 3/2023": lambda r, m: _cap(r, f"trong tháng {m:02d}/{YEAR}"),
    "đầu/giữa/cuối tháng 3/2023": lambda r, m: f"{r.choice(('Đầu', 'giữa', 'cuối'))} tháng {m}/{YEAR}",
    "thượng/trung/hạ tuần tháng 7/2023": lambda r, m: (
        f"{r.choice(('thượng', 'trung', 'Hạ'))} tuần tháng {m}/{YEAR}"
    ),
    "quý III/2023": lambda r, m: f"Quý {_ROMAN[(m - 1) // 3]}/{YEAR}",
    "6 tháng đầu/cuối năm 2023": lambda r, m: f"6 tháng {'đầu' if m <= 6 else 'cuối'} năm {YEAR}",
    "năm 2023": lambda r, m: f"Năm {YEAR}",
    "từ tháng 3/2023 đến hết tháng 10/2023": lambda r, m: (
        f"Từ tháng {m}/{YEAR} đến hết tháng {_later(r, m)}/{YEAR}"
        if r.random() < 0.7 or m == 12
        else f"từ tháng {m} đến tháng {_later(r, m)}/{YEAR}"
    ),
    "từ 1/3/2023 đến 15/4/2023": lambda r, m: (
        f"từ {_day(r)}/{m}/{YEAR} đến {_day(r)}/{_later(r, m)}/{YEAR}"
        if m < 12
        else f"từ 1/12/{YEAR} đến 28/12/{YEAR}"
    ),
    "dự kiến tháng 7/2023": lambda r, m: f"Dự kiến tháng {m}/{YEAR}",
}

MONTHLY_WRITERS: dict[str, Writer] = {
    "trước ngày 15 hàng tháng": lambda r, m: f"trước ngày {r.choice((15, 20, 25))} hàng tháng",
    "ngày 20 hằng tháng": lambda r, m: f"ngày {r.choice((10, 20))} hằng tháng",
}

DEADLINE_FORMS = ("trước 25/3/2023", "chậm nhất 25/3/2023", "đến 25/3/2023", "25/3/2023")
ALL_WRITERS: dict[str, Writer] = {**SPAN_WRITERS, **MONTHLY_WRITERS}
