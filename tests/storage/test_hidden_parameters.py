"""A database error never carries a resident's details: not in its message, not in the log."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from desk.domain.records import RetentionClass
from desk.logs import configure_logging
from desk.storage.errors import RecordConflict
from desk.storage.models import Borrower, Staff
from desk.storage.uow import SqlUnitOfWork

NAME = "Philippa Quartermaine"
CONTACT = "07700 900461"
ACCOUNT = "pquartermaine"


def _failing(work: Callable[[SqlUnitOfWork], None], uow: Callable[[], SqlUnitOfWork]) -> str:
    """Run `work` to its failing commit, log the failure as a crashed job would; its message."""
    try:
        with uow() as unit:
            work(unit)
            unit.commit()
    except (IntegrityError, RecordConflict) as error:
        # A rule broken by a bug comes as it is; a conflict between stations as the unit of
        # work says it, with what the driver said behind it (logged with it).
        logging.getLogger("desk.ui.jobs").exception("job crashed name=test")
        return f"{error}\n{error!r}\n{error.__cause__}\n{error.__cause__!r}"
    raise AssertionError("the database accepted the row")


def _assert_nothing_personal(text: str) -> None:
    for secret in (NAME, CONTACT, ACCOUNT, "Philippa", "07700"):
        assert secret not in text


@pytest.mark.allow_log_warnings
def test_a_refused_borrower_row_names_nobody(
    uow: Callable[[], SqlUnitOfWork], tmp_path: Path
) -> None:
    log_file = configure_logging("DEBUG", tmp_path / "logs")

    # An anonymised borrower must have no name: the database's own check refuses this row.
    def add(unit: SqlUnitOfWork) -> None:
        unit.borrowers.add(
            Borrower(
                name=NAME,
                contact_number=CONTACT,
                retention_class=RetentionClass.LOAN_CONTACT,
                anonymised_at=datetime.now(UTC),
            )
        )

    shown = _failing(add, uow)
    assert "anonymised_has_no_contact" in shown  # the message still says what went wrong
    _assert_nothing_personal(shown)
    _assert_nothing_personal(log_file.read_text(encoding="utf-8"))


@pytest.mark.allow_log_warnings
def test_a_unique_violation_names_nobody(uow: Callable[[], SqlUnitOfWork], tmp_path: Path) -> None:
    log_file = configure_logging("DEBUG", tmp_path / "logs")

    def add(unit: SqlUnitOfWork) -> None:
        unit.staff.add(
            Staff(display_name="P. Q.", first_name="P", pin_hash="x", os_account=ACCOUNT)
        )

    with uow() as unit:
        add(unit)
        unit.commit()
    shown = _failing(add, uow)  # a second member of staff on the same OS account
    assert "os_account" in shown
    _assert_nothing_personal(shown)
    _assert_nothing_personal(log_file.read_text(encoding="utf-8"))
