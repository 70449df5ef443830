"""`desk doctor` only looks: no file, no folder, no migration, whatever it finds."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import text

from desk.config import user_log_dir
from desk.storage.database import make_engine
from desk.storage.migrate import current_revision, downgrade, head_revision, upgrade
from tests.e2e.conftest import Desk


def snapshot(root: Path) -> dict[str, int]:
    """Every file and folder under `root` with its size (folders: -1), but the log folder
    (the doctor logs what it checked, like every command) and the folders made for it."""
    log = user_log_dir()
    return {
        str(path.relative_to(root)): path.stat().st_size if path.is_file() else -1
        for path in sorted(root.rglob("*"))
        if not (path == log or log in path.parents or path in log.parents)
    }


def doctor(desk: Desk, *options: str) -> dict[str, dict[str, str]]:
    done = desk(*options, "doctor", "--no-devices", "--json")
    assert "Traceback" not in done.stderr, done.stderr
    return {c["name"]: c for c in json.loads(done.stdout)["checks"]}


def test_doctor_on_a_fresh_station_creates_nothing(desk: Desk, isolated_home: Path) -> None:
    before = snapshot(isolated_home)
    checks = doctor(desk)
    assert snapshot(isolated_home) == before
    for name in ("database", "spool", "keyring", "outbox"):
        assert checks[name]["status"] == "ok", checks[name]
    assert "does not exist yet" in checks["database"]["detail"]


def test_doctor_does_not_make_a_database_folder_it_was_only_asked_to_check(
    desk: Desk, isolated_home: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "nonexistent" / "dir" / "x.db"
    before = snapshot(isolated_home), snapshot(tmp_path)
    checks = doctor(desk, "--set", f"database_url=sqlite:///{missing}")
    assert (snapshot(isolated_home), snapshot(tmp_path)) == before
    assert not (tmp_path / "nonexistent").exists()
    assert checks["database"]["status"] == "ok", checks["database"]

    blocker = tmp_path / "a-file"
    blocker.write_text("a file where a folder should be")
    unwritable = blocker / "dir" / "x.db"
    checks = doctor(desk, "--set", f"database_url=sqlite:///{unwritable}")
    assert checks["database"]["status"] == "fail", checks["database"]
    assert "cannot be made" in checks["database"]["detail"]

    checks = doctor(
        desk, "--set", f"database_url=sqlite:///{missing}", "--set", "database_auto_migrate=false"
    )
    assert checks["database"]["status"] == "fail"
    assert "desk db upgrade" in checks["database"]["hint"]
    assert not (tmp_path / "nonexistent").exists()


def test_doctor_does_not_migrate_an_older_database(desk: Desk, tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    url = f"sqlite:///{path}"
    engine = make_engine(url)
    try:
        upgrade(engine)
        downgrade(engine, "0001")
        with engine.connect() as connection:
            journal = connection.execute(text("PRAGMA journal_mode")).scalar()
    finally:
        engine.dispose()
    files = sorted(p.name for p in tmp_path.iterdir())
    content = path.read_bytes()

    checks = doctor(desk, "--set", f"database_url={url}")
    assert checks["database"]["status"] == "ok", checks["database"]
    assert f"migrates it to {head_revision()}" in checks["database"]["detail"]
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == files

    checks = doctor(desk, "--set", f"database_url={url}", "--set", "database_auto_migrate=false")
    assert checks["database"]["status"] == "fail"
    assert "desk db upgrade" in checks["database"]["detail"]

    engine = make_engine(url)
    try:
        assert current_revision(engine) == "0001"
        with engine.connect() as connection:
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == journal
    finally:
        engine.dispose()
