<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About VideoDB Downloads</source>
        <translation>Über VideoDB Downloads</translation>
    </message>
    <message>
        <source>VideoDB Downloads</source>
        <translation>VideoDB Downloads</translation>
    </message>
    <message>
        <source>See, save, retry and delete your VideoDB download jobs.</source>
        <translation>Ihre VideoDB-Download-Aufträge ansehen, speichern, wiederholen und löschen.</translation>
    </message>
    <message>
        <source>Version %1
MIT License
Running on Qt %2 (built with Qt %3)</source>
        <translation>Version %1
MIT-Lizenz
Läuft unter Qt %2 (kompiliert mit Qt %3)</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;videodb.io&lt;/a&gt; · &lt;a href=&quot;%2&quot;&gt;Documentation&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;videodb.io&lt;/a&gt; · &lt;a href=&quot;%2&quot;&gt;Dokumentation&lt;/a&gt;</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Über Qt</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Connect to VideoDB</source>
        <translation>Mit VideoDB verbinden</translation>
    </message>
    <message>
        <source>Account and settings</source>
        <translation>Konto und Einstellungen</translation>
    </message>
    <message>
        <source>Enter your VideoDB API key (it starts with &lt;b&gt;sk-&lt;/b&gt;). You find it in the VideoDB console. It is sent only to the API address below.</source>
        <translation>Geben Sie Ihren VideoDB-API-Schlüssel ein (er beginnt mit &lt;b&gt;sk-&lt;/b&gt;). Sie finden ihn in der VideoDB-Konsole. Er wird nur an die unten stehende API-Adresse gesendet.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API-Basis-URL</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Refresh interval in seconds</source>
        <translation>Aktualisierungsintervall in Sekunden</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>API-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Aktualisieren alle:</translation>
    </message>
    <message>
        <source>No keyring is available on this system</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>The system keyring could not be used: %1</source>
        <translation>Der Schlüsselbund des Systems konnte nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Keep the key for this session only</source>
        <translation>Schlüssel nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Save the key in the settings file</source>
        <translation>Schlüssel in der Einstellungsdatei speichern</translation>
    </message>
    <message>
        <source>⚠ The settings file stores the key in plain text. Only your user account can read it, but anyone who can read %1 can use your VideoDB account.</source>
        <translation>⚠ Die Einstellungsdatei speichert den Schlüssel im Klartext. Nur Ihr Benutzerkonto kann sie lesen, aber wer %1 lesen kann, kann Ihr VideoDB-Konto benutzen.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>This key comes from the VIDEO_DB_API_KEY environment variable and is not stored anywhere else.</source>
        <translation>Dieser Schlüssel stammt aus der Umgebungsvariablen VIDEO_DB_API_KEY und wird nirgendwo sonst gespeichert.</translation>
    </message>
    <message>
        <source>This key comes from the --api-key option and is not stored anywhere else.</source>
        <translation>Dieser Schlüssel stammt aus der Option --api-key und wird nirgendwo sonst gespeichert.</translation>
    </message>
    <message>
        <source>The key will be kept in the system keyring.</source>
        <translation>Der Schlüssel wird im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>The key will be kept in %1, readable only by you.</source>
        <translation>Der Schlüssel wird in %1 aufbewahrt, nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>The key will be kept in memory until you quit; the next start asks again.</source>
        <translation>Der Schlüssel bleibt bis zum Beenden im Arbeitsspeicher; beim nächsten Start wird erneut gefragt.</translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>Speichern nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>the keyring refused the key</source>
        <translation>der Schlüsselbund hat den Schlüssel abgelehnt</translation>
    </message>
</context>
<context>
    <name>AlreadySavedDialog</name>
    <message>
        <source>Already saved</source>
        <translation>Bereits gespeichert</translation>
    </message>
    <message>
        <source>“%1” is already saved.</source>
        <translation>„%1“ ist bereits gespeichert.</translation>
    </message>
    <message>
        <source>Already saved as:
%1

Open that file, or save another copy beside it?</source>
        <translation>Bereits gespeichert als:
%1

