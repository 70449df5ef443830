"""Documents the station composes and prints: upload receipt, loan agreement, visit summary."""

from printing.documents.catalog import translatable_texts
from printing.documents.layout import Translate, identity
from printing.documents.loan import compose_loan_agreement
from printing.documents.model import (
    LentDevice,
    LoanAgreement,
    OverdueReminder,
    SentDocument,
    Signpost,
    Submission,
    UploadReceipt,
    VisitDocument,
    VisitSummary,
)
from printing.documents.receipt import compose_upload_receipt
from printing.documents.reminder import compose_overdue_reminder
from printing.documents.texts import DocumentTexts, DocumentTextsError, load_texts
from printing.documents.visit import compose_visit_summary

__all__ = [
    "DocumentTexts",
    "DocumentTextsError",
    "LentDevice",
    "LoanAgreement",
    "OverdueReminder",
    "SentDocument",
    "Signpost",
    "Submission",
    "Translate",
    "UploadReceipt",
    "VisitDocument",
    "VisitSummary",
    "compose_loan_agreement",
    "compose_overdue_reminder",
    "compose_upload_receipt",
    "compose_visit_summary",
    "identity",
    "load_texts",
    "translatable_texts",
]
