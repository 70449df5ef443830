<#
.SYNOPSIS
  Install, configure, upgrade, repair, refuse a downgrade of, and remove Station Desk, silently,
  the way IT does, and check each step. Runs only on Windows, in an elevated 64-bit PowerShell.

.DESCRIPTION
  Needs two MSIs built from the same payload: -Msi (a version) and -NextMsi (a higher version),
  e.g. from installer/build_msi.py --version. Steps, each with a verbose log in -LogDir:

    1. install -Msi with SITE, STATION, DATABASE_URL and CONFIG_FILE    -> exit 0
       files, the one Start-menu shortcut (no desktop one), the policy values in
       HKLM\SOFTWARE\Policies\StationDesk, the product key; `desk.exe self-test` exits 0
    2. upgrade to -NextMsi giving only STATION                          -> exit 0
       one product left, at the new version; SITE, DATABASE_URL and CONFIG_FILE remembered,
       STATION replaced
    3. repair (msiexec /fa)                                             -> exit 0, values kept
    4. install -Msi again (a downgrade)                                 -> refused (1603 with the
       downgrade message in the log, or 1638); the newer version stays
    5. uninstall by ProductCode                                         -> exit 0
       no files, no shortcut, no policy values (the policy key may stay, empty: Group Policy
       can own it), no product key, no product registered

  Exit code 0 when every check passed; the first failure stops the run with a message.

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File installer\windows\smoke.ps1 `
      -Msi dist\StationDesk-0.1.0.msi -NextMsi dist\StationDesk-0.1.1.msi -LogDir logs
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)][string]$Msi,
    [Parameter(Mandatory = $true)][string]$NextMsi,
    [string]$LogDir = (Join-Path $env:TEMP 'station-desk-smoke'),
    [switch]$SkipSelfTest
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

# The committed UpgradeCode (installer/build_msi.py UPGRADE_CODE).
$UpgradeCode = '{7847378D-3AC3-4D65-87C0-D8185C06DD9E}'
$InstallDir = Join-Path $env:ProgramFiles 'Station Desk'
$Shortcut = Join-Path $env:ProgramData 'Microsoft\Windows\Start Menu\Programs\Station Desk.lnk'
$PolicyKey = 'HKLM:\SOFTWARE\Policies\StationDesk'
$ProductKey = 'HKLM:\SOFTWARE\StationDesk'
$ConfigFile = Join-Path $env:ProgramData 'StationDesk\smoke.toml'
$Database = (Join-Path $env:ProgramData 'StationDesk\smoke.db') -replace '\\', '/'

$Msi = (Resolve-Path $Msi).Path
$NextMsi = (Resolve-Path $NextMsi).Path
New-Item -ItemType Directory -Force $LogDir | Out-Null
$LogDir = (Resolve-Path $LogDir).Path

if (-not [Environment]::Is64BitProcess) { throw 'run this in a 64-bit PowerShell (the registry checks read the 64-bit view)' }
$principal = New-Object Security.Principal.WindowsPrincipal([Security.Principal.WindowsIdentity]::GetCurrent())
if (-not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) { throw 'run this elevated' }

$Installer = New-Object -ComObject WindowsInstaller.Installer

function Step([string]$Text) { Write-Host "== $Text" }

function Fail([string]$Text) { throw "SMOKE FAILED: $Text" }

function Check([bool]$Condition, [string]$Text) {
    if (-not $Condition) { Fail $Text }
    Write-Host "   ok: $Text"
}

function Invoke-Msiexec([string]$Arguments, [string]$Log) {
    $path = Join-Path $LogDir $Log
    $process = Start-Process msiexec.exe -ArgumentList "$Arguments /qn /norestart /l*v `"$path`"" -Wait -PassThru
    Write-Host "   msiexec $Arguments -> exit $($process.ExitCode) (log: $path)"
    if ($process.ExitCode -eq 3010) { Fail "msiexec asked for a reboot (3010); the package must never need one" }
    return $process.ExitCode
}