Diese Datei öffnen oder eine weitere Kopie daneben speichern?</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Save another copy</source>
        <translation>Weitere Kopie speichern</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>no error</source>
        <translation>kein Fehler</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>API error</source>
        <translation>API-Fehler</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>malformed response</source>
        <translation>fehlerhafte Antwort</translation>
    </message>
    <message>
        <source>invalid request</source>
        <translation>ungültige Anfrage</translation>
    </message>
    <message>
        <source>%1 (HTTP %2): %3 [%4]</source>
        <extracomment>%1 the class of failure, %2 the HTTP status, %3 the server&apos;s words, %4 its error code</extracomment>
        <translation>%1 (HTTP %2): %3 [%4]</translation>
    </message>
    <message>
        <source>%1 (HTTP %2): %3</source>
        <extracomment>%1 the class of failure, %2 the HTTP status, %3 the server&apos;s or the network&apos;s words</extracomment>
        <translation>%1 (HTTP %2): %3</translation>
    </message>
    <message>
        <source>%1 (HTTP %2) [%3]</source>
        <extracomment>%1 the class of failure, %2 the HTTP status, %3 the server&apos;s error code</extracomment>
        <translation>%1 (HTTP %2) [%3]</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <extracomment>%1 the class of failure, %2 the HTTP status</extracomment>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>%1: %2 [%3]</source>
        <extracomment>%1 the class of failure, %2 the server&apos;s words, %3 its error code</extracomment>
        <translation>%1: %2 [%3]</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 the class of failure, %2 the server&apos;s or the network&apos;s words</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <extracomment>%1 the class of failure, %2 the server&apos;s error code</extracomment>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>response too large</source>
        <translation>Antwort zu groß</translation>
    </message>
    <message numerus="yes">
        <source>VideoDB did not finish answering within %n second(s)</source>
        <translation>
            <numerusform>VideoDB hat nicht innerhalb von %n Sekunde fertig geantwortet</numerusform>
            <numerusform>VideoDB hat nicht innerhalb von %n Sekunden fertig geantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>the server announced an answer of %1, more than the %2 any real answer stays under, so none of it was read</source>
        <extracomment>%1 the size the server announced, %2 the most the app reads, both like &quot;64 MB&quot;</extracomment>
        <translation>der Server kündigte eine Antwort von %1 an, mehr als die %2, unter denen jede echte Antwort bleibt; nichts davon wurde gelesen</translation>
    </message>
    <message>
        <source>the answer passed %1, more than any real answer, and was cut off there</source>
        <extracomment>%1 the most the app reads, like &quot;64 MB&quot;</extracomment>
        <translation>die Antwort überschritt %1, mehr als jede echte Antwort, und wurde dort abgebrochen</translation>
    </message>
    <message>
        <source>the compressed answer could not be unpacked, or unpacked to far more than any real answer, and was cut off</source>
        <translation>die komprimierte Antwort ließ sich nicht entpacken oder entpackte sich zu weit mehr als jede echte Antwort und wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>AppLauncher</name>
    <message>
        <source>The demo server could not start: %1</source>
        <translation>Der Demo-Server konnte nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message numerus="yes">
        <source>%n job(s) could not be read (no id) and are left out</source>
        <translation>
            <numerusform>%n Auftrag konnte nicht gelesen werden (keine ID) und wird ausgelassen</numerusform>
            <numerusform>%n Aufträge konnten nicht gelesen werden (keine ID) und werden ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 a job&apos;s id, %2 what went wrong with it</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>CreateCommand</name>
    <message>
        <source>the stream URL is empty</source>
        <translation>die Stream-URL ist leer</translation>
    </message>
    <message>
        <source>not a valid stream URL</source>
        <translation>keine gültige Stream-URL</translation>
    </message>
    <message>
        <source>the stream URL must start with https:// or http://</source>
        <translation>die Stream-URL muss mit https:// oder http:// beginnen</translation>
    </message>
    <message>
        <source>create takes exactly one stream URL</source>
        <translation>create erwartet genau eine Stream-URL</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot;</source>
        <extracomment>%1 what is wrong with the stream URL, %2 the URL as given</extracomment>
        <translation>%1: „%2“</translation>
    </message>
</context>
<context>
    <name>CreateJobDialog</name>
    <message>
        <source>New download job</source>
        <translation>Neuer Download-Auftrag</translation>
    </message>
    <message>
        <source>Stream URL</source>
        <translation>Stream-URL</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>Name des Auftrags</translation>
    </message>
    <message>
        <source>&amp;Stream URL:</source>
        <translation>&amp;Stream-URL:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Create job</source>
        <translation>Auftrag anlegen</translation>
    </message>
    <message>
        <source>Paste the stream link of a VideoDB video.</source>
        <translation>Fügen Sie den Stream-Link eines VideoDB-Videos ein.</translation>
    </message>
    <message>
        <source>This is not a valid URL.</source>
        <translation>Das ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The stream URL must start with https:// or http://</source>
        <translation>Die Stream-URL muss mit https:// oder http:// beginnen</translation>
    </message>
