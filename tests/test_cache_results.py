"""The result cache: a hit replays exactly what was printed; anything the answer depends on
(files, arguments, day, language, terminal, kehoach) changing is a miss; failures are never kept."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator, Mapping
from datetime import date
from pathlib import Path

import pytest

from conftest import REPO, run_cli, write_files
from kehoach_cli.cache import entries as cachefile
from kehoach_cli.cache import results as resultcache
from kehoach_cli.cache import workspace as cache
from kehoach_cli.checks import run_checks
from kehoach_cli.messages import set_language
from kehoach_cli.problems import FatalError
from kehoach_cli.reading.loading import load_workspace
from test_cache_workspace import PLAN, RECORD

QUERIES = REPO / "tests" / "fixtures" / "queries"
AS_OF = ("--as-of", "2023-04-05")


class Compute:
    """A query's ``compute``: loads the workspace through the cache, prints, counts its runs."""

    def __init__(self, root: Path, text: str = "kết quả\n", code: int = 0,
                 raw: bytes = b"") -> None:  # fmt: skip
        self.root, self.text, self.code, self.raw = root, text, code, raw
        self.calls = 0

    def __call__(self) -> int:
        self.calls += 1
        cache.checked(self.root, lambda files: _checked(self.root, files))
        sys.stdout.write(self.text)
        if self.raw:
            sys.stdout.flush()
            sys.stdout.buffer.write(self.raw)
        return self.code


