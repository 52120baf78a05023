; Oqyrman installer for Windows (NSIS 3, Modern UI 2). NSIS has no Kazakh translation: English, Russian.
;   makensis -DVERSION=0.1.0 packaging\windows\oqyrman.nsi
; A branded build (packaging\build.py --collection) also defines APP_NAME, APP_ID, SLUG (the program's
; file name), INSTALL_DIR and ICONS, so it installs beside the default reader with its own uninstaller.
; Installs dist\oqyrman\ for all users (Program Files) or only the current user (no admin
; rights needed), with a Start-menu shortcut and an uninstaller registered in Apps & features.

Unicode true
!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef APP_NAME
  !define APP_NAME "Oqyrman"
!endif
!ifndef APP_ID
  !define APP_ID "kz.oqyrman.Oqyrman"
!endif
!ifndef SLUG
  !define SLUG "oqyrman"
!endif
!ifndef INSTALL_DIR
  !define INSTALL_DIR "Oqyrman"
!endif
!ifndef ICONS
  !define ICONS "..\..\build\icons"
!endif
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define SOURCE "..\..\dist\${SLUG}"

!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_INSTALLMODE_INSTDIR "${INSTALL_DIR}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${UNINSTALL_KEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallScope"
!include MultiUser.nsh
!include MUI2.nsh

Name "${APP_NAME} ${VERSION}"
OutFile "..\..\dist\${SLUG}-${VERSION}-setup.exe"
SetCompressor /SOLID lzma
RequestExecutionLevel user
VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${APP_NAME}"
VIAddVersionKey "FileDescription" "${APP_NAME} installer"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "LegalCopyright" "MIT; Noto Serif under the SIL OFL 1.1"

!define MUI_ICON "${ICONS}\oqyrman.ico"
!define MUI_UNICON "${ICONS}\oqyrman.ico"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${SLUG}.exe"

!insertmacro MUI_PAGE_LICENSE "..\..\LICENSE"
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Russian"

Function .onInit
  !insertmacro MULTIUSER_INIT
FunctionEnd

Function un.onInit
  !insertmacro MULTIUSER_UNINIT
FunctionEnd

Section "${APP_NAME}" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  RMDir /r "$INSTDIR\_internal" ; an upgrade never mixes old and new libraries
  File /r "${SOURCE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${SLUG}.exe"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "Oqyrman developers"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${SLUG}.exe"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallScope" "$MultiUser.InstallMode"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode /S'
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${SLUG}.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey SHCTX "${UNINSTALL_KEY}"
  ; The reader's own settings (%APPDATA%\${INSTALL_DIR}) are kept, as users expect of an uninstaller.
SectionEnd
