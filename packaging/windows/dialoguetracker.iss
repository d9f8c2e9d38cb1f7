; Inno Setup 6: the Windows installer of the one-folder build of packaging\dialoguetracker.spec.
;
;   pyinstaller --noconfirm --distpath packaging\out\dist --workpath packaging\out\work packaging\dialoguetracker.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\dialoguetracker.iss
;
; writes packaging\out\installer\DialogueTracker-0.1.0-setup.exe. It installs the folder as it
; is into Program Files (or, if the user chooses, into their own profile without
; administrator rights), a Start menu entry for DialogueTracker.exe (the window, no console)
; and an uninstaller. dialoguetracker.exe beside it is the command line.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\out\dist\dialoguetracker"
#endif
#ifndef IconFile
  #define IconFile "..\out\work\dialoguetracker\org.dialoguetracker.DialogueTracker.ico"
#endif
#define AppName "Dialogue Tracker"
#define WindowProgram "DialogueTracker.exe"

[Setup]
; One id for the program on every platform (the desktop file's, the metainfo's, the bundle's).
AppId=org.dialoguetracker.DialogueTracker
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Dialogue Tracker contributors
AppPublisherURL=https://dialoguetracker.org/
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\out\installer
OutputBaseFilename=DialogueTracker-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#WindowProgram}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An older version's folder is replaced whole, so no library of it lingers beside the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#WindowProgram}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#WindowProgram}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#WindowProgram}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
