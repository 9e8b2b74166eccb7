"""The domain: what a kế hoạch says, once its YAML has been read and checked.

Everything here is frozen and imports nothing from kehoach outside this package, so queries, reports and the
calendar can be written and tested against plain objects.  The YAML boundary (``fileformat``)
and the loader (``loading``) build these; nothing else does.  Split by subject — ``basics``
(sources, time, units), ``document``, ``plan``, ``progress``, ``workspace`` — and re-exported here.
"""

from __future__ import annotations

from kehoach_cli.model.basics import (
    NOWHERE,
    MonthlyDeadline,
    Recurrence,
    Relation,
    Source,
    TimeKind,
    TimeSpan,
    Unit,
    UnitGroup,
)
from kehoach_cli.model.document import Document, Recipient, Reference, Section, Signer
from kehoach_cli.model.plan import (
    OCCURRENCE_PREFIX,
    PART_PREFIX,
    Checkpoint,
    Comparison,
    Event,
    Milestone,
    Plan,
    ReportKind,
    ReportObligation,
    Target,
    Task,
    occurrence_key,
    occurrence_window,
    occurrences,
)
from kehoach_cli.model.progress import Figure, ProgressEntry, Submission, TaskState
from kehoach_cli.model.workspace import ReportPeriod, Settings, Workspace

__all__ = [
    "NOWHERE",
    "OCCURRENCE_PREFIX",
    "PART_PREFIX",
    "Checkpoint",
    "Comparison",
    "Document",
    "Event",
    "Figure",
    "Milestone",
    "MonthlyDeadline",
    "Plan",
    "ProgressEntry",
    "Recipient",
    "Recurrence",
    "Reference",
    "Relation",
    "ReportKind",
    "ReportObligation",
    "ReportPeriod",
    "Section",
    "Settings",
    "Signer",
    "Source",
    "Submission",
    "Target",
    "Task",
    "TaskState",
    "TimeKind",
    "TimeSpan",
    "Unit",
    "UnitGroup",
    "Workspace",
    "occurrence_key",
    "occurrence_window",
    "occurrences",
]
