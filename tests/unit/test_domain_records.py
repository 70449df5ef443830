"""Record rules: audit details stay small and flat."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from desk.domain.documents import PrintOutcome, UploadState
from desk.domain.loans import DeviceState
from desk.domain.records import (
    DEFAULT_RETENTION,
    MAX_AUDIT_DETAILS_CHARS,
    AuditDetailValue,
    RetentionClass,
    check_audit_details,
)
from desk.domain.triage import InclusionLevel

DOMAIN = Path(__file__).resolve().parents[2] / "desk" / "domain"


def test_audit_details_accept_codes_and_counts() -> None:
    details: dict[str, AuditDetailValue] = {
        "pages": 3,
        "destination": "housing",
        "retry": False,
        "error": None,
    }
    assert check_audit_details(details) == details


def test_audit_details_refuse_nested_values() -> None:
    with pytest.raises(ValueError, match="plain value"):
        check_audit_details({"resident": {"name": "x"}})  # type: ignore[dict-item]


def test_audit_details_refuse_long_text() -> None:
    with pytest.raises(ValueError, match="characters"):
        check_audit_details({"text": "x" * MAX_AUDIT_DETAILS_CHARS})


def test_every_retention_class_has_a_period() -> None:
    assert set(DEFAULT_RETENTION) == set(RetentionClass)


def test_final_states() -> None:
    assert UploadState.CONFIRMED.is_final
    assert not UploadState.FAILED.is_final
    assert PrintOutcome.COMPLETED.is_final
    assert not PrintOutcome.PRINTING.is_final
    assert DeviceState.AVAILABLE.can_go_out
    assert not DeviceState.AWAITING_WIPE.can_go_out


def test_inclusion_scale_is_one_to_nine() -> None:
    assert [level.value for level in InclusionLevel] == list(range(1, 10))


def test_the_domain_imports_only_the_standard_library() -> None:
    allowed_prefixes = ("desk.domain",)
    for path in DOMAIN.glob("*.py"):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            for name in names:
                top = name.split(".")[0]
                assert name.startswith(allowed_prefixes) or top in _stdlib(), (path.name, name)


def _stdlib() -> frozenset[str]:
    import sys  # noqa: PLC0415

    return frozenset(sys.stdlib_module_names) | {"__future__"}
