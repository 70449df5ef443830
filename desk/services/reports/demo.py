"""Demo data: realistic, reproducible visits and all that goes with them, for training, the
report tests and the benchmark. Never on a database with real visits, unless forced.

Everything is made at demo sites (codes starting `demo-`), so a database with any other site's
visits holds real ones. The same seed, sizes and last day give the same data. Patterns: open
Monday to Saturday, busiest mid-morning and mid-afternoon, Mondays busier than Saturdays; over
the months residents need less help (more alone, fewer on their behalf, more "alone next
time"). No borrower has a name or a number; demo staff cannot sign in.
"""

from __future__ import annotations

import logging
import random
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, select, update

from desk.domain.documents import DocumentKind, PrintOutcome, UploadState
from desk.domain.loans import DeviceCondition, DeviceKind, DeviceState, LoanKind, WaitlistOutcome
from desk.domain.records import RetentionClass
from desk.domain.triage import Barrier, ReferralKind
from desk.domain.visits import (
    EntryRoute,
    ModeOfHelp,
    NextTime,
    ServiceArea,
    TaskOutcome,
    TaskType,
    VisitOutcome,
)
from desk.errors import DeskError
from desk.services.reports.periods import LONDON
from desk.storage.models import (
    Borrower,
    Device,
    Document,
    Loan,
    PrintJob,
    Referral,
    Site,
    Staff,
    Station,
    Triage,
    TriageBarrier,
    Visit,
    VisitSupport,
    VisitTask,
    WaitlistEntry,
)

log = logging.getLogger(__name__)

DEMO_PREFIX = "demo-"
DEFAULT_SITES = ("Woolwich", "Eltham")
STATIONS_PER_SITE = 3
CHUNK = 5000

_WEEKDAY_WEIGHTS = (1.25, 1.0, 1.05, 1.1, 0.95, 0.6, 0.0)
_HOUR_WEIGHTS = {9: 0.6, 10: 1.3, 11: 1.4, 12: 1.0, 13: 0.85, 14: 1.2, 15: 1.05, 16: 0.55}
_AREAS = (
    (ServiceArea.HOUSING, 30),
    (ServiceArea.BENEFITS_EVIDENCE, 25),
    (ServiceArea.COUNCIL_TAX, 15),
    (ServiceArea.SCHOOL_ADMISSIONS, 8),
    (ServiceArea.PARKING_BLUE_BADGE, 10),
    (ServiceArea.OTHER, 12),
)
_TYPES = (
    (TaskType.SCAN_AND_UPLOAD, 35),
    (TaskType.PRINT, 18),
    (TaskType.ONLINE_FORM, 22),
    (TaskType.ACCOUNT_HELP, 10),
    (TaskType.EMAIL, 6),
    (TaskType.VIDEO_CALL, 3),
    (TaskType.DEVICE_HELP, 6),
)
_ROUTES = (
    (EntryRoute.WALK_IN, 70),
    (EntryRoute.APPOINTMENT, 15),
    (EntryRoute.REFERRED_BY_SERVICE, 10),
    (EntryRoute.SIGNPOSTED_BY_PHONE, 5),
)


class DemoRefused(DeskError):
    """The database holds real visits: demo data would mix with them."""


@dataclass(frozen=True)
class DemoPlan:
    """How much demo data to make, where, over how long, from which seed."""

    visits: int
    sites: tuple[str, ...] = DEFAULT_SITES
    months: int = 12
    seed: int = 1
    last_day: date = field(default_factory=lambda: datetime.now(LONDON).date())


@dataclass
class DemoSummary:
    """How many rows of each kind were written."""

    rows: dict[str, int] = field(default_factory=dict)

    def add(self, table: str, count: int) -> None:
        """Count rows written to `table`."""
        self.rows[table] = self.rows.get(table, 0) + count


