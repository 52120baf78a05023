# Install the Windows installer silently for the current user into a given folder, run the
# installed reader's self-test, then uninstall silently and check nothing is left.
#   powershell -File packaging\windows\check_silent_install.ps1 dist\oqyrman-0.1.0-setup.exe
#   ... dist\kz-example-reader-1.0.0-setup.exe -Slug kz-example-reader -AppId kz.example.Reader   (a branded build)
param(
    [Parameter(Mandatory = $true)][string]$Installer,
    [string]$Slug = "oqyrman",
    [string]$AppId = "kz.oqyrman.Oqyrman"
)
$ErrorActionPreference = "Stop"
$target = Join-Path $env:RUNNER_TEMP "Oqyrman silent"
if (-not $env:RUNNER_TEMP) { $target = Join-Path $env:TEMP "Oqyrman silent" }

Write-Host "== install: $Installer /S /CurrentUser /D=$target"
# /D= must come last and unquoted, even with spaces: NSIS reads the rest of the line.
$install = Start-Process -FilePath $Installer -ArgumentList "/S", "/CurrentUser", "/D=$target" -Wait -PassThru
if ($install.ExitCode -ne 0) { throw "the installer exited with $($install.ExitCode)" }
$program = Join-Path $target "$Slug.exe"
if (-not (Test-Path $program)) { throw "nothing installed in $target" }
$key = "HKCU:\Software\Microsoft\Windows\CurrentVersion\Uninstall\$AppId"
if (-not (Test-Path $key)) { throw "no uninstall entry for the current user" }

Write-Host "== installed self-test"
& $program --self-test
if ($LASTEXITCODE -ne 0) { throw "the installed self-test failed" }

Write-Host "== silent uninstall"
# _?= runs the uninstaller in place, so -Wait waits for it (otherwise it copies itself and returns).
$uninstall = Start-Process -FilePath (Join-Path $target "uninstall.exe") -ArgumentList "/S", "/CurrentUser", "_?=$target" -Wait -PassThru
if ($uninstall.ExitCode -ne 0) { throw "the uninstaller exited with $($uninstall.ExitCode)" }
if (Test-Path $program) { throw "$Slug.exe left behind" }
if (Test-Path $key) { throw "the uninstall entry was left behind" }
Write-Host "== nothing left behind"
