"""The reader's fast path: same data and positions as the careful builder, or it steps aside."""

from __future__ import annotations

import unicodedata

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach_cli.reading.yamlfast import fast_tree
from kehoach_cli.reading.yamlread import MAX_DEPTH, YamlDoc, YamlPath, _Builder, parse_yaml
from kehoach_cli.reading.yamltext import has_odd_breaks

PLAN = """\
kehoach: 1
id: kh-1
document: {number: 1/KH, date: 2023-02-20, place: Cẩm Phả}
tasks:
  - id: t1
    title: "Tổ chức: hội nghị"
    content: >-
      Dòng một
      dòng hai
    lead: [a, b]
    time: trước 25/3/2023
    milestones:
      - {id: m1, time: '2023-03-01', done: yes}
  - id: t2
    quantity: 12
    per_unit: false
    note: ~
    1: số làm khóa
"""


def careful(text: str) -> YamlDoc:
    return _Builder("f.yaml").build(text)


def all_paths(value: object, path: YamlPath = ()) -> list[YamlPath]:
    out = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            out += all_paths(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            out += all_paths(item, (*path, i))
    return out


def test_a_plain_plan_reads_the_same_both_ways() -> None:
    found = fast_tree(PLAN, MAX_DEPTH)
    assert found is not None
    data, positions = found
    full = careful(PLAN)
    assert data == full.data
    assert positions == {p: full.values[p] for p in positions}
    assert set(positions) == {p for p in all_paths(data) if isinstance(_at(data, p), dict | list)}


def _at(value: object, path: YamlPath) -> object:
    for part in path:
        value = value[part]  # type: ignore[index]
    return value


def test_a_fast_read_document_answers_positions_like_a_full_one() -> None:
    doc, problems = parse_yaml(PLAN.encode("utf-8"), "f.yaml")
    assert problems == [] and doc is not None and doc.text is not None  # the fast path read it
    full = careful(PLAN)
    assert doc.source(("tasks", 1)) == full.source(("tasks", 1))
    assert doc.text is not None  # a container's position needs no second reading
    for path in all_paths(full.data):
        assert doc.source(path) == full.source(path), path
        assert doc.source(path, key=True) == full.source(path, key=True), path
    assert doc.source(("tasks", 0, "nothing", 3)) == full.source(("tasks", 0, "nothing", 3))


@pytest.mark.parametrize("text", [
    "a: &x [1]\nb: *x\n",  # alias
    "a: !!str 1\n",  # explicit tag
    "a: !custom x\n",
    "a: 1\na: 2\n",  # duplicate key
    "? [a]\n: 1\n",  # complex key
    "a: 1\n---\nb: 2\n",  # two documents
    "a: [1, 2\n",  # syntax error
    "a: 2023-02-30\n",  # impossible date: the careful builder says so
    "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1),
    "",
])
def test_anything_unusual_is_left_to_the_careful_builder(text: str) -> None:
    assert fast_tree(text, MAX_DEPTH) is None


@pytest.mark.parametrize("text", ["a: =\n", "<<: 1\n", "a: <<\n"])
def test_yaml_11_special_keys_are_refused_not_crashed_on(text: str) -> None:
    """PyYAML resolves "=" and "<<" to tags it has no constructor for: a located refusal."""
    assert fast_tree(text, MAX_DEPTH) is None
    doc, problems = parse_yaml(text.encode(), "f.yaml")
    assert doc is None and [p.code for p in problems] == ["load.bad_scalar"]
    assert problems[0].source.line == 1


def test_the_deepest_nesting_the_builder_accepts_still_reads() -> None:
    ok = "[" * MAX_DEPTH + "]" * MAX_DEPTH
    doc, problems = parse_yaml(ok.encode(), "f.yaml")
    assert problems == [] and doc is not None


scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.dates() \
    | st.text(max_size=12)
trees = st.recursive(scalars, lambda children: st.lists(children, max_size=4)
                     | st.dictionaries(st.text(min_size=1, max_size=6), children, max_size=4),
                     max_leaves=25)


@settings(max_examples=300)
@given(trees, st.booleans())
def test_same_data_and_positions_as_the_careful_builder(value: object, flow: bool) -> None:
    dumped = yaml.safe_dump({"v": value}, allow_unicode=True, default_flow_style=flow)
    text = unicodedata.normalize("NFC", dumped)
    try:
        full = careful(text)
    except Exception:
        assert fast_tree(text, MAX_DEPTH) is None
        return
    found = fast_tree(text, MAX_DEPTH)
    if found is None:  # allowed to step aside, never to disagree
        return
    data, positions = found
    assert data == full.data
    if has_odd_breaks(text):  # the reader never takes the fast path for these (yamltext)
        return
    assert all(full.values[p] == where for p, where in positions.items())