def _checked(root: Path, files: Mapping[str, bytes] | None = None) -> cache.Checked:
    result = load_workspace(root, files)
    return result, run_checks(result)


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    for name in ("KEHOACH_NO_CACHE", "KEHOACH_NO_RESULT_CACHE", "KEHOACH_LANG",
                 *resultcache.LAYOUT_VARIABLES):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("KEHOACH_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(cache, "RACY_NS", 0)  # files written by the test are trusted at once
    set_language("vi")
    yield write_files(tmp_path / "ws", {"kehoach.yaml": "kehoach: 1\n", "plans/kh.yaml": PLAN,
                                        "progress/2023-03/a.yaml": RECORD})
    set_language("vi")


def ask(root: Path, compute: Compute, args: tuple[object, ...] = ("2023-04-05",),
        inputs: tuple[Path, ...] = ()) -> int:  # fmt: skip
    return resultcache.answer(resultcache.Question(root, "status", args, inputs), compute)


def test_a_hit_replays_the_output_without_computing(ws: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    compute = Compute(ws, text="dòng 1\ndòng 2\n")
    assert ask(ws, compute) == 0
    cold = capsys.readouterr()
    assert ask(ws, compute) == 0
    warm = capsys.readouterr()
    assert compute.calls == 1
    assert warm == cold and cold.out == "dòng 1\ndòng 2\n"
    assert len(list((ws.parent / "cache").glob("out-*.kc"))) == 1


def test_text_and_bytes_are_replayed_in_order(ws: Path, capsysbinary: pytest.CaptureFixture[bytes],
                                              ) -> None:  # fmt: skip
    compute = Compute(ws, text="đầu\n", raw=b"BEGIN:VCALENDAR\r\n")
    ask(ws, compute)
    cold = capsysbinary.readouterr().out
    ask(ws, compute)
    assert compute.calls == 1
    assert capsysbinary.readouterr().out == cold == "đầu\n".encode() + b"BEGIN:VCALENDAR\r\n"


class _Tomorrow(date):
    @classmethod
    def today(cls) -> _Tomorrow:
        real = date.today()
        return cls.fromordinal(real.toordinal() + 1)


def _touch_file(ws: Path, mp: pytest.MonkeyPatch) -> None:
    path = ws / "progress/2023-03/a.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("03-10", "03-11"), encoding="utf-8")


def _new_file(ws: Path, mp: pytest.MonkeyPatch) -> None:
    write_files(ws, {"progress/2023-04/a.yaml": RECORD.replace('"2023-03"', '"2023-04"')})


CHANGES = {
    "a file's contents": _touch_file,
    "a new file": _new_file,
    "the language": lambda ws, mp: set_language("en"),
    "the width": lambda ws, mp: mp.setenv("COLUMNS", "60"),
    "colour": lambda ws, mp: mp.setenv("FORCE_COLOR", "1"),
    "kehoach's version": lambda ws, mp: mp.setattr(cache, "__version__", "0.0.0-other"),
    "the day": lambda ws, mp: mp.setattr(resultcache, "date", _Tomorrow),
}


@pytest.mark.parametrize("change", CHANGES)
def test_what_the_answer_depends_on_is_in_the_key(ws: Path, change: str,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    compute = Compute(ws)
    ask(ws, compute)
    ask(ws, compute)
    assert compute.calls == 1
    CHANGES[change](ws, monkeypatch)
    ask(ws, compute)
    assert compute.calls == 2
    ask(ws, compute)
    assert compute.calls == 2  # and the new answer is remembered in turn


def test_other_arguments_are_another_question(ws: Path) -> None:
    compute = Compute(ws)
    ask(ws, compute, ("2023-04-05",))
    ask(ws, compute, ("2023-04-06",))
    ask(ws, compute, ("2023-04-05", True))
    assert compute.calls == 3
    ask(ws, compute, ("2023-04-06",))
    assert compute.calls == 3


def test_a_template_is_part_of_the_question(ws: Path) -> None:
    template = write_files(ws.parent, {"mau.md.j2": "Mẫu 1\n"}) / "mau.md.j2"
    folder = ws / "templates"
    compute = Compute(ws)
    ask(ws, compute, inputs=(template, folder))
    template.write_text("Mẫu 2\n", encoding="utf-8")
    ask(ws, compute, inputs=(template, folder))
    write_files(folder, {"report_monthly.md.j2": "Riêng\n"})
    ask(ws, compute, inputs=(template, folder))
    assert compute.calls == 3
    ask(ws, compute, inputs=(template, folder))
    assert compute.calls == 3


def test_same_contents_new_times_is_still_a_hit(ws: Path) -> None:
    compute = Compute(ws)
    ask(ws, compute)
    os.utime(ws / "plans/kh.yaml", ns=(1, 1))
    ask(ws, compute)
    ask(ws, compute)
    assert compute.calls == 1


def test_a_corrupt_entry_is_recomputed(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    compute = Compute(ws)
    ask(ws, compute)
    cold = capsys.readouterr().out
    [entry] = (ws.parent / "cache").glob("out-*.kc")
    for garbage in (b"", entry.read_bytes()[:-3], cachefile.MAGIC + b"\xff" * 60):
        entry.write_bytes(garbage)
        assert ask(ws, compute) == 0
        assert capsys.readouterr().out == cold
    assert compute.calls == 4
    ask(ws, compute)
    assert compute.calls == 4


def test_a_failed_run_is_never_remembered(ws: Path) -> None:
    failing = Compute(ws, code=1)
    assert ask(ws, failing) == 1
    assert ask(ws, failing) == 1
    assert failing.calls == 2

    def refusing() -> int:
        raise FatalError("ws.invalid", exit_code=1, count=1)

    for _ in range(2):
        with pytest.raises(FatalError):
            resultcache.answer(resultcache.Question(ws, "status", ()), refusing)
    assert not list((ws.parent / "cache").glob("out-*.kc"))


def test_an_answer_not_computed_from_a_checked_load_is_not_kept(ws: Path,
                                                                tmp_path: Path) -> None:
    other = write_files(tmp_path / "other", {"plans/kh.yaml": PLAN})
    compute = Compute(other)  # loads another workspace than the one asked about
    ask(ws, compute)
    ask(ws, compute)
    assert compute.calls == 2


@pytest.mark.parametrize("variable", ["KEHOACH_NO_CACHE", "KEHOACH_NO_RESULT_CACHE"])
def test_turned_off(ws: Path, variable: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(variable, "1")
    compute = Compute(ws)
    ask(ws, compute)
    ask(ws, compute)
    assert compute.calls == 2


# ---------------------------------------------------------------- through the command line


def _env(tmp_path: Path, **more: str) -> dict[str, str]:
    return {"KEHOACH_NO_CACHE": "", "KEHOACH_CACHE_DIR": str(tmp_path / "cache"), **more}


COMMANDS = [
    ("status", *AS_OF),
    ("status", "--json", *AS_OF),
    ("--lang", "en", "status", *AS_OF),
    ("overdue", *AS_OF),
    ("upcoming", "--within", "30d", *AS_OF),
    ("units", *AS_OF),
    ("assignments", "phuong xa", *AS_OF),
    ("timeline", *AS_OF),
    ("calendar",),
    ("report", "--month", "2023-03", *AS_OF),
    ("remind", "--blank-date", *AS_OF),
]


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_every_query_answers_the_same_warm(args: tuple[str, ...], tmp_path: Path) -> None:
    # a calendar's DTSTAMP is the export time unless fixed (and only then is it cached)
    fixed = {"SOURCE_DATE_EPOCH": "1700000000"} if args[0] == "calendar" else {}
    fresh = run_cli("-w", str(QUERIES), *args, env=fixed)
    cold = run_cli("-w", str(QUERIES), *args, env=_env(tmp_path, **fixed))
    warm = run_cli("-w", str(QUERIES), *args, env=_env(tmp_path, **fixed))
    assert fresh.code == 0 and fresh.stdout
    assert (warm.code, warm.stdout, warm.stderr) == (cold.code, cold.stdout, cold.stderr)
    assert warm.stdout == fresh.stdout
    assert list((tmp_path / "cache").glob("out-*.kc"))


def test_other_widths_other_answers(tmp_path: Path) -> None:
    args = ("-w", str(QUERIES), "timeline", *AS_OF)
    for width in ("100", "70", "100"):
        warm = run_cli(*args, env=_env(tmp_path, COLUMNS=width))
        assert warm.stdout == run_cli(*args, env={"COLUMNS": width}).stdout


def test_a_warm_status_imports_nothing_heavy(tmp_path: Path) -> None:
    """A hit reads one file: no loader, pydantic, model, status, rich, jinja2 or docx."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KEHOACH_")}
    env.update({"PYTHONIOENCODING": "utf-8", "COLUMNS": "100", "NO_COLOR": "1",
                **_env(tmp_path)})
    assert run_cli("-w", str(QUERIES), "status", *AS_OF, env=_env(tmp_path)).code == 0
    script = (
        "import sys\n"
        "from kehoach_cli.cli.main import _dispatch\n"
        f"code = _dispatch(['status', *{AS_OF!r}], debug=True)\n"
        "heavy = ('yaml', 'pydantic', 'kehoach_cli.reading.loading', 'kehoach_cli.reading.building',\n"
        "         'kehoach_cli.model', 'kehoach_cli.queries.status', 'kehoach_cli.queries.lists', 'rich',\n"
        "         'jinja2', 'docx', 'icalendar')\n"
        "print(code, sorted(m for m in heavy if m in sys.modules), file=sys.stderr)\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          encoding="utf-8", env=env, cwd=QUERIES, check=True)
    assert proc.stderr.strip().splitlines()[-1] == "0 []"
    assert "Tình hình thực hiện tính đến ngày 05 tháng 4 năm 2023" in proc.stdout


def test_a_file_written_with_o_is_written_every_run(tmp_path: Path) -> None:
    out = tmp_path / "bc.md"
    args = ("-w", str(QUERIES), "report", "--month", "2023-03", *AS_OF, "-o", str(out))
    first = run_cli(*args, env=_env(tmp_path))
    text = out.read_text(encoding="utf-8")
    out.unlink()
    second = run_cli(*args, env=_env(tmp_path))
    assert first.code == second.code == 0
    assert out.read_text(encoding="utf-8") == text


@pytest.mark.parametrize("chunks", [[], ["đầu\n"], [b"\x00\xff", "giữa", b""], ["", "a" * 70000]])
def test_framed_answers_read_back_as_written(chunks: list[str | bytes]) -> None:
    assert resultcache.unframed(resultcache.framed(chunks)) == chunks


def test_framed_answers_refuse_what_they_did_not_write() -> None:
    good = resultcache.framed(["một", b"hai"])
    for bad in (good[:-1], b"x" + good[1:], good + b"s", b"s\x00\x00\x00\x02\xff\xfe"):
        assert resultcache.unframed(bad) is None, bad


def test_the_package_stamp_sees_a_template_change(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Files are listed by one walk of the package (``filetable.package_files``): it must see
    what ``Path.rglob`` sees, bytecode folders left out."""
    from kehoach_cli.cache import filetable

    package = Path(resultcache.__file__).resolve().parents[1]
    walked = [(p.relative_to(package).as_posix(), p.stat().st_size, p.stat().st_mtime_ns)
              for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    filetable.package_files.cache_clear()
    assert filetable.package_files() == tuple(sorted(walked))