</context>
<context>
    <name>DeleteCommand</name>
    <message>
        <source>delete takes job ids or a rule (--status, --all-done, --older-than), not both</source>
        <translation>delete erwartet Auftrags-IDs oder eine Regel (--status, --all-done, --older-than), nicht beides</translation>
    </message>
    <message>
        <source>--older-than needs --status S or --all-done to say which jobs</source>
        <translation>--older-than braucht --status S oder --all-done, um die Aufträge zu bestimmen</translation>
    </message>
    <message>
        <source>delete needs at least one job id, or a rule</source>
        <translation>delete braucht mindestens eine Auftrags-ID oder eine Regel</translation>
    </message>
    <message>
        <source>no job matches; nothing deleted</source>
        <translation>kein Auftrag passt; nichts gelöscht</translation>
    </message>
    <message>
        <source>would delete %1</source>
        <translation>würde löschen: %1</translation>
    </message>
    <message numerus="yes">
        <source>refusing to delete without confirmation: standard input is not a terminal; pass --yes to delete %n job(s)</source>
        <translation>
            <numerusform>Löschen ohne Bestätigung verweigert: die Standardeingabe ist kein Terminal; mit --yes wird %n Auftrag gelöscht</numerusform>
            <numerusform>Löschen ohne Bestätigung verweigert: die Standardeingabe ist kein Terminal; mit --yes werden %n Aufträge gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these are still processing and will be cancelled.</source>
        <translation>
            <numerusform>%n davon wird noch verarbeitet und wird abgebrochen.</numerusform>
            <numerusform>%n davon werden noch verarbeitet und werden abgebrochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n job(s)?</source>
        <translation>
            <numerusform>%n Auftrag löschen?</numerusform>
            <numerusform>%n Aufträge löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing deleted</source>
        <translation>nichts gelöscht</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>gelöscht: %1</translation>
    </message>
    <message>
        <source>Deletion is permanent: the job records cannot be recovered. Files already saved on this computer are kept.</source>
        <translation>Das Löschen ist endgültig: Die Auftragsdaten lassen sich nicht wiederherstellen. Bereits auf diesem Computer gespeicherte Dateien bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>DeleteConfirmationDialog</name>
    <message>
        <source>Delete download jobs</source>
        <translation>Download-Aufträge löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n download job(s)?</source>
        <translation>
            <numerusform>Diesen Download-Auftrag löschen?</numerusform>
            <numerusform>Diese %n Download-Aufträge löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) are still processing and will be cancelled.</source>
        <translation>
            <numerusform>%n Auftrag wird noch verarbeitet und wird abgebrochen.</numerusform>
            <numerusform>%n Aufträge werden noch verarbeitet und werden abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message numerus="yes">
        <source>The files of %n job(s) are being saved (%1): those downloads will be cancelled and their partial files removed.</source>
        <extracomment>%1 the quoted names of the jobs; the singular names the one job without a number</extracomment>
        <translation>
            <numerusform>Die Datei von %1 wird gerade gespeichert: Dieser Download wird abgebrochen und seine unvollständige Datei entfernt.</numerusform>
            <numerusform>Die Dateien von %n Aufträgen werden gerade gespeichert (%1): Diese Downloads werden abgebrochen und ihre unvollständigen Dateien entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Files already saved are kept on this computer.</source>
        <translation>Bereits gespeicherte Dateien bleiben auf diesem Computer erhalten.</translation>
    </message>
    <message>
        <source>Deletion is permanent: the job records cannot be recovered, and this cannot be undone.</source>
        <translation>Das Löschen ist endgültig: Die Auftragsdaten lassen sich nicht wiederherstellen, und es kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n job(s)</source>
        <translation>
            <numerusform>%n Auftrag löschen</numerusform>
            <numerusform>%n Aufträge löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FetchCommand</name>
    <message>
        <source>fetch needs at least one job id</source>
        <translation>fetch braucht mindestens eine Auftrags-ID</translation>
    </message>
    <message>
        <source>%1: the job failed, so there is no file</source>
        <translation>%1: der Auftrag ist fehlgeschlagen, daher gibt es keine Datei</translation>
    </message>
    <message>
        <source>%1: the job failed: %2</source>
        <translation>%1: der Auftrag ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: the job is %2, not done, so there is no file yet</source>
        <extracomment>%1 a job&apos;s id, %2 its status (processing, unknown)</extracomment>
        <translation>%1: der Auftrag ist %2, nicht fertig, daher gibt es noch keine Datei</translation>
    </message>
    <message>
        <source>transfer state cannot be kept (%1); an interrupted fetch will start over</source>
        <translation>der Übertragungsstand kann nicht gespeichert werden (%1); ein unterbrochener Abruf beginnt von vorn</translation>
    </message>
    <message>
        <source>already saved: %1</source>
        <translation>bereits gespeichert: %1</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>gespeichert: %1</translation>
    </message>
    <message>
        <source>%1 is already being saved by another videodb-downloads process (pid %2)</source>
        <translation>%1 wird bereits von einem anderen videodb-downloads-Prozess gespeichert (PID %2)</translation>
    </message>
    <message>
        <source>the output folder %1 is a file, not a folder</source>
        <translation>der Ausgabeordner %1 ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>could not make the output folder %1</source>
        <translation>der Ausgabeordner %1 konnte nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>FileTransfer</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1 to check it.</source>
        <translation>%1 kann zur Prüfung nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file host answered HTTP %1.</source>
        <translation>Der Datei-Host antwortete mit HTTP %1.</translation>
    </message>
    <message>
        <source>Cannot restart %1: %2</source>
        <translation>%1 kann nicht neu begonnen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. The partial file is kept so the transfer can resume.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Die unvollständige Datei bleibt erhalten, damit die Übertragung fortgesetzt werden kann.</translation>
    </message>
    <message>
        <source>The file host refused the download URL even after asking VideoDB for a fresh one.</source>
        <translation>Der Datei-Host hat die Download-URL abgelehnt, auch nachdem eine neue bei VideoDB angefordert wurde.</translation>
    </message>
    <message>
        <source>The download URL expired and no fresh one could be had: %1</source>
        <translation>Die Download-URL ist abgelaufen, und es war keine neue zu bekommen: %1</translation>
    </message>
    <message>
        <source>The transfer stopped: %1. It can resume from byte %2.</source>
        <extracomment>%1 the network&apos;s words, %2 the offset of the first byte still missing</extracomment>
        <translation>Die Übertragung wurde unterbrochen: %1. Sie kann ab Byte %2 fortgesetzt werden.</translation>
    </message>
    <message>
        <source>The file has %1 bytes but the server announced %2; the partial file is kept.</source>
        <translation>Die Datei hat %1 Bytes, der Server hatte aber %2 angekündigt; die unvollständige Datei bleibt erhalten.</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2.</source>
        <translation>%1 kann nicht in %2 umbenannt werden.</translation>
    </message>
</context>
<context>
    <name>FolderChooser</name>
    <message>
        <source>Save the files into</source>
        <translation>Dateien speichern in</translation>
    </message>
</context>
<context>
    <name>JobDetailsPane</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Stream link</source>
        <translation>Stream-Link</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Download link</source>
        <translation>Download-Link</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The file was moved or deleted since it was saved.</source>
        <translation>Die Datei wurde seit dem Speichern verschoben oder gelöscht.</translation>
    </message>
    <message>
        <source>Select a job to see its details.</source>
        <translation>Wählen Sie einen Auftrag aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Job %1 is no longer in the list: it was deleted, or the server no longer lists it.</source>
        <translation>Auftrag %1 ist nicht mehr in der Liste: Er wurde gelöscht, oder der Server führt ihn nicht mehr auf.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Gültig bis %1</translation>
    </message>
    <message>
        <source>Delete failed</source>
        <translation>Löschen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Wiederholen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Expires in less than a minute</source>
        <translation>Läuft in weniger als einer Minute ab</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n min</source>
        <translation>
            <numerusform>Läuft in %n min ab</numerusform>
            <numerusform>Läuft in %n min ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n h</source>
        <translation>
            <numerusform>Läuft in %n h ab</numerusform>
            <numerusform>Läuft in %n h ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n h %1 min</source>
        <translation>
            <numerusform>Läuft in %n h %1 min ab</numerusform>
            <numerusform>Läuft in %n h %1 min ab</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobFilterProxyModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>Wird wiederholt…</translation>
    </message>
    <message>
        <source>Processing %1%</source>
        <translation>In Bearbeitung %1 %</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Delete failed: %1</source>
        <translation>Löschen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Retry failed: %1</source>
        <translation>Wiederholen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The server reported a status this version does not know: &quot;%1&quot;</source>
        <translation>Der Server meldete einen Status, den diese Version nicht kennt: „%1“</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Paused at %1</source>
        <translation>Angehalten bei %1</translation>
    </message>
    <message>
        <source>Saving in another window</source>
        <translation>Wird in einem anderen Fenster gespeichert</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Saved file was moved or deleted</source>
        <translation>Gespeicherte Datei wurde verschoben oder gelöscht</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1 so far · %2/s</source>
        <translation>%1 bisher · %2/s</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 bisher</translation>
    </message>
    <message>
        <source>%1% of %2</source>
        <translation>%1 % von %2</translation>
    </message>
    <message>
        <source>%1% of %2 · %3/s</source>
        <translation>%1 % von %2 · %3/s</translation>
    </message>
    <message>
        <source>%1% of %2 · %3/s · %4 left</source>
        <translation>%1 % von %2 · %3/s · noch %4</translation>
    </message>
    <message>
        <source>Paused at %1% of %2</source>
        <translation>Angehalten bei %1 % von %2</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Saved · %1</source>
        <translation>Gespeichert · %1</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <comment>minutes:seconds</comment>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>%1:%2:%3</source>
        <comment>hours:minutes:seconds</comment>
        <translation>%1:%2:%3</translation>
    </message>
