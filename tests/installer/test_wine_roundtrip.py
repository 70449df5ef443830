"""On demand: install, upgrade, refuse a downgrade and remove the MSI with Wine's msiexec.

Wine is not the Windows Installer (it puts per-machine shortcuts in the user's Start menu and
its `msiexec /f` repair is incomplete), so installer/windows/smoke.ps1 on a Windows agent stays
the real check. Wine does run the package's own logic: the launch condition, the remembered
properties, the component conditions, the major upgrade and a clean removal. Run it with
`DESK_TEST_WINE=1 pytest tests/installer -m msi` on a machine with wine64 (Debian: `apt-get
install wine64 wine`); it takes about a minute.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from installer.build_msi import POLICY_KEY, PRODUCT_KEY, build_msi, read_table
from tests.components import require_tools
from tests.fixtures.msi import BuiltMsis

pytestmark = pytest.mark.msi

# Wine's msiexec returns the low byte of the Windows Installer exit code: 1603 reads as 67.
WINE_FATAL_ERROR = 1603 & 0xFF


class Wine:
    """A throwaway 64-bit Wine prefix that claims to be Windows 10."""

    def __init__(self, prefix: Path) -> None:
        self.env = {**os.environ, "WINEPREFIX": str(prefix), "WINEDEBUG": "-all", "DISPLAY": ""}
        self.prefix = prefix

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["wine", *args], env=self.env, capture_output=True, text=True, check=False, timeout=300
        )

    def msiexec(self, *args: str, log: Path) -> int:
        return self.run("msiexec", *args, "/qn", "/norestart", "/lv", str(log)).returncode

    def values(self, key: str) -> dict[str, str]:
        """The REG_SZ values of an HKLM key in the 64-bit view (empty when the key is absent)."""
        result = self.run("reg", "query", f"HKLM\\{key}", "/reg:64")
        values = {}
        for line in result.stdout.splitlines():
            parts = line.strip().split(None, 2)
            if len(parts) == 3 and parts[1] == "REG_SZ":
                values[parts[0]] = parts[2]
        return values

    def related_products(self) -> list[str]:
        uninstall = "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall"
        result = self.run("reg", "query", uninstall, "/reg:64")
        return [line.rsplit("\\", 1)[-1] for line in result.stdout.splitlines() if "{" in line]

    @property
    def install_dir(self) -> Path:
        return self.prefix / "drive_c" / "Program Files" / "Station Desk"


@pytest.fixture(scope="module")
def wine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Wine]:
    require_tools("wine", "wine", "wineserver")
    wine = Wine(tmp_path_factory.mktemp("wineprefix"))
    assert wine.run("wineboot", "--init").returncode == 0
    assert wine.run("winecfg", "-v", "win10").returncode == 0
    yield wine
    subprocess.run(["wineserver", "-k"], env=wine.env, check=False, timeout=60)


def product_code(msi: Path) -> str:
    return {row["Property"]: row["Value"] for row in read_table(msi, "Property")}["ProductCode"]


def test_install_upgrade_downgrade_remove(
    wine: Wine, built_msis: BuiltMsis, tmp_path: Path
) -> None:
    first, second = built_msis.first, built_msis.second

    code = wine.msiexec(
        "/i",
        str(first.msi),
        "SITE=Woolwich Centre",
        "STATION=Desk 3",
        log=tmp_path / "install.log",
    )
    assert code == 0
    assert (wine.install_dir / "StationDesk.exe").is_file()
    assert (wine.install_dir / "desk.exe").is_file()
    assert list(wine.prefix.rglob("Station Desk.lnk")), "the Start-menu shortcut"
    assert wine.values(POLICY_KEY) == {"site": "Woolwich Centre", "station": "Desk 3"}, (
        "only the properties given are written"
    )
    assert wine.values(PRODUCT_KEY)["version"] == first.version
    assert wine.related_products() == [product_code(first.msi)]

    code = wine.msiexec("/i", str(second.msi), "STATION=Desk 4", log=tmp_path / "upgrade.log")
    assert code == 0
    assert wine.values(POLICY_KEY) == {"site": "Woolwich Centre", "station": "Desk 4"}
    assert wine.values(PRODUCT_KEY)["version"] == second.version
    assert wine.related_products() == [product_code(second.msi)], "the old version was removed"

    code = wine.msiexec("/i", str(first.msi), log=tmp_path / "downgrade.log")
    assert code == WINE_FATAL_ERROR, "a downgrade is refused"
    assert wine.values(PRODUCT_KEY)["version"] == second.version

    rebuilt = build_msi(built_msis.payload.root, tmp_path / "rebuilt.msi", second.version)
    code = wine.msiexec("/i", str(rebuilt.msi), log=tmp_path / "same-version.log")
    assert code == 0
    assert wine.related_products() == [product_code(rebuilt.msi)], "replaced, not side by side"
    assert wine.values(POLICY_KEY)["site"] == "Woolwich Centre"

    code = wine.msiexec("/x", product_code(rebuilt.msi), log=tmp_path / "uninstall.log")
    assert code == 0
    assert not wine.install_dir.exists()
    assert wine.values(POLICY_KEY) == {}
    assert wine.values(PRODUCT_KEY) == {}
    assert wine.related_products() == []
    assert not list(wine.prefix.rglob("Station Desk.lnk")), "the shortcut is removed"
