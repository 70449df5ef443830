"""The build script's own rules: version mapping, payload harvest, refusing bad input."""

from __future__ import annotations

import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path, PurePosixPath

import pytest

from installer.build_msi import (
    ROOT,
    BuildError,
    _run_wixl,
    main,
    msi_version,
    payload_fragment,
    project_version,
    scan_payload,
)

pytestmark = pytest.mark.msi

WIX = "{http://schemas.microsoft.com/wix/2006/wi}"


@pytest.mark.parametrize(
    ("version", "expected"),
    [
        ("0.1.0", "0.1.0"),
        ("1", "1.0.0"),
        ("1.2", "1.2.0"),
        ("2.10.300", "2.10.300"),
        ("255.255.65535", "255.255.65535"),
    ],
)
def test_msi_version_mapping(version: str, expected: str) -> None:
    assert msi_version(version) == expected


@pytest.mark.parametrize(
    "version",
    [
        "1.2.3.4",
        "1.0rc1",
        "1.0.0.dev1",
        "1.0.0.post1",
        "1.0+local",
        "1!1.0",
        "256.0.0",
        "0.256.0",
        "0.0.65536",
        "",
        "v1",
        "01.0",
    ],
)
def test_msi_version_refuses_what_msi_cannot_order(version: str) -> None:
    with pytest.raises(BuildError):
        msi_version(version)


def test_project_version_is_pyprojects() -> None:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        assert project_version() == tomllib.load(handle)["project"]["version"]


def test_show_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--show-version", "--version", "3.4"]) == 0
    assert capsys.readouterr().out.strip() == "3.4.0"


def make_payload(root: Path, *names: str) -> Path:
    for name in ("StationDesk.exe", "desk.exe", *names):
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")
    return root


def test_scan_payload_lists_files_only(tmp_path: Path) -> None:
    payload = make_payload(tmp_path, "_internal/a.dll", "_internal/sub/b.txt")
    (payload / "empty").mkdir()
    assert scan_payload(payload) == [
        PurePosixPath("StationDesk.exe"),
        PurePosixPath("_internal/a.dll"),
        PurePosixPath("_internal/sub/b.txt"),
        PurePosixPath("desk.exe"),
    ]


@pytest.mark.parametrize("missing", ["StationDesk.exe", "desk.exe"])
def test_scan_payload_needs_both_executables(tmp_path: Path, missing: str) -> None:
    payload = make_payload(tmp_path)
    (payload / missing).unlink()
    with pytest.raises(BuildError, match=missing):
        scan_payload(payload)


@pytest.mark.parametrize(
    "names",
    [
        ("a:b.txt",),
        ("trailing.",),
        ("naïve.txt",),
        ("Readme.txt", "README.TXT"),
        ("$(var.X).txt",),
    ],
)
def test_scan_payload_refuses_names_windows_cannot_hold(
    tmp_path: Path, names: tuple[str, ...]
) -> None:
    payload = make_payload(tmp_path, *names)
    with pytest.raises(BuildError):
        scan_payload(payload)


def test_scan_payload_refuses_symlinks(tmp_path: Path) -> None:
    payload = make_payload(tmp_path)
    (payload / "link.exe").symlink_to(payload / "desk.exe")
    with pytest.raises(BuildError, match="symbolic link"):
        scan_payload(payload)


def test_payload_fragment_is_stable_and_leaves_out_the_main_exe(tmp_path: Path) -> None:
    payload = make_payload(
        tmp_path,
        "_internal/library one.dll",
        "_internal/library two.dll",
        "_internal/deep/er/file.txt",
    )
    files = scan_payload(payload)
    first, second = payload_fragment(files), payload_fragment(files)
    assert first == second, "the same payload gives the same GUIDs and identifiers"
    root = ET.fromstring(first)
    file_elements = list(root.iter(f"{WIX}File"))
    sources = {element.get("Source") for element in file_elements}
    assert "StationDesk.exe" not in sources
    assert len(file_elements) == len(files) - 1
    ids = [
        element.get("Id")
        for tag in ("Directory", "Component", "File")
        for element in root.iter(f"{WIX}{tag}")
    ]
    assert len(ids) == len(set(ids))
    assert all(len(i) <= 72 for i in ids if i)
    refs = {element.get("Id") for element in root.iter(f"{WIX}ComponentRef")}
    assert refs == {element.get("Id") for element in root.iter(f"{WIX}Component")}
    short_names = [
        (element.get("Name") or "").split("|")[0].upper()
        for element in file_elements
        if element.get("Source", "").startswith("_internal/library")
    ]
    assert len(set(short_names)) == 2, "short names are unique within a folder"


def test_wixl_warnings_fail_the_build(tmp_path: Path) -> None:
    with pytest.raises(BuildError, match="has no property named"):
        _run_wixl(["sh", "-c", "echo \"WARNING: class has no property named 'Foo'\" >&2"], tmp_path)
    _run_wixl(["sh", "-c", "echo '** Message: 1: builder.vala:699: unimplemented' >&2"], tmp_path)


def test_main_reports_a_missing_payload(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--payload", str(tmp_path / "nothing"), "--output", str(tmp_path / "x.msi")])
    assert code == 1
    assert capsys.readouterr().err.startswith("build_msi: ")
