; Inno Setup script: the Windows installer for the bundle in dist\hrdesk.
; Build on Windows after `python installer\build.py`:  iscc /DAppVersion=0.1.0 installer\hrdesk.iss
;
; Per user, no administrator rights: the program goes to %LOCALAPPDATA%\Programs\hrdesk.
; The database, backups and logs live elsewhere (%LOCALAPPDATA%\hrdesk), so upgrading or
; uninstalling never touches them.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
; The same AppId on every release: a new setup upgrades the installed one in place.
AppId={{6B0C8E2A-4D1F-4E8B-9A55-2F7C1D3E9B40}
AppName=hrdesk
AppVersion={#AppVersion}
AppPublisher=hrdesk
DefaultDirName={localappdata}\Programs\hrdesk
DefaultGroupName=hrdesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
OutputDir=..\dist
OutputBaseFilename=hrdesk-setup-{#AppVersion}
SetupIconFile=..\src\hrdesk\resources\icons\hrdesk.ico
UninstallDisplayIcon={app}\hrdesk.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; Replace the whole program folder on upgrade: no stale files from an older bundle.
Source: "..\dist\hrdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\hrdesk"; Filename: "{app}\hrdesk.exe"
Name: "{group}\hrdesk 演示数据"; Filename: "{app}\hrdesk.exe"; Parameters: "--demo"
Name: "{group}\{cm:UninstallProgram,hrdesk}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\hrdesk"; Filename: "{app}\hrdesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\hrdesk.exe"; Description: "{cm:LaunchProgram,hrdesk}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] for the data folder: the user's database and backups stay.
