; ISV Desktop: per-user Windows installer (no administrator rights), built with NSIS.
;
;   makensis -DVERSION=0.1.0 -DBUNDLE=dist/isv-desktop -DICON=resources/icons/isv-desktop.ico \
;            -DOUTFILE=dist/isv-desktop-0.1.0-setup.exe packaging/windows/installer.nsi
;
; Installs the PyInstaller folder (build.spec) below the user's profile
; (%LOCALAPPDATA%\Programs\ISV Desktop), adds a Start menu entry and an uninstaller
; registered for this user only (HKCU), in Dutch or English. Silent: setup.exe /S
; (optionally /D=FOLDER as the last argument); uninstall silently: Uninstall.exe /S.
; No file association: the program has no file type of its own (dossiers live in one
; SQLite file; exports are PDF and xlsx, which belong to other programs).

; 64-bit like the program (and Wine runs it without a 32-bit Windows layer).
Target amd64-unicode
!include "MUI2.nsh"

!ifndef VERSION | BUNDLE | ICON | OUTFILE
  !error "define VERSION, BUNDLE, ICON and OUTFILE (see the top of this file)"
!endif

!define PRODUCT "ISV Desktop"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\ISV Desktop"
!define SETTINGS_KEY "Software\ISV Desktop\Installer"

Name "${PRODUCT}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${PRODUCT}"
InstallDirRegKey HKCU "${SETTINGS_KEY}" "InstallDir"
SetCompressor /SOLID lzma
ManifestDPIAware true

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=0 "FileDescription" "${PRODUCT} — installatie / setup"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "${PRODUCT}"
VIAddVersionKey /LANG=0 "LegalCopyright" "EUPL-1.2"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\isv-desktop.exe"

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Dutch"
!insertmacro MUI_LANGUAGE "English"

Section "${PRODUCT}"
  SetShellVarContext current
  ; An update replaces the program files; the user's dossiers live elsewhere (%LOCALAPPDATA%\ISV Desktop).
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE}/*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${PRODUCT}.lnk" "$INSTDIR\isv-desktop.exe" "" "$INSTDIR\isv-desktop.exe" 0

  WriteRegStr HKCU "${SETTINGS_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PRODUCT}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\isv-desktop.exe,0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${PRODUCT}.lnk"
  ; Only what the installer put there: the folder may have been chosen by the user.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\isv-desktop.exe"
  Delete "$INSTDIR\isv-desktop-cli.exe"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${SETTINGS_KEY}"
  DeleteRegKey /ifempty HKCU "Software\ISV Desktop"
SectionEnd
