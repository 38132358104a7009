; Per-user installer for Windows (Inno Setup 6): no administrator rights, installs under %LOCALAPPDATA%\Programs.
; Built by .github/workflows/bundles.yml from PyInstaller's dist\mentor-coordinator folder.
; IT: silent install with a preset sync server:
;   MentorCoordinator-X.Y.Z-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /SERVERURL=postgresql://user@host/db
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{8C5D7E0B-3E5A-4D8F-9A55-6E1B8B1C0F21}
AppName=Mentor Coordinator
AppVersion={#AppVersion}
AppPublisher=Mentor Coordinator
DefaultDirName={localappdata}\Programs\Mentor Coordinator
DefaultGroupName=Mentor Coordinator
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
OutputDir=..\..\dist
OutputBaseFilename=MentorCoordinator-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\mentor-coordinator.ico
UninstallDisplayIcon={app}\Mentor Coordinator.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible
ArchitecturesAllowed=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "norwegian"; MessagesFile: "compiler:Languages\Norwegian.isl"

[Files]
Source: "..\..\dist\mentor-coordinator\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Mentor Coordinator"; Filename: "{app}\Mentor Coordinator.exe"
Name: "{autodesktop}\Mentor Coordinator"; Filename: "{app}\Mentor Coordinator.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\Mentor Coordinator.exe"; Description: "{cm:LaunchProgram,Mentor Coordinator}"; Flags: nowait postinstall skipifsilent

[Code]
{ /SERVERURL=... writes the sync server into this user's settings file, the same file the app's Server settings
  dialog writes (%LOCALAPPDATA%\mentor-coordinator\settings.json). An existing settings file is left alone. }
procedure CurStepChanged(CurStep: TSetupStep);
var
  Url, Folder, FileName: String;
begin
  if CurStep = ssPostInstall then
  begin
    Url := ExpandConstant('{param:SERVERURL|}');
    Folder := ExpandConstant('{localappdata}\mentor-coordinator');
    FileName := Folder + '\settings.json';
    if (Url <> '') and not FileExists(FileName) then
    begin
      ForceDirectories(Folder);
      StringChangeEx(Url, '\', '\\', True);
      StringChangeEx(Url, '"', '\"', True);
      SaveStringToFile(FileName, '{"server_url": "' + Url + '"}' + #13#10, False);
    end;
  end;
end;