function Invoke-Com($Object, [string]$Member, [string]$Kind, [object[]]$Arguments) {
    # Windows Installer's automation objects are late-bound: call them through IDispatch.
    return $Object.GetType().InvokeMember($Member, $Kind, $null, $Object, $Arguments)
}

function Get-Installed {
    # Product codes registered under the UpgradeCode (what Intune and SCCM detection use too).
    $codes = @()
    foreach ($code in (Invoke-Com $Installer 'RelatedProducts' 'GetProperty' @($UpgradeCode))) { $codes += $code }
    return , $codes
}

function Get-InstalledVersion([string]$ProductCode) {
    return Invoke-Com $Installer 'ProductInfo' 'GetProperty' @($ProductCode, 'VersionString')
}

function Get-Policy {
    if (-not (Test-Path $PolicyKey)) { return @{} }
    $item = Get-Item $PolicyKey
    $values = @{}
    foreach ($name in $item.GetValueNames()) {
        $values[$name] = $item.GetValue($name)
        Check ($item.GetValueKind($name) -eq 'String') "policy value $name is REG_SZ"
    }
    return $values
}

function Get-MsiVersion([string]$Path) {
    $database = Invoke-Com $Installer 'OpenDatabase' 'InvokeMethod' @($Path, 0)
    $query = "SELECT ``Value`` FROM ``Property`` WHERE ``Property`` = 'ProductVersion'"
    $view = Invoke-Com $database 'OpenView' 'InvokeMethod' @($query)
    Invoke-Com $view 'Execute' 'InvokeMethod' @() | Out-Null
    $record = Invoke-Com $view 'Fetch' 'InvokeMethod' @()
    $value = Invoke-Com $record 'StringData' 'GetProperty' @(1)
    Invoke-Com $view 'Close' 'InvokeMethod' @() | Out-Null
    # Let go of the package before msiexec opens it.
    foreach ($object in $record, $view, $database) {
        [void][Runtime.InteropServices.Marshal]::ReleaseComObject($object)
    }
    return $value
}

$Version = Get-MsiVersion $Msi
$NextVersion = Get-MsiVersion $NextMsi
Write-Host "Msi $Msi is $Version; NextMsi $NextMsi is $NextVersion"
Check ([version]$NextVersion -gt [version]$Version) 'NextMsi has the higher version'
Check (@(Get-Installed).Count -eq 0) 'Station Desk is not installed before the run'

$site = 'Woolwich Centre'
$station = 'Desk 3'
$databaseUrl = "sqlite:///$Database"
New-Item -ItemType Directory -Force (Split-Path $ConfigFile) | Out-Null
# UTF-8 without a byte-order mark, as TOML expects.
[IO.File]::WriteAllText($ConfigFile, "# written by smoke.ps1`n")

