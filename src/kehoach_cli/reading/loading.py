"""Load a workspace: find its files, read and validate each, build the domain, run the checks.

This is the one place that does file I/O for plans and progress records.  It never raises for
bad input: every problem comes back as a value with its location, and the workspace is built
from whatever was readable so that all problems can be reported in one run.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from kehoach_cli.model import (
    Plan,
    Relation,
    ReportPeriod,
    Settings,
    Submission,
    Unit,
    UnitGroup,
    Workspace,
)
from kehoach_cli.problems import Problem, problem
from kehoach_cli.reading import fileformat as ff
from kehoach_cli.reading.building import Builder, build_groups, build_plan, build_submission, build_units
from kehoach_cli.reading.files import display, scan
from kehoach_cli.reading.files import workspace_files as workspace_files
from kehoach_cli.reading.layout import PLANS_DIR as PLANS_DIR
from kehoach_cli.reading.layout import PROGRESS_DIR as PROGRESS_DIR
from kehoach_cli.reading.layout import WORKSPACE_FILE as WORKSPACE_FILE
from kehoach_cli.reading.layout import find_workspace as find_workspace
from kehoach_cli.reading.loadtypes import Loaded as Loaded
from kehoach_cli.reading.loadtypes import LoadResult as LoadResult
from kehoach_cli.reading.schema_errors import schema_problems
from kehoach_cli.reading.yamlread import parse_yaml, read_yaml

M = TypeVar("M", bound=BaseModel)
Progress = Callable[[int, int], None]  # files read so far, files in all


def load_workspace(
    root: Path, overrides: Mapping[str, bytes] | None = None, progress: Progress | None = None
) -> LoadResult:
    """Read everything under ``root``; the checks run separately (``checks.run_checks``).

    ``overrides`` maps workspace-relative paths ("progress/2023-08/x.yaml") to bytes read in
    place of the disk, so that an edit can be checked exactly as it would be written.
    ``progress`` is told after each file, so that a long read can show a progress bar.
    """
    stage = read_plans(root, overrides, progress)
    problems = stage.read_problems
    progress_files = _validate_all(root, stage.progress_paths, ff.ProgressFile, problems, overrides,
                                   stage.tick)  # fmt: skip
    problems.extend(stage.build_problems)
    submissions = _build_submissions(progress_files, stage.settings, problems)
    workspace = Workspace(str(root), stage.settings, stage.units, stage.groups, tuple(stage.plans),
                          tuple(submissions))  # fmt: skip
    files = display_of(root, [*stage.plan_paths, *stage.progress_paths])
    plan_files = stage.plan_files
    keys = {item.doc.file: [item.model.unit, item.model.month] for item in progress_files}
    return LoadResult(workspace, plan_files, progress_files, problems, files, keys)


@dataclass
class PlanStage:
    """The plans read, validated and built, and the progress files still to read: the first
    half of ``load_workspace``, for a caller that reads progress files one at a time and lets
    each go (``checks.onepass``).  Problems are kept as ``load_workspace`` orders them."""

    settings: Settings
    plan_files: list[Loaded[ff.PlanFile]]
    units: dict[str, Unit]
    groups: dict[str, UnitGroup]
    plans: list[Plan]
    progress_paths: list[Path]
    plan_paths: list[Path]
    read_problems: list[Problem]  # settings, skipped files, plan files' schema
    build_problems: list[Problem]  # building the plans
    tick: Callable[[], None] | None


def read_plans(root: Path, overrides: Mapping[str, bytes] | None = None,
               progress: Progress | None = None, compact: bool = False) -> PlanStage:  # fmt: skip
    """``compact``: each plan file forgets its positions once built (``YamlDoc.compact``);
    its text is kept unpacked, for the plan checks that follow, after which the caller lets
    the plan files go."""
    read: list[Problem] = []
    settings = _settings(root, read, overrides)
    plan_paths, progress_paths, skipped = scan(root)
    read.extend(skipped)
    _add_overrides(root, overrides, plan_paths, progress_paths)
    tick = _ticker(progress, len(plan_paths) + len(progress_paths))
    plan_files = _validate_all(root, plan_paths, ff.PlanFile, read, overrides, tick)
    built: list[Problem] = []
    units, groups, plans = _build_plans(plan_files, settings, built, compact)
    return PlanStage(settings, plan_files, units, groups, plans, progress_paths, plan_paths,
                     read, built, tick)


def read_progress_file(
    root: Path, path: Path, settings: Settings, overrides: Mapping[str, bytes] | None
) -> tuple[Loaded[ff.ProgressFile] | None, Submission | None, list[Problem], list[Problem]]:
    """One progress file as ``load_workspace`` reads it: (file, submission, schema problems,
    building problems)."""
    read: list[Problem] = []
    item = _validate(root, path, ff.ProgressFile, read, overrides)
    if item is None:
        return None, None, read, []
    built: list[Problem] = []
    submissions = _build_submissions([item], settings, built)
    return item, (submissions[0] if submissions else None), read, built


def display_of(root: Path, paths: list[Path]) -> list[str]:
    return [display(root, p) for p in paths]


def load_progress(
    root: Path, paths: list[Path], settings: Settings, overrides: Mapping[str, bytes] | None = None
) -> tuple[list[Loaded[ff.ProgressFile]], list[Submission], list[Problem]]:
    """Some progress files alone, as ``load_workspace`` reads them: for bringing a cached
    workspace up to date after only those files changed (``cache.incremental``)."""
    problems: list[Problem] = []
    files = _validate_all(root, paths, ff.ProgressFile, problems, overrides)
    return files, _build_submissions(files, settings, problems), problems


def _add_overrides(root: Path, overrides: Mapping[str, bytes] | None, plan_paths: list[Path],
                   progress_paths: list[Path]) -> None:  # fmt: skip
    """Files only in ``overrides`` join the lists.  The cache hands every file over this way,
    so membership is a set: a list scan per file made a cold load quadratic (4.5 million
    path comparisons at 3,000 files)."""
    listed = [*plan_paths, *progress_paths]
    shown = {display(root, path) for path in listed}  # a known file's name: no Path to make
    known: set[Path] | None = None
    for rel in overrides or {}:
        if rel in shown:
            continue
        known = set(listed) if known is None else known
        path = root / rel
        if path not in known:
            known.add(path)
            (progress_paths if rel.startswith(PROGRESS_DIR + "/") else plan_paths).append(path)
    plan_paths.sort()
    progress_paths.sort()


def read_settings(root: Path) -> tuple[Settings, list[Problem]]:
    """The workspace's settings alone, with what is wrong in its file: for commands such as
    ``kehoach time`` that need the reading of "trước" but no plan."""
    problems: list[Problem] = []
    return _settings(root, problems, None), problems


def _settings(root: Path, problems: list[Problem], overrides: Mapping[str, bytes] | None) -> Settings:
    path = root / WORKSPACE_FILE
    if not path.is_file():
        return Settings()
    loaded = _validate(root, path, ff.WorkspaceFile, problems, overrides)
    if loaded is None:
        return Settings()
    s = loaded.model.settings
    return Settings(s.before_includes_day, s.working_days, ReportPeriod(s.report_period))


def _validate(
    root: Path,
    path: Path,
    model: type[M],
    problems: list[Problem],
    overrides: Mapping[str, bytes] | None = None,
) -> Loaded[M] | None:
    shown = display(root, path)
    if overrides and shown in overrides:
        doc, found = parse_yaml(overrides[shown], shown)
    else:
        doc, found = read_yaml(path, shown)
    problems.extend(found)
    if doc is None:
        return None
    if not isinstance(doc.data, dict):
        problems.append(problem("schema.not_mapping", doc.source(())))
        return None
    try:
        validated = model.model_validate(doc.data)
    except ValidationError as err:
        problems.extend(schema_problems(err, doc, model))
        if model is ff.PlanFile:  # its times too: one schema error must not hide them
            from kehoach_cli.reading.rawtimes import raw_time_problems

            problems.extend(raw_time_problems(doc))
        return None
    doc.data = None  # the model holds every value now: the raw tree is memory for nothing
    return Loaded(doc, validated)


def _validate_all(
    root: Path,
    paths: list[Path],
    model: type[M],
    problems: list[Problem],
    overrides: Mapping[str, bytes] | None = None,
    tick: Callable[[], None] | None = None,
) -> list[Loaded[M]]:
    out = []
    for path in paths:
        item = _validate(root, path, model, problems, overrides)
        if item is not None:
            out.append(item)
        if tick is not None:
            tick()
    return out


def _ticker(progress: Progress | None, total: int) -> Callable[[], None] | None:
    if progress is None:
        return None
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        progress(done, total)

    return tick


def _build_plans(
    files: list[Loaded[ff.PlanFile]], settings: Settings, problems: list[Problem], compact: bool
) -> tuple[dict[str, Unit], dict[str, UnitGroup], list[Plan]]:
    units: dict[str, Unit] = {}
    raw_groups: dict[str, UnitGroup] = {}
    for item in files:
        builder = Builder(item.doc, settings)
        for unit in build_units(builder, item.model):
            units.setdefault(unit.id, unit)
        for group in build_groups(builder, item.model):
            raw_groups.setdefault(group.id, group)
    groups = _expand_groups(raw_groups, units)
    relations = {uid: unit.relation for uid, unit in units.items()}
    for gid, group in groups.items():
        members = {relations.get(m) for m in group.members}
        relations[gid] = Relation.REQUESTED if members == {Relation.REQUESTED} else Relation.ASSIGNED
    plans = []
    for item in files:
        if item.model.document is not None:
            builder = Builder(item.doc, settings)
            plan_id = item.model.id or Path(item.doc.file).stem
            plans.append(build_plan(builder, item.model, plan_id, relations))
            problems.extend(builder.problems)
        if compact:
            item.doc.compact()
    return units, groups, plans


def _expand_groups(raw: dict[str, UnitGroup], units: dict[str, Unit]) -> dict[str, UnitGroup]:
    """Replace group members that are groups by their units; cycles and unknowns are left to
    the checks, which report them with their lines."""

    def units_of(gid: str, seen: frozenset[str]) -> list[str]:
        out: list[str] = []
        for member in raw[gid].members:
            if member in raw and member not in seen:
                out.extend(units_of(member, seen | {member}))
            elif member in units:
                out.append(member)
        return out

    expanded = {}
    for gid, group in raw.items():
        members = tuple(dict.fromkeys(units_of(gid, frozenset({gid}))))
        expanded[gid] = UnitGroup(gid, group.name, group.short, group.aliases, members, group.source)
    return expanded


def _build_submissions(
    files: list[Loaded[ff.ProgressFile]], settings: Settings, problems: list[Problem]
) -> list[Submission]:
    out = []
    for item in files:
        builder = Builder(item.doc, settings)
        built = build_submission(builder, item.model)
        problems.extend(builder.problems)
        if built is not None:
            out.append(built)
    return out
