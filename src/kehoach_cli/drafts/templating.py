"""Jinja2 for the drafts: built-in templates that a workspace, or one run, can replace.

A template is looked up in this order: the file given with ``--template``, the workspace's own
``templates/`` folder (same file name as the built-in one), then the templates shipped in this
package.  ``StrictUndefined`` turns a misspelt variable into an error naming the template file
and line instead of a silently empty hole in an official document.
"""

from __future__ import annotations

import dataclasses
import traceback
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from kehoach_cli.problems import FatalError

BUILTIN = Path(__file__).parent / "templates"
WORKSPACE_TEMPLATES = "templates"
ONE_OFF = "<--template>"


class _OneFile(jinja2.BaseLoader):
    """Serves the ``--template`` file under a fixed name, whatever the file is called."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        if template != ONE_OFF:
            raise jinja2.TemplateNotFound(template)
        try:
            text = self.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise FatalError("report.template_unreadable", exit_code=2, path=str(self.path),
                             error=str(err)) from None
        return text, str(self.path), lambda: True


def percent(value: float | None) -> str:
    """"55,6%" with the Vietnamese decimal comma; "-" when there is nothing to rate yet."""
    if value is None:
        return "-"
    text = f"{value * 100:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") + "%"


def plain(text: str) -> str:
    """Markdown as plain text: the non-breaking hyphens and spaces that keep "48/KH‑UBND" and
    "THÀNH PHỐ" whole in Word and HTML become ordinary ones, so the text searches and copies
    as typed (a Markdown viewer wraps lines its own way anyway)."""
    return text.replace("\u2011", "-").replace("\u00a0", " ")


def percent_spread(row: Any) -> str:
    """A statistics row's rate, with the spread of its units' rates when it is a group:
    "20% (0–100%)"."""
    text = percent(row.rate)
    if getattr(row, "members", 1) > 1 and row.low is not None and row.high is not None:
        text += f" ({percent(row.low).rstrip('%')}–{percent(row.high)})"
    return text


def md_cell(value: object) -> str:
    """Text that stays inside one cell of a Markdown pipe table."""
    return str(value).replace("|", "\\|").replace("\r", "").replace("\n", "<br>")


def _filters() -> dict[str, Callable[..., Any]]:
    from kehoach_cli.drafts.reportlines import label
    from kehoach_cli.timeexpr.vndate import short_date, vn_date

    def optional(fn: Callable[[date], str]) -> Callable[[date | None], str]:
        return lambda d: fn(d) if d is not None else "…"

    return {"vn_date": optional(vn_date), "short_date": optional(short_date),
            "label": label, "percent": percent, "spread": percent_spread, "cell": md_cell}


def environment(workspace: Path | None, template_file: Path | None,
                html: bool) -> jinja2.Environment:
    loaders: list[jinja2.BaseLoader] = []
    if template_file is not None:
        loaders.append(_OneFile(template_file))
    if workspace is not None and (workspace / WORKSPACE_TEMPLATES).is_dir():
        loaders.append(jinja2.FileSystemLoader(workspace / WORKSPACE_TEMPLATES))
    loaders.append(jinja2.FileSystemLoader(BUILTIN))
    # Sandboxed: a workspace is often a shared repository, and a template from a pull request
    # must not reach Python (``cycler.__init__.__globals__.os.popen``).
    env = SandboxedEnvironment(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        autoescape=html,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(_filters())
    return env


def template_name(name: str, template_file: Path | None) -> str:
    return ONE_OFF if template_file is not None else name


def render(name: str, context: object, *, workspace: Path | None = None,
           template_file: Path | None = None, html: bool = False) -> str:
    """Render template ``name`` (e.g. "report_monthly.md.j2") with the context's fields.

    The context dataclass is passed whole as ``ctx`` and field by field, so a template may
    write ``{{ letterhead.issuer }}`` or ``{{ ctx.letterhead.issuer }}``.
    """
    env = environment(workspace, template_file, html)
    values: dict[str, Any] = {"ctx": context}
    if dataclasses.is_dataclass(context):
        values.update({f.name: getattr(context, f.name) for f in dataclasses.fields(context)})
    try:
        text = env.get_template(template_name(name, template_file)).render(values)
        return text if html else plain(text)
    except jinja2.TemplateNotFound as err:
        raise FatalError("report.template_missing", exit_code=2, name=err.name) from None
    except jinja2.TemplateSyntaxError as err:
        where = f"{err.filename or err.name or name}:{err.lineno}"
        raise FatalError("report.template_error", exit_code=1, where=where,
                         error=err.message or str(err)) from None
    except (jinja2.TemplateError, TypeError, AttributeError, ValueError) as err:
        raise FatalError("report.template_error", exit_code=1, where=_where(err, name),
                         error=str(err)) from None


def _where(err: BaseException, name: str) -> str:
    """The template file and line a rendering error happened at: Jinja2 puts the template's
    own frames in the traceback, and they are the only ones not in a .py file."""
    for frame in reversed(traceback.extract_tb(err.__traceback__)):
        if not frame.filename.endswith(".py") and not frame.filename.startswith("<frozen"):
            return f"{frame.filename}:{frame.lineno}"
    return name
