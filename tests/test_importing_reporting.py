"""Reporting duties read from the document: every regime the time stage knows, verbatim.

The district plan below is kh-12-ha-lau.txt (tasks under unit headings) with its reporting
section rewritten the way provincial and district plans of 2021-2024 write it: quarterly, half-
yearly and yearly regimes, each followed by the route, which must not be swallowed into the time.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, run_cli
from kehoach_cli.importing.reporting import regime

SOURCE = REPO / "tests" / "fixtures" / "importing" / "kh-12-ha-lau.txt"
MONTHLY = ("Các cơ quan, đơn vị, UBND các xã, thị trấn báo cáo kết quả trước ngày 20 hàng tháng "
           "gửi qua Phòng Nông nghiệp và Phát triển nông thôn để tổng hợp.")
REGIMES = (
    "1. Báo cáo quý: Các cơ quan, đơn vị báo cáo kết quả trước ngày 12 của tháng cuối quý gửi "
    "qua Phòng Nông nghiệp và Phát triển nông thôn để tổng hợp.\n\n"
    "2. Báo cáo 6 tháng: UBND các xã, thị trấn báo cáo định kỳ 6 tháng (trước ngày 10/6 và "
    "10/12) gửi Phòng Nông nghiệp và Phát triển nông thôn.\n\n"
    "3. Báo cáo năm: Các cơ quan, đơn vị báo cáo trước ngày 15/11 hằng năm gửi Phòng Nông nghiệp "
    "và Phát triển nông thôn."
)


@pytest.mark.parametrize(("text", "expected"), [
    ("Báo cáo trước ngày 20 hàng tháng gửi Phòng Văn hóa và Thông tin.", "trước ngày 20 hàng tháng"),
    ("báo cáo trước ngày 12 của tháng cuối quý để tổng hợp.", "trước ngày 12 của tháng cuối quý"),
    ("báo cáo trước ngày 03 tháng cuối cùng mỗi quý.", "trước ngày 03 tháng cuối cùng mỗi quý"),
    ("báo cáo định kỳ 6 tháng (trước ngày 10/6 và 10/12) gửi UBND huyện.",
     "định kỳ 6 tháng (trước ngày 10/6 và 10/12)"),
    ("Báo cáo năm trước ngày 15/11 hằng năm gửi UBND huyện.", "trước ngày 15/11 hằng năm"),
    ("Báo cáo vào thứ Năm hằng tuần.", "thứ Năm hằng tuần"),
    ("Báo cáo đột xuất theo yêu cầu của UBND huyện.", None),
    ("Báo cáo sơ kết trước ngày 15/7/2024.", None),  # a one-off date is no regime
])
def test_regime_is_the_recurrence_alone(text: str, expected: str | None) -> None:
    assert regime(text) == expected


def test_imported_regimes_validate_and_keep_their_words(tmp_path: Path) -> None:
    text = SOURCE.read_text(encoding="utf-8")
    assert MONTHLY in text
    document = tmp_path / "kh-ha-lau.txt"
    document.write_text(text.replace(MONTHLY, REGIMES), encoding="utf-8")
    (tmp_path / "plans").mkdir()
    result = run_cli("import", str(document), "-o", "plans/kh.yaml", cwd=tmp_path)
    assert result.code == 0, result.stderr
    draft = (tmp_path / "plans" / "kh.yaml").read_text(encoding="utf-8")
    for words in ("trước ngày 12 của tháng cuối quý", "định kỳ 6 tháng (trước ngày 10/6 và 10/12)",
                  "trước ngày 15/11 hằng năm"):
        assert f"time: {words}\n" in draft or f"time: '{words}'\n" in draft, words
    checked = run_cli("validate", cwd=tmp_path)
    assert checked.code == 0, checked.stdout + checked.stderr
    # "Báo cáo quý: Các cơ quan, đơn vị báo cáo …": the reporters come after the heading's colon,
    # so none of the three duties falls back to the standing unit.
    assert "tạm ghi cơ quan thường trực" not in draft
    # The tasks end in June 2024; the yearly report is due 15/11, so its months reach November.
    yearly = draft[draft.index("title: Báo cáo năm"):]
    assert "last_month: 2024-11\n" in yearly
    assert "đến 2024-11 (hạn đầu tiên của chế độ báo cáo này" in draft
