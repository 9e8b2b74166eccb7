"""Texts compressed together (``TextPack``) locate every value as the file read afresh does."""

from __future__ import annotations

from kehoach_cli.reading.textpack import Packed, TextPack
from kehoach_cli.reading.yamlread import YamlDoc, parse_yaml


def _progress(unit: str) -> bytes:
    return (f"kehoach: 1\nunit: {unit}\nmonth: 2023-08\nsubmitted: 2023-08-25\nentries:\n"
            f"  - task: t1\n    state: hoàn thành\n    results: Đã ban hành kế hoạch ({unit})\n"
            ).encode()


def _doc(unit: str) -> YamlDoc:
    doc, _ = parse_yaml(_progress(unit), f"progress/2023-08/{unit}.yaml")
    assert doc is not None and doc.text == _progress(unit)  # read by the fast path
    return doc


def _positions(doc: YamlDoc) -> list[str]:
    paths = [("unit",), ("month",), ("entries", 0), ("entries", 0, "results")]
    return [str(doc.source(p)) for p in paths] + [str(doc.source(("entries",), key=True))]


def test_packed_texts_give_the_positions_of_a_fresh_read() -> None:
    units = [f"don-vi-{i}" for i in range(12)]
    pack = TextPack(limit=600)  # a block every few files
    docs = [_doc(u) for u in units]
    for doc in docs:
        doc.compact(pack)
        assert doc.values == {} and doc.data is None
    assert isinstance(docs[0].text, Packed)
    assert len({d.text.block for d in docs if isinstance(d.text, Packed)}) > 1
    for unit, doc in zip(units, docs, strict=True):
        assert _positions(doc) == _positions(_doc(unit))
        assert doc.text is None  # every position is recorded now


def test_a_file_asked_for_positions_while_waiting_is_left_out_of_its_block() -> None:
    pack = TextPack(limit=10_000)
    first, second = _doc("a"), _doc("b")
    first.compact(pack)
    second.compact(pack)
    assert str(first.source(("unit",))) == "progress/2023-08/a.yaml:2:7"
    pack.pack()
    assert first.text is None and isinstance(second.text, Packed)
    assert second.text.unpack() == _progress("b")
    pack.pack()  # nothing waits: nothing happens
    assert _positions(second) == _positions(_doc("b"))


def test_without_a_pack_the_text_is_kept_as_it_was_read() -> None:
    doc = _doc("c")
    doc.compact()
    assert doc.text == _progress("c") and doc.values == {}
    assert _positions(doc) == _positions(_doc("c"))
