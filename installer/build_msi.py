"""Build the Station Desk MSI on Linux with wixl, apply the fix-ups wixl needs, and check it."""

from __future__ import annotations

import argparse
import hashlib
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

# The product's identity across every version: never change it, or upgrades install side by side.
UPGRADE_CODE = "7847378D-3AC3-4D65-87C0-D8185C06DD9E"

# Stable component GUIDs for harvested files are derived from their paths in this namespace.
PAYLOAD_NAMESPACE = uuid.UUID("46F66F4B-1BF5-43DD-ADD3-3AB67F985002")

ROOT = Path(__file__).resolve().parent.parent
WXS = Path(__file__).resolve().with_name("StationDesk.wxs")
PYPROJECT = ROOT / "pyproject.toml"

MAIN_EXE = "StationDesk.exe"
CLI_EXE = "desk.exe"
TOOLS = ("wixl", "msibuild", "msiinfo")

# Contract with desk/config.py: the policy key and its REG_SZ value names.
POLICY_KEY = "SOFTWARE\\Policies\\StationDesk"
PRODUCT_KEY = "SOFTWARE\\StationDesk"
CONFIG_PROPERTIES: dict[str, str] = {
    "SITE": "site",
    "STATION": "station",
    "DATABASE_URL": "database_url",
    "CONFIG_FILE": "config_file",
}
# The component that writes each property's policy value (see StationDesk.wxs).
POLICY_COMPONENTS: dict[str, str] = {
    "SITE": "PolicySite",
    "STATION": "PolicyStation",
    "DATABASE_URL": "PolicyDatabaseUrl",
    "CONFIG_FILE": "PolicyConfigFile",
}
UPGRADE_PROPERTY = "WIX_UPGRADE_DETECTED"
DOWNGRADE_PROPERTY = "WIX_DOWNGRADE_DETECTED"

# Windows Installer bit flags used by the fix-ups and checks.
CA_BASE_TYPE_MASK = 0x3F
CA_SET_PROPERTY = 51
CA_ERROR = 19
CA_IN_SCRIPT = 0x400
CA_NO_IMPERSONATE = 0x800
UPGRADE_VERSION_MAX_INCLUSIVE = 0x200
LOCATOR_64BIT = 0x10
ROOT_HKLM = 2
COMPONENT_64BIT = 0x100

# wixl prints this for a shortcut with Advertise="no"; the Target attribute still makes the
# shortcut point at the file, which check_msi verifies.
_BENIGN_WIXL_STDERR = re.compile(r"builder\.vala:\d+: unimplemented$")

