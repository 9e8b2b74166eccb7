"""The line reader: where it accepts a file, exactly what ``yamlfast`` gives; else it steps aside."""

from __future__ import annotations

import random
import unicodedata
from datetime import date
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach_cli.reading.yamlfast import fast_tree
from kehoach_cli.reading.yamlplain import plain_tree
from kehoach_cli.reading.yamlread import MAX_DEPTH, parse_yaml
from kehoach_cli.reading.yamltext import has_odd_breaks, scan_text

ROOT = Path(__file__).resolve().parents[1]
TESTS = Path(__file__).resolve().parent

PLAN = """\
# Kế hoạch mẫu
kehoach: 1
id: kh-1
document:
  number: 1/KH-UBND
  date: 2023-02-20
  title: "Tổ chức: hội nghị"   # a comment
tasks:
  - id: t1
    content: >-
      Dòng một,
      dòng hai
    lead: [a, b]
    evidence: ["Báo cáo số 1, ngày 2/3", x]
    time: trước 25/3/2023

  - id: t2
    note:
    per_unit: false
    figures:
      - target: c
        value: 12
"""


def _texts() -> list[tuple[str, str]]:
    """Every YAML file the tests and the bundled plan hold, decoded as the reader decodes."""
    paths = sorted([*TESTS.rglob("*.yaml"), *TESTS.rglob("*.yml"), *(ROOT / "plans").rglob("*.yaml"),
                    *(ROOT / "progress").rglob("*.yaml"), ROOT / "kehoach.yaml"])  # fmt: skip
    out = []
    for path in paths:
        try:
            text = unicodedata.normalize("NFC", path.read_bytes().decode("utf-8-sig"))
        except UnicodeDecodeError:
            continue
        if not scan_text(text, "f") and not has_odd_breaks(text):  # what the reader hands on
            out.append((str(path.relative_to(ROOT)), text))
    return out


TEXTS = _texts()


def _same_as_yamlfast(text: str) -> bool:
    """Accepted (True) only with yamlfast's data, types, key order and positions."""
    found = plain_tree(text)
    if found is None:
        return False
    expected = fast_tree(text, MAX_DEPTH)
    assert expected is not None, text
    assert found == expected and repr(found) == repr(expected)
    assert list(found[1]) == list(expected[1])
    return True


def test_a_plain_plan_worked_by_hand() -> None:
    found = plain_tree(PLAN)
    assert found is not None
    data, positions = found
    assert data == {
        "kehoach": 1, "id": "kh-1",
        "document": {"number": "1/KH-UBND", "date": date(2023, 2, 20), "title": "Tổ chức: hội nghị"},
        "tasks": [
            {"id": "t1", "content": "Dòng một, dòng hai", "lead": ["a", "b"],
             "evidence": ["Báo cáo số 1, ngày 2/3", "x"], "time": "trước 25/3/2023"},
            {"id": "t2", "note": None, "per_unit": False, "figures": [{"target": "c", "value": 12}]},
        ],
    }  # fmt: skip
    assert positions == {(): (2, 1), ("document",): (5, 3), ("tasks",): (9, 3),
                         ("tasks", 0): (9, 5), ("tasks", 0, "lead"): (13, 11),
                         ("tasks", 0, "evidence"): (14, 15), ("tasks", 1): (17, 5),
                         ("tasks", 1, "figures"): (21, 7), ("tasks", 1, "figures", 0): (21, 9)}
    assert _same_as_yamlfast(PLAN)


@pytest.mark.parametrize(("text", "value"), [
    ("a: >-\n  x\n  y\n\n  z\nb: 1\n", "x y\nz"),  # a blank line is a break when folded
    ("a: >\n  x\n\n\n  y\n\nb: 1\n", "x\n\ny\n"),  # one final break kept
    ("a: |\n  x\n  y\n\n  z\n", "x\ny\n\nz\n"),
    ("a: |-\n  x\n\n", "x"),
    ("a: >-\n  x: # not a comment\n# a comment\nb: 1\n", "x: # not a comment"),
])  # fmt: skip
def test_paragraphs_worked_by_hand(text: str, value: str) -> None:
    found = plain_tree(text)
    assert found is not None and found[0]["a"] == value  # type: ignore[index]
    assert _same_as_yamlfast(text)


