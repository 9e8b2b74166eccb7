"""A checked workspace as MessagePack data and back: generic over the domain, nothing executed.

The workspace is written as msgspec writes frozen dataclasses (a map of each object's fields;
enums by value, dates as text, tuples as lists) and read back by a decoder msgspec builds from
the classes' own type hints, so a field added to the model is carried without a word here and
a payload that does not fit the types is refused (no entry), never half-trusted.  Fields that
are not compared (``compare=False``: indexes the object rebuilds itself, like
``Workspace._tasks``) are left out of the top-level object and rebuilt on the way in.

Problems carry free parameters (``dict[str, object]``), so each parameter is written with a
tag saying what it was: a catalog ``Term`` stays a Term and a date stays a date.  A value of
any other kind makes the whole payload unwritable: the run then keeps no entry.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterator

if TYPE_CHECKING:
    from kehoach_cli.model import Workspace
    from kehoach_cli.problems import Problem

Checked = tuple["Workspace", list["Problem"], list["Problem"], list[str]]
_PLAIN = (str, int, float, bool, type(None))


class Unwritable(TypeError):
    """A value the format has no tag for."""


def encode_checked(workspace: Workspace, load_problems: list[Problem], problems: list[Problem],
                   files: list[str]) -> bytes:  # fmt: skip
    return b"".join(encode_pieces(workspace, load_problems, problems, files))


def encode_pieces(workspace: Workspace, load_problems: list[Problem], problems: list[Problem],
                  files: list[str]) -> Iterator[bytes]:  # fmt: skip
    """The payload (``[workspace fields, load problems, problems, files]``) in pieces of about a
    megabyte, the plans and submissions encoded one at a time: the whole (16 MB at 10k tasks,
    twice that while msgspec grows its buffer) is never held, which was a cold run's peak.
    The bytes are those msgspec writes for the whole in one call (a test compares them):
    MessagePack has no back references, so a list is its length and then its items."""
    import msgspec

    encoder = msgspec.msgpack.Encoder()
    fields = [f.name for f in dataclasses.fields(workspace) if f.compare]
    buffer = bytearray(_length(0x90, 0xDC, 4) + _length(0x80, 0xDE, len(fields)))
    for name in fields:
        value = getattr(workspace, name)
        encoder.encode_into(name, buffer, -1)
        items = value if name in _ONE_BY_ONE else (value,)
        if name in _ONE_BY_ONE:
            buffer += _length(0x90, 0xDC, len(items))
        for item in items:
            encoder.encode_into(item, buffer, -1)
            if len(buffer) >= _PIECE:
                yield bytes(buffer)
                buffer.clear()
    for rows in ([_problem_row(p) for p in load_problems], [_problem_row(p) for p in problems]):
        encoder.encode_into(rows, buffer, -1)
    encoder.encode_into(files, buffer, -1)
    yield bytes(buffer)


_ONE_BY_ONE = ("plans", "submissions")
_PIECE = 1 << 20


def _length(fix: int, wide: int, n: int) -> bytes:
    """A MessagePack list (``fix`` 0x90, ``wide`` 0xDC) or map (0x80, 0xDE) header, in the
    shortest form, as msgspec writes it."""
    if n < 16:
        return bytes((fix | n,))
    if n < 1 << 16:
        return bytes((wide,)) + n.to_bytes(2, "big")
    return bytes((wide + 1,)) + n.to_bytes(4, "big")


def decode_checked(payload: bytes) -> Checked | None:
    """The checked workspace, or None when the payload does not fit kehoach's types."""
    import msgspec

    try:
        workspace, load_rows, rows, files = _decoder().decode(payload)
        return workspace, _problems(load_rows), _problems(rows), files
    except (msgspec.DecodeError, msgspec.ValidationError, Unwritable, TypeError, ValueError):
        return None


@cache
def _decoder() -> Any:
    import msgspec

    from kehoach_cli.model import Workspace

    return msgspec.msgpack.Decoder(tuple[Workspace, list[Any], list[Any], list[str]])


# ---------------------------------------------------------------- problems


def _problem_row(p: Problem) -> list[object]:
    params = [[key, *_tagged(value)] for key, value in p.params.items()]
    source = p.source
    return [p.code, source.file, source.line, source.col, params, p.yaml_path, p.severity.value]


def _tagged(value: object) -> tuple[str, object]:
    from kehoach_cli.problems import Term

    kind = type(value)
    if kind is Term:
        return "T", str(value)
    if kind in _PLAIN:
        return "v", value
    if kind is datetime:
        return "dt", value.isoformat()  # type: ignore[attr-defined]
    if kind is date:
        return "d", value.isoformat()  # type: ignore[attr-defined]
    if kind is list or kind is tuple:
        return ("l" if kind is list else "t"), [_tagged(v) for v in value]  # type: ignore[attr-defined]
    raise Unwritable(kind.__name__)


def _untagged(tag: str, value: Any) -> object:
    from kehoach_cli.problems import Term

    if tag == "v" and type(value) in _PLAIN:
        return value
    if tag == "T" and type(value) is str:
        return Term(value)
    if tag == "d":
        return date.fromisoformat(value)
    if tag == "dt":
        return datetime.fromisoformat(value)
    if tag in ("l", "t") and type(value) is list:
        items = [_untagged(*pair) for pair in value]
        return items if tag == "l" else tuple(items)
    raise Unwritable(tag)


def _problems(rows: list[Any]) -> list[Problem]:
    from kehoach_cli.model import Source
    from kehoach_cli.problems import Problem, Severity

    out = []
    for code, file, line, col, params, yaml_path, severity in rows:
        if not (type(code) is type(file) is type(yaml_path) is str and type(line) is type(col) is int):
            raise Unwritable("problem")
        values = {str(key): _untagged(tag, value) for key, tag, value in params}
        out.append(Problem(code, Source(file, line, col), values, yaml_path, Severity(severity)))
    return out
