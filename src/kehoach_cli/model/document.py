"""The document a plan is: its number, date, issuer, signer and recipients, and its sections."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Reference:
    """Another document, cited by number and date ("Kế hoạch số 19/KH-UBND ngày 02/02/2023")."""

    kind: str
    number: str
    date: date | None
    issuer: str
    title: str


@dataclass(frozen=True, slots=True)
class Signer:
    authority: str
    position: str
    name: str


@dataclass(frozen=True, slots=True)
class Recipient:
    name: str
    purpose: str


@dataclass(frozen=True, slots=True)
class Document:
    """``date`` is None when the document does not give it (written "…" in the file)."""

    kind: str
    number: str
    date: date | None
    place: str
    issuer: str
    issuer_parent: str
    title: str
    based_on: tuple[Reference, ...]
    signer: Signer | None
    recipients: tuple[Recipient, ...]
    archive: str


@dataclass(frozen=True, slots=True)
class Section:
    ref: str
    title: str
