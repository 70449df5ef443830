<#
.SYNOPSIS
  Freeze Station Desk on a Windows build agent (PyInstaller --onedir), and optionally build the MSI.

.DESCRIPTION
  Runs only on Windows (64-bit Python 3.11). From the repository root:

    powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1
    powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1 -Msi wsl

  Steps:
    1. a virtual environment in build\venv-win (64-bit Python 3.11 from the py launcher),
    2. pip install the project and PyInstaller: wheels only, no compiler needed. pyinsane2 is
       not installed on Windows (its marker is sys_platform != "win32"): it has no Windows wheel
       for Python 3.7 or later, and its WIA extension needs the WinDDK 7600 ATL headers and C
       APIs Python 3.13 removed, so it cannot be built here. Scanning goes through WIA 2 with
       comtypes (pure Python) and print jobs are followed through the spooler with pywin32.
    3. PyInstaller with installer\windows\station_desk.spec -> dist\StationDesk\
       (StationDesk.exe, desk.exe, _internal\ with resources\ and the migrations),
    4. a check that the frozen desk.exe starts (`desk --version`),
    5. the MSI, with -Msi:
         none (default)  stop after the freeze; the CI workflow builds the MSI on Linux from
                         the uploaded dist\StationDesk folder (the build that the table tests
                         check),
         wsl             run installer/build_msi.py with wixl inside WSL (Debian or Ubuntu with
                         `apt-get install wixl msitools python3`).
       WiX 3 (candle/light) and WiX 5 (`wix build`) are deliberately not used: the .wxs is
       written for wixl, and build_msi.py applies fix-ups and checks after wixl; a second
       toolchain would ship a package the tests never saw.
    6. with -SignCertThumbprint, signtool signs StationDesk.exe and desk.exe right after the
       freeze (so the MSI carries signed executables) and the MSI after it is built. When the
       MSI is built on Linux, sign it there with osslsigncode (installer/README.md).
#>
[CmdletBinding()]
param(
    [ValidateSet('none', 'wsl')]
    [string]$Msi = 'none',
    [string]$Version = '',
    [string]$SignCertThumbprint = '',
    [string]$TimestampUrl = 'http://timestamp.digicert.com'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$Root = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path
Set-Location $Root
$Venv = Join-Path $Root 'build\venv-win'
$Python = Join-Path $Venv 'Scripts\python.exe'
$Dist = Join-Path $Root 'dist'
$Payload = Join-Path $Dist 'StationDesk'

function Invoke-Checked {
    param([string]$What, [scriptblock]$Command)
    Write-Host "== $What"
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit $LASTEXITCODE)" }
}

function Invoke-Sign {
    param([string[]]$Files)
    if (-not $SignCertThumbprint) { return }
    $signtool = Get-Command signtool.exe -ErrorAction SilentlyContinue
    if (-not $signtool) { throw 'signtool.exe not found (install the Windows SDK)' }
    Invoke-Checked "sign $($Files.Count) file(s)" {
        & $signtool.Source sign /sha1 $SignCertThumbprint /fd SHA256 /tr $TimestampUrl /td SHA256 $Files
    }
}

# 1. Virtual environment
if (-not (Test-Path $Python)) {
    if ($env:pythonLocation) {
        # actions/setup-python
        Invoke-Checked 'create build\venv-win' { & (Join-Path $env:pythonLocation 'python.exe') -m venv $Venv }
    } else {
        Invoke-Checked 'create build\venv-win' { py -3.11-64 -m venv $Venv }
    }
}

# 2. Dependencies (wheels only: comtypes and pywin32 on Windows; pyinsane2 is Linux-only)
Invoke-Checked 'upgrade pip' { & $Python -m pip install --upgrade pip }
Invoke-Checked 'pip install the project and PyInstaller' {
    & $Python -m pip install "$Root" 'pyinstaller>=6.3'
}

# Version resource for both executables, from pyproject.toml (or -Version)
New-Item -ItemType Directory -Force (Join-Path $Root 'build') | Out-Null
$versionArgs = @('installer/build_msi.py', '--show-version')
if ($Version) { $versionArgs += @('--version', $Version) }
$MsiVersion = (& $Python @versionArgs).Trim()
if ($LASTEXITCODE -ne 0) { throw "cannot map the version to an MSI version" }
$parts = $MsiVersion.Split('.')
$tuple = "($($parts[0]), $($parts[1]), $($parts[2]), 0)"
$versionInfo = @"
VSVersionInfo(
  ffi=FixedFileInfo(filevers=$tuple, prodvers=$tuple),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', 'Station Desk'),
      StringStruct('FileDescription', 'Station Desk'),
      StringStruct('FileVersion', '$MsiVersion'),
      StringStruct('ProductName', 'Station Desk'),
      StringStruct('ProductVersion', '$MsiVersion')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"@
# UTF-8 without a byte-order mark: PyInstaller evaluates this file as Python.
[IO.File]::WriteAllText((Join-Path $Root 'build\version_info.txt'), $versionInfo)

# 3. Freeze
Invoke-Checked 'PyInstaller' {
    & $Python -m PyInstaller --noconfirm --clean --distpath $Dist `
        --workpath (Join-Path $Root 'build\pyinstaller') installer\windows\station_desk.spec
}
foreach ($exe in 'StationDesk.exe', 'desk.exe') {
    if (-not (Test-Path (Join-Path $Payload $exe))) { throw "PyInstaller did not produce $exe" }
}

# 4. The frozen command starts
Invoke-Checked 'frozen desk --version' { & (Join-Path $Payload 'desk.exe') --version }

Invoke-Sign @((Join-Path $Payload 'StationDesk.exe'), (Join-Path $Payload 'desk.exe'))

# 5. MSI
if ($Msi -eq 'wsl') {
    $wslRoot = (& wsl.exe wslpath -a ($Root -replace '\\', '/')).Trim()
    $output = "dist/StationDesk-$MsiVersion.msi"
    Invoke-Checked 'build the MSI with wixl in WSL' {
        wsl.exe --cd $wslRoot python3 installer/build_msi.py --payload dist/StationDesk --output $output --version $MsiVersion
    }
    Invoke-Sign @((Join-Path $Root $output))
    Write-Host "MSI: $(Join-Path $Root $output)"
} else {
    Write-Host "Payload ready: $Payload (build the MSI with installer/build_msi.py on Linux)"
}
