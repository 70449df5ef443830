"""Residents seen more than once, where the records link two visits without naming anyone.

Visits are anonymous, so most returns cannot be seen. Two links are recorded for other reasons
and are kept here as bare ids, never joined to a name or a number:

- the same borrower on loans made in different visits (`loan.borrower_id`; the borrower's row
  is not read, and its id stays when the borrower is anonymised);
- a waitlist place taken in one visit and served by a loan made in another
  (`waitlist_entry.visit_id` and its loan's `visit_id`).

Visits joined by either link, directly or through others, are one resident. A resident counts
when two or more of their visits are in the report's scope; the table compares who typed at the
first of those visits with who typed at the last.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from datetime import datetime

from sqlalchemy import ColumnElement, Connection, select
from sqlalchemy.orm import aliased

from desk.domain.visits import ModeOfHelp
from desk.services.reports.common import Scope
from desk.services.reports.tables import NOT_RECORDED, Table, categories, crosstab
from desk.storage.models import Loan, Visit, WaitlistEntry

KEY = "seen_again"
TITLE = "Residents seen more than once: who typed at their first and last visit"
ROW_HEADING = "first_visit"


class _Residents:
    """Visits joined into residents (a union-find on visit ids)."""

    def __init__(self) -> None:
        self._parent: dict[uuid.UUID, uuid.UUID] = {}

    def find(self, visit: uuid.UUID) -> uuid.UUID:
        parent = self._parent.setdefault(visit, visit)
        while parent != self._parent[parent]:
            self._parent[parent] = self._parent[self._parent[parent]]
            parent = self._parent[parent]
        self._parent[visit] = parent
        return parent

    def join(self, one: uuid.UUID, other: uuid.UUID) -> None:
        self._parent[self.find(one)] = self.find(other)

    def groups(self) -> list[list[uuid.UUID]]:
        found: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
        for visit in list(self._parent):
            found[self.find(visit)].append(visit)
        return list(found.values())


def _in_scope(scope: Scope, visit: type[Visit]) -> list[ColumnElement[bool]]:
    return [*scope.within(visit.arrived_at), *scope.at(visit.site_id, visit.station_id)]


def seen_again(connection: Connection, scope: Scope) -> Table:
    """Residents with two or more visits in scope, by who typed at the first (rows) and at
    the last (columns) of them."""
    visits: dict[uuid.UUID, tuple[datetime, str | None]] = {}
    residents = _Residents()
    borrowed = (
        select(Loan.borrower_id, Visit.id, Visit.arrived_at, Visit.mode_of_help)
        .join(Visit, Loan.visit_id == Visit.id)
        .where(Loan.borrower_id.is_not(None), *_in_scope(scope, Visit))
    )
    first_of: dict[uuid.UUID, uuid.UUID] = {}
    for borrower, visit_id, arrived, mode in connection.execute(borrowed):
        visits[visit_id] = (arrived, mode)
        residents.find(visit_id)
        if borrower is None:  # excluded by the query; for the type checker
            continue
        if borrower in first_of:
            residents.join(first_of[borrower], visit_id)
        else:
            first_of[borrower] = visit_id
    joined, served = aliased(Visit), aliased(Visit)
    waited = (
        select(
            joined.id,
            joined.arrived_at,
            joined.mode_of_help,
            served.id,
            served.arrived_at,
            served.mode_of_help,
        )
        .select_from(WaitlistEntry)
        .join(joined, WaitlistEntry.visit_id == joined.id)
        .join(Loan, WaitlistEntry.loan_id == Loan.id)
        .join(served, Loan.visit_id == served.id)
        .where(joined.id != served.id, *_in_scope(scope, joined), *_in_scope(scope, served))
    )
    for one, one_at, one_mode, other, other_at, other_mode in connection.execute(waited):
        visits[one] = (one_at, one_mode)
        visits[other] = (other_at, other_mode)
        residents.join(one, other)
    counts: Counter[tuple[str, str]] = Counter()
    for group in residents.groups():
        if len(group) < 2:
            continue
        ordered = sorted(group, key=lambda v: (visits[v][0], str(v)))
        first, last = visits[ordered[0]][1], visits[ordered[-1]][1]
        counts[(str(first or NOT_RECORDED), str(last or NOT_RECORDED))] += 1
    modes = [str(mode.value) for mode in ModeOfHelp]
    seen = [label for pair in counts for label in pair]
    labels = categories(modes, seen)
    return crosstab(KEY, TITLE, ROW_HEADING, labels, labels, counts)