try {
    Step "1. install $Version with properties"
    $code = Invoke-Msiexec "/i `"$Msi`" SITE=`"$site`" STATION=`"$station`" DATABASE_URL=`"$databaseUrl`" CONFIG_FILE=`"$ConfigFile`"" 'install.log'
    Check ($code -eq 0) 'install exits 0'
    $installed = @(Get-Installed)
    Check ($installed.Count -eq 1) 'one product registered under the UpgradeCode'
    Check ((Get-InstalledVersion $installed[0]) -eq $Version) "installed version is $Version"
    foreach ($exe in 'StationDesk.exe', 'desk.exe') {
        Check (Test-Path (Join-Path $InstallDir $exe)) "$exe is in $InstallDir"
    }
    Check (Test-Path $Shortcut) 'the Start-menu shortcut exists'
    $target = (New-Object -ComObject WScript.Shell).CreateShortcut($Shortcut).TargetPath
    Check ($target -eq (Join-Path $InstallDir 'StationDesk.exe')) "the shortcut starts StationDesk.exe ($target)"
    Check (-not (Test-Path (Join-Path $env:PUBLIC 'Desktop\Station Desk.lnk'))) 'no desktop shortcut'
    $policy = Get-Policy
    Check ($policy['site'] -eq $site) "policy site = $site"
    Check ($policy['station'] -eq $station) "policy station = $station"
    Check ($policy['database_url'] -eq $databaseUrl) "policy database_url = $databaseUrl"
    Check ($policy['config_file'] -eq $ConfigFile) "policy config_file = $ConfigFile"
    Check ((Get-ItemProperty $ProductKey).version -eq $Version) "product key version = $Version"

    if (-not $SkipSelfTest) {
        Step '   desk self-test'
        & (Join-Path $InstallDir 'desk.exe') self-test
        Check ($LASTEXITCODE -eq 0) 'desk self-test exits 0'
    }

    Step "2. upgrade to $NextVersion, giving only STATION"
    $code = Invoke-Msiexec "/i `"$NextMsi`" STATION=`"Desk 4`"" 'upgrade.log'
    Check ($code -eq 0) 'upgrade exits 0'
    $installed = @(Get-Installed)
    Check ($installed.Count -eq 1) 'one product after the upgrade (the old one was removed)'
    Check ((Get-InstalledVersion $installed[0]) -eq $NextVersion) "installed version is $NextVersion"
    $policy = Get-Policy
    Check ($policy['site'] -eq $site) 'SITE was remembered across the upgrade'
    Check ($policy['database_url'] -eq $databaseUrl) 'DATABASE_URL was remembered'
    Check ($policy['config_file'] -eq $ConfigFile) 'CONFIG_FILE was remembered'
    Check ($policy['station'] -eq 'Desk 4') 'STATION given on the command line replaced the old value'
    Check ((Get-ItemProperty $ProductKey).version -eq $NextVersion) "product key version = $NextVersion"

    Step '3. repair'
    $code = Invoke-Msiexec "/fa $($installed[0])" 'repair.log'
    Check ($code -eq 0) 'repair exits 0'
    Check ((Get-Policy)['site'] -eq $site) 'SITE survives a repair'

    Step "4. downgrade to $Version is refused"
    $code = Invoke-Msiexec "/i `"$Msi`"" 'downgrade.log'
    $log = Get-Content -Raw (Join-Path $LogDir 'downgrade.log')
    $message = $log -match 'A newer version of Station Desk is already installed'
    Check (($code -eq 1638) -or ($code -eq 1603 -and $message)) "downgrade refused (exit $code, message in log: $message)"
    $installed = @(Get-Installed)
    Check (($installed.Count -eq 1) -and ((Get-InstalledVersion $installed[0]) -eq $NextVersion)) "$NextVersion is still installed"

    Step '5. uninstall'
    $code = Invoke-Msiexec "/x $($installed[0])" 'uninstall.log'
    Check ($code -eq 0) 'uninstall exits 0'
    Check (@(Get-Installed).Count -eq 0) 'no product registered'
    Check (-not (Test-Path $InstallDir)) "$InstallDir is gone"
    Check (-not (Test-Path $Shortcut)) 'the Start-menu shortcut is gone'
    Check ((Get-Policy).Count -eq 0) 'no policy values left'
    if (Test-Path $PolicyKey) {
        # Only the values the MSI wrote are removed: Group Policy may own this key.
        $left = Get-Item $PolicyKey
        Check (($left.ValueCount -eq 0) -and ($left.SubKeyCount -eq 0)) 'the policy key is empty'
        Write-Host '   note: Windows Installer left the empty policy key behind'
    }
    Check (-not (Test-Path $ProductKey)) 'the product key is gone'
    Write-Host 'SMOKE PASSED'
}
finally {
    Remove-Item -Force -ErrorAction SilentlyContinue $ConfigFile, ($Database -replace '/', '\')
}
