"""This station's own records: its site and itself, made on first start."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desk.services.ports import UowFactory
from desk.storage.errors import RecordConflict
from desk.storage.models import Site, Station

if TYPE_CHECKING:
    pass


@dataclass(frozen=True)
class StationRef:
    """The ids under which this station writes its records."""

    site_id: uuid.UUID
    station_id: uuid.UUID


def site_code(site_name: str) -> str:
    """A short stable code for a site name: 'Woolwich Centre' -> 'woolwich-centre'."""
    code = re.sub(r"[^a-z0-9]+", "-", site_name.lower()).strip("-")
    return (code or "site")[:32]


def register_station(uow_factory: UowFactory, site_name: str, station_name: str) -> StationRef:
    """Find this station's site and station rows, creating them the first time.

    Two stations of a new site may start at once: the one that loses the race for the site's
    unique code simply reads the row the other made.
    """
    try:
        return _register(uow_factory, site_name, station_name)
    except RecordConflict:
        return _register(uow_factory, site_name, station_name)


def _register(uow_factory: UowFactory, site_name: str, station_name: str) -> StationRef:
    with uow_factory() as uow:
        code = site_code(site_name)
        site = uow.sites.get_by_code(code)
        if site is None:
            site = uow.sites.add(Site(code=code, name=site_name))
            uow.flush()
        station = uow.stations.get_by_name(site.id, station_name)
        if station is None:
            station = uow.stations.add(Station(site_id=site.id, name=station_name))
            uow.flush()
        ref = StationRef(site.id, station.id)
        uow.commit()
    return ref