@pytest.mark.parametrize("text", [
    "a:\n- x\n",  # a list at its mapping's indent
    "a: b\n  c\n",  # a value continued on the next line
    "a: >-\n  x\n   \n  y\n",  # a blank line longer than the paragraph's indent
    "a: >-\n  x\n    y\n",  # a line indented further
    "a: >- # c\n  x\n",  # a comment after the head
    "a: >2\n  x\n",
    "a: {b: 1}\n",  # a flow mapping
    "a: [b, [c]]\n",
    "a: [b,\n  c]\n",  # a list over two lines
    "a: &x 1\nb: *x\n",
    "a: !!str 1\n",
    "a: 1\na: 2\n",  # a duplicate key
    "a: 'it''s'\n",
    'a: "x\n  y"\n',
    "a: b: c\n",
    "a: b:\n",
    "a:\tb\n",
    "a: b\r\n",
    "'a': b\n",
    "a-b: c\n",
    "--- \na: 1\n",
    "a: 1\n---\nb: 2\n",
    "- a\n",  # not a mapping at the top
    "  a: 1\n",
    "a: 1",  # no final line break
    "# only a comment\n",
    "a: 2023-02-30\n",  # not a date: the careful builder reports it
    "a: [1, ]\n",
    "a: -1\n",
    "a:\n  - \n",
])  # fmt: skip
def test_steps_aside_from_what_it_does_not_read(text: str) -> None:
    assert plain_tree(text) is None


def test_accepts_the_bundled_plan_and_agrees_on_every_file_it_reads() -> None:
    accepted = {name for name, text in TEXTS if _same_as_yamlfast(text)}
    assert any(name.startswith("plans/") for name in accepted)
    assert len(accepted) >= 40


_PIECES = [" ", ":", ": ", "#", " #", "-", "- ", '"', "'", "[", "]", "{", ",", ">", ">-", "|", "\n",
           "\n  ", "\n- ", "x", "1", "true", "null", "~", "&a ", "*a", "!", "%", "@", "?", "on",
           "2023-02-30", "2023-01-05", "0x1", "1e3", ".inf", "---", "<<", "\u00a0"]  # fmt: skip


def _mutant(rng: random.Random, text: str) -> str:
    lines = text.split("\n")
    for _ in range(rng.randint(1, 3)):
        j, op = rng.randrange(len(lines)), rng.random()
        if op < 0.5:
            at = rng.randint(0, len(lines[j]))
            lines[j] = lines[j][:at] + rng.choice(_PIECES) + lines[j][at + rng.choice([0, 1, 2]):]
        elif op < 0.65:
            lines.insert(j, lines[rng.randrange(len(lines))])
        elif op < 0.75:
            del lines[j]
        else:
            lines[j] = " " * rng.choice([1, 2]) + lines[j] if op < 0.9 else lines[j][1:]
    return "\n".join(lines)


def test_on_mutants_of_the_corpus_it_agrees_or_steps_aside() -> None:
    rng = random.Random(15)
    sources = [text for _, text in TEXTS if plain_tree(text) is not None]
    accepted = 0
    for _ in range(3000):
        text = _mutant(rng, rng.choice(sources))
        if not scan_text(text, "f") and not has_odd_breaks(text):
            accepted += _same_as_yamlfast(text)
    assert accepted > 300  # the test looked at mutants it reads, not only at refusals


scalars = st.none() | st.booleans() | st.integers() | st.dates() | st.text(max_size=12)
trees = st.recursive(scalars, lambda children: st.lists(children, max_size=4)
                     | st.dictionaries(st.text(min_size=1, max_size=6), children, max_size=4),
                     max_leaves=25)


class _Indented(yaml.SafeDumper):
    """Lists indented under their key, as people write them (PyYAML's default is not to)."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


@settings(max_examples=300)
@given(trees, st.booleans(), st.sampled_from([2, 4]))
def test_on_what_pyyaml_writes_it_agrees_or_steps_aside(value: object, flow: bool,
                                                        indent: int) -> None:  # fmt: skip
    dumper = yaml.SafeDumper if flow else _Indented
    text = unicodedata.normalize("NFC", yaml.dump({"v": value}, Dumper=dumper, allow_unicode=True,
                                                  default_flow_style=flow, indent=indent))
    if scan_text(text, "f") or has_odd_breaks(text):
        return
    _same_as_yamlfast(text)


def test_the_reader_uses_it_and_keeps_the_text_for_later_positions() -> None:
    doc, problems = parse_yaml(PLAN.encode(), "plans/f.yaml")
    assert problems == [] and doc is not None
    assert doc.text == PLAN.encode() and doc.keys == {}
    assert doc.source(("tasks", 0, "time")).line == 15  # read again by the careful builder
