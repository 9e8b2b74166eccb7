"""The safe reader: values, positions, and every refusal located."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from kehoach_cli.reading.textpack import Packed, TextPack
from kehoach_cli.reading.yamlread import MAX_DEPTH, dotted, parse_yaml


def _read(text: str) -> tuple[object, list[tuple[str, str]]]:
    doc, problems = parse_yaml(text.encode("utf-8"), "f.yaml")
    return (doc.data if doc else None), [(str(p.source), p.code) for p in problems]


def test_values_and_types() -> None:
    data, problems = _read('a: 1\nb: "2"\nc: 2023-02-20\nd: [x, "y"]\ne: ~\nf: true\n')
    assert problems == []
    assert data == {"a": 1, "b": "2", "c": dt.date(2023, 2, 20), "d": ["x", "y"], "e": None,
                    "f": True}


def test_positions_of_values_and_keys() -> None:
    doc, _ = parse_yaml(b"tasks:\n  - id: t1\n    lead: [a, b]\n", "f.yaml")
    assert doc is not None
    assert str(doc.source(("tasks", 0))) == "f.yaml:2:5"
    assert str(doc.source(("tasks", 0, "lead", 1))) == "f.yaml:3:15"
    assert str(doc.source(("tasks", 0, "lead"), key=True)) == "f.yaml:3:5"
    # a path that does not exist falls back to its nearest ancestor
    assert str(doc.source(("tasks", 0, "missing"))) == "f.yaml:2:5"


def test_duplicate_keys_are_all_reported_and_reading_goes_on() -> None:
    data, problems = _read("a: 1\na: 2\nb: 3\nb: 4\n")
    assert data == {"a": 1, "b": 3}
    assert problems == [("f.yaml:2:1", "load.duplicate_key"), ("f.yaml:4:1", "load.duplicate_key")]


def test_bom_is_accepted_and_nfd_becomes_nfc() -> None:
    nfd = "name: Pho\u0300ng"
    doc, problems = parse_yaml(b"\xef\xbb\xbf" + nfd.encode("utf-8"), "f.yaml")
    assert problems == [] and doc is not None and doc.data == {"name": "Phòng"}


def test_nesting_at_the_limit_is_fine_and_beyond_is_refused() -> None:
    ok = "[" * MAX_DEPTH + "]" * MAX_DEPTH
    assert _read(ok)[1] == []
    too_deep = "[" * (MAX_DEPTH + 2) + "]" * (MAX_DEPTH + 2)
    assert _read(too_deep)[1][0][1] == "load.too_deep"


def test_very_deep_nesting_does_not_crash_the_parser() -> None:
    """libyaml's own composer recurses and crashes near 100k levels; the builder must not."""
    n = 200_000
    assert _read("[" * n + "]" * n)[1][0][1] == "load.too_deep"


def test_small_aliases_are_allowed() -> None:
    data, problems = _read("a: &x [1, 2]\nb: *x\n")
    assert problems == [] and data == {"a": [1, 2], "b": [1, 2]}


def test_unknown_alias_is_a_syntax_error() -> None:
    assert _read("a: *nope\n")[1][0][1] == "load.syntax"


def test_non_plain_tags_are_refused() -> None:
    for text in ("a: !!python/name:os.system x\n", "a: !custom x\n", "a: !!binary aGk=\n"):
        assert _read(text)[1][0][1] == "load.tag", text


def test_complex_keys_are_refused() -> None:
    assert _read("? [a, b]\n: 1\n")[1][0][1] == "load.complex_key"


def test_dotted() -> None:
    assert dotted(("tasks", 3, "lead", 0)) == "tasks[3].lead[0]"
    assert dotted(()) == ""


@given(st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(min_size=1, max_size=8), children, max_size=4),
    max_leaves=20,
))
def test_round_trip_against_pyyaml(value: object) -> None:
    """Whatever PyYAML writes, the reader gives back the same data."""
    import unicodedata

    import yaml

    dumped = unicodedata.normalize("NFC", yaml.safe_dump({"v": value}, allow_unicode=True))
    doc, problems = parse_yaml(dumped.encode("utf-8"), "f.yaml")
    if problems:  # only the documented refusals may happen (e.g. a tab-indented text line)
        assert {p.code for p in problems} <= {"load.tab", "load.conflict_marker", "load.nul",
                                                 "load.duplicate_key", "load.control_char"}
        return
    assert doc is not None and doc.data == yaml.safe_load(dumped)


def test_a_compacted_file_locates_every_value_and_key_as_before() -> None:
    raw = "tasks:\n  - id: t1\n    lead: [a, b]\n    title: Tổ chức tuyên truyền\n".encode()
    doc, _ = parse_yaml(raw, "f.yaml")
    assert doc is not None and doc.text == raw  # read by the fast path
    pack = TextPack()
    doc.compact(pack)
    pack.pack()
    assert doc.data is None and doc.values == {} and isinstance(doc.text, Packed)
    assert str(doc.source(("tasks", 0))) == "f.yaml:2:5"
    assert str(doc.source(("tasks", 0, "lead", 1))) == "f.yaml:3:15"
    assert str(doc.source(("tasks", 0, "title"))) == "f.yaml:4:12"
    assert str(doc.source(("tasks", 0, "lead"), key=True)) == "f.yaml:3:5"
    assert doc.text is None  # every position is recorded now


def test_a_file_read_the_careful_way_keeps_its_positions_when_compacted() -> None:
    doc, _ = parse_yaml(b'a: "x\\ty"\nb: [1, 2]\n', "f.yaml")  # an escape: the careful way
    assert doc is not None and doc.text is None
    doc.compact(TextPack())
    assert doc.data is None
    assert str(doc.source(("b", 1))) == "f.yaml:2:8"
