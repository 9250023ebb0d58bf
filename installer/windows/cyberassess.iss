; Inno Setup script: a per-user install of the CyberAssess bundle on Windows (no admin rights).
; Build the bundle first (pyinstaller installer\cyberassess.spec), then: iscc installer\windows\cyberassess.iss
; Not runnable on the Linux build machine; the CI workflow .github/workflows/bundles.yml runs it on Windows.

#define AppVersion GetEnv("CYBERASSESS_VERSION")
#if AppVersion == ""
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6C1D3A52-8E0F-4B7A-9D1E-2F3C4B5A6D7E}
AppName=CyberAssess
AppVersion={#AppVersion}
AppPublisher=CyberAssess
DefaultDirName={localappdata}\Programs\CyberAssess
DefaultGroupName=CyberAssess
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=CyberAssess-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
UninstallDisplayIcon={app}\CyberAssess.exe
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "arabic"; MessagesFile: "compiler:Languages\Arabic.isl"

[Files]
Source: "..\..\dist\CyberAssess\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\CyberAssess"; Filename: "{app}\CyberAssess.exe"
Name: "{userdesktop}\CyberAssess"; Filename: "{app}\CyberAssess.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Registry]
; Per-user file association (HKCU): double-clicking a .cyberassess file opens it.
Root: HKCU; Subkey: "Software\Classes\.cyberassess"; ValueType: string; ValueData: "CyberAssess.Assessment"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\CyberAssess.Assessment"; ValueType: string; ValueData: "CyberAssess assessment"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\CyberAssess.Assessment\DefaultIcon"; ValueType: string; ValueData: "{app}\CyberAssess.exe,0"
Root: HKCU; Subkey: "Software\Classes\CyberAssess.Assessment\shell\open\command"; ValueType: string; ValueData: """{app}\CyberAssess.exe"" ""%1"""

[Run]
Filename: "{app}\CyberAssess.exe"; Description: "{cm:LaunchProgram,CyberAssess}"; Flags: nowait postinstall skipifsilent
