"""The built MSI, read back table by table with msiinfo and unpacked with msiextract."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from installer.build_msi import (
    CONFIG_PROPERTIES,
    POLICY_KEY,
    PRODUCT_KEY,
    UPGRADE_CODE,
    BuildError,
    BuildResult,
    check_msi,
    fix_up,
    msi_version,
    project_version,
    read_table,
)
from tests.fixtures.msi import BuiltMsis, next_patch, sha256_tree

pytestmark = pytest.mark.msi

# The committed UpgradeCode: changing it breaks every upgrade in the field.
COMMITTED_UPGRADE_CODE = "7847378D-3AC3-4D65-87C0-D8185C06DD9E"

# Custom action base types that run a program, a DLL or a script.
CODE_RUNNING_TYPES = {1, 2, 5, 6, 17, 18, 21, 22, 34, 37, 38, 50, 53, 54}


def properties(msi: Path) -> dict[str, str]:
    return {row["Property"]: row["Value"] for row in read_table(msi, "Property")}


def sequence(msi: Path, table: str) -> dict[str, int]:
    return {row["Action"]: int(row["Sequence"]) for row in read_table(msi, table)}


def long_name(name: str) -> str:
    """The long half of an MSI `short|long` name."""
    return name.rsplit("|", maxsplit=1)[-1]


def test_per_machine(built_msi: BuildResult) -> None:
    assert properties(built_msi.msi)["ALLUSERS"] == "1"


def test_x64_package(built_msi: BuildResult) -> None:
    info = subprocess.run(
        ["msiinfo", "suminfo", str(built_msi.msi)], capture_output=True, text=True, check=True
    ).stdout
    assert "Template: x64;1033" in info
    components = read_table(built_msi.msi, "Component")
    assert components
    assert all(int(row["Attributes"]) & 0x100 for row in components), "every component 64-bit"


def test_upgrade_code_is_the_committed_constant(built_msis: BuiltMsis) -> None:
    assert UPGRADE_CODE == COMMITTED_UPGRADE_CODE
    for build in (built_msis.first, built_msis.second):
        assert properties(build.msi)["UpgradeCode"] == f"{{{COMMITTED_UPGRADE_CODE}}}"


def test_product_code_changes_every_build(built_msis: BuiltMsis) -> None:
    first = properties(built_msis.first.msi)["ProductCode"]
    second = properties(built_msis.second.msi)["ProductCode"]
    assert first == f"{{{built_msis.first.product_code}}}"
    assert first != second


def test_version_comes_from_pyproject(built_msi: BuildResult) -> None:
    expected = msi_version(project_version())
    assert built_msi.version == expected
    assert properties(built_msi.msi)["ProductVersion"] == expected


def test_version_given_on_the_command_line(built_msis: BuiltMsis) -> None:
    expected = next_patch(built_msis.first.version)
    assert properties(built_msis.second.msi)["ProductVersion"] == expected


def test_major_upgrade_rows(built_msi: BuildResult) -> None:
    rows = read_table(built_msi.msi, "Upgrade")
    by_property = {row["ActionProperty"]: row for row in rows}
    assert len(rows) == 2
    assert {row["UpgradeCode"] for row in rows} == {f"{{{UPGRADE_CODE}}}"}

    upgrade = by_property["WIX_UPGRADE_DETECTED"]
    assert upgrade["VersionMin"] == ""
    assert upgrade["VersionMax"] == built_msi.version
    attributes = int(upgrade["Attributes"])
    assert not attributes & 0x2, "older versions are removed, not only detected"
    assert attributes & 0x200, "the same version is replaced, not installed beside"

    downgrade = by_property["WIX_DOWNGRADE_DETECTED"]
    assert downgrade["VersionMin"] == built_msi.version
    assert downgrade["VersionMax"] == ""
    attributes = int(downgrade["Attributes"])
    assert attributes & 0x2, "a newer version is only detected"
    assert not attributes & 0x100, "the same version is not a downgrade"


def test_downgrade_is_blocked_with_a_message(built_msi: BuildResult) -> None:
    conditions = {
        row["Condition"]: row["Description"] for row in read_table(built_msi.msi, "LaunchCondition")
    }
    message = conditions["NOT WIX_DOWNGRADE_DETECTED"]
    assert "newer version of Station Desk is already installed" in message
    execute = sequence(built_msi.msi, "InstallExecuteSequence")
    assert execute["FindRelatedProducts"] < execute["LaunchConditions"]
    assert (
        execute["InstallValidate"]
        < execute["RemoveExistingProducts"]
        < execute["InstallInitialize"]
    )


def test_windows_10_x64_launch_condition(built_msi: BuildResult) -> None:
    conditions = [row["Condition"] for row in read_table(built_msi.msi, "LaunchCondition")]
    (windows,) = [c for c in conditions if "STATIONDESK_WINDOWS_BUILD" in c]
    assert windows.startswith("Installed OR ")
    assert "VersionNT64" in windows
    assert "STATIONDESK_WINDOWS_BUILD >= 10240" in windows
    search = {row["Property"]: row["Signature_"] for row in read_table(built_msi.msi, "AppSearch")}
    locators = {row["Signature_"]: row for row in read_table(built_msi.msi, "RegLocator")}
    build = locators[search["STATIONDESK_WINDOWS_BUILD"]]
    assert build["Name"] == "CurrentBuildNumber"
    execute = sequence(built_msi.msi, "InstallExecuteSequence")
    assert execute["AppSearch"] < execute["LaunchConditions"]


def test_secure_custom_properties(built_msi: BuildResult) -> None:
    secure = properties(built_msi.msi)["SecureCustomProperties"]
    assert "SITE;STATION;DATABASE_URL;CONFIG_FILE" in secure
    names = set(secure.split(";"))
    for prop in CONFIG_PROPERTIES:
        assert f"CMDLINE_{prop}" in names
    assert {"WIX_UPGRADE_DETECTED", "WIX_DOWNGRADE_DETECTED"} <= names


def test_registry_rows_are_hklm_in_the_policy_and_product_keys(built_msi: BuildResult) -> None:
    rows = read_table(built_msi.msi, "Registry")
    assert rows
    assert {row["Root"] for row in rows} == {"2"}
    policy = {row["Name"]: row["Value"] for row in rows if row["Key"] == POLICY_KEY}
    assert policy == {name: f"[{prop}]" for prop, name in CONFIG_PROPERTIES.items()}
    others = {(row["Key"], row["Name"]) for row in rows if row["Key"] != POLICY_KEY}
    assert others == {(PRODUCT_KEY, "version"), (PRODUCT_KEY, "install_dir"), (PRODUCT_KEY, "-")}


def test_product_key_is_removed_whole_on_uninstall(built_msi: BuildResult) -> None:
    rows = read_table(built_msi.msi, "Registry")
    (remove,) = [row for row in rows if row["Name"] == "-"]
    assert (remove["Root"], remove["Key"], remove["Value"]) == ("2", PRODUCT_KEY, "")
    components = {row["Component"]: row for row in read_table(built_msi.msi, "Component")}
    assert components[remove["Component_"]]["Condition"] == "", "installed whatever the properties"
    assert POLICY_KEY == "SOFTWARE\\Policies\\StationDesk"


def test_policy_values_are_written_only_when_set(built_msi: BuildResult) -> None:
    components = {row["Component"]: row for row in read_table(built_msi.msi, "Component")}
    for row in read_table(built_msi.msi, "Registry"):
        if row["Key"] != POLICY_KEY:
            continue
        component = components[row["Component_"]]
        prop = row["Value"].strip("[]")
        assert component["Condition"] == prop
        assert component["KeyPath"] == row["Registry"]


def test_every_property_is_remembered_across_upgrades(built_msi: BuildResult) -> None:
    msi = built_msi.msi
    search = {row["Property"]: row["Signature_"] for row in read_table(msi, "AppSearch")}
    locators = {row["Signature_"]: row for row in read_table(msi, "RegLocator")}
    actions = {row["Action"]: row for row in read_table(msi, "CustomAction")}
    for prop, value_name in CONFIG_PROPERTIES.items():
        locator = locators[search[prop]]
        assert locator["Root"] == "2"
        assert locator["Key"] == POLICY_KEY
        assert locator["Name"] == value_name
        kind = int(locator["Type"])
        assert kind & 0x10, "the 64-bit registry view"
        assert kind & 0x0F == 2, "a raw value search"

        save, restore = actions[f"SaveCmdLine{prop}"], actions[f"RestoreCmdLine{prop}"]
        assert (save["Type"], save["Source"], save["Target"]) == (
            "51",
            f"CMDLINE_{prop}",
            f"[{prop}]",
        )
        assert (restore["Type"], restore["Source"], restore["Target"]) == (
            "51",
            prop,
            f"[CMDLINE_{prop}]",
        )
        for table in ("InstallExecuteSequence", "InstallUISequence"):
            rows = {row["Action"]: row for row in read_table(msi, table)}
            assert rows[f"SaveCmdLine{prop}"]["Condition"] == prop
            assert rows[f"RestoreCmdLine{prop}"]["Condition"] == f"CMDLINE_{prop}"
            order = [
                int(rows[name]["Sequence"])
                for name in (
                    f"SaveCmdLine{prop}",
                    "AppSearch",
                    f"RestoreCmdLine{prop}",
                    "LaunchConditions",
                )
            ]
            assert order == sorted(order), f"{table}: save, AppSearch, restore, LaunchConditions"


def test_no_reboot(built_msi: BuildResult) -> None:
    assert properties(built_msi.msi)["REBOOT"] == "ReallySuppress"
    for table in ("InstallExecuteSequence", "InstallUISequence", "AdminExecuteSequence"):
        actions = set(sequence(built_msi.msi, table))
        assert not actions & {"ScheduleReboot", "ForceReboot"}


def test_one_start_menu_shortcut_and_no_desktop_one(built_msi: BuildResult) -> None:
    (shortcut,) = read_table(built_msi.msi, "Shortcut")
    assert shortcut["Directory_"] == "ProgramMenuFolder"
    assert long_name(shortcut["Name"]) == "Station Desk"
    assert shortcut["Target"] == "[#StationDeskExe]", "not advertised: starts the file itself"
    files = {row["File"]: row for row in read_table(built_msi.msi, "File")}
    assert long_name(files["StationDeskExe"]["FileName"]) == "StationDesk.exe"
    directories = {row["Directory"] for row in read_table(built_msi.msi, "Directory")}
    assert "DesktopFolder" not in directories


def test_installs_into_program_files(built_msi: BuildResult) -> None:
    directories = {row["Directory"]: row for row in read_table(built_msi.msi, "Directory")}
    install = directories["INSTALLDIR"]
    assert install["Directory_Parent"] == "ProgramFiles64Folder"
    assert long_name(install["DefaultDir"]) == "Station Desk"


def test_no_custom_action_runs_code(built_msi: BuildResult) -> None:
    actions = read_table(built_msi.msi, "CustomAction")
    assert actions
    for row in actions:
        base = int(row["Type"]) & 0x3F
        assert base not in CODE_RUNNING_TYPES, row
        assert base in {51, 19}, row
    assert read_table(built_msi.msi, "Binary") == []


def test_nothing_after_install_finalize(built_msi: BuildResult) -> None:
    execute = sequence(built_msi.msi, "InstallExecuteSequence")
    finalize = execute["InstallFinalize"]
    assert [action for action, seq in execute.items() if seq > finalize] == []


def test_one_embedded_cabinet(built_msi: BuildResult) -> None:
    (media,) = read_table(built_msi.msi, "Media")
    assert media["Cabinet"].startswith("#")
    streams = subprocess.run(
        ["msiinfo", "streams", str(built_msi.msi)], capture_output=True, text=True, check=True
    ).stdout.split()
    assert media["Cabinet"][1:] in streams
    files = read_table(built_msi.msi, "File")
    assert int(media["LastSequence"]) == len(files)


def test_file_table_holds_the_payload(built_msis: BuiltMsis) -> None:
    files = read_table(built_msis.first.msi, "File")
    assert len(files) == len(built_msis.payload.digests)
    names = sorted(long_name(row["FileName"]) for row in files)
    assert names == sorted(Path(p).name for p in built_msis.payload.digests)


def test_msiextract_returns_exactly_the_payload(built_msis: BuiltMsis, tmp_path: Path) -> None:
    subprocess.run(
        ["msiextract", "-C", str(tmp_path), str(built_msis.first.msi)],
        capture_output=True,
        check=True,
    )
    extracted = sha256_tree(tmp_path / "Station Desk")
    assert extracted == dict(built_msis.payload.digests)
    assert [p.name for p in tmp_path.iterdir()] == ["Station Desk"]


def test_fix_up_repairs_what_older_wixl_leaves(built_msi: BuildResult, tmp_path: Path) -> None:
    """A 32-bit registry search, a flagged set-property action and a lost secure list are fixed."""
    msi = tmp_path / "unfixed.msi"
    shutil.copyfile(built_msi.msi, msi)
    for query in (
        "UPDATE `RegLocator` SET `Type` = 2 WHERE `Signature_` = 'RememberSite'",
        "UPDATE `CustomAction` SET `Type` = 2099 WHERE `Action` = 'SaveCmdLineSITE'",
        "UPDATE `Property` SET `Value` = 'WIX_UPGRADE_DETECTED' "
        "WHERE `Property` = 'SecureCustomProperties'",
        "UPDATE `Component` SET `Condition` = '' WHERE `Component` = 'PolicySite'",
    ):
        subprocess.run(["msibuild", str(msi), "-q", query], capture_output=True, check=True)
    with pytest.raises(BuildError, match="32-bit view"):
        check_msi(msi, built_msi.version, built_msi.product_code)

    fix_up(msi)

    check_msi(msi, built_msi.version, built_msi.product_code)
    locators = {row["Signature_"]: row["Type"] for row in read_table(msi, "RegLocator")}
    assert locators["RememberSite"] == "18"
    actions = {row["Action"]: row["Type"] for row in read_table(msi, "CustomAction")}
    assert actions["SaveCmdLineSITE"] == "51"