def demo_visits(connection: Connection) -> int:
    """Visits at demo sites."""
    statement = (
        select(func.count())
        .select_from(Visit)
        .join(Site, Visit.site_id == Site.id)
        .where(Site.code.like(f"{DEMO_PREFIX}%"))
    )
    return int(connection.execute(statement).scalar_one())


def real_visits(connection: Connection) -> int:
    """Visits at sites that are not demo sites."""
    statement = (
        select(func.count())
        .select_from(Visit)
        .join(Site, Visit.site_id == Site.id)
        .where(Site.code.not_like(f"{DEMO_PREFIX}%"))
    )
    return int(connection.execute(statement).scalar_one())


def site_code(name: str) -> str:
    """The demo site code for a name: `demo-` and the name in lower case with dashes."""
    slug = "-".join(name.lower().split())
    return f"{DEMO_PREFIX}{slug}"[:32]


def _pick(rng: random.Random, options: Sequence[tuple[Any, float]]) -> Any:
    return rng.choices([o for o, _w in options], [w for _o, w in options])[0]


def _id(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


class _Writer:
    """Rows queued per table and sent in chunks, in an order the foreign keys allow."""

    ORDER = (
        Visit, VisitSupport, VisitTask, Triage, TriageBarrier, Referral, Document, PrintJob,
        Borrower, Loan, WaitlistEntry,
    )  # fmt: skip

    def __init__(self, connection: Connection, summary: DemoSummary) -> None:
        self._connection = connection
        self._summary = summary
        self._rows: dict[str, list[dict[str, Any]]] = {m.__tablename__: [] for m in self.ORDER}

    def add(self, model: type[Any], row: dict[str, Any]) -> None:
        self._rows[model.__tablename__].append(row)
        if len(self._rows[Visit.__tablename__]) >= CHUNK:
            self.flush()

    def flush(self) -> None:
        for model in self.ORDER:
            rows = self._rows[model.__tablename__]
            if rows:
                table: Any = model.__table__
                self._connection.execute(insert(table), rows)
                self._summary.add(model.__tablename__, len(rows))
                rows.clear()


def _days(plan: DemoPlan) -> list[date]:
    first = plan.last_day - timedelta(days=round(plan.months * 30.44) - 1)
    count = (plan.last_day - first).days + 1
    return [first + timedelta(days=n) for n in range(count)]


def fill(engine: Engine, plan: DemoPlan, *, force: bool = False) -> DemoSummary:
    """Write the demo data in one transaction; DemoRefused on a database with real visits."""
    if plan.visits < 0 or plan.months < 1 or not plan.sites:
        raise DeskError("demo data needs a number of visits, at least one month and one site")
    summary = DemoSummary()
    with engine.begin() as connection:
        real = real_visits(connection)
        if real and not force:
            raise DemoRefused(
                f"this database holds {real} real visits: demo data would mix with them "
                "(use --force only on a training copy)"
            )
        _Generator(connection, plan, summary).run()
    log.info("demo data written rows=%s", sum(summary.rows.values()))
    return summary


@dataclass(frozen=True)
class _Place:
    site_id: uuid.UUID
    station_id: uuid.UUID
    devices: list[uuid.UUID]


@dataclass(frozen=True)
class _Seen:
    visit_id: uuid.UUID
    station_id: uuid.UUID
    at: datetime
    mode: ModeOfHelp
    kiosk: bool


class _Generator:
    def __init__(self, connection: Connection, plan: DemoPlan, summary: DemoSummary) -> None:
        self.connection = connection
        self.plan = plan
        self.summary = summary
        # Reproducible demo data, not secrets; more demo data added to some is seeded apart.
        self.rng = random.Random(f"{plan.seed}:{demo_visits(connection)}")  # noqa: S311
        self.writer = _Writer(connection, summary)
        self.now = datetime.combine(plan.last_day + timedelta(days=1), time(), LONDON)

    def _places(self) -> list[tuple[uuid.UUID, list[uuid.UUID], list[uuid.UUID]]]:
        """Each demo site with its stations and devices, made if missing."""
        places = []
        for name in self.plan.sites:
            code = site_code(name)
            site_id = self.connection.execute(select(Site.id).where(Site.code == code)).scalar()
            if site_id is None:
                site_id = _id(self.rng)
                self.connection.execute(
                    insert(Site), [{"id": site_id, "code": code, "name": f"{name[:100]} (demo)"}]
                )
            stations = []
            for n in range(1, STATIONS_PER_SITE + 1):
                station_name = f"{code.upper()}-{n:02d}"
                found = self.connection.execute(
                    select(Station.id).where(
                        Station.site_id == site_id, Station.name == station_name
                    )
                ).scalar()
                if found is None:
                    found = _id(self.rng)
                    self.connection.execute(
                        insert(Station), [{"id": found, "site_id": site_id, "name": station_name}]
                    )
                stations.append(found)
            devices = []
            for kind, count in (
                (DeviceKind.LAPTOP, 6),
                (DeviceKind.TABLET, 6),
                (DeviceKind.MOBILE_HOTSPOT, 3),
            ):
                for n in range(1, count + 1):
                    tag = f"{code.upper()[:20]}-{kind.value[:2].upper()}{n:02d}"
                    found = self.connection.execute(
                        select(Device.id).where(Device.asset_tag == tag)
                    ).scalar()
                    if found is None:
                        found = _id(self.rng)
                        self.connection.execute(
                            insert(Device),
                            [
                                {
                                    "id": found,
                                    "asset_tag": tag,
                                    "kind": kind,
                                    "model": f"Demo {kind.value}",
                                    "site_id": site_id,
                                    "version": 1,
                                }
                            ],
                        )
                    devices.append(found)
            places.append((site_id, stations, devices))
        return places

    def _staff(self) -> list[uuid.UUID]:
        ids = []
        for n in range(1, 5):
            name = f"Demo champion {n}"
            found = self.connection.execute(
                select(Staff.id).where(Staff.display_name == name)
            ).scalar()
            if found is None:
                found = _id(self.rng)
                self.connection.execute(
                    insert(Staff),
                    [
                        {
                            "id": found,
                            "display_name": name,
                            "first_name": "Demo",
                            "pin_hash": "demo: cannot sign in",
                            "active": False,
                            "version": 1,
                        }
                    ],
                )
            ids.append(found)
        return ids

    def _arrivals(self) -> Iterator[tuple[float, datetime]]:
        """Each visit's arrival (UTC) and how far through the months it is (0 to 1), in order."""
        days = [d for d in _days(self.plan) if _WEEKDAY_WEIGHTS[d.weekday()] > 0]
        weights = [_WEEKDAY_WEIGHTS[d.weekday()] for d in days]
        picked = sorted(self.rng.choices(range(len(days)), weights, k=self.plan.visits))
        hours = list(_HOUR_WEIGHTS)
        hour_weights = list(_HOUR_WEIGHTS.values())
        span = max(1, len(days) - 1)
        for index in picked:
            hour = self.rng.choices(hours, hour_weights)[0]
            local = datetime.combine(days[index], time(hour), LONDON) + timedelta(
                seconds=self.rng.randrange(3600)
            )
            yield index / span, local.astimezone(UTC)

    def run(self) -> None:
        places = self._places()
        staff = self._staff()
        self.loans_open: dict[uuid.UUID, datetime] = {}
        self.borrowers_back: list[tuple[datetime, uuid.UUID]] = []
        """Borrowers whose device is back (when, who): some borrow again."""
        for progress, arrived in self._arrivals():
            site_id, stations, devices = self.rng.choice(places)
            place = _Place(site_id, self.rng.choice(stations), devices)
            self._visit(progress, arrived, place, staff)
        self.writer.flush()
        for device_id in self.loans_open:
            self.connection.execute(
                update(Device).where(Device.id == device_id).values(state=DeviceState.ON_LOAN)
            )

    def _visit(
        self,
        progress: float,
        arrived: datetime,
        place: _Place,
        staff: list[uuid.UUID],
    ) -> None:
        rng = self.rng
        site_id, station_id = place.site_id, place.station_id
        visit_id = _id(rng)
        champion = rng.choice(staff)
        alone = 0.15 + 0.2 * progress
        mode: ModeOfHelp = _pick(
            rng,
            (
                (ModeOfHelp.RESIDENT_ALONE, alone),
                (ModeOfHelp.CHAMPION_NEARBY, 0.25),
                (ModeOfHelp.PAIRED, 0.35 - 0.1 * progress),
                (ModeOfHelp.ON_BEHALF, 0.25 - 0.1 * progress),
            ),
        )
        kiosk = mode is ModeOfHelp.RESIDENT_ALONE and rng.random() < 0.5
        wait = 0 if kiosk else min(90, int(rng.expovariate(1 / 9)))
        seen = arrived + timedelta(minutes=wait)
        left = not kiosk and rng.random() < 0.03 + 0.002 * wait
        length = timedelta(seconds=int(60 * (4 + rng.expovariate(1 / 16))))
        ended = seen + (timedelta(minutes=1) if left else length)
        outcome: VisitOutcome = (
            VisitOutcome.LEFT_BEFORE_SEEN
            if left
            else _pick(
                rng,
                (
                    (VisitOutcome.COMPLETED, 76),
                    (VisitOutcome.PARTLY_COMPLETED, 12),
                    (VisitOutcome.NOT_COMPLETED, 7),
                    (VisitOutcome.REFERRED_FACE_TO_FACE, 5),
                ),
            )
        )
        self.writer.add(
            Visit,
            {
                "id": visit_id,
                "site_id": site_id,
                "station_id": station_id,
                "staff_id": champion,
                "entry_route": EntryRoute.WALK_IN if kiosk else _pick(rng, _ROUTES),
                "mode_of_help": None if left else mode,
                "arrived_at": arrived,
                "first_seen_at": seen,
                "started_at": seen,
                "ended_at": ended,
                "language": "en" if rng.random() < 0.8 else rng.choice(["pl", "ne", "so", "yo"]),
                "interpreter_used": False,
                "age_band": None,
                "postcode_outward": None,
                "outcome": outcome,
                "created_at": arrived,
                "updated_at": ended,
                "version": 1,
            },
        )
        if left:
            return
        if rng.random() < 0.06:
            self.writer.add(VisitSupport, {"visit_id": visit_id, "support": "large_text"})
        for _ in range(1 if kiosk else _pick(rng, ((1, 60), (2, 30), (3, 10)))):
            self._task(progress, _Seen(visit_id, station_id, seen, mode, kiosk))
        if not kiosk and rng.random() < 0.25:
            self._triage(visit_id, seen)
        if not kiosk and rng.random() < 0.07:
            self._loan(visit_id, seen, rng.choice(place.devices), champion, site_id)

    def _task(self, progress: float, seen: _Seen) -> None:
        rng = self.rng
        visit_id, station_id, at, mode, kiosk = (
            seen.visit_id,
            seen.station_id,
            seen.at,
            seen.mode,
            seen.kiosk,
        )
        task_type: TaskType = TaskType.SCAN_AND_UPLOAD if kiosk else _pick(rng, _TYPES)
        outcome: TaskOutcome = {
            ModeOfHelp.RESIDENT_ALONE: TaskOutcome.DONE_INDEPENDENTLY,
            ModeOfHelp.CHAMPION_NEARBY: TaskOutcome.DONE_WITH_HELP,
            ModeOfHelp.PAIRED: TaskOutcome.DONE_WITH_HELP,
            ModeOfHelp.ON_BEHALF: TaskOutcome.DONE_ON_BEHALF,
        }[mode]
        if rng.random() < 0.12:
            outcome = _pick(
                rng,
                (
                    (TaskOutcome.PARTLY_DONE, 4),
                    (TaskOutcome.NOT_DONE_SYSTEM_DOWN, 1),
                    (TaskOutcome.NOT_DONE_DOCUMENT_MISSING, 2),
                    (TaskOutcome.NOT_DONE_NEEDS_FACE_TO_FACE, 1),
                    (TaskOutcome.REFERRED_FACE_TO_FACE, 1),
                ),
            )
        next_time: NextTime = _pick(
            rng,
            (
                (NextTime.ALONE, 0.2 + 0.25 * progress),
                (NextTime.SOME_HELP, 0.35),
                (NextTime.SAME_HELP, 0.35 - 0.2 * progress),
                (NextTime.WILL_NOT_GO_ONLINE, 0.1 - 0.05 * progress),
            ),
        )
        scanned = printed = uploaded = 0
        if task_type is TaskType.SCAN_AND_UPLOAD:
            uploaded = _pick(rng, ((1, 60), (2, 30), (3, 10)))
            for _ in range(uploaded):
                pages = _pick(rng, ((1, 50), (2, 30), (3, 10), (4, 10)))
                scanned += pages
                self._document(visit_id, station_id, at, pages)
        elif task_type is TaskType.PRINT:
            printed = _pick(rng, ((1, 40), (2, 30), (4, 20), (10, 10)))
            self._print(visit_id, station_id, at, printed)
        self.writer.add(
            VisitTask,
            {
                "id": _id(rng),
                "visit_id": visit_id,
                "service_area": str(ServiceArea.OTHER if kiosk else _pick(rng, _AREAS)),
                "task_type": task_type,
                "outcome": outcome,
                "next_time": next_time,
                "pages_scanned": scanned,
                "pages_printed": printed,
                "documents_uploaded": uploaded,
                "created_at": at,
            },
        )

    def _document(
        self, visit_id: uuid.UUID, station_id: uuid.UUID, at: datetime, pages: int
    ) -> None:
        rng = self.rng
        state: UploadState = _pick(
            rng,
            (
                (UploadState.CONFIRMED, 92),
                (UploadState.REJECTED, 3),
                (UploadState.QUEUED, 2),
                (UploadState.FAILED, 2),
                (UploadState.CANCELLED, 1),
            ),
        )
        self.writer.add(
            Document,
            {
                "id": _id(rng),
                "visit_id": visit_id,
                "station_id": station_id,
                "kind": rng.choice(list(DocumentKind)),
                "page_count": pages,
                "size_bytes": 180_000 * pages,
                "sha256": f"{rng.getrandbits(256):064x}",
                "state": state,
                "destination": "demo",
                "attempts": 1,
                "uploaded_at": at + timedelta(minutes=2)
                if state is UploadState.CONFIRMED
                else None,
                "created_at": at,
                "updated_at": at,
                "version": 1,
            },
        )

    def _print(self, visit_id: uuid.UUID, station_id: uuid.UUID, at: datetime, pages: int) -> None:
        outcome: PrintOutcome = _pick(
            self.rng,
            ((PrintOutcome.COMPLETED, 95), (PrintOutcome.FAILED, 3), (PrintOutcome.CANCELLED, 2)),
        )
        self.writer.add(
            PrintJob,
            {
                "id": _id(self.rng),
                "visit_id": visit_id,
                "station_id": station_id,
                "printer": "Demo printer",
                "pages": pages,
                "copies": 1,
                "outcome": outcome,
                "submitted_at": at,
                "finished_at": at + timedelta(minutes=1),
                "created_at": at,
            },
        )

    def _triage(self, visit_id: uuid.UUID, at: datetime) -> None:
        rng = self.rng
        triage_id = _id(rng)
        level = _pick(
            rng, ((1, 5), (2, 8), (3, 18), (4, 20), (5, 18), (6, 14), (7, 10), (8, 5), (9, 2))
        )
        barriers = rng.sample(list(Barrier), k=_pick(rng, ((0, 20), (1, 40), (2, 30), (3, 10))))
        self.writer.add(
            Triage,
            {
                "id": triage_id,
                "visit_id": visit_id,
                "inclusion_level": level,
                "needs_device": Barrier.NO_DEVICE in barriers or rng.random() < 0.1,
                "needs_data": Barrier.CANNOT_AFFORD_DATA in barriers or rng.random() < 0.1,
                "needs_skills": level <= 5 and rng.random() < 0.7,
                "created_at": at,
            },
        )
        for barrier in barriers:
            self.writer.add(TriageBarrier, {"triage_id": triage_id, "barrier": barrier})
        if rng.random() < 0.35:
            kind: ReferralKind = rng.choice(list(ReferralKind))
            target = {
                ReferralKind.TRAINING_COURSE: "Library digital skills course",
                ReferralKind.DEVICE_BANK: "National Device Bank",
                ReferralKind.DATA_BANK: "National Databank",
                ReferralKind.SOCIAL_TARIFF: "Social tariff check",
                ReferralKind.OTHER_SERVICE: "Citizens Advice",
            }[kind]
            self.writer.add(
                Referral,
                {
                    "id": _id(rng),
                    "visit_id": visit_id,
                    "kind": kind,
                    "target": target,
                    "contact_passed_on": False,
                    "created_at": at,
                },
            )

    def _returning_borrower(self, at: datetime) -> uuid.UUID | None:
        """A borrower whose device came back before `at`, borrowing again (one loan in four),
        or None for a new one."""
        back = [who for when, who in self.borrowers_back if when < at]
        if not back or self.rng.random() >= 0.25:
            return None
        chosen = self.rng.choice(back)
        self.borrowers_back = [(w, b) for w, b in self.borrowers_back if b != chosen]
        return chosen

    def _loan(
        self,
        visit_id: uuid.UUID,
        at: datetime,
        device_id: uuid.UUID,
        champion: uuid.UUID,
        site_id: uuid.UUID,
    ) -> None:
        rng = self.rng
        take_home = rng.random() < 0.55
        borrower_id = None
        returning: uuid.UUID | None = None
        due = None
        back: datetime | None = at + timedelta(minutes=30)
        if take_home:
            returning = self._returning_borrower(at)
            borrower_id = returning or _id(rng)
            due = at + timedelta(days=28)
            back = at + timedelta(days=rng.randint(5, 40))
            if back > self.now:
                back = None
                self.loans_open[device_id] = at
            else:
                self.borrowers_back = [*self.borrowers_back[-99:], (back, borrower_id)]
        if take_home and returning is None:
            self.writer.add(
                Borrower,
                {
                    "id": borrower_id,
                    "name": None,
                    "contact_number": None,
                    "retention_class": RetentionClass.LOAN_CONTACT,
                    "anonymised_at": None if back is None else back,
                    "created_at": at,
                },
            )
        self.writer.add(
            Loan,
            {
                "id": _id(rng),
                "device_id": device_id,
                "visit_id": visit_id,
                "staff_id": champion,
                "borrower_id": borrower_id,
                "kind": LoanKind.TAKE_HOME if take_home else LoanKind.IN_CENTRE,
                "out_at": at,
                "due_at": due,
                "back_at": back,
                "condition_out": DeviceCondition.GOOD,
                "condition_in": None if back is None else DeviceCondition.GOOD,
                "created_at": at,
                "updated_at": at,
                "version": 1,
            },
        )
        if take_home and rng.random() < 0.3:
            closed = at - timedelta(days=rng.randint(1, 10))
            self.writer.add(
                WaitlistEntry,
                {
                    "id": _id(rng),
                    "site_id": site_id,
                    "kind": DeviceKind.LAPTOP,
                    "loan_kind": LoanKind.TAKE_HOME,
                    "visit_id": visit_id,
                    "closed_at": at,
                    "outcome": WaitlistOutcome.SERVED,
                    "created_at": closed,
                    "updated_at": at,
                    "version": 1,
                },
            )
