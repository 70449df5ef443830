"""How the figures were made, in plain English: one wording for every published format (the
xlsx file's About sheet and the PDF pack's closing page)."""

from __future__ import annotations

from desk.services.reports.suppression import THRESHOLD
from desk.services.reports.tables import SMALL, WITHHELD

TIME = (
    "Times are stored in UTC and reported in local time (Europe/London): a day, week, month or "
    "hour is a local one, so a visit at half past midnight in summer counts on that day, and "
    "the weeks with a clock change have an hour fewer or more. A visit belongs to the period "
    "in which the resident arrived; its tasks, triage, referrals and loans go with it."
)
WAITS = (
    "A wait runs from the resident's arrival to the moment a champion first saw them. It is "
    "measured where the resident checked in at the queue, and estimated where the champion "
    'typed "arrived some minutes ago" (and for visits recorded before the queue existed). '
    "Time spent runs from the start of help to the end of the visit. Medians and 90th "
    "percentiles are in minutes; visits that left before being seen have no wait and are "
    "counted apart."
)
COUNTS = (
    "Every figure is a count of anonymous records (visits, tasks, triages, referrals, "
    "documents, print jobs, loans) unless it is a measure (minutes, days) or an amount "
    '(pages). Where something was not recorded it is counted as "not recorded", so the '
    "totals of two tables that count the same things agree. No figure is drawn from anything "
    "that identifies a resident or a member of staff."
)
SUPPRESSION = (
    f"Small numbers are withheld so that no one can be singled out: a count from 1 to "
    f'{THRESHOLD - 1} is shown as "{SMALL}" (zero is shown), and "{WITHHELD}" marks a figure '
    "withheld as well so that such a count cannot be worked out by subtracting the other "
    "figures from a total. A wait, a time spent or a waiting-list time measured on fewer than "
    f'{THRESHOLD} visits is shown as "{WITHHELD}". Amounts (pages) count no people and are '
    "shown as they are."
)
NOT_SUPPRESSED = (
    "These figures are for the council's own use: small numbers are shown as they are. "
    "Make the file again with publishing on before it leaves the council."
)


def how_made(*, published: bool) -> tuple[tuple[str, str], ...]:
    """(heading, paragraph) pairs: the time zone, the counts, waits, and the suppression rule
    (or, for unpublished figures, that there is none)."""
    return (
        ("Time", TIME),
        ("What is counted", COUNTS),
        ("Waits: measured and estimated", WAITS),
        ("Small numbers", SUPPRESSION if published else NOT_SUPPRESSED),
    )