</context>
<context>
    <name>JobTable</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
</context>
<context>
    <name>JobTransfers</name>
    <message>
        <source>The job is %1, so there is no file to save yet.</source>
        <translation>Der Auftrag ist %1, daher gibt es noch keine Datei zum Speichern.</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>list takes no job ids; show ID prints one job</source>
        <translation>list nimmt keine Auftrags-IDs; show ID zeigt einen Auftrag</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Search jobs</source>
        <translation>Aufträge durchsuchen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Download jobs</source>
        <translation>Download-Aufträge</translation>
    </message>
    <message>
        <source>Demo: a local emulator, no account needed</source>
        <translation>Demo: ein lokaler Emulator, kein Konto nötig</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>VideoDB Downloads</source>
        <translation>VideoDB Downloads</translation>
    </message>
    <message>
        <source>This is a demo: the jobs come from a local emulator on this computer, and nothing reaches VideoDB.</source>
        <translation>Dies ist eine Demo: Die Aufträge stammen von einem lokalen Emulator auf diesem Computer, und nichts erreicht VideoDB.</translation>
    </message>
    <message>
        <source>No API key is configured, so no jobs can be listed.</source>
        <translation>Es ist kein API-Schlüssel eingerichtet, daher können keine Aufträge angezeigt werden.</translation>
    </message>
    <message>
        <source>Enter key…</source>
        <translation>Schlüssel eingeben…</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Copied the download URL. It expires 24 hours after the job finished.</source>
        <translation>Die Download-URL wurde kopiert. Sie läuft 24 Stunden nach Abschluss des Auftrags ab.</translation>
    </message>
    <message>
        <source>The job was not created: enter your API key first. New job keeps your link.</source>
        <translation>Der Auftrag wurde nicht angelegt: Geben Sie zuerst Ihren API-Schlüssel ein. „Neuer Auftrag“ behält Ihren Link.</translation>
    </message>
    <message>
        <source>Creating job…</source>
        <translation>Auftrag wird angelegt…</translation>
    </message>
    <message>
        <source>The keyring could not keep the key (%1). Choose where to keep it.</source>
        <translation>Der Schlüsselbund konnte den Schlüssel nicht aufbewahren (%1). Wählen Sie, wo er aufbewahrt werden soll.</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Alle (%1)</translation>
    </message>
    <message>
        <source>Processing (%1)</source>
        <translation>In Bearbeitung (%1)</translation>
    </message>
    <message>
        <source>Done (%1)</source>
        <translation>Fertig (%1)</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>Fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>VideoDB did not accept the API key: %1</source>
        <translation>VideoDB hat den API-Schlüssel nicht akzeptiert: %1</translation>
    </message>
    <message>
        <source>Change key…</source>
        <translation>Schlüssel ändern…</translation>
    </message>
    <message>
        <source>Cannot reach VideoDB (%1). Showing the last known list.</source>
        <translation>VideoDB ist nicht erreichbar (%1). Die zuletzt bekannte Liste wird angezeigt.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>VideoDB answered with an error: %1</source>
        <translation>VideoDB antwortete mit einem Fehler: %1</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>Search name or ID</source>
        <translation>Name oder ID suchen</translation>
    </message>
    <message>
        <source>In the list</source>
        <translation>In der Liste</translation>
    </message>
    <message>
        <source>Open a saved file, save a done job, or show the details</source>
        <translation>Gespeicherte Datei öffnen, fertigen Auftrag speichern oder Details anzeigen</translation>
    </message>
    <message>
        <source>Open the menu of the selected jobs</source>
        <translation>Menü der ausgewählten Aufträge öffnen</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n job(s)…</source>
        <translation>
            <numerusform>%n Auftrag wird wiederholt…</numerusform>
            <numerusform>%n Aufträge werden wiederholt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n job ID(s).</source>
        <translation>
            <numerusform>%n Auftrags-ID wurde kopiert.</numerusform>
            <numerusform>%n Auftrags-IDs wurden kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n job(s)…</source>
        <translation>
            <numerusform>%n Auftrag &amp;löschen…</numerusform>
            <numerusform>%n Aufträge &amp;löschen…</numerusform>
        </translation>
    </message>
    <message>
        <source>All (%1 of %2)</source>
        <translation>Alle (%1 von %2)</translation>
    </message>
    <message>
        <source>Processing (%1 of %2)</source>
        <translation>In Bearbeitung (%1 von %2)</translation>
    </message>
    <message>
        <source>Done (%1 of %2)</source>
        <translation>Fertig (%1 von %2)</translation>
    </message>
    <message>
        <source>Failed (%1 of %2)</source>
        <translation>Fehlgeschlagen (%1 von %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n Auftrag</numerusform>
            <numerusform>%n Aufträge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 processing · %2 done · %3 failed</source>
        <translation>%1 in Bearbeitung · %2 fertig · %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>No job matches “%1”. Press Escape to clear the search.</source>
        <translation>Kein Auftrag passt zu „%1“. Drücken Sie Esc, um die Suche zu leeren.</translation>
    </message>
    <message>
        <source>No jobs with this status.</source>
        <translation>Keine Aufträge mit diesem Status.</translation>
    </message>
    <message>
        <source>Enter your API &amp;key…</source>
        <translation>API-Schlüssel &amp;eingeben…</translation>
    </message>
    <message>
        <source>VideoDB is answering too slowly (%1). Showing the last known list.</source>
        <translation>VideoDB antwortet zu langsam (%1). Angezeigt wird die zuletzt bekannte Liste.</translation>
    </message>
    <message numerus="yes">
        <source>Paused %n download(s); Resume picks up where they stopped.</source>
        <translation>
            <numerusform>%n Download angehalten; Fortsetzen macht dort weiter, wo er stehen blieb.</numerusform>
            <numerusform>%n Downloads angehalten; Fortsetzen macht dort weiter, wo sie stehen blieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resuming %n download(s)…</source>
        <translation>
            <numerusform>%n Download wird fortgesetzt…</numerusform>
            <numerusform>%n Downloads werden fortgesetzt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n download(s); their unfinished files are removed.</source>
        <translation>
            <numerusform>%n Download abgebrochen; die unfertige Datei wird entfernt.</numerusform>
            <numerusform>%n Downloads abgebrochen; die unfertigen Dateien werden entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ProgressLine</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>bytes saved of the total, as in &quot;1.5 MB of 3.0 MB&quot;</extracomment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>a speed, as in &quot;1.5 MB/s&quot;</extracomment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 left</source>
        <extracomment>the time a transfer still needs, as in &quot;0:42 left&quot;</extracomment>
        <translation>noch %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot create %1: permission denied.</source>
        <translation>%1 kann nicht angelegt werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>QuitDialog</name>
    <message>
        <source>Quit VideoDB Downloads?</source>
        <translation>VideoDB Downloads beenden?</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are still being saved. Quitting pauses them; they can be resumed where they stopped the next time you start the app.</source>
        <translation>
            <numerusform>%n Datei wird noch gespeichert. Beim Beenden wird sie angehalten; beim nächsten Start der App kann sie dort fortgesetzt werden, wo sie stehen geblieben ist.</numerusform>
            <numerusform>%n Dateien werden noch gespeichert. Beim Beenden werden sie angehalten; beim nächsten Start der App können sie dort fortgesetzt werden, wo sie stehen geblieben sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) are still being deleted. If you quit now, some of them may not be deleted.</source>
        <translation>
            <numerusform>%n Auftrag wird noch gelöscht. Wenn Sie jetzt beenden, wird er möglicherweise nicht gelöscht.</numerusform>
            <numerusform>%n Aufträge werden noch gelöscht. Wenn Sie jetzt beenden, werden einige davon möglicherweise nicht gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>To let the work finish, keep the app running in the tray.</source>
        <translation>Damit die laufende Arbeit abgeschlossen wird, lassen Sie die App im Infobereich weiterlaufen.</translation>
    </message>
    <message>
        <source>Do not ask again</source>
        <translation>Nicht mehr fragen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>Im Infobereich weiterlaufen lassen</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetryCommand</name>
    <message>
        <source>retry takes job ids or --all-failed, not both</source>
        <translation>retry erwartet Auftrags-IDs oder --all-failed, nicht beides</translation>
    </message>
    <message>
        <source>retry takes exactly one job id, or --all-failed</source>
        <translation>retry erwartet genau eine Auftrags-ID oder --all-failed</translation>
    </message>
    <message>
        <source>%1 is %2: only failed jobs can be retried</source>
        <extracomment>%1 a job&apos;s id, %2 its status (done, processing)</extracomment>
        <translation>%1 ist %2: nur fehlgeschlagene Aufträge können wiederholt werden</translation>
    </message>
    <message>
        <source>would retry %1</source>
        <translation>würde wiederholen: %1</translation>
    </message>
    <message>
        <source>no job matches; nothing retried</source>
        <translation>kein Auftrag passt; nichts wiederholt</translation>
    </message>
    <message>
        <source>retrying %1 (%2)</source>
        <extracomment>%1 a job&apos;s id, %2 its new status</extracomment>
        <translation>wird wiederholt: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SaveFlow</name>
    <message>
        <source>The folder %1 does not exist: choose where to save</source>
        <translation>Der Ordner %1 existiert nicht: Wählen Sie, wohin gespeichert werden soll</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to: choose where to save</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden: Wählen Sie, wohin gespeichert werden soll</translation>
    </message>
    <message>
        <source>Saving another copy to %1…</source>
        <translation>Weitere Kopie wird in %1 gespeichert…</translation>
    </message>
    <message numerus="yes">
        <source>Saving %n file(s) to %1…</source>
        <translation>
            <numerusform>%n Datei wird in %1 gespeichert…</numerusform>
            <numerusform>%n Dateien werden in %1 gespeichert…</numerusform>
        </translation>
    </message>
    <message>
        <source>The saved file %1 was moved or deleted.</source>
        <translation>Die gespeicherte Datei %1 wurde verschoben oder gelöscht.</translation>
    </message>
    <message>
        <source>No application on this computer opens %1. Show in folder (Ctrl+Shift+O) opens the folder that holds it.</source>
        <translation>Auf diesem Computer öffnet keine Anwendung %1. „Im Ordner anzeigen“ (Strg+Umschalt+O) öffnet den Ordner, der die Datei enthält.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Tastenkürzel suchen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <source>show takes exactly one job id</source>
        <translation>show erwartet genau eine Auftrags-ID</translation>
    </message>
    <message>
        <source>id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>progress:</source>
        <translation>Fortschritt:</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>download url:</source>
        <translation>Download-URL:</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Another start of the app holds %1.</source>
        <translation>Eine andere Instanz der App hält %1 gesperrt.</translation>
    </message>
    <message>
        <source>VideoDB Downloads is already running but does not answer.</source>
        <translation>VideoDB Downloads läuft bereits, antwortet aber nicht.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Auf %1 können keine Verbindungen angenommen werden: %2</translation>
    </message>
