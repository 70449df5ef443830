"""The fixed wording of our documents, read from TOML files (council details, agreement text)."""

from __future__ import annotations

import sys
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any


def _shipped_folder() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)  # a frozen (PyInstaller) build keeps resources here
    root = Path(bundle) if bundle else Path(__file__).resolve().parents[2]
    return root / "resources" / "documents"


DEFAULT_FOLDER = _shipped_folder()
"""The texts shipped with the application; a council's own folder can override any of them."""

FILES = ("council.toml", "receipt.toml", "loan-agreement.toml", "signposting.toml")


class DocumentTextsError(ValueError):
    """The document texts are missing or malformed; the message names the file and the key."""


@dataclass(frozen=True)
class Contact:
    """How to reach a service: all but the title are optional."""

    title: str
    description: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    address: tuple[str, ...] = ()
    where: str = ""
    when: str = ""


@dataclass(frozen=True)
class ReceiptTexts:
    """The fixed wording of the upload receipt."""

    title: str
    intro: str
    reference_hint: str
    next_steps: tuple[str, ...]


@dataclass(frozen=True)
class AgreementTexts:
    """One version of the loan agreement's wording."""

    version: str
    title: str
    intro: str
    clauses: tuple[str, ...]
    returns: str


@dataclass(frozen=True)
class DocumentTexts:
    """Every fixed text the documents print."""

    council: Contact
    receipt: ReceiptTexts
    agreement: AgreementTexts
    signposts: Mapping[str, Contact]


def load_texts(*folders: Path) -> DocumentTexts:
    """Read the shipped texts, then each folder given in turn (later folders win, key by key)."""
    merged: dict[str, Any] = {}
    searched = (DEFAULT_FOLDER, *folders)
    for folder in searched:
        for name in FILES:
            path = folder / name
            if not path.exists():
                continue
            try:
                data = tomllib.loads(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
                raise DocumentTextsError(f"{path} cannot be read: {error}") from error
            _merge(merged, data)
    if not merged:
        where = ", ".join(str(folder) for folder in searched)
        raise DocumentTextsError(f"no document texts were found in {where}")
    return _texts(merged)


def _merge(into: dict[str, Any], data: Mapping[str, Any]) -> None:
    for key, value in data.items():
        if isinstance(value, Mapping) and isinstance(into.get(key), dict):
            _merge(into[key], value)
        else:
            into[key] = dict(value) if isinstance(value, Mapping) else value


def _table(data: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = data.get(key)
    if not isinstance(value, Mapping):
        raise DocumentTextsError(f"the document texts have no [{key}] table")
    return value


def _text(table: Mapping[str, Any], where: str, key: str, *, required: bool = True) -> str:
    value = table.get(key, "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise DocumentTextsError(f"the document texts need a text for {where}.{key}")
    return value.strip()


def _texts_list(table: Mapping[str, Any], where: str, key: str) -> tuple[str, ...]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DocumentTextsError(f"the document texts need a list of texts for {where}.{key}")
    return tuple(v.strip() for v in value)


def _contact(table: Mapping[str, Any], where: str, title_key: str) -> Contact:
    return Contact(
        title=_text(table, where, title_key),
        description=_text(table, where, "description", required=False),
        phone=_text(table, where, "phone", required=False),
        email=_text(table, where, "email", required=False),
        website=_text(table, where, "website", required=False),
        address=_texts_list(table, where, "address"),
        where=_text(table, where, "where", required=False),
        when=_text(table, where, "when", required=False)
        or _text(table, where, "hours", required=False),
    )


def _texts(data: Mapping[str, Any]) -> DocumentTexts:
    receipt = _table(data, "receipt")
    agreement = _table(data, "agreement")
    signposting = _table(data, "signposting")
    return DocumentTexts(
        council=_contact(_table(data, "council"), "council", "name"),
        receipt=ReceiptTexts(
            title=_text(receipt, "receipt", "title"),
            intro=_text(receipt, "receipt", "intro"),
            reference_hint=_text(receipt, "receipt", "reference_hint", required=False),
            next_steps=_texts_list(receipt, "receipt", "next_steps"),
        ),
        agreement=AgreementTexts(
            version=_text(agreement, "agreement", "version"),
            title=_text(agreement, "agreement", "title"),
            intro=_text(agreement, "agreement", "intro", required=False),
            clauses=_texts_list(agreement, "agreement", "clauses"),
            returns=_text(agreement, "agreement", "returns", required=False),
        ),
        signposts={
            kind: _contact(table, f"signposting.{kind}", "title")
            for kind, table in signposting.items()
            if isinstance(table, Mapping)
        },
    )
