; Inno Setup script (6.3 or later): a per-user install of the CyberAssess Windows bundle. It never asks
; for administrator rights: the program goes to %LOCALAPPDATA%\Programs\CyberAssess, the shortcuts and
; the .cyberassess file association to the current user only (HKCU).
;
; On Windows, from the repository root, after building the bundle (dist\CyberAssess\):
;   pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller installer\cyberassess.spec
;   iscc /DAppVersion=0.1.0 installer\windows\cyberassess.iss
; which writes dist\CyberAssess-0.1.0-setup.exe. Relative paths below are relative to this file.
; It cannot be compiled on the Linux development machine; .github/workflows/bundles.yml compiles it on
; a Windows runner.

#if VER < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or later is required (x64compatible, per-user defaults)
#endif
#ifndef AppVersion
  #define AppVersion GetEnv("CYBERASSESS_VERSION")
#endif
#if AppVersion == ""
  #error Pass the version: iscc /DAppVersion=X.Y.Z installer\windows\cyberassess.iss (see src\cyberassess\__init__.py)
#endif

[Setup]
AppId={{6C1D3A52-8E0F-4B7A-9D1E-2F3C4B5A6D7E}
AppName=CyberAssess
AppVersion={#AppVersion}
AppVerName=CyberAssess {#AppVersion}
AppPublisher=CyberAssess
AppComments=Offline assessment of a country's capacity to fight cybercrime
; Per user, no elevation: {autopf} is %LOCALAPPDATA%\Programs, {autoprograms} the user's Start menu.
PrivilegesRequired=lowest
DefaultDirName={autopf}\CyberAssess
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=CyberAssess-{#AppVersion}-setup
SetupIconFile=cyberassess.ico
UninstallDisplayIcon={app}\CyberAssess.exe
UninstallDisplayName=CyberAssess {#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
; Arabic is an official Inno Setup translation since 6.4.1; older compilers go without it.
#if FileExists(AddBackslash(CompilerPath) + "Languages\Arabic.isl")
Name: "arabic"; MessagesFile: "compiler:Languages\Arabic.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the whole bundle: no library of an older version is left behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The onedir bundle built by PyInstaller (CyberAssess.exe, cyberassess-cli.exe, _internal\). A portable.txt
; marker or portable data from testing the bundle in place is not installed.
Source: "..\..\dist\CyberAssess\*"; DestDir: "{app}"; Excludes: "\portable.txt,\CyberAssessData"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\CyberAssess"; Filename: "{app}\CyberAssess.exe"
Name: "{autodesktop}\CyberAssess"; Filename: "{app}\CyberAssess.exe"; Tasks: desktopicon

[Registry]
; Per-user file association (HKA is HKCU in a per-user install): double-clicking a .cyberassess file opens it.
Root: HKA; Subkey: "Software\Classes\.cyberassess"; ValueType: string; ValueName: ""; ValueData: "CyberAssess.Assessment"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\CyberAssess.Assessment"; ValueType: string; ValueName: ""; ValueData: "CyberAssess assessment"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\CyberAssess.Assessment\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\CyberAssess.exe,0"
Root: HKA; Subkey: "Software\Classes\CyberAssess.Assessment\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\CyberAssess.exe"" ""%1"""

[Run]
Filename: "{app}\CyberAssess.exe"; Description: "{cm:LaunchProgram,CyberAssess}"; Flags: nowait postinstall skipifsilent

; Uninstalling removes the program, its shortcuts and the association; the user's assessments, settings and
; signing keys (%APPDATA%\CyberAssess) are kept.
