"""Digital needs: inclusion level, barriers, device/data/skills needs, referrals, loans after."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import Connection, select

from desk.domain.loans import LoanKind
from desk.domain.triage import Barrier, InclusionLevel, ReferralKind
from desk.services.reports.common import Scope, fold, grouped, period_table
from desk.services.reports.tables import Table
from desk.storage.models import Loan, Referral, Triage, TriageBarrier, Visit

NEEDS = ("triages", "needs_device", "needs_data", "needs_skills")


def needs(connection: Connection, scope: Scope) -> tuple[Table, ...]:
    """What the triages found, the referrals made, and the loans to triaged residents."""
    at = scope.at(Visit.site_id, Visit.station_id)
    triages = grouped(
        connection,
        scope,
        Visit.arrived_at,
        [Triage.inclusion_level, Triage.needs_device, Triage.needs_data, Triage.needs_skills],
        select().select_from(Triage).join(Visit, Triage.visit_id == Visit.id).where(*at),
    )
    need_counts: Counter[tuple[str, str]] = Counter()
    for (bucket, _level, device, data, skills), n in triages.items():
        need_counts[(str(bucket), "triages")] += n
        for name, flag in (
            ("needs_device", device),
            ("needs_data", data),
            ("needs_skills", skills),
        ):
            if flag:
                need_counts[(str(bucket), name)] += n
    barriers = grouped(
        connection,
        scope,
        Visit.arrived_at,
        [TriageBarrier.barrier],
        select()
        .select_from(TriageBarrier)
        .join(Triage, TriageBarrier.triage_id == Triage.id)
        .join(Visit, Triage.visit_id == Visit.id)
        .where(*at),
    )
    referrals = grouped(
        connection,
        scope,
        Visit.arrived_at,
        [Referral.kind, Referral.target],
        select().select_from(Referral).join(Visit, Referral.visit_id == Visit.id).where(*at),
    )
    loans = grouped(
        connection,
        scope,
        Visit.arrived_at,
        [Loan.kind],
        select()
        .select_from(Loan)
        .join(Visit, Loan.visit_id == Visit.id)
        .join(Triage, Triage.visit_id == Visit.id)
        .where(*at),
    )
    targets: Counter[tuple[str, str]] = Counter()
    for (bucket, kind, target), n in referrals.items():
        targets[(str(bucket), f"{kind}: {target}")] += n
    return (
        period_table(
            scope,
            "inclusion_level",
            "Triages by Digital Inclusion Scale level (1 never have, never will … 9 expert)",
            fold(triages, 1),
            [str(level.value) for level in InclusionLevel],
        ),
        period_table(
            scope,
            "needs",
            "Triages and the minimum access package needs they found (a triage may find several)",
            need_counts,
            list(NEEDS),
            row_totals=False,
        ),
        period_table(
            scope,
            "barriers",
            "Barriers found at triage (a triage may find several)",
            fold(barriers, 1),
            [str(b.value) for b in Barrier],
            row_totals=False,
        ),
        period_table(
            scope,
            "referrals_by_kind",
            "Referrals and signposts by kind",
            fold(referrals, 1),
            [str(k.value) for k in ReferralKind],
        ),
        period_table(
            scope, "referrals_by_target", "Referrals and signposts by where to", targets, []
        ),
        period_table(
            scope,
            "loans_after_triage",
            "Loans made in visits with a triage",
            fold(loans, 1),
            [str(k.value) for k in LoanKind],
        ),
    )