</context>
<context>
    <name>StatusNotifier</name>
    <message>
        <source>“%1” is done and ready to download.</source>
        <translation>„%1“ ist fertig und kann heruntergeladen werden.</translation>
    </message>
    <message>
        <source>“%1” failed.</source>
        <translation>„%1“ ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <translation>„%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Created job %1.</source>
        <translation>Auftrag %1 wurde angelegt.</translation>
    </message>
    <message>
        <source>Create failed: %1</source>
        <translation>Anlegen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Retry of %1 failed: %2</source>
        <translation>Wiederholen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Saved “%1” to %2.</source>
        <translation>„%1“ wurde in %2 gespeichert.</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Loading jobs…</source>
        <translation>Aufträge werden geladen…</translation>
    </message>
    <message>
        <source>“%1” is saved.</source>
        <translation>„%1“ ist gespeichert.</translation>
    </message>
    <message>
        <source>Job finished</source>
        <translation>Auftrag abgeschlossen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Job failed</source>
        <translation>Auftrag fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) could not be read and are not listed.</source>
        <translation>
            <numerusform>%n Auftrag konnte nicht gelesen werden und wird nicht angezeigt.</numerusform>
            <numerusform>%n Aufträge konnten nicht gelesen werden und werden nicht angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>File saved</source>
        <translation>Datei gespeichert</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>Could not save a file</source>
        <translation>Eine Datei konnte nicht gespeichert werden</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n job(s).</source>
        <translation>
            <numerusform>%n Auftrag wurde gelöscht.</numerusform>
            <numerusform>%n Aufträge wurden gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) were already gone and were removed from the list.</source>
        <translation>
            <numerusform>%n Auftrag existierte bereits nicht mehr und wurde aus der Liste entfernt.</numerusform>
            <numerusform>%n Aufträge existierten bereits nicht mehr und wurden aus der Liste entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) could not be deleted; see their Message column.</source>
        <translation>
            <numerusform>%n Auftrag konnte nicht gelöscht werden; Näheres in der Spalte „Meldung“.</numerusform>
            <numerusform>%n Aufträge konnten nicht gelöscht werden; Näheres in der Spalte „Meldung“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deletion finished</source>
        <translation>Löschen abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) finished</source>
        <translation>
            <numerusform>%n Auftrag abgeschlossen</numerusform>
            <numerusform>%n Aufträge abgeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) failed</source>
        <translation>
            <numerusform>%n Auftrag fehlgeschlagen</numerusform>
            <numerusform>%n Aufträge fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved</source>
        <translation>
            <numerusform>%n Datei gespeichert</numerusform>
            <numerusform>%n Dateien gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be saved</source>
        <translation>
            <numerusform>%n Datei konnte nicht gespeichert werden</numerusform>
            <numerusform>%n Dateien konnten nicht gespeichert werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s) finished</source>
        <translation>
            <numerusform>%n Löschvorgang abgeschlossen</numerusform>
            <numerusform>%n Löschvorgänge abgeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n</source>
        <translation>
            <numerusform>%n Datei wird gespeichert</numerusform>
            <numerusform>%n Dateien werden gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n · %1/s</source>
        <translation>
            <numerusform>%n Datei wird gespeichert · %1/s</numerusform>
            <numerusform>%n Dateien werden gespeichert · %1/s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving %n · %1/s · %2 left</source>
        <translation>
            <numerusform>%n Datei wird gespeichert · %1/s · noch %2</numerusform>
            <numerusform>%n Dateien werden gespeichert · %1/s · noch %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferSettingsDialog</name>
    <message>
        <source>Download settings</source>
        <translation>Download-Einstellungen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source> MB/s</source>
        <translation> MB/s</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Begrenzung</translation>
    </message>
    <message>
        <source>Save files into:</source>
        <translation>Dateien speichern in:</translation>
    </message>
    <message>
        <source>Files saved at once:</source>
        <translation>Gleichzeitig gespeicherte Dateien:</translation>
    </message>
    <message>
        <source>Speed limit:</source>
        <translation>Geschwindigkeitsbegrenzung:</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New job…</source>
        <translation>&amp;Neuer Auftrag…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;to…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>Datei &amp;öffnen</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <source>Do&amp;wnloads…</source>
        <translation>Do&amp;wnloads…</translation>
    </message>
    <message>
        <source>Where files are saved, how many at once, and the speed limit</source>
        <translation>Speicherort, Anzahl gleichzeitiger Downloads und Geschwindigkeitsbegrenzung</translation>
    </message>
    <message>
        <source>&amp;Account and settings…</source>
        <translation>&amp;Konto und Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Copy download &amp;URL</source>
        <translation>Download-U&amp;RL kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste stream link…</source>
        <translation>Stream-Link &amp;einfügen…</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;All jobs</source>
        <translation>A&amp;lle Aufträge</translation>
    </message>
    <message>
        <source>&amp;Processing</source>
        <translation>&amp;In Bearbeitung</translation>
    </message>
    <message>
        <source>D&amp;one</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>&amp;Failed</source>
        <translation>F&amp;ehlgeschlagen</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Desktop &amp;notifications</source>
        <translation>Desktop-&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Pause download</source>
        <translation>Download an&amp;halten</translation>
    </message>
    <message>
        <source>Res&amp;ume download</source>
        <translation>Download &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Cancel download</source>
        <translation>Download a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Save finished jobs &amp;automatically</source>
        <translation>Fertige Aufträge &amp;automatisch speichern</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About VideoDB Downloads</source>
        <translation>Ü&amp;ber VideoDB Downloads</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>A&amp;ufträge</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>%1 (try --help)</source>
        <translation>%1 (siehe --help)</translation>
    </message>
    <message>
        <source>Manage VideoDB download jobs.

