"""The outline: Roman sections, "1.", "1.1.", "(1)", "a)", dash bullets, kept as the document numbers them.

Numbered items nest in the order their kinds first appear (usually I. > 1. > 1.1. > (1) > a)),
so a document that puts "a)" above "(1)" is read as written.  Bullets and plain paragraphs are
leaves of the item above them; "+" bullets continue the dash bullet before them.  The document's
own numbers become each node's ``ref`` ("II.3.(1)"); gaps and repeats are kept, never renumbered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kehoach_cli.importing.blocks import Block

_NUMBERED = (
    ("roman", re.compile(r"^([IVXLC]+)\s*[.:/]\s*(\S.*)$")),
    ("dec2", re.compile(r"^(\d+(?:\.\d+)+)\.?\s+(\S.*)$")),
    ("dec", re.compile(r"^(\d+)\s*[.)]\s*(\S.*)$")),
    ("paren", re.compile(r"^\((\d+)\)\s*(\S.*)$")),
    ("letter", re.compile(r"^([a-zđ])\)\s*(\S.*)$")),
)
_BULLET = re.compile(r"^[-–—•]\s*(\S.*)$")
_PLUS = re.compile(r"^\+\s*(\S.*)$")


@dataclass
class Node:
    kind: str
    label: str
    text: str
    block: Block
    ref: str = ""
    children: list[Node] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)  # "+" lines continuing a bullet

    @property
    def numbered(self) -> bool:
        return self.kind not in ("bullet", "para", "row", "root")

    @property
    def leaves(self) -> list[Node]:
        return [c for c in self.children if not c.numbered]

    @property
    def headings(self) -> list[Node]:
        return [c for c in self.children if c.numbered]

    def verbatim(self) -> str:
        """The node's own text as the document gives it (the label dropped for bullets)."""
        lines = [self.text, *self.extra]
        return "\n".join(lines)

    def walk(self) -> list[Node]:
        out: list[Node] = [self]
        for child in self.children:
            out.extend(child.walk())
        return out


def classify(block: Block) -> tuple[str, str, str]:
    """(kind, label, text) of one block."""
    if block.cells:
        return "row", "", block.text
    for kind, pattern in _NUMBERED:
        match = pattern.match(block.text)
        if match and (kind != "roman" or _is_roman_heading(match[2])):
            return kind, match[1], match[2].strip()
    if match := _BULLET.match(block.text):
        return "bullet", "-", match[1].strip()
    if match := _PLUS.match(block.text):
        return "plus", "+", match[1].strip()
    return "para", "", block.text


def _is_roman_heading(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.6 * len(letters)


def build(blocks: list[Block]) -> Node:
    """The outline tree of the body (what lies between the header and "Nơi nhận")."""
    root = Node("root", "", "", Block("", 0))
    stack: list[Node] = [root]
    for block in blocks:
        kind, label, text = classify(block)
        node = Node(kind, label, text, block)
        if kind == "plus":
            last = _last_leaf(stack[-1])
            if last is not None:
                last.extra.append(f"+ {text}")
                continue
            node.kind = "bullet"
        if node.numbered:
            kinds = [n.kind for n in stack]
            if kind in kinds:
                del stack[kinds.index(kind):]
            node.ref = _ref(stack[-1], node)
            stack[-1].children.append(node)
            stack.append(node)
        else:
            stack[-1].children.append(node)
    _number_leaves(root)
    return root


def _last_leaf(parent: Node) -> Node | None:
    if parent.children and not parent.children[-1].numbered:
        return parent.children[-1]
    return None


def _ref(parent: Node, node: Node) -> str:
    """``II`` / ``II.1`` / ``II.1.1`` (a "1.1." item counts from its Roman section) / ``II.3.(1)``."""
    own = f"({node.label})" if node.kind == "paren" else node.label
    if node.kind == "roman" or not parent.ref:
        return own
    if node.kind == "dec2":
        top = parent.ref.split(".")[0]
        return f"{top}.{own}" if re.fullmatch(r"[IVXLC]+", top) else own
    return f"{parent.ref}.{own}"


def _number_leaves(node: Node) -> None:
    """Bullets and paragraphs under a node get ``<ref>.b<n>``; a lone one takes the node's ref."""
    # an introducing paragraph ("Đề nghị các cơ quan, đơn vị:") is not counted among the items
    leaves = [c for c in node.children
              if c.kind == "bullet" or (c.kind == "para" and not c.text.endswith(":"))]
    for n, leaf in enumerate(leaves, start=1):
        leaf.ref = node.ref if len(leaves) == 1 and not node.headings else f"{node.ref}.b{n}"
    for child in node.children:
        if child.numbered:
            _number_leaves(child)
