"""``quick_init``: the same construction as ``dataclass``'s own ``__init__``, at less cost."""

from __future__ import annotations

import dataclasses
import inspect
from dataclasses import dataclass, field

import pytest

from kehoach_cli.model import ProgressEntry, Source, Task, TimeSpan
from kehoach_cli.model.basics import quick_init


@dataclass(frozen=True, slots=True)
class _Plain:
    name: str
    count: int = 1
    tags: tuple[str, ...] = ()


@quick_init
@dataclass(frozen=True, slots=True)
class _Quick:
    name: str
    count: int = 1
    tags: tuple[str, ...] = ()


@pytest.mark.parametrize(("args", "kwargs"), [
    (("a",), {}), (("a", 2), {}), (("a", 2, ("x",)), {}), ((), {"name": "b", "tags": ("y",)}),
    (("c",), {"count": 0}),
])
def test_quick_init_builds_what_dataclass_builds(args: tuple[object, ...],
                                                 kwargs: dict[str, object]) -> None:
    quick, plain = _Quick(*args, **kwargs), _Plain(*args, **kwargs)  # type: ignore[arg-type]
    assert dataclasses.astuple(quick) == dataclasses.astuple(plain)
    assert repr(quick).removeprefix("_Quick") == repr(plain).removeprefix("_Plain")
    assert quick == _Quick(*args, **kwargs) and hash(quick) == hash(_Quick(*args, **kwargs))  # type: ignore[arg-type]


@pytest.mark.parametrize(("args", "kwargs"), [
    ((), {}), (("a", 1, (), 4), {}), (("a",), {"name": "b"}), (("a",), {"size": 3}),
])
def test_quick_init_refuses_what_dataclass_refuses(args: tuple[object, ...],
                                                   kwargs: dict[str, object]) -> None:
    with pytest.raises(TypeError):
        _Plain(*args, **kwargs)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        _Quick(*args, **kwargs)  # type: ignore[arg-type]


def test_quick_init_keeps_frozen_and_the_signature() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        _Quick("a").count = 2  # type: ignore[misc]
    assert str(inspect.signature(_Quick)) == str(inspect.signature(_Plain))
    for cls in (Source, TimeSpan, ProgressEntry, Task):
        assert list(inspect.signature(cls).parameters) == [f.name for f in dataclasses.fields(cls)]
    assert dataclasses.replace(Source("a.yaml", 3), col=7) == Source("a.yaml", 3, 7)


def test_quick_init_refuses_a_class_dataclass_must_build() -> None:
    @dataclass(frozen=True, slots=True)
    class Factory:
        items: list[int] = field(default_factory=list)

    @dataclass(frozen=True, slots=True)
    class PostInit:
        value: int

        def __post_init__(self) -> None:
            pass

    for cls in (Factory, PostInit):
        with pytest.raises(TypeError, match="needs dataclass's own __init__"):
            quick_init(cls)