Commands:
  list [--status S] [--json | --pretty | --jsonl]
      every job, from every page, printed as it arrives
  show ID [--json]
      one job
  create STREAM_URL [--name NAME]
      start a job and print its id; a link without a
      scheme is read as https://
  retry ID
  retry --all-failed [--older-than AGE] [--dry-run]
      retry failed jobs
  delete ID... [--yes]
  delete --status S | --all-done [--older-than AGE]
         [--dry-run] [--yes]
      delete (cancel) jobs permanently, e.g.
      delete --status failed --older-than 30d
  fetch ID... [--output DIR] [--parallel N]
        [--limit-rate RATE] [--wait] [--again]
      save done jobs&apos; files; a rerun resumes, and an
      intact saved file is not fetched again

AGE is a number with s, m, h, d or w: 45m, 12h, 30d.
A rule is applied to one listing, and the jobs it
selects are shown before anything is sent. delete asks
on a terminal; without one it needs --yes.

Exit codes: 0 ok, 1 failure, 2 usage, 3 authentication,
4 not found, 5 declined at the prompt (nothing changed).

The API key comes from --api-key, then VIDEO_DB_API_KEY,
then what the VideoDB Downloads app saved (its keyring
entry or its settings file).</source>
        <extracomment>Keep every line within 60 columns, and the commands and options as they are.</extracomment>
        <translation>VideoDB-Download-Aufträge verwalten.

