"""The outline keeps the document's own numbers as refs, gaps and repeats included."""

from __future__ import annotations

from kehoach_cli.importing.blocks import text_blocks
from kehoach_cli.importing.outline import build

TEXT = """I. MỤC ĐÍCH
- Một
II. NỘI DUNG
1. Tuyên truyền
1.1. Nội dung:
- Gạch một
- Gạch hai
+ tiếp gạch hai
3. Hoạt động
(1) Việc một
- Đơn vị chủ trì: Phòng A.
a) Điểm a
V. BÁO CÁO
"""


def _refs() -> list[tuple[str, str]]:
    root = build(text_blocks(TEXT.splitlines()))
    return [(n.kind, n.ref) for n in root.walk()[1:]]


def test_refs_follow_the_document() -> None:
    assert _refs() == [
        ("roman", "I"), ("bullet", "I"),
        ("roman", "II"), ("dec", "II.1"), ("dec2", "II.1.1"), ("bullet", "II.1.1.b1"),
        ("bullet", "II.1.1.b2"),
        ("dec", "II.3"), ("paren", "II.3.(1)"), ("bullet", "II.3.(1).b1"), ("letter", "II.3.(1).a"),
        ("roman", "V"),
    ]


def test_plus_lines_continue_the_bullet() -> None:
    root = build(text_blocks(TEXT.splitlines()))
    second = next(n for n in root.walk() if n.ref == "II.1.1.b2")
    assert second.verbatim() == "Gạch hai\n+ tiếp gạch hai"


def test_a_mixed_case_sentence_is_not_a_roman_section() -> None:
    root = build(text_blocks(["I. MỤC ĐÍCH", "V. Đây là một câu thường"]))
    assert [n.kind for n in root.walk()[1:]] == ["roman", "para"]
