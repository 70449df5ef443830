"""Documents the station composes (the visit summary, the loan agreement), into working folders."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desk.domain.documents import UploadState
from desk.domain.loans import LoanKind
from desk.domain.triage import ReferralKind
from desk.errors import DeskError
from desk.services.loans import LentOut
from desk.services.ports import UowFactory
from desk.services.visits import TaskSummary, VisitSummary, get_visit
from printing.documents import (
    DocumentTexts,
    DocumentTextsError,
    LentDevice,
    LoanAgreement,
    Signpost,
    Translate,
    VisitDocument,
    compose_loan_agreement,
    compose_visit_summary,
    identity,
    load_texts,
)
from printing.documents import VisitSummary as SummaryDocument

if TYPE_CHECKING:
    pass


def _kind_name(kind: str) -> str:
    """A document kind's code as plain words ("bank_statement": "Bank statement"), for a caller
    that has no labels in the resident's language."""
    return kind.replace("_", " ").capitalize()


SIGNPOSTS = {
    ReferralKind.TRAINING_COURSE: Signpost.TRAINING,
    ReferralKind.DEVICE_BANK: Signpost.DEVICE_BANK,
    ReferralKind.DATA_BANK: Signpost.DATA_BANK,
    ReferralKind.SOCIAL_TARIFF: Signpost.SOCIAL_TARIFFS,
}
"""The referral kinds that have a signpost with contact details on the summary."""


def visit_summary_pdf(
    uow_factory: UowFactory,
    visit_id: uuid.UUID,
    *,
    folder: Path,
    site: str,
    champion_first_name: str,
    describe_task: Callable[[TaskSummary], str],
    kind_label: Callable[[str], str] = _kind_name,
    texts_folder: Path | None = None,
    translate: Translate = identity,
) -> Path:
    """Compose the visit summary into the visit's working `folder` (wiped with it) and return
    the PDF's path: what was done, the documents sent (kind, in the resident's language through
    `kind_label`, and reference), the devices taken home and where to get help. It names no
    one but the member of staff."""
    visit: VisitSummary = get_visit(uow_factory, visit_id)
    with uow_factory() as uow:
        record = uow.visits.get(visit_id)
        referrals = [r.kind for r in record.referrals] if record is not None else []
        sent = tuple(
            VisitDocument(kind_label(d.kind.value), d.destination_ref or "")
            for d in uow.documents.list_for_visit(visit_id)
            if d.state not in {UploadState.REJECTED, UploadState.CANCELLED}
        )
        lent = tuple(
            LentDevice(
                device=loan.device.model,
                asset_tag=loan.device.asset_tag,
                due_on=loan.due_at.astimezone().date() if loan.due_at is not None else None,
            )
            for loan in uow.loans.open_for_visit(visit_id, LoanKind.TAKE_HOME)
        )
    document = SummaryDocument(
        when=(visit.started_at or visit.arrived_at or datetime.now(UTC)).astimezone(),
        site=site,
        champion_first_name=champion_first_name,
        done=tuple(describe_task(task) for task in visit.tasks),
        signposts=tuple(SIGNPOSTS[k] for k in dict.fromkeys(referrals) if k in SIGNPOSTS),
        documents=sent,
        devices=lent,
    )
    return _compose(
        lambda output, texts: compose_visit_summary(
            document, output, texts=texts, translate=translate
        ),
        folder / "visit-summary.pdf",
        texts_folder,
        what="The visit summary",
    )


def loan_agreement_pdf(
    lent: LentOut,
    *,
    folder: Path,
    site: str,
    champion_first_name: str,
    device_kind: str,
    texts_folder: Path | None = None,
    translate: Translate = identity,
) -> Path:
    """Compose the signed loan agreement (two copies) into the loan's working `folder` (wiped
    with it: it names the borrower) and return the PDF's path. `device_kind` is the kind's name
    in the resident's language."""
    loan = lent.loan
    document = LoanAgreement(
        borrower_name=lent.borrower.name or "",
        device=f"{device_kind} {loan.device.model}",
        asset_tag=loan.device.asset_tag,
        serial_number=loan.device.serial or "",
        kit=loan.kit_out,
        lent_on=loan.out_at.astimezone().date(),
        due_on=(loan.due_at or loan.out_at).astimezone().date(),
        site=site,
        champion_first_name=champion_first_name,
        loan_reference=str(loan.id)[:8].upper(),
    )
    return _compose(
        lambda output, texts: compose_loan_agreement(
            document, output, texts=texts, translate=translate
        ),
        folder / "loan-agreement.pdf",
        texts_folder,
        what="The loan agreement",
    )


def _compose(
    write: Callable[[Path, DocumentTexts], object],
    output: Path,
    texts_folder: Path | None,
    *,
    what: str,
) -> Path:
    """Write a document at `output` (its folder made if need be) in the council's wording."""
    output.parent.mkdir(parents=True, exist_ok=True)
    try:
        texts = load_texts(texts_folder) if texts_folder is not None else load_texts()
        write(output, texts)
    except DocumentTextsError as error:
        raise DeskError(f"{what} cannot be made: {error}") from error
    return output