Befehle:
  list [--status S] [--json | --pretty | --jsonl]
      alle Aufträge von allen Seiten, sobald sie eintreffen
  show ID [--json]
      ein Auftrag
  create STREAM_URL [--name NAME]
      einen Auftrag anlegen und seine ID ausgeben; ein Link
      ohne Schema wird als https:// gelesen
  retry ID
  retry --all-failed [--older-than AGE] [--dry-run]
      fehlgeschlagene Aufträge wiederholen
  delete ID... [--yes]
  delete --status S | --all-done [--older-than AGE]
         [--dry-run] [--yes]
      Aufträge endgültig löschen (abbrechen), z. B.
      delete --status failed --older-than 30d
  fetch ID... [--output DIR] [--parallel N]
        [--limit-rate RATE] [--wait] [--again]
      Dateien fertiger Aufträge speichern; ein erneuter
      Aufruf setzt fort, und eine intakte gespeicherte
      Datei wird nicht erneut geholt

AGE ist eine Zahl mit s, m, h, d oder w: 45m, 12h, 30d.
Eine Regel wird auf eine einzige Auflistung angewandt,
und die gewählten Aufträge werden gezeigt, bevor etwas
gesendet wird. delete fragt auf einem Terminal nach;
ohne Terminal braucht es --yes.

Exit-Codes: 0 OK, 1 Fehler, 2 Aufruf, 3 Anmeldung,
4 nicht gefunden, 5 bei der Rückfrage abgelehnt (nichts
geändert).

