<#
.SYNOPSIS
  Make a transform (.mst) that sets Station Desk's install-time properties, for Group Policy
  software installation (which cannot pass properties) or any deployment tool. Windows only.

.DESCRIPTION
  Copies the MSI, writes the given properties into the copy's Property table, and saves the
  difference as a transform with the Windows Installer automation API (the same thing Orca's
  "Generate Transform" does). Only non-empty parameters are written. Never put a password in a
  transform: see installer/README.md, "First run on a station".

.EXAMPLE
  installer\windows\make-transform.ps1 -Msi StationDesk-0.1.0.msi -Output Woolwich.mst `
      -Site "Woolwich Centre" -DatabaseUrl "postgresql+psycopg://station@db.council.local/stationdesk"
  msiexec /i StationDesk-0.1.0.msi TRANSFORMS=Woolwich.mst /qn /norestart /l*v install.log
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)][string]$Msi,
    [Parameter(Mandatory = $true)][string]$Output,
    [string]$Site = '',
    [string]$Station = '',
    [string]$DatabaseUrl = '',
    [string]$ConfigFile = ''
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

function Invoke-Com($Object, [string]$Member, [string]$Kind, [object[]]$Arguments) {
    # Windows Installer's automation objects are late-bound: call them through IDispatch.
    return $Object.GetType().InvokeMember($Member, $Kind, $null, $Object, $Arguments)
}

$properties = [ordered]@{
    SITE         = $Site
    STATION      = $Station
    DATABASE_URL = $DatabaseUrl
    CONFIG_FILE  = $ConfigFile
}
if ($DatabaseUrl -match '://[^/@]*:[^/@]*@') {
    throw 'DATABASE_URL must not contain a password: store it with `desk secret set database-password`'
}
if (-not ($properties.Values | Where-Object { $_ })) { throw 'give at least one of -Site, -Station, -DatabaseUrl, -ConfigFile' }

$Msi = (Resolve-Path $Msi).Path
$Output = [IO.Path]::GetFullPath($Output)
$copy = Join-Path ([IO.Path]::GetTempPath()) ("StationDesk-" + [guid]::NewGuid() + '.msi')
Copy-Item $Msi $copy

$installer = New-Object -ComObject WindowsInstaller.Installer
try {
    $changed = Invoke-Com $installer 'OpenDatabase' 'InvokeMethod' @($copy, 1)  # transact
    foreach ($name in $properties.Keys) {
        $value = $properties[$name]
        if (-not $value) { continue }
        $view = Invoke-Com $changed 'OpenView' 'InvokeMethod' @('INSERT INTO `Property` (`Property`, `Value`) VALUES (?, ?)')
        $record = Invoke-Com $installer 'CreateRecord' 'InvokeMethod' @(2)
        Invoke-Com $record 'StringData' 'SetProperty' @(1, $name) | Out-Null
        Invoke-Com $record 'StringData' 'SetProperty' @(2, $value) | Out-Null
        Invoke-Com $view 'Execute' 'InvokeMethod' @($record) | Out-Null
        Invoke-Com $view 'Close' 'InvokeMethod' @() | Out-Null
    }
    Invoke-Com $changed 'Commit' 'InvokeMethod' @() | Out-Null
    $original = Invoke-Com $installer 'OpenDatabase' 'InvokeMethod' @($Msi, 0)  # read-only
    Invoke-Com $changed 'GenerateTransform' 'InvokeMethod' @($original, $Output) | Out-Null
    Invoke-Com $changed 'CreateTransformSummaryInfo' 'InvokeMethod' @($original, $Output, 0, 0) | Out-Null
    Write-Host "transform written: $Output"
}
finally {
    foreach ($object in @(Get-Variable -ValueOnly -ErrorAction SilentlyContinue record, view, changed, original)) {
        if ($object) { [void][Runtime.InteropServices.Marshal]::ReleaseComObject($object) }
    }
    Remove-Item -Force -ErrorAction SilentlyContinue $copy
}