_RELEASE = re.compile(r"^(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?(?:\.(0|[1-9]\d*))?$")
# Characters Windows refuses in file names, and the wixl preprocessor's variable syntax.
_BAD_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f]|\$\(')
_SHORT_NAME = re.compile(
    r"^[A-Za-z0-9_\-~!#$%&'(){}^@`]{1,8}(\.[A-Za-z0-9_\-~!#$%&'(){}^@`]{1,3})?$"
)


class BuildError(Exception):
    """The MSI could not be built, or it came out wrong; the message says why."""


@dataclass(frozen=True)
class BuildResult:
    """What a build produced."""

    msi: Path
    version: str
    product_code: str
    files: int


def project_version(pyproject: Path = PYPROJECT) -> str:
    """The `[project] version` from pyproject.toml."""
    with pyproject.open("rb") as handle:
        data = tomllib.load(handle)
    version = data.get("project", {}).get("version")
    if not isinstance(version, str):
        raise BuildError(f"{pyproject}: no [project] version")
    return version


def msi_version(version: str) -> str:
    """Map a project version (1 to 3 numeric parts) to an MSI ProductVersion `major.minor.build`.

    Windows Installer compares only three fields (major and minor up to 255, build up to
    65535), so pre-releases, post-releases, local versions and a fourth part are refused:
    two builds that differ only there would look like the same version to an upgrade.
    """
    match = _RELEASE.match(version.strip())
    if match is None:
        raise BuildError(
            f"version {version!r} cannot be an MSI version: use up to three numbers, "
            "e.g. 0.1.0 (pass --version for a release candidate build)"
        )
    major, minor, build = (int(part) if part is not None else 0 for part in match.groups())
    if major > 255 or minor > 255 or build > 65535:
        raise BuildError(f"version {version!r} is out of range for an MSI (at most 255.255.65535)")
    return f"{major}.{minor}.{build}"


def new_product_code() -> str:
    """A fresh ProductCode: every build is a new product, upgraded by the one before it."""
    return str(uuid.uuid4()).upper()


def _short_name(long_name: str, key: str, taken: set[str]) -> str:
    """The `short|long` MSI file name for `long_name`, or just the name if it is already 8.3."""
    if _SHORT_NAME.match(long_name) and long_name.upper() not in taken:
        taken.add(long_name.upper())
        return long_name
    suffix = PurePosixPath(long_name).suffix.lstrip(".")
    extension = re.sub(r"[^A-Za-z0-9]", "", suffix)[:3]
    digest = hashlib.sha256(key.casefold().encode("utf-8")).hexdigest().upper()
    for start in range(len(digest) - 8):
        stem = digest[start : start + 8]
        short = f"{stem}.{extension}" if extension else stem
        if short.upper() not in taken:
            taken.add(short.upper())
            return f"{short}|{long_name}"
    raise BuildError(f"cannot make a short name for {long_name!r}")


def _identifier(prefix: str, relative: PurePosixPath) -> str:
    """A stable MSI identifier for a payload path (letters, digits, underscore; < 72 chars)."""
    digest = hashlib.sha256(str(relative).casefold().encode("utf-8")).hexdigest().upper()
    return f"{prefix}_{digest[:40]}"


def scan_payload(payload: Path) -> list[PurePosixPath]:
    """Every file in the payload folder, as sorted relative paths; empty folders are left out."""
    if not payload.is_dir():
        raise BuildError(f"payload folder not found: {payload}")
    for required in (MAIN_EXE, CLI_EXE):
        if not (payload / required).is_file():
            raise BuildError(f"the payload has no {required} at its top level: {payload}")
    files: list[PurePosixPath] = []
    seen: dict[str, PurePosixPath] = {}
    for path in sorted(payload.rglob("*")):
        relative = PurePosixPath(path.relative_to(payload).as_posix())
        if path.is_symlink():
            raise BuildError(f"the payload holds a symbolic link, which an MSI cannot: {relative}")
        for part in relative.parts:
            if _BAD_NAME.search(part) or part.endswith((" ", ".")):
                raise BuildError(f"not a valid Windows file name: {relative}")
            if not part.isascii():
                # wixl stores names in the package's code page (1252): keep them ASCII.
                raise BuildError(f"file names in the payload must be ASCII: {relative}")
        folded = str(relative).casefold()
        if folded in seen:
            raise BuildError(f"names differ only in case (one file on Windows): {relative}")
        seen[folded] = relative
        if path.is_file():
            files.append(relative)
        elif not path.is_dir():
            raise BuildError(f"not a regular file: {relative}")
    return files


def payload_fragment(files: Sequence[PurePosixPath]) -> str:
    """The WiX fragment for the payload: one component per file, in the component group Payload.

    The main executable is declared in StationDesk.wxs (it carries the shortcut) and is left
    out here. Component GUIDs derive from the path, so a file keeps its GUID across builds.
    """
    ns = "http://schemas.microsoft.com/wix/2006/wi"
    ET.register_namespace("", ns)
    wix = ET.Element(f"{{{ns}}}Wix")
    fragment = ET.SubElement(wix, f"{{{ns}}}Fragment")
    root_ref = ET.SubElement(fragment, f"{{{ns}}}DirectoryRef", Id="INSTALLDIR")
    group = ET.Element(f"{{{ns}}}ComponentGroup", Id="Payload")

    directories: dict[PurePosixPath, ET.Element] = {PurePosixPath("."): root_ref}
    # Short names already used, per directory (the main executable sits at the top).
    taken: dict[PurePosixPath, set[str]] = {PurePosixPath("."): {"STATDESK.EXE"}}

    def directory(relative: PurePosixPath) -> ET.Element:
        if relative in directories:
            return directories[relative]
        parent = directory(relative.parent)
        name = _short_name(relative.name, str(relative), taken.setdefault(relative.parent, set()))
        element = ET.SubElement(
            parent, f"{{{ns}}}Directory", Id=_identifier("dir", relative), Name=name
        )
        directories[relative] = element
        return element

    for relative in files:
        if relative == PurePosixPath(MAIN_EXE):
            continue
        parent = directory(relative.parent)
        component_id = _identifier("cmp", relative)
        component = ET.SubElement(
            parent,
            f"{{{ns}}}Component",
            Id=component_id,
            Guid=str(uuid.uuid5(PAYLOAD_NAMESPACE, str(relative).casefold())).upper(),
            Win64="yes",
        )
        name = _short_name(relative.name, str(relative), taken.setdefault(relative.parent, set()))
        ET.SubElement(
            component,
            f"{{{ns}}}File",
            Id=_identifier("fil", relative),
            Name=name,
            Source=str(relative),
            KeyPath="yes",
        )
        ET.SubElement(group, f"{{{ns}}}ComponentRef", Id=component_id)

    fragment.append(group)
    ET.indent(wix)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(wix, encoding="unicode") + "\n"


def require_tools() -> None:
    """Fail with a clear message when msitools or wixl are missing."""
    absent = [tool for tool in TOOLS if shutil.which(tool) is None]
    if absent:
        raise BuildError(
            f"not on PATH: {', '.join(absent)} (on Debian or Ubuntu: apt-get install wixl msitools)"
        )


def _run(args: Sequence[str], cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        list(args), cwd=cwd, capture_output=True, text=True, check=False, timeout=600
    )
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip()
        raise BuildError(f"{args[0]} failed (exit {result.returncode}): {detail}")
    return result


def read_table(msi: Path, table: str) -> list[dict[str, str]]:
    """The rows of one MSI table, as dicts keyed by column name (`msiinfo export`)."""
    text = _run(["msiinfo", "export", str(msi), table]).stdout
    lines = [line.rstrip("\r") for line in text.split("\n")]
    if not lines or not lines[0]:
        return []
    columns = lines[0].split("\t")
    rows = []
    for line in lines[3:]:
        if not line:
            continue
        values = line.split("\t")
        values += [""] * (len(columns) - len(values))
        rows.append(dict(zip(columns, values, strict=True)))
    return rows


Value = str | int


def _literal(value: Value) -> str:
    """An MSI SQL literal; the values written here are identifiers, GUIDs and numbers."""
    if isinstance(value, int):
        return str(value)
    if "'" in value or "\n" in value:
        raise BuildError(f"cannot write {value!r} into an MSI query")
    return f"'{value}'"


def _query(msi: Path, query: str) -> None:
    _run(["msibuild", str(msi), "-q", query])


def _update(msi: Path, table: str, column: str, value: Value, *, key: str, match: str) -> None:
    """Set one column in the rows whose `key` column equals `match`."""
    _query(
        msi,
        f"UPDATE `{table}` SET `{column}` = {_literal(value)} "  # noqa: S608 - literals only
        f"WHERE `{key}` = {_literal(match)}",
    )


def _delete(msi: Path, table: str, key: str, match: str) -> None:
    """Delete the rows whose `key` column equals `match`."""
    _query(msi, f"DELETE FROM `{table}` WHERE `{key}` = {_literal(match)}")  # noqa: S608 - literals only


def _insert(msi: Path, table: str, row: dict[str, Value]) -> None:
    """Add one row; columns left out are null."""
    columns = ", ".join(f"`{column}`" for column in row)
    values = ", ".join(_literal(value) for value in row.values())
    _query(msi, f"INSERT INTO `{table}` ({columns}) VALUES ({values})")  # noqa: S608 - literals only


def secure_properties() -> list[str]:
    """Everything that must reach the elevated install: the settings and their saved copies."""
    names = list(CONFIG_PROPERTIES)
    names += [f"CMDLINE_{name}" for name in CONFIG_PROPERTIES]
    names += [UPGRADE_PROPERTY, DOWNGRADE_PROPERTY]
    return names


def fix_up(msi: Path) -> None:
    """Patch what wixl cannot express or gets wrong, in place."""
    # wixl ignores Secure="yes": list the public properties an elevated install must receive.
    properties = {row["Property"]: row["Value"] for row in read_table(msi, "Property")}
    existing = [p for p in properties.get("SecureCustomProperties", "").split(";") if p]
    merged = ";".join(dict.fromkeys([*secure_properties(), *existing]))
    if "SecureCustomProperties" in properties:
        _update(msi, "Property", "Value", merged, key="Property", match="SecureCustomProperties")
    else:
        _insert(msi, "Property", {"Property": "SecureCustomProperties", "Value": merged})

    # wixl has no component conditions: write a policy value only when its property is set.
    for prop, component in POLICY_COMPONENTS.items():
        _update(msi, "Component", "Condition", prop, key="Component", match=component)

    # wixl 0.101 marks immediate set-property actions "no impersonate", a flag for deferred
    # actions only.
    for row in read_table(msi, "CustomAction"):
        kind = int(row["Type"])
        immediate = kind & CA_BASE_TYPE_MASK == CA_SET_PROPERTY and not kind & CA_IN_SCRIPT
        if immediate and kind & CA_NO_IMPERSONATE:
            clean = kind & ~CA_NO_IMPERSONATE
            _update(msi, "CustomAction", "Type", clean, key="Action", match=row["Action"])

    # Registry searches must read the 64-bit view, or a remembered SITE is lost on upgrade.
    for row in read_table(msi, "RegLocator"):
        kind = int(row["Type"] or "0")
        if not kind & LOCATOR_64BIT:
            wide = kind | LOCATOR_64BIT
            _update(msi, "RegLocator", "Type", wide, key="Signature_", match=row["Signature_"])

    # The product key is ours alone: remove it whole on uninstall (wixl has no
    # RegistryKey Action). The policy key is not: IT or Group Policy may own values there, so
    # only the values the MSI wrote are removed from it.
    registry = read_table(msi, "Registry")
    if not any(r["Key"] == PRODUCT_KEY and r["Name"] == "-" for r in registry):
        _insert(
            msi,
            "Registry",
            {
                "Registry": "RemoveProductKey",
                "Root": ROOT_HKLM,
                "Key": PRODUCT_KEY,
                "Name": "-",
                "Component_": "ProductRegistry",
            },
        )

    # Include the current version in the upgrade range, so a rebuild with the same version
    # replaces the installed one instead of installing beside it. Attributes is part of the
    # Upgrade table's key, so the row is replaced rather than updated.
    for row in read_table(msi, "Upgrade"):
        attributes = int(row["Attributes"])
        if row["ActionProperty"] != UPGRADE_PROPERTY or attributes & UPGRADE_VERSION_MAX_INCLUSIVE:
            continue
        _delete(msi, "Upgrade", "ActionProperty", UPGRADE_PROPERTY)
        replacement: dict[str, Value] = {
            "UpgradeCode": row["UpgradeCode"],
            "Attributes": attributes | UPGRADE_VERSION_MAX_INCLUSIVE,
            "ActionProperty": UPGRADE_PROPERTY,
        }
        for optional in ("VersionMin", "VersionMax", "Language", "Remove"):
            if row.get(optional):
                replacement[optional] = row[optional]
        _insert(msi, "Upgrade", replacement)


def _sequence(msi: Path, table: str) -> dict[str, int]:
    return {row["Action"]: int(row["Sequence"]) for row in read_table(msi, table)}


def _check_properties(msi: Path, version: str, product_code: str) -> list[str]:
    problems = []
    properties = {row["Property"]: row["Value"] for row in read_table(msi, "Property")}
    expected = {
        "ALLUSERS": "1",
        "REBOOT": "ReallySuppress",
        "ProductVersion": version,
        "ProductCode": f"{{{product_code}}}",
        "UpgradeCode": f"{{{UPGRADE_CODE}}}",
    }
    for name, value in expected.items():
        if properties.get(name) != value:
            problems.append(f"Property {name} is {properties.get(name)!r}, expected {value!r}")
    secure = set(properties.get("SecureCustomProperties", "").split(";"))
    if missing := [p for p in secure_properties() if p not in secure]:
        problems.append(f"SecureCustomProperties lacks {', '.join(missing)}")
    return problems


def _check_sequences(msi: Path) -> list[str]:
    problems = []
    execute = _sequence(msi, "InstallExecuteSequence")
    finalize = execute.get("InstallFinalize", 0)
    if late := sorted(action for action, seq in execute.items() if seq > finalize):
        problems.append(f"sequenced after InstallFinalize: {', '.join(late)}")
    if reboot := sorted({"ScheduleReboot", "ForceReboot"} & set(execute)):
        problems.append(f"InstallExecuteSequence has {', '.join(reboot)}")
    remove = execute.get("RemoveExistingProducts", 0)
    if not execute["InstallValidate"] < remove < execute["InstallInitialize"]:
        problems.append(
            "RemoveExistingProducts is not between InstallValidate and InstallInitialize"
        )
    for table in ("InstallExecuteSequence", "InstallUISequence"):
        seq = _sequence(msi, table)
        for prop in CONFIG_PROPERTIES:
            order = [
                seq.get(f"SaveCmdLine{prop}", -1),
                seq["AppSearch"],
                seq.get(f"RestoreCmdLine{prop}", -1),
                seq["LaunchConditions"],
            ]
            if order != sorted(order) or -1 in order:
                problems.append(f"{table}: {prop} is not saved before AppSearch and restored after")
    return problems


def _check_actions_and_searches(msi: Path) -> list[str]:
    problems = []
    for row in read_table(msi, "CustomAction"):
        if int(row["Type"]) & CA_BASE_TYPE_MASK not in (CA_SET_PROPERTY, CA_ERROR):
            problems.append(f"custom action {row['Action']} runs code (type {row['Type']})")
    searches = {row["Signature_"]: row for row in read_table(msi, "RegLocator")}
    for row in searches.values():
        if not int(row["Type"] or "0") & LOCATOR_64BIT:
            problems.append(f"registry search {row['Signature_']} reads the 32-bit view")
    app_search = {row["Property"]: row["Signature_"] for row in read_table(msi, "AppSearch")}
    for prop, value_name in CONFIG_PROPERTIES.items():
        search = searches.get(app_search.get(prop, ""))
        if search is None or (search["Key"], search["Name"]) != (POLICY_KEY, value_name):
            problems.append(f"{prop} is not remembered from {POLICY_KEY}\\{value_name}")
    return problems


def _check_components(msi: Path) -> list[str]:
    problems = []
    for row in read_table(msi, "Registry"):
        if row["Root"] != str(ROOT_HKLM) or row["Key"] not in (POLICY_KEY, PRODUCT_KEY):
            problems.append(f"registry row outside HKLM\\{POLICY_KEY}: {row['Key']}")
    components = {row["Component"]: row for row in read_table(msi, "Component")}
    for prop, component in POLICY_COMPONENTS.items():
        if components.get(component, {}).get("Condition") != prop:
            problems.append(f"component {component} is not conditioned on {prop}")
    problems += [
        f"component {name} is not 64-bit"
        for name, row in components.items()
        if not int(row["Attributes"]) & COMPONENT_64BIT
    ]
    shortcuts = read_table(msi, "Shortcut")
    if len(shortcuts) != 1 or shortcuts[0]["Target"] != "[#StationDeskExe]":
        problems.append("expected exactly one non-advertised shortcut to StationDesk.exe")
    elif shortcuts[0]["Directory_"] != "ProgramMenuFolder":
        problems.append("the shortcut is not in the Start menu")
    media = read_table(msi, "Media")
    if len(media) != 1 or not media[0]["Cabinet"].startswith("#"):
        problems.append("expected exactly one Media row with an embedded cabinet")
    return problems


def check_msi(msi: Path, version: str, product_code: str) -> None:
    """Check the built package against what IT expects; raise BuildError listing every problem."""
    problems = [
        *_check_properties(msi, version, product_code),
        *_check_sequences(msi),
        *_check_actions_and_searches(msi),
        *_check_components(msi),
    ]
    if problems:
        raise BuildError(f"{msi.name} failed its checks:\n  " + "\n  ".join(problems))


def _run_wixl(args: Sequence[str], cwd: Path) -> None:
    result = subprocess.run(
        list(args), cwd=cwd, capture_output=True, text=True, check=False, timeout=1800
    )
    noise = [
        line
        for line in result.stderr.splitlines()
        if line.strip() and not _BENIGN_WIXL_STDERR.search(line.strip())
    ]
    if result.returncode != 0 or noise:
        # wixl warns, then carries on, when it ignores an attribute: treat that as a failure.
        detail = "\n".join(noise) or result.stdout.strip()
        raise BuildError(f"wixl failed (exit {result.returncode}):\n{detail}")


def build_msi(
    payload: Path,
    output: Path,
    version: str | None = None,
    work_dir: Path | None = None,
) -> BuildResult:
    """Harvest `payload`, build the MSI at `output`, fix it up and check it."""
    require_tools()
    payload = payload.resolve()
    output = output.resolve()
    mapped = msi_version(version if version is not None else project_version())
    product_code = new_product_code()
    files = scan_payload(payload)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.unlink(missing_ok=True)

    with tempfile.TemporaryDirectory(prefix="station-desk-msi-") as temp:
        work = work_dir.resolve() if work_dir is not None else Path(temp)
        work.mkdir(parents=True, exist_ok=True)
        fragment = work / "payload.wxs"
        fragment.write_text(payload_fragment(files), encoding="utf-8")
        partial = work / f"{output.stem}.partial.msi"
        partial.unlink(missing_ok=True)
        # wixl finds sources relative to its working folder only, so it runs in the payload.
        _run_wixl(
            [
                "wixl",
                "--arch",
                "x64",
                "-D",
                f"ProductCode={product_code}",
                "-D",
                f"UpgradeCode={UPGRADE_CODE}",
                "-D",
                f"Version={mapped}",
                "-D",
                "PayloadDir=.",
                "-o",
                str(partial),
                str(WXS),
                str(fragment),
            ],
            cwd=payload,
        )
        fix_up(partial)
        check_msi(partial, mapped, product_code)
        shutil.move(partial, output)
    return BuildResult(msi=output, version=mapped, product_code=product_code, files=len(files))


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: build the MSI from a payload folder."""
    parser = argparse.ArgumentParser(
        prog="build_msi",
        description="Build the Station Desk MSI from a frozen payload folder (Linux, wixl).",
    )
    parser.add_argument("--payload", type=Path, help="the frozen app folder (PyInstaller onedir)")
    parser.add_argument("--output", type=Path, help="where to write the .msi")
    parser.add_argument(
        "--version", help="the version to build (default: [project] version in pyproject.toml)"
    )
    parser.add_argument(
        "--work-dir", type=Path, help="keep the generated payload.wxs in this folder"
    )
    parser.add_argument(
        "--show-version",
        action="store_true",
        help="print the MSI version that would be built, and exit",
    )
    args = parser.parse_args(argv)
    try:
        if args.show_version:
            print(msi_version(args.version if args.version else project_version()))
            return 0
        if args.payload is None or args.output is None:
            parser.error("--payload and --output are required")
        result = build_msi(args.payload, args.output, args.version, args.work_dir)
    except BuildError as error:
        print(f"build_msi: {error}", file=sys.stderr)
        return 1
    print(
        f"built {result.msi} (version {result.version}, ProductCode {{{result.product_code}}}, "
        f"{result.files} files)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
