"""Every English text the documents pass to `translate`, for the translators' catalogue."""

from __future__ import annotations

from printing.documents.layout import DAYS, MONTHS
from printing.documents.texts import DocumentTexts

LABELS = (
    "Address",
    "It usually takes {days} working days.",
    "Dear {name},",
    "Due back",
    "Please bring back the device you borrowed",
    "Thank you for borrowing a device from the council. It was due back on {date}. Please bring "
    "it back, with everything that came with it, as soon as you can. If you need it for longer, "
    "call us and we will try to help.",
    "Where to bring it",
    "Agreement version {version}",
    "Asset tag",
    "Borrower",
    "Borrower's signature",
    "Council's copy: staff keep this",
    "Date",
    "Device",
    "Documents we sent for you",
    "Email",
    "Helped by",
    "How to contact the council",
    "Lent",
    "Loan reference",
    "Not sent yet: we will send it soon",
    "Nothing else",
    "Page {page} of {pages}",
    "Pages",
    "Phone",
    "Please bring it back by {date}",
    "Reference",
    "Resident's copy: keep this",
    "Sent to",
    "Serial number",
    "Staff signature",
    "The device you borrowed",
    "This page is blank on purpose.",
    "Time",
    "We talked about what you need.",
    "Website",
    "What comes with it",
    "What happens next",
    "What we did today",
    "What we sent",
    "What you agree to",
    "What they do next",
    "When",
    "Where",
    "Where to get more help",
    "Your case reference with them",
    "Your reference",
    "Your visit today",
    "{count} document",
    "{count} documents",
    "{count} page",
    "{count} pages",
    "{date} at {site}",
    "{documents}, {pages} in all",
)
"""The labels and sentences written in the code (placeholders in braces stay untranslated)."""


def translatable_texts(texts: DocumentTexts) -> frozenset[str]:
    """The labels, day and month names, and the fixed wording read from the TOML files."""
    found: set[str] = {*LABELS, *DAYS, *MONTHS}
    receipt, agreement = texts.receipt, texts.agreement
    found |= {receipt.title, receipt.intro, receipt.reference_hint, *receipt.next_steps}
    found |= {agreement.title, agreement.intro, agreement.returns, *agreement.clauses}
    for contact in (texts.council, *texts.signposts.values()):
        found |= {contact.title, contact.description, contact.where, contact.when}
    found.discard(texts.council.title)  # the council's own name is not translated
    found.discard("")
    return frozenset(found)