Der API-Schlüssel kommt aus --api-key, dann aus
VIDEO_DB_API_KEY, dann aus dem, was die App VideoDB
Downloads gespeichert hat (ihr Schlüsselbund-Eintrag
oder ihre Einstellungsdatei).</translation>
    </message>
    <message>
        <source>API base URL (default: the app&apos;s, else https://api.videodb.io).</source>
        <translation>API-Basis-URL (Standard: die der App, sonst https://api.videodb.io).</translation>
    </message>
    <message>
        <source>API key (default: $VIDEO_DB_API_KEY, then the app&apos;s saved key).</source>
        <translation>API-Schlüssel (Standard: $VIDEO_DB_API_KEY, dann der gespeicherte Schlüssel der App).</translation>
    </message>
    <message>
        <source>Print JSON (list: one compact array).</source>
        <translation>JSON ausgeben (list: ein kompaktes Array).</translation>
    </message>
    <message>
        <source>list: an indented JSON array.</source>
        <translation>list: ein eingerücktes JSON-Array.</translation>
    </message>
    <message>
        <source>list: one JSON job per line.</source>
        <translation>list: ein Auftrag als JSON pro Zeile.</translation>
    </message>
    <message>
        <source>list: only jobs in S; delete: every job in S. S is processing, done, failed or unknown.</source>
        <translation>list: nur Aufträge im Status S; delete: jeder Auftrag im Status S. S ist processing, done, failed oder unknown.</translation>
    </message>
    <message>
        <source>delete: every done job.</source>
        <translation>delete: jeder fertige Auftrag.</translation>
    </message>
    <message>
        <source>retry: every failed job.</source>
        <translation>retry: jeder fehlgeschlagene Auftrag.</translation>
    </message>
    <message>
        <source>delete, retry: only jobs created longer ago than AGE.</source>
        <translation>delete, retry: nur Aufträge, die vor mehr als AGE angelegt wurden.</translation>
    </message>
    <message>
        <source>delete, retry by rule: list what would be done, send nothing.</source>
        <translation>delete, retry nach Regel: anzeigen, was geschähe, nichts senden.</translation>
    </message>
    <message>
        <source>create: the job&apos;s name.</source>
        <translation>create: der Name des Auftrags.</translation>
    </message>
    <message>
        <source>delete: do not ask for confirmation.</source>
        <translation>delete: nicht um Bestätigung bitten.</translation>
    </message>
    <message>
        <source>fetch: the folder to save into (default: the app&apos;s download folder).</source>
        <translation>fetch: der Zielordner (Standard: der Download-Ordner der App).</translation>
    </message>
    <message>
        <source>fetch: files transferred at once.</source>
        <translation>fetch: gleichzeitig übertragene Dateien.</translation>
    </message>
    <message>
        <source>fetch: at most RATE bytes per second in all, as 500K or 5M.</source>
        <translation>fetch: insgesamt höchstens RATE Bytes pro Sekunde, etwa 500K oder 5M.</translation>
    </message>
    <message>
        <source>fetch: wait while another process saves the same job.</source>
        <translation>fetch: warten, während ein anderer Prozess denselben Auftrag speichert.</translation>
    </message>
    <message>
        <source>fetch: save a new copy of a job already saved.</source>
        <translation>fetch: eine neue Kopie eines bereits gespeicherten Auftrags speichern.</translation>
    </message>
    <message>
        <source>list, show, create, retry, delete or fetch</source>
        <translation>list, show, create, retry, delete oder fetch</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>--json, --pretty and --jsonl exclude each other</source>
        <translation>--json, --pretty und --jsonl schließen einander aus</translation>
    </message>
    <message>
        <source>--parallel takes a number from 1 to 16</source>
        <translation>--parallel erwartet eine Zahl von 1 bis 16</translation>
    </message>
    <message>
        <source>--limit-rate takes a rate such as 500K or 5M</source>
        <translation>--limit-rate erwartet eine Rate wie 500K oder 5M</translation>
    </message>
    <message>
        <source>--status takes processing, done, failed or unknown</source>
        <translation>--status erwartet processing, done, failed oder unknown</translation>
    </message>
    <message>
        <source>--status, --all-done and --all-failed exclude each other</source>
        <translation>--status, --all-done und --all-failed schließen einander aus</translation>
    </message>
    <message>
        <source>--all-done is for delete</source>
        <translation>--all-done gilt für delete</translation>
    </message>
    <message>
        <source>--all-failed is for retry</source>
        <translation>--all-failed gilt für retry</translation>
    </message>
    <message>
        <source>only failed jobs can be retried: use --all-failed</source>
        <translation>nur fehlgeschlagene Aufträge können wiederholt werden: verwenden Sie --all-failed</translation>
    </message>
    <message>
        <source>--older-than takes a number with s, m, h, d or w, such as 30d</source>
        <translation>--older-than erwartet eine Zahl mit s, m, h, d oder w, etwa 30d</translation>
    </message>
    <message>
        <source>--older-than is for delete and retry</source>
        <translation>--older-than gilt für delete und retry</translation>
    </message>
    <message>
        <source>--dry-run goes with a rule: --status, --all-done, --all-failed or --older-than</source>
        <translation>--dry-run gehört zu einer Regel: --status, --all-done, --all-failed oder --older-than</translation>
    </message>
    <message>
        <source>--timeout-s needs a positive number</source>
        <translation>--timeout-s braucht eine positive Zahl</translation>
    </message>
    <message>
        <source>--api-key is empty</source>
        <translation>--api-key ist leer</translation>
    </message>
    <message>
        <source>--base-url is empty</source>
        <translation>--base-url ist leer</translation>
    </message>
    <message>
        <source>no API key for this --base-url: the saved key is only sent to the saved server; pass --api-key or set VIDEO_DB_API_KEY</source>
        <translation>kein API-Schlüssel für diese --base-url: der gespeicherte Schlüssel wird nur an den gespeicherten Server gesendet; geben Sie --api-key an oder setzen Sie VIDEO_DB_API_KEY</translation>
    </message>
    <message>
        <source>no API key: pass --api-key, set VIDEO_DB_API_KEY, or enter it in the VideoDB Downloads app</source>
        <translation>kein API-Schlüssel: geben Sie --api-key an, setzen Sie VIDEO_DB_API_KEY oder tragen Sie ihn in der App VideoDB Downloads ein</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>Give up when the server sends nothing for S seconds.</source>
        <translation>Aufgeben, wenn der Server S Sekunden lang nichts sendet.</translation>
    </message>
    <message>
        <source>Give up on an API request unfinished after S seconds, retries included.</source>
        <translation>Eine API-Anfrage aufgeben, die nach S Sekunden nicht fertig ist, Wiederholungen eingeschlossen.</translation>
    </message>
    <message>
        <source>--deadline-s needs a positive number</source>
        <translation>--deadline-s braucht eine positive Zahl</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage VideoDB download jobs.</source>
        <translation>VideoDB-Download-Aufträge verwalten.</translation>
    </message>
    <message>
        <source>Run against a local demo server.</source>
        <translation>Mit einem lokalen Demo-Server laufen.</translation>
    </message>
    <message>
        <source>Run the demo when no API key is configured.</source>
        <translation>Die Demo starten, wenn kein API-Schlüssel eingerichtet ist.</translation>
    </message>
    <message>
        <source>API base URL.</source>
        <translation>API-Basis-URL.</translation>
    </message>
    <message>
        <source>API key (default: $VIDEO_DB_API_KEY, then the keyring).</source>
        <translation>API-Schlüssel (Standard: $VIDEO_DB_API_KEY, dann der Schlüsselbund).</translation>
    </message>
    <message>
        <source>VideoDB Downloads</source>
        <translation>VideoDB Downloads</translation>
    </message>
    <message>
        <source>Stream URLs to open in the New job dialog. When the app already runs, they open in its window.</source>
        <translation>Stream-URLs, die im Dialog „Neuer Auftrag“ geöffnet werden. Läuft die App bereits, werden sie in ihrem Fenster geöffnet.</translation>
    </message>
    <message>
        <source>VideoDB Downloads is already running; these options were not applied: %1. Quit it first to use them.</source>
        <translation>VideoDB Downloads läuft bereits; diese Optionen wurden nicht übernommen: %1. Beenden Sie es zuerst, um sie zu verwenden.</translation>
    </message>
</context>
</TS>
