<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Verbund</name>
    <message>
        <source>The measure starts on %1; the series cannot start before.</source>
        <translation>Die Maßnahme beginnt am %1; die Serie kann nicht früher beginnen.</translation>
    </message>
    <message>
        <source>The measure ends on %1; the series cannot end after it.</source>
        <translation>Die Maßnahme endet am %1; die Serie kann nicht später enden.</translation>
    </message>
    <message>
        <source>The series ends before it starts.</source>
        <translation>Die Serie endet, bevor sie beginnt.</translation>
    </message>
</context>
<context>
    <name>Verbund::ActivityReport</name>
    <message>
        <source>all sites</source>
        <translation>alle Standorte</translation>
    </message>
    <message>
        <source>site %1</source>
        <translation>Standort %1</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation>Tätigkeitsbericht</translation>
    </message>
    <message>
        <source>Activity report %1</source>
        <translation>Tätigkeitsbericht %1</translation>
    </message>
    <message>
        <source>All periods</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>The network&apos;s work for %1: advice to companies, members, measures and their participants, results and money. Measures count when they run in the period; people when they take part in one of them; exits and sessions by their day.</source>
        <translation>Die Arbeit des Netzwerks für %1: Beratung von Unternehmen, Mitglieder, Maßnahmen und ihre Teilnehmenden, Ergebnisse und Geld. Maßnahmen zählen, wenn sie im Zeitraum laufen; Personen, wenn sie an einer davon teilnehmen; Austritte und Termine nach ihrem Tag.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>In the period</source>
        <translation>Im Zeitraum</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <source>Advice to companies</source>
        <translation>Beratung von Unternehmen</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Measures and participants</source>
        <translation>Maßnahmen und Teilnehmende</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
</context>
<context>
    <name>Verbund::AttendanceGridModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Not recorded – %1</source>
        <translation>Nicht erfasst – %1</translation>
    </message>
    <message>
        <source>E</source>
        <comment>excused, in the attendance grid</comment>
        <translation>E</translation>
    </message>
    <message>
        <source>UE attended</source>
        <translation>Besuchte UE</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n UE</source>
        <translation>
            <numerusform>%1, %n UE</numerusform>
            <numerusform>%1, %n UE</numerusform>
        </translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
</context>
<context>
    <name>Verbund::AttendanceSheet</name>
    <message>
        <source>Attendance sheet: %1</source>
        <translation>Anwesenheitsliste: %1</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Anwesenheitsliste</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2 Uhr</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Bildungsträger</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>UE</source>
        <translation>UE</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lernort</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Ausbilder:in</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Nobody takes part in this session.</source>
        <translation>An diesem Termin nimmt niemand teil.</translation>
    </message>
    <message>
        <source>Date, signature of the trainer</source>
        <translation>Datum, Unterschrift der Lehrkraft</translation>
    </message>
    <message>
        <source>There are no sessions in this period.</source>
        <translation>In diesem Zeitraum gibt es keine Termine.</translation>
    </message>
</context>
<context>
    <name>Verbund::Backup</name>
    <message>
        <source>“%1” is no usable backup: %2</source>
        <translation>„%1“ ist keine brauchbare Sicherung: %2</translation>
    </message>
    <message>
        <source>“%1” failed its integrity check: %2</source>
        <translation>„%1“ hat die Integritätsprüfung nicht bestanden: %2</translation>
    </message>
    <message>
        <source>The folder of “%1” cannot be created.</source>
        <translation>Der Ordner von „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>“%1” cannot be written.</source>
        <translation>„%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>“%1” was not changed.</source>
        <translation>„%1“ wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 (before the restore of %2).verbund</source>
        <translation>%1 (vor der Wiederherstellung am %2).verbund</translation>
    </message>
    <message>
        <source>The copy of “%1” as it was cannot be written beside it; it was not changed.</source>
        <translation>Die Kopie des bisherigen Stands von „%1“ kann daneben nicht geschrieben werden; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>„%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>“%1” cannot be written; the file as it was is in “%2”.</source>
        <translation>„%1“ kann nicht geschrieben werden; der bisherige Stand liegt in „%2“.</translation>
    </message>
    <message>
        <source>A network on a server is not replaced by a backup while others work in it. Copy the backup into a new, empty server database instead (open the backup and choose File → Transfer the network to a server…, or “verbund copy -d BACKUP --to URL”) and connect to that one.</source>
        <translation>Ein Netzwerk auf einem Server wird nicht durch eine Sicherung ersetzt, während andere darin arbeiten. Kopieren Sie die Sicherung stattdessen in eine neue, leere Server-Datenbank (die Sicherung öffnen und Datei → Netzwerk auf Server übertragen… wählen, oder „verbund copy -d SICHERUNG --to URL“) und verbinden Sie sich mit dieser.</translation>
    </message>
</context>
<context>
    <name>Verbund::BackupFolder</name>
    <message>
        <source>The data was not brought up to date: the backup before it failed. %1</source>
        <translation>Die Daten wurden nicht aktualisiert: Die Sicherung davor ist fehlgeschlagen. %1</translation>
    </message>
    <message>
        <source>There is no automatic backup of it.</source>
        <translation>Es gibt keine automatische Sicherung davon.</translation>
    </message>
    <message>
        <source>The newest backup is from %1: “%2”. It puts the data back as it was then (window: File → Backups…; command: verbund restore BACKUP -d FILE).</source>
        <translation>Die letzte Sicherung ist vom %1: „%2“. Sie stellt die Daten so wieder her, wie sie damals waren (im Fenster: Datei → Sicherungen…; als Befehl: verbund restore SICHERUNG -d DATEI).</translation>
    </message>
</context>
<context>
    <name>Verbund::BackupsDialog</name>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Verbund backs up “%1” once a day when it is opened, before every import, update and restore. Each backup was checked when it was taken.</source>
        <translation>Verbund sichert „%1“ einmal am Tag beim Öffnen sowie vor jedem Import, jeder Aktualisierung und jeder Wiederherstellung. Jede Sicherung wurde beim Erstellen geprüft.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>No backup of this file yet.</source>
        <translation>Von dieser Datei gibt es noch keine Sicherung.</translation>
    </message>
    <message>
        <source> backups per file</source>
        <translation> Sicherungen je Datei</translation>
    </message>
    <message>
        <source>&amp;Kept:</source>
        <translation>Auf&amp;bewahrt:</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>vom %1</translation>
    </message>
</context>
<context>
    <name>Verbund::Certificates</name>
    <message>
        <source>Certificates: %1</source>
        <translation>Teilnahmebescheinigungen: %1</translation>
    </message>
    <message>
        <source>Certificate of participation</source>
        <translation>Teilnahmebescheinigung</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <source>%1, born on %2,</source>
        <translation>%1, geboren am %2,</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>%1 took part in the measure %2 from %3 until leaving it on %4.</source>
        <translation>%1 hat vom %3 bis zum vorzeitigen Austritt am %4 an der Maßnahme %2 teilgenommen.</translation>
    </message>
    <message>
        <source>%1 took part successfully in the measure %2 from %3 to %4.</source>
        <translation>%1 hat vom %3 bis %4 an der Maßnahme %2 erfolgreich teilgenommen.</translation>
    </message>
    <message>
        <source>%1 attended the measure %2 from %3 to %4.</source>
        <translation>%1 hat vom %3 bis %4 an der Maßnahme %2 teilgenommen.</translation>
    </message>
    <message>
        <source>The final exam was passed.</source>
        <translation>Die Abschlussprüfung wurde bestanden.</translation>
    </message>
    <message>
        <source>The final exam was not passed.</source>
        <translation>Die Abschlussprüfung wurde nicht bestanden.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>UE</source>
        <translation>UE</translation>
    </message>
    <message>
        <source>%1 (credited from prior learning)</source>
        <translation>%1 (aus Vorkenntnissen angerechnet)</translation>
    </message>
    <message>
        <source>credited</source>
        <translation>angerechnet</translation>
    </message>
    <message>
        <source>Planned UE</source>
        <translation>Geplante UE</translation>
    </message>
    <message>
        <source>UE attended</source>
        <translation>Besuchte UE</translation>
    </message>
    <message>
        <source>Share attended</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <source>Signature and stamp of the provider</source>
        <translation>Unterschrift und Stempel des Bildungsträgers</translation>
    </message>
    <message>
        <source>Nobody in “%1” gets a certificate.</source>
        <translation>In „%1“ erhält niemand eine Bescheinigung.</translation>
    </message>
    <message>
        <source>The person with the id %1 takes no part in “%2” that a certificate could show (not enrolled, or cancelled).</source>
        <translation>Die Person mit der ID %1 nimmt an „%2“ nicht so teil, dass eine Bescheinigung sie zeigen könnte (nicht aufgenommen oder storniert).</translation>
    </message>
    <message>
        <source>No. given when issued (preview)</source>
        <translation>Nr. wird beim Ausstellen vergeben (Vorschau)</translation>
    </message>
    <message>
        <source>Provisional certificate of participation</source>
        <translation>Vorläufige Teilnahmebescheinigung</translation>
    </message>
    <message>
        <source>%1 takes part in the measure %2, which runs from %3 to %4.</source>
        <translation>%1 nimmt an der Maßnahme %2 teil, die vom %3 bis %4 läuft.</translation>
    </message>
    <message>
        <source>Provisional: the measure has not ended; this certificate shows the attendance up to %1.</source>
        <translation>Vorläufig: Die Maßnahme ist noch nicht beendet; diese Bescheinigung zeigt die Anwesenheit bis zum %1.</translation>
    </message>
    <message>
        <source>Place, %1</source>
        <translation>Ort, %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
</context>
<context>
    <name>Verbund::Choices</name>
    <message>
        <source>— none —</source>
        <translation>— keine Angabe —</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (nicht aktiv)</translation>
    </message>
    <message>
        <source>Not a valid date; write it as DD.MM.YYYY.</source>
        <translation>Kein gültiges Datum; bitte als TT.MM.JJJJ eingeben.</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (Version %2)</translation>
    </message>
    <message>
        <source>%1 (born %2)</source>
        <translation>%1 (geb. %2)</translation>
    </message>
    <message>
        <source>No record has this name: choose one of the names found, or empty the field.</source>
        <translation>Kein Eintrag heißt so: Wählen Sie einen der gefundenen Namen, oder leeren Sie das Feld.</translation>
    </message>
    <message>
        <source>Type a few letters of the name and choose one of the names found.</source>
        <translation>Geben Sie einige Buchstaben des Namens ein und wählen Sie einen der gefundenen Namen.</translation>
    </message>
    <message>
        <source>— not stated —</source>
        <translation>— keine Angabe —</translation>
    </message>
</context>
<context>
    <name>Verbund::CommandLine</name>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Ansprechpartner:innen</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Beratungen</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Run “verbund --help” for the commands and their options.</source>
        <translation>„verbund --help“ zeigt die Befehle und ihre Optionen.</translation>
    </message>
    <message>
        <source>The database file to create.</source>
        <translation>Die anzulegende Datenbankdatei.</translation>
    </message>
    <message>
        <source>Fill it with the demo network.</source>
        <translation>Mit dem Demo-Netzwerk füllen.</translation>
    </message>
    <message>
        <source>verbund init needs exactly one file name.</source>
        <translation>verbund init braucht genau einen Dateinamen.</translation>
    </message>
    <message>
        <source>Created the database “%1” with the demo network.</source>
        <translation>Datenbank „%1“ mit dem Demo-Netzwerk angelegt.</translation>
    </message>
    <message>
        <source>Created the empty database “%1”.</source>
        <translation>Leere Datenbank „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Data version: %1</source>
        <translation>Datenversion: %1</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integrität: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>in Ordnung</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Datensätze:</translation>
    </message>
    <message>
        <source>language</source>
        <translation>sprache</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Curricula</source>
        <translation>Curricula</translation>
    </message>
    <message>
        <source>Curriculum topics</source>
        <translation>Themen der Curricula</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die Datei, die geschrieben wird.</translation>
    </message>
    <message>
        <source>verbund %1 needs the database: -d FILE.</source>
        <translation>verbund %1 braucht die Datenbank: -d DATEI.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>art</translation>
    </message>
    <message>
        <source>What the file holds: %1.</source>
        <translation>Was die Datei enthält: %1.</translation>
    </message>
    <message>
        <source>The CSV file to read.</source>
        <translation>Die CSV-Datei, die gelesen wird.</translation>
    </message>
    <message>
        <source>The curriculum&apos;s title.</source>
        <translation>Der Titel des Curriculums.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>The curriculum&apos;s target group.</source>
        <translation>Die Zielgruppe des Curriculums.</translation>
    </message>
    <message>
        <source>Check the file and report, but write nothing.</source>
        <translation>Die Datei prüfen und berichten, aber nichts schreiben.</translation>
    </message>
    <message>
        <source>verbund import needs what to import and the file: verbund import curriculum FILE.csv -d DATABASE --title TITLE.</source>
        <translation>verbund import braucht die Art und die Datei: verbund import curriculum DATEI.csv -d DATENBANK --title TITEL.</translation>
    </message>
    <message>
        <source>Cannot import “%1”. Kinds: %2.</source>
        <translation>„%1“ kann nicht importiert werden. Arten: %2.</translation>
    </message>
    <message>
        <source>A curriculum needs its title: --title &quot;…&quot;.</source>
        <translation>Ein Curriculum braucht seinen Titel: --title &quot;…&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n Thema</numerusform>
            <numerusform>%n Themen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n UE</source>
        <translation>
            <numerusform>%n UE</numerusform>
            <numerusform>%n UE</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked “%1”: the curriculum “%2” would be imported with %3. Nothing was written (--dry-run).</source>
        <translation>„%1“ geprüft: Das Curriculum „%2“ würde mit %3 importiert. Es wurde nichts geschrieben (--dry-run).</translation>
    </message>
    <message>
        <source>Imported the curriculum “%1” (id %2) with %3.</source>
        <translation>Curriculum „%1“ (ID %2) mit %3 importiert.</translation>
    </message>
    <message>
        <source>report</source>
        <translation>bericht</translation>
    </message>
    <message>
        <source>The report: %1.</source>
        <translation>Der Bericht: %1.</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>gegenstand</translation>
    </message>
    <message>
        <source>Which report? Reports: %1.</source>
        <translation>Welcher Bericht? Berichte: %1.</translation>
    </message>
    <message>
        <source>verbund print %1 needs one subject: an id or the exact title.</source>
        <translation>verbund print %1 braucht einen Gegenstand: eine ID oder den genauen Titel.</translation>
    </message>
    <message>
        <source>verbund print needs the file to write: -o FILE.pdf.</source>
        <translation>verbund print braucht die Zieldatei: -o DATEI.pdf.</translation>
    </message>
    <message>
        <source>Wrote “%1”.</source>
        <translation>„%1“ geschrieben.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Places of learning</source>
        <translation>Lernorte</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Teilnahmen</translation>
    </message>
    <message>
        <source>Credited topics</source>
        <translation>Angerechnete Themen</translation>
    </message>
    <message>
        <source>Funders</source>
        <translation>Mittelgeber</translation>
    </message>
    <message>
        <source>Funding programmes</source>
        <translation>Förderprogramme</translation>
    </message>
    <message>
        <source>Programme rates</source>
        <translation>Fördersätze</translation>
    </message>
    <message>
        <source>Funding shares</source>
        <translation>Finanzierungsanteile</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>verbund print %1 takes no subject; choose the period with --from and --to.</source>
        <translation>verbund print %1 braucht keinen Gegenstand; den Zeitraum wählen Sie mit --from und --to.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 31.12.2026.</source>
        <translation>„%1“ ist kein Datum; bitte als 31.12.2026 schreiben.</translation>
    </message>
    <message>
        <source>What to export: %1.</source>
        <translation>Was exportiert wird: %1.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>What to export? Kinds: %1.</source>
        <translation>Was soll exportiert werden? Arten: %1.</translation>
    </message>
    <message>
        <source>Formats: excel, plain.</source>
        <translation>Formate: excel, plain.</translation>
    </message>
    <message>
        <source>verbund export needs the file to write: -o FILE.csv.</source>
        <translation>verbund export braucht die Zieldatei: -o DATEI.csv.</translation>
    </message>
    <message>
        <source>certificates: only for this person (id).</source>
        <translation>certificates: nur für diese Person (ID).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Write the good rows and report the others (else one bad row refuses the file).</source>
        <translation>Die guten Zeilen schreiben und die anderen melden (sonst weist eine schlechte Zeile die ganze Datei zurück).</translation>
    </message>
    <message>
        <source>What to do with records already there: skip (the default) or update.</source>
        <translation>Was mit schon vorhandenen Einträgen geschieht: skip (überspringen, Voreinstellung) oder update (aktualisieren).</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>wahl</translation>
    </message>
    <message>
        <source>--duplicates is skip or update.</source>
        <translation>--duplicates ist skip oder update.</translation>
    </message>
    <message numerus="yes">
        <source>Read “%1” (%2, separated by “%3”): %n row(s).</source>
        <translation>
            <numerusform>„%1“ gelesen (%2, getrennt durch „%3“): %n Zeile.</numerusform>
            <numerusform>„%1“ gelesen (%2, getrennt durch „%3“): %n Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>The file was not imported; nothing was written.</source>
        <translation>Die Datei wurde nicht importiert; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Fix these rows, or import only the good ones with --valid-only.</source>
        <translation>Bitte diese Zeilen berichtigen oder mit --valid-only nur die guten importieren.</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importiert: %1</translation>
    </message>
    <message>
        <source>Checked, nothing written (--dry-run): %1</source>
        <translation>Geprüft, nichts geschrieben (--dry-run): %1</translation>
    </message>
    <message>
        <source>certificates: also for people still taking part in a measure that has not ended, marked as provisional.</source>
        <translation>certificates: auch für Personen, die an einer noch nicht beendeten Maßnahme teilnehmen, als vorläufig gekennzeichnet.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) would be provisional: the people still take part and “%1” has not ended. Add --provisional to print them marked as such.</source>
        <translation>
            <numerusform>%n Bescheinigung wäre vorläufig: Die Person nimmt noch teil und „%1“ ist nicht beendet. Mit --provisional wird sie als vorläufig gekennzeichnet gedruckt.</numerusform>
            <numerusform>%n Bescheinigungen wären vorläufig: Die Personen nehmen noch teil und „%1“ ist nicht beendet. Mit --provisional werden sie als vorläufig gekennzeichnet gedruckt.</numerusform>
        </translation>
    </message>
    <message>
        <source>create a database (never overwrites a file)</source>
        <translation>eine Datenbank anlegen (überschreibt nie eine Datei)</translation>
    </message>
    <message>
        <source>data version, integrity, records per table</source>
        <translation>Datenversion, Unversehrtheit, Datensätze je Tabelle</translation>
    </message>
    <message>
        <source>KIND: %1; with --dry-run, --valid-only, --duplicates skip|update; a curriculum needs --title</source>
        <translation>ART: %1; mit --dry-run, --valid-only, --duplicates skip|update; ein Curriculum braucht --title</translation>
    </message>
    <message>
        <source>REPORT: %1; SUBJECT: an id or the exact title</source>
        <translation>BERICHT: %1; GEGENSTAND: eine ID oder der genaue Titel</translation>
    </message>
    <message>
        <source>Commands (each with --help):</source>
        <translation>Befehle (jeweils mit --help):</translation>
    </message>
    <message>
        <source>init FILE [--demo]</source>
        <translation>init DATEI [--demo]</translation>
    </message>
    <message>
        <source>check -d FILE</source>
        <translation>check -d DATEI</translation>
    </message>
    <message>
        <source>import KIND FILE.csv -d FILE</source>
        <translation>import ART DATEI.csv -d DATEI</translation>
    </message>
    <message>
        <source>print REPORT [SUBJECT] -d FILE -o OUT.pdf</source>
        <translation>print BERICHT [GEGENSTAND] -d DATEI -o AUS.pdf</translation>
    </message>
    <message>
        <source>export KIND -d FILE -o OUT.csv</source>
        <translation>export ART -d DATEI -o AUS.csv</translation>
    </message>
    <message>
        <source>of a curriculum</source>
        <translation>eines Curriculums</translation>
    </message>
    <message>
        <source>of a measure</source>
        <translation>einer Maßnahme</translation>
    </message>
    <message>
        <source>of a period</source>
        <translation>eines Zeitraums</translation>
    </message>
    <message>
        <source>verbund print %1 takes no --%2.</source>
        <translation>verbund print %1 kennt kein --%2.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Attendance marks</source>
        <translation>Anwesenheitseinträge</translation>
    </message>
    <message>
        <source>Certificates issued</source>
        <translation>Ausgestellte Bescheinigungen</translation>
    </message>
    <message>
        <source>Language: de or en.</source>
        <translation>Sprache: de oder en.</translation>
    </message>
    <message>
        <source>Verbund — the desk of a training-network coordinator.</source>
        <translation>Verbund — der Schreibtisch der Koordination eines Ausbildungsnetzwerks.</translation>
    </message>
    <message>
        <source>Open a fresh copy of the demo network.</source>
        <translation>Eine frische Kopie des Demo-Netzwerks öffnen.</translation>
    </message>
    <message>
        <source>Save a picture of each area of the window in the folder and quit.</source>
        <translation>Von jedem Bereich des Fensters ein Bild im Ordner speichern und beenden.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>ordner</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe zeigen.</translation>
    </message>
    <message>
        <source>Show the program&apos;s version.</source>
        <translation>Die Version des Programms zeigen.</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Commands: %2.</source>
        <translation>Unbekannter Befehl „%1“. Befehle: %2.</translation>
    </message>
    <message>
        <source>Unknown language “%1”; Verbund speaks de and en.</source>
        <translation>Unbekannte Sprache „%1“; Verbund spricht de und en.</translation>
    </message>
    <message>
        <source>Certificate number counters</source>
        <translation>Zähler der Bescheinigungsnummern</translation>
    </message>
    <message>
        <source>Imports waiting for the search index</source>
        <translation>Importe, die auf den Suchindex warten</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2: the period would be empty.</source>
        <translation>--from %1 liegt nach --to %2: der Zeitraum wäre leer.</translation>
    </message>
    <message>
        <source>--participant takes the person&apos;s id, a number from 1 on.</source>
        <translation>--participant erwartet die Nummer der Person, eine Zahl ab 1.</translation>
    </message>
    <message>
        <source>“%1” is negative: numbers of records and counts begin at 1.</source>
        <translation>„%1“ ist negativ: Nummern von Einträgen und Anzahlen beginnen bei 1.</translation>
    </message>
    <message>
        <source>Leave out the columns no field takes (else they refuse the file).</source>
        <translation>Spalten auslassen, die kein Feld aufnimmt (sonst wird die Datei zurückgewiesen).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>backup -d FILE -o BACKUP</source>
        <translation>backup -d DATEI -o SICHERUNG</translation>
    </message>
    <message>
        <source>a checked copy, also while others work with the file</source>
        <translation>eine geprüfte Kopie, auch während andere mit der Datei arbeiten</translation>
    </message>
    <message>
        <source>restore BACKUP -d FILE</source>
        <translation>restore SICHERUNG -d DATEI</translation>
    </message>
    <message>
        <source>put a checked backup in the file&apos;s place; the file as it was is kept beside it</source>
        <translation>eine geprüfte Sicherung an die Stelle der Datei setzen; der bisherige Stand bleibt daneben erhalten</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>The backup to put in the file&apos;s place.</source>
        <translation>Die Sicherung, die an die Stelle der Datei tritt.</translation>
    </message>
    <message>
        <source>verbund backup needs the file to write: -o BACKUP.</source>
        <translation>verbund backup braucht die zu schreibende Datei: -o SICHERUNG.</translation>
    </message>
    <message>
        <source>Wrote the backup “%1” and checked it.</source>
        <translation>Sicherung „%1“ geschrieben und geprüft.</translation>
    </message>
    <message>
        <source>verbund restore needs one backup: verbund restore BACKUP -d FILE.</source>
        <translation>verbund restore braucht eine Sicherung: verbund restore SICHERUNG -d DATEI.</translation>
    </message>
    <message>
        <source>verbund restore needs the file to replace: -d FILE.</source>
        <translation>verbund restore braucht die zu ersetzende Datei: -d DATEI.</translation>
    </message>
    <message>
        <source>Restored “%1” from “%2”.</source>
        <translation>„%1“ aus „%2“ wiederhergestellt.</translation>
    </message>
    <message>
        <source>The file as it was is kept in “%1”.</source>
        <translation>Der bisherige Stand liegt in „%1“.</translation>
    </message>
    <message>
        <source>The database as it was before is kept in the backup “%1”.</source>
        <translation>Der Stand der Datenbank vor dem Import liegt in der Sicherung „%1“.</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>Datenbanksystem: %1</translation>
    </message>
    <message>
        <source>copy -d SOURCE --to TARGET</source>
        <translation>copy -d QUELLE --to ZIEL</translation>
    </message>
    <message>
        <source>the whole network from a file to a server database or back, all or nothing, each table compared after</source>
        <translation>das ganze Netzwerk aus einer Datei in eine Serverdatenbank oder zurück, ganz oder gar nicht, danach jede Tabelle verglichen</translation>
    </message>
    <message>
        <source>The Verbund database: a file, or a network on a server as postgresql://user@host:port/name.</source>
        <translation>Die Verbund-Datenbank: eine Datei oder ein Netzwerk auf einem Server als postgresql://benutzer@server:port/name.</translation>
    </message>
    <message>
        <source>Where the copy goes: a new file, or an empty database on a server (postgresql://…).</source>
        <translation>Wohin die Kopie geht: eine neue Datei oder eine leere Datenbank auf einem Server (postgresql://…).</translation>
    </message>
    <message>
        <source>target</source>
        <translation>ziel</translation>
    </message>
    <message>
        <source>verbund copy needs where the copy goes: --to TARGET.</source>
        <translation>verbund copy braucht das Ziel der Kopie: --to ZIEL.</translation>
    </message>
    <message>
        <source>Copying … %1 %</source>
        <translation>Kopiere … %1 %</translation>
    </message>
    <message>
        <source>Copied the network “%1” to “%2”: %3 records in %4 tables, each table compared with the original.</source>
        <translation>Das Netzwerk „%1“ wurde nach „%2“ kopiert: %3 Datensätze in %4 Tabellen, jede Tabelle mit dem Original verglichen.</translation>
    </message>
    <message>
        <source>History entries</source>
        <translation>Verlaufseinträge</translation>
    </message>
    <message>
        <source>Copies writing without a history</source>
        <translation>Kopien, die ohne Verlauf schreiben</translation>
    </message>
    <message>
        <source>history -d FILE KIND ID</source>
        <translation>history -d DATEI ART NR</translation>
    </message>
    <message>
        <source>who changed what of a record, and when; KIND: %1</source>
        <translation>wer was an einem Datensatz wann geändert hat; ART: %1</translation>
    </message>
    <message>
        <source>What the record is: %1.</source>
        <translation>Was der Datensatz ist: %1.</translation>
    </message>
    <message>
        <source>The record&apos;s number.</source>
        <translation>Die Nummer des Datensatzes.</translation>
    </message>
    <message>
        <source>verbund history needs the kind of record and its number, e.g. “verbund history -d FILE participant 17”.</source>
        <translation>verbund history braucht die Art des Datensatzes und seine Nummer, z. B. „verbund history -d DATEI participant 17“.</translation>
    </message>
    <message>
        <source>Unknown kind of record “%1”. Kinds: %2.</source>
        <translation>Unbekannte Art von Datensatz „%1“. Arten: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a record&apos;s number (1, 2, …).</source>
        <translation>„%1“ ist keine Nummer eines Datensatzes (1, 2, …).</translation>
    </message>
    <message>
        <source>Nothing is recorded about %1: there is no such record, and none was ever changed by that number.</source>
        <translation>Über %1 ist nichts verzeichnet: Diesen Datensatz gibt es nicht, und unter dieser Nummer wurde nie etwas geändert.</translation>
    </message>
    <message numerus="yes">
        <source>History of %1 (%n change(s)):</source>
        <translation>
            <numerusform>Verlauf von %1 (%n Änderung):</numerusform>
            <numerusform>Verlauf von %1 (%n Änderungen):</numerusform>
        </translation>
    </message>
    <message>
        <source>personal data erased</source>
        <translation>personenbezogene Daten gelöscht</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer:innen</translation>
    </message>
    <message>
        <source>user add|list|role|disable … -d FILE</source>
        <translation>user add|list|role|disable … -d DATEI</translation>
    </message>
    <message>
        <source>the staff members who sign in, with their roles (%1); on a server their logins</source>
        <translation>die Mitarbeitenden, die sich anmelden, mit ihren Rollen (%1); auf einem Server ihre Anmeldungen</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>add LOGIN, list, role LOGIN ROLE, or disable LOGIN.</source>
        <translation>add ANMELDENAME, list, role ANMELDENAME ROLLE oder disable ANMELDENAME.</translation>
    </message>
    <message>
        <source>add: the role, one of %1.</source>
        <translation>add: die Rolle, eine von %1.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>add: the person&apos;s name.</source>
        <translation>add: der Name der Person.</translation>
    </message>
    <message>
        <source>add, role: the site (an id or its exact name) whose participants an advisor sees.</source>
        <translation>add, role: der Standort (Nummer oder genauer Name), dessen Teilnehmende eine Berater:in sieht.</translation>
    </message>
    <message>
        <source>site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>add: on a server, the login&apos;s password.</source>
        <translation>add: auf einem Server das Passwort der Anmeldung.</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>verbund user takes one of: add LOGIN --role ROLE, list, role LOGIN ROLE, disable LOGIN.</source>
        <translation>verbund user nimmt eines von: add ANMELDENAME --role ROLLE, list, role ANMELDENAME ROLLE, disable ANMELDENAME.</translation>
    </message>
    <message>
        <source>Unknown role “%1”. Roles: %2.</source>
        <translation>Unbekannte Rolle „%1“. Rollen: %2.</translation>
    </message>
    <message>
        <source>There is no site “%1” in this network.</source>
        <translation>In diesem Netzwerk gibt es keinen Standort „%1“.</translation>
    </message>
    <message>
        <source>Nobody is listed yet: the database&apos;s owner administers it.</source>
        <translation>Noch niemand ist eingetragen: Die Eigentümer:in der Datenbank verwaltet sie.</translation>
    </message>
    <message>
        <source>Nobody is listed yet: whoever opens the file administers it.</source>
        <translation>Noch niemand ist eingetragen: Wer die Datei öffnet, verwaltet sie.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>Added “%1” as %2.</source>
        <translation>„%1“ als %2 eingetragen.</translation>
    </message>
    <message>
        <source>“%1” now works as %2.</source>
        <translation>„%1“ arbeitet jetzt als %2.</translation>
    </message>
    <message>
        <source>“%1” may no longer work on the network; their history stays.</source>
        <translation>„%1“ darf nicht mehr im Netzwerk arbeiten; der Verlauf bleibt erhalten.</translation>
    </message>
    <message>
        <source>Wrote the data of participant %1 to “%2”.</source>
        <translation>Die Daten von Teilnehmenden Nr. %1 stehen in „%2“.</translation>
    </message>
    <message>
        <source>person review -d FILE</source>
        <translation>person review -d DATEI</translation>
    </message>
    <message>
        <source>the participants whose last measure ended longer ago than the retention period</source>
        <translation>die Teilnehmenden, deren letzte Maßnahme länger als die Aufbewahrungsfrist zurückliegt</translation>
    </message>
    <message>
        <source>export ID: the participant&apos;s data (-o OUT.json, or OUT.pdf for handing over); erase ID: their personal data, keeping them in every count (--reason); review: the people past the retention period.</source>
        <translation>export NR: die Daten der teilnehmenden Person (-o AUS.json, oder AUS.pdf zum Aushändigen); erase NR: ihre personenbezogenen Daten löschen, in jeder Zählung bleibt sie (--reason); review: wer über der Aufbewahrungsfrist liegt.</translation>
    </message>
    <message>
        <source>erase: the legal basis, e.g. “Request of the person, Art. 17(1)(a) GDPR”; logged, so no personal data.</source>
        <translation>erase: die Rechtsgrundlage, z. B. „Antrag der Person, Art. 17 Abs. 1 lit. a DSGVO“; sie wird protokolliert, also keine personenbezogenen Daten.</translation>
    </message>
    <message>
        <source>verbund person takes: export ID -o OUT.json|OUT.pdf, erase ID --reason TEXT, or review.</source>
        <translation>verbund person nimmt: export NR -o AUS.json|AUS.pdf, erase NR --reason TEXT oder review.</translation>
    </message>
    <message>
        <source>verbund person export needs the file to write: -o OUT.json or -o OUT.pdf.</source>
        <translation>verbund person export braucht die Datei, die geschrieben wird: -o AUS.json oder -o AUS.pdf.</translation>
    </message>
    <message>
        <source>verbund person erase needs the legal basis: --reason TEXT, e.g. --reason &quot;Request of the person, Art. 17(1)(a) GDPR&quot;.</source>
        <translation>verbund person erase braucht die Rechtsgrundlage: --reason TEXT, z. B. --reason &quot;Antrag der Person, Art. 17 Abs. 1 lit. a DSGVO&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) past the retention period.</source>
        <translation>
            <numerusform>%n teilnehmende Person über der Aufbewahrungsfrist.</numerusform>
            <numerusform>%n Teilnehmende über der Aufbewahrungsfrist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased the personal data of participant %1; their %n enrollment(s) stay in every count as an anonymous person.</source>
        <translation>
            <numerusform>Die personenbezogenen Daten von Teilnehmenden Nr. %1 sind gelöscht; ihre %n Teilnahme bleibt als anonyme Person in jeder Zählung.</numerusform>
            <numerusform>Die personenbezogenen Daten von Teilnehmenden Nr. %1 sind gelöscht; ihre %n Teilnahmen bleiben als anonyme Person in jeder Zählung.</numerusform>
        </translation>
    </message>
    <message>
        <source>person export ID [--contact] -d FILE -o OUT.json|OUT.pdf</source>
        <translation>person export NR [--contact] -d DATEI -o AUS.json|AUS.pdf</translation>
    </message>
    <message>
        <source>everything stored about a participant (or a contact), for their copy (GDPR Art. 15/20)</source>
        <translation>alles, was über Teilnehmende (oder Ansprechpartner:innen) gespeichert ist, für ihre Auskunft (Art. 15/20 DSGVO)</translation>
    </message>
    <message>
        <source>person erase ID [--contact] -d FILE --reason TEXT</source>
        <translation>person erase NR [--contact] -d DATEI --reason TEXT</translation>
    </message>
    <message>
        <source>erase a participant&apos;s (or a contact&apos;s) personal data; enrollments, attendance and funding stay in every count as an anonymous person (GDPR Art. 17)</source>
        <translation>die personenbezogenen Daten von Teilnehmenden (oder Ansprechpartner:innen) löschen; Teilnahmen, Anwesenheit und Förderung bleiben als anonyme Person in jeder Zählung (Art. 17 DSGVO)</translation>
    </message>
    <message>
        <source>export, erase: ID is a contact person&apos;s number, not a participant&apos;s.</source>
        <translation>export, erase: NR ist die Nummer einer Ansprechperson, nicht von Teilnehmenden.</translation>
    </message>
    <message>
        <source>Erased the personal data of contact %1.</source>
        <translation>Die personenbezogenen Daten der Ansprechperson Nr. %1 sind gelöscht.</translation>
    </message>
    <message>
        <source>Wrote the data of contact %1 to “%2”.</source>
        <translation>Die Daten der Ansprechperson Nr. %1 stehen in „%2“.</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>Erasures logged</source>
        <translation>Protokollierte Löschungen</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>Exam registration deadlines</source>
        <translation>Prüfungsanmeldefristen</translation>
    </message>
    <message>
        <source>Funders&apos; report dates</source>
        <translation>Berichtstermine der Mittelgeber</translation>
    </message>
    <message>
        <source>KIND: %1; --format excel|plain, for followups also ics (or -o OUT.ics) for the calendar</source>
        <translation>ART: %1; --format excel|plain, für followups auch ics (oder -o DATEI.ics) für den Kalender</translation>
    </message>
    <message>
        <source>followups -d FILE [--until DATE] [--owner NAME]</source>
        <translation>followups -d DATEI [--until DATUM] [--owner NAME]</translation>
    </message>
    <message>
        <source>the follow-ups due by the day (today unless given), of one staff member or all; the rules&apos; follow-ups are made first</source>
        <translation>die bis zu dem Tag (ohne Angabe heute) fälligen Wiedervorlagen, einer Mitarbeiterin, eines Mitarbeiters oder aller; die Wiedervorlagen der Regeln werden zuerst angelegt</translation>
    </message>
    <message>
        <source>Those due by this day (dd.mm.yyyy); today unless given.</source>
        <translation>Die bis zu diesem Tag (tt.mm.jjjj) fälligen; ohne Angabe heute.</translation>
    </message>
    <message>
        <source>Only this staff member&apos;s (first and last name, or the last name).</source>
        <translation>Nur die dieser Person aus dem Büro (Vor- und Nachname, oder der Nachname).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>excel (the default: semicolons, UTF-8 with BOM, dd.mm.yyyy, decimal comma) or plain (commas, UTF-8, ISO dates); for followups also ics, a calendar file.</source>
        <translation>excel (Standard: Semikolons, UTF-8 mit BOM, tt.mm.jjjj, Dezimalkomma) oder plain (Kommas, UTF-8, ISO-Daten); für followups auch ics, eine Kalenderdatei.</translation>
    </message>
    <message>
        <source>Formats: excel, plain, ics.</source>
        <translation>Formate: excel, plain, ics.</translation>
    </message>
    <message>
        <source>verbund export needs the file to write: -o FILE.ics.</source>
        <translation>verbund export braucht die zu schreibende Datei: -o DATEI.ics.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote “%1” with %n follow-up(s).</source>
        <translation>
            <numerusform>„%1“ mit %n Wiedervorlage geschrieben.</numerusform>
            <numerusform>„%1“ mit %n Wiedervorlagen geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>verbund followups takes no further arguments; the day goes with --until, the person with --owner.</source>
        <translation>verbund followups nimmt keine weiteren Angaben; der Tag steht bei --until, die Person bei --owner.</translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups due by %1: %n</source>
        <translation>
            <numerusform>Wiedervorlagen fällig bis %1: %n</numerusform>
            <numerusform>Wiedervorlagen fällig bis %1: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups of %1 due by %2: %n</source>
        <translation>
            <numerusform>Wiedervorlagen von %1 fällig bis %2: %n</numerusform>
            <numerusform>Wiedervorlagen von %1 fällig bis %2: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>export indicators -d FILE --from DATE --to DATE [--measure M | --programme P] -o OUT.csv</source>
        <translation>export indicators -d DATEI --from DATUM --to DATUM [--measure M | --programme P] -o AUS.csv</translation>
    </message>
    <message>
        <source>the participant indicators funders ask for, one row per table and line, for their template</source>
        <translation>die Teilnehmendenindikatoren der Mittelgeber, eine Zeile je Tabelle und Merkmal, für deren Vorlage</translation>
    </message>
    <message>
        <source>indicators: only this measure (id or exact title).</source>
        <translation>indicators: nur diese Maßnahme (Nummer oder genauer Titel).</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>maßnahme</translation>
    </message>
    <message>
        <source>indicators: only the measures this programme funds (id or exact name).</source>
        <translation>indicators: nur die Maßnahmen, die dieses Programm fördert (Nummer oder genauer Name).</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programm</translation>
    </message>
    <message>
        <source>indicators: the first day.</source>
        <translation>indicators: der erste Tag.</translation>
    </message>
    <message>
        <source>indicators: the last day.</source>
        <translation>indicators: der letzte Tag.</translation>
    </message>
    <message>
        <source>verbund export %1 takes no --%2.</source>
        <translation>verbund export %1 nimmt kein --%2.</translation>
    </message>
    <message>
        <source>Choose --measure or --programme, not both.</source>
        <translation>Bitte --measure oder --programme angeben, nicht beides.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote “%1”: %n entr(ies), %2 exit(s), %3 compan(ies).</source>
        <translation>
            <numerusform>„%1“ geschrieben: %n Zugang, %2 Austritte, %3 Unternehmen.</numerusform>
            <numerusform>„%1“ geschrieben: %n Zugänge, %2 Austritte, %3 Unternehmen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) lack data the statistics need; they are counted as not stated and listed at the end of the file.</source>
        <translation>
            <numerusform>Bei %n Person fehlen Angaben, die die Statistik braucht; sie zählt als „keine Angabe“ und steht am Ende der Datei.</numerusform>
            <numerusform>Bei %n Personen fehlen Angaben, die die Statistik braucht; sie zählen als „keine Angabe“ und stehen am Ende der Datei.</numerusform>
        </translation>
    </message>
    <message>
        <source>What the report is about: an id or the exact title (not for the reports of a period).</source>
        <translation>Worum es im Bericht geht: eine ID oder der genaue Titel (nicht bei Berichten über einen Zeitraum).</translation>
    </message>
    <message>
        <source>reports of a period, attendance-sheet: the first day.</source>
        <translation>Berichte über einen Zeitraum, attendance-sheet: der erste Tag.</translation>
    </message>
    <message>
        <source>reports of a period, attendance-sheet: the last day.</source>
        <translation>Berichte über einen Zeitraum, attendance-sheet: der letzte Tag.</translation>
    </message>
    <message>
        <source>activity-report: only this site&apos;s work (an id or its exact name).</source>
        <translation>activity-report: nur die Arbeit dieses Standorts (eine ID oder sein genauer Name).</translation>
    </message>
</context>
<context>
    <name>Verbund::Confirm</name>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Anderswo geändert</translation>
    </message>
    <message>
        <source>Reload shows the saved state; your changes in the form are then lost.</source>
        <translation>Neu laden zeigt den gespeicherten Stand; Ihre Änderungen im Formular gehen dann verloren.</translation>
    </message>
</context>
<context>
    <name>Verbund::ConnectDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung p&amp;rüfen</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <source>Transfer the network to a server</source>
        <translation>Netzwerk auf Server übertragen</translation>
    </message>
    <message>
        <source>The network of the office on a PostgreSQL server. Its administrator tells you the server, the database and your user name.</source>
        <translation>Das Netzwerk des Büros auf einem PostgreSQL-Server. Server, Datenbank und Ihren Benutzernamen nennt Ihnen dessen Administrator.</translation>
    </message>
    <message>
        <source>The open network is copied into an empty database on a PostgreSQL server, all or nothing, and each table is compared with the original. The file stays as it is.</source>
        <translation>Das geöffnete Netzwerk wird in eine leere Datenbank auf einem PostgreSQL-Server kopiert, ganz oder gar nicht, und jede Tabelle wird mit dem Original verglichen. Die Datei bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>e.g. verbund</source>
        <translation>z. B. verbund</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass or PGPASSWORD</source>
        <translation>leer: aus ~/.pgpass oder PGPASSWORD</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Be&amp;nutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>The password is used for this connection only and never saved.</source>
        <translation>Das Passwort gilt nur für diese Verbindung und wird nie gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>T&amp;ransfer</source>
        <translation>&amp;Übertragen</translation>
    </message>
    <message>
        <source>Connecting to %1 …</source>
        <translation>Verbindung zu %1 …</translation>
    </message>
    <message>
        <source>The connection works: %1 holds a Verbund network.</source>
        <translation>Die Verbindung steht: %1 enthält ein Verbund-Netzwerk.</translation>
    </message>
    <message>
        <source>The connection works, but %1 holds a Verbund network already. Verbund does not overwrite it; give it an empty database.</source>
        <translation>Die Verbindung steht, aber %1 enthält schon ein Verbund-Netzwerk. Verbund überschreibt es nicht; geben Sie eine leere Datenbank an.</translation>
    </message>
    <message>
        <source>The connection works; the database is still empty. Connecting makes a new network in it.</source>
        <translation>Die Verbindung steht; die Datenbank ist noch leer. Beim Verbinden wird darin ein neues Netzwerk angelegt.</translation>
    </message>
    <message>
        <source>The connection works; the database is empty and takes the network.</source>
        <translation>Die Verbindung steht; die Datenbank ist leer und kann das Netzwerk aufnehmen.</translation>
    </message>
</context>
<context>
    <name>Verbund::ConsentDialog</name>
    <message>
        <source>New consent</source>
        <translation>Neue Einwilligung</translation>
    </message>
    <message>
        <source>Edit consent</source>
        <translation>Einwilligung bearbeiten</translation>
    </message>
    <message>
        <source>e.g. Einwilligung 2025-03</source>
        <translation>z. B. Einwilligung 2025-03</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Zweck:</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>&amp;Erteilt am:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Wie:</translation>
    </message>
    <message>
        <source>&amp;Text version:</source>
        <translation>&amp;Textfassung:</translation>
    </message>
    <message>
        <source>&amp;Withdrawn on:</source>
        <translation>&amp;Widerrufen am:</translation>
    </message>
</context>
<context>
    <name>Verbund::ConsentTableModel</name>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Erteilt am</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Text version</source>
        <translation>Textfassung</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Widerrufen am</translation>
    </message>
</context>
<context>
    <name>Verbund::ConsultationDialog</name>
    <message>
        <source>New consultation</source>
        <translation>Neue Beratung</translation>
    </message>
    <message>
        <source>Edit consultation</source>
        <translation>Beratung bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Advisor:</source>
        <translation>Be&amp;rater:in:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>Themen:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>&amp;Follow-up on:</source>
        <translation>&amp;Wiedervorlage am:</translation>
    </message>
</context>
<context>
    <name>Verbund::ConsultationTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Berater:in</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
</context>
<context>
    <name>Verbund::ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Neue:r Ansprechpartner:in</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Ansprechpartner:in bearbeiten</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Geschäftsführung</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>Personalabteilung</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Ausbilder:in</translation>
    </message>
    <message>
        <source>Works council</source>
        <translation>Betriebsrat</translation>
    </message>
    <message>
        <source>Training coordination</source>
        <translation>Weiterbildungskoordination</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>F&amp;unction:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Noti&amp;zen:</translation>
    </message>
    <message>
        <source>e.g. Dr.</source>
        <translation>z. B. Dr.</translation>
    </message>
    <message>
        <source>&amp;Salutation:</source>
        <translation>&amp;Anrede:</translation>
    </message>
    <message>
        <source>Academic t&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>&amp;Mobil:</translation>
    </message>
</context>
<context>
    <name>Verbund::ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>Verbund::CsvReader</name>
    <message>
        <source>The file “%1” is %2; files over %3 are not read. Split it into smaller files.</source>
        <translation>Die Datei „%1“ ist %2 groß; Dateien über %3 werden nicht gelesen. Bitte teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>Row %1: a quoted cell is not closed; a quotation mark is missing.</source>
        <translation>Zeile %1: Eine Zelle in Anführungszeichen ist nicht geschlossen; ein Anführungszeichen fehlt.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
</context>
<context>
    <name>Verbund::CsvStream</name>
    <message>
        <source>The file “%1” cannot be read.</source>
        <translation>Die Datei „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file mixes two encodings: it is written as UTF-8, but line %1 is not (perhaps pasted from another program). Save it again as “CSV UTF-8” and import it then.</source>
        <translation>Die Datei mischt zwei Zeichenkodierungen: Sie ist als UTF-8 geschrieben, Zeile %1 aber nicht (vielleicht aus einem anderen Programm eingefügt). Bitte erneut als „CSV UTF-8“ speichern und dann importieren.</translation>
    </message>
</context>
<context>
    <name>Verbund::CsvWriter</name>
    <message>
        <source>The file “%1” cannot be written.</source>
        <translation>Die Datei „%1“ kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Verbund::CurriculaPage</name>
    <message>
        <source>&amp;New curriculum</source>
        <translation>&amp;Neues Curriculum</translation>
    </message>
    <message>
        <source>&amp;Delete curriculum…</source>
        <translation>Curriculum &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Save curriculum</source>
        <translation>Curriculum &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>&amp;Druckvorschau…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF &amp;exportieren…</translation>
    </message>
    <message>
        <source>D&amp;uplicate as new version</source>
        <translation>Als neue &amp;Version kopieren</translation>
    </message>
    <message>
        <source>Filter by title, target group, version, status … (Ctrl+F)</source>
        <translation>Filtern nach Titel, Zielgruppe, Version, Status … (Strg+F)</translation>
    </message>
    <message>
        <source>Choose a curriculum on the left, or write a new one with Ctrl+N.</source>
        <translation>Wählen Sie links ein Curriculum, oder legen Sie mit Strg+N ein neues an.</translation>
    </message>
    <message>
        <source>The curriculum “%1” has unsaved changes. Save them?</source>
        <translation>Das Curriculum „%1“ hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(neu)</translation>
    </message>
    <message>
        <source>Delete curriculum</source>
        <translation>Curriculum löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the curriculum “%1” (version %2) with its %n topic(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Das Curriculum „%1“ (Version %2) mit seinem %n Thema löschen? Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Das Curriculum „%1“ (Version %2) mit seinen %n Themen löschen? Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created version %1 of “%2” as a draft.</source>
        <translation>Version %1 von „%2“ als Entwurf angelegt.</translation>
    </message>
    <message>
        <source>Curriculum %1 (version %2)</source>
        <translation>Curriculum %1 (Version %2)</translation>
    </message>
    <message>
        <source>Wrote “%1”.</source>
        <translation>„%1“ geschrieben.</translation>
    </message>
    <message>
        <source>Curricula</source>
        <translation>Curricula</translation>
    </message>
    <message numerus="yes">
        <source>%Ln curricula</source>
        <translation>
            <numerusform>%Ln Curriculum</numerusform>
            <numerusform>%Ln Curricula</numerusform>
        </translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>Lehrplan</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>Verbund::CurriculumEditor</name>
    <message>
        <source>&amp;Add topic</source>
        <translation>Thema &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove topic</source>
        <translation>Thema &amp;entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>Target &amp;group:</source>
        <translation>Ziel&amp;gruppe:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>Z&amp;iel:</translation>
    </message>
    <message>
        <source>1 UE &amp;lasts:</source>
        <translation>1 UE &amp;dauert:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Topics&lt;/b&gt; — drag a row, or Alt+Up/Down, to reorder</source>
        <translation>&lt;b&gt;Themen&lt;/b&gt; — Reihenfolge ändern: Zeile ziehen oder Alt+Pfeil hoch/runter</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n UE</source>
        <translation>
            <numerusform>Gesamt: %n UE</numerusform>
            <numerusform>Gesamt: %n UE</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Zeitstunden</translation>
    </message>
    <message numerus="yes">
        <source>1 UE = %n minutes</source>
        <translation>
            <numerusform>1 UE = %n Minute</numerusform>
            <numerusform>1 UE = %n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Verbund::CurriculumImport</name>
    <message>
        <source>Topic (Thema)</source>
        <translation>Thema (Topic)</translation>
    </message>
    <message>
        <source>UE</source>
        <translation>UE</translation>
    </message>
    <message>
        <source>The file was not imported: the first row must name the columns Topic, Contents and UE (or Thema, Inhalte and UE); missing: %1.</source>
        <translation>Die Datei wurde nicht importiert: Die erste Zeile muss die Spalten Thema, Inhalte und UE (oder Topic, Contents und UE) benennen; es fehlt: %1.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>there is a row after the total row %1.</source>
        <translation>nach der Gesamt-Zeile %1 folgt noch eine Zeile.</translation>
    </message>
    <message>
        <source>the total “%1” does not match the sum of the topics, %2.</source>
        <translation>die Gesamtzahl „%1“ passt nicht zur Summe der Themen (%2).</translation>
    </message>
    <message>
        <source>the topic has no title.</source>
        <translation>das Thema hat keinen Titel.</translation>
    </message>
    <message>
        <source>the UE are missing.</source>
        <translation>die UE fehlen.</translation>
    </message>
    <message>
        <source>“%1” in the column UE is not a whole number of teaching units.</source>
        <translation>„%1“ in der Spalte UE ist keine ganze Zahl von Unterrichtseinheiten.</translation>
    </message>
    <message>
        <source>the UE must be from %1 to %2, not %3.</source>
        <translation>die UE müssen zwischen %1 und %2 liegen, nicht %3.</translation>
    </message>
    <message>
        <source>The file holds no topics.</source>
        <translation>Die Datei enthält keine Themen.</translation>
    </message>
    <message numerus="yes">
        <source>The file was not imported; nothing was written. %n problem(s):</source>
        <translation>
            <numerusform>Die Datei wurde nicht importiert; es wurde nichts geschrieben. %n Problem:</numerusform>
            <numerusform>Die Datei wurde nicht importiert; es wurde nichts geschrieben. %n Probleme:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Verbund::CurriculumRepository</name>
    <message>
        <source>There is no curriculum with the id or title “%1”.</source>
        <translation>Es gibt kein Curriculum mit der ID oder dem Titel „%1“.</translation>
    </message>
    <message>
        <source>Several curricula are called “%1” (ids %2). Name one by its id.</source>
        <translation>Mehrere Curricula heißen „%1“ (IDs %2). Bitte eines über seine ID angeben.</translation>
    </message>
</context>
<context>
    <name>Verbund::CurriculumSheet</name>
    <message>
        <source>Curriculum: %1</source>
        <translation>Curriculum: %1</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>Curriculum</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message numerus="yes">
        <source>%n UE</source>
        <translation>
            <numerusform>%n UE</numerusform>
            <numerusform>%n UE</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Zeitstunden</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalte</translation>
    </message>
    <message>
        <source>UE</source>
        <translation>UE</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message numerus="yes">
        <source>1 UE = %n minutes</source>
        <translation>
            <numerusform>1 UE = %n Minute</numerusform>
            <numerusform>1 UE = %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 UE correspond to %2 hours.</source>
        <translation>%1 UE entsprechen %2 Zeitstunden.</translation>
    </message>
</context>
<context>
    <name>Verbund::CurriculumTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>UE</source>
        <translation>UE</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Verbund::Database</name>
    <message>
        <source>“%1” is a database of another program, not a Verbund database. It was not opened or changed.</source>
        <translation>„%1“ ist die Datenbank eines anderen Programms, keine Verbund-Datenbank. Sie wurde weder geöffnet noch verändert.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Verbund (data version %2, this program knows up to %3). Please update Verbund. The file was not changed.</source>
        <translation>„%1“ wurde mit einer neueren Verbund-Version gespeichert (Datenversion %2, dieses Programm kennt bis %3). Bitte aktualisieren Sie Verbund. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Verbund database (not a database file at all). It was not opened or changed.</source>
        <translation>„%1“ ist keine Verbund-Datenbank (überhaupt keine Datenbankdatei). Sie wurde weder geöffnet noch verändert.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Es wurde keine Datenbankdatei angegeben.</translation>
    </message>
    <message>
        <source>“%1” already exists. Verbund does not overwrite files; choose another name.</source>
        <translation>„%1“ gibt es schon. Verbund überschreibt keine Dateien; bitte wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1“ gibt es nicht.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>„%1“ ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened.</source>
        <translation>„%1“ kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The database could not be brought up to date (step %1).</source>
        <translation>Die Datenbank konnte nicht auf den aktuellen Stand gebracht werden (Schritt %1).</translation>
    </message>
    <message>
        <source>“%1” cannot be written.</source>
        <translation>„%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>“%1” is empty: it is no Verbund database, and Verbund does not turn it into one. “verbund init” or File → New database… makes a new one.</source>
        <translation>„%1“ ist leer: Das ist keine Verbund-Datenbank, und Verbund macht auch keine daraus. „verbund init“ oder Datei → Neue Datenbank… legt eine neue an.</translation>
    </message>
    <message>
        <source>“%1” was written by an older Verbund and is opened here only to be read, so it cannot be brought up to date. Open it once where it may be changed: in the window, or with a command that writes.</source>
        <translation>„%1“ stammt von einem älteren Verbund und wird hier nur gelesen; deshalb kann sie nicht auf den neuen Stand gebracht werden. Öffnen Sie sie einmal dort, wo sie geändert werden darf: im Fenster oder mit einem Befehl, der schreibt.</translation>
    </message>
    <message>
        <source>“%1” could not be completed.</source>
        <translation>„%1“ konnte nicht fertiggestellt werden.</translation>
    </message>
    <message>
        <source>The server of %1 wants a password, and the one given is missing or wrong.</source>
        <translation>Der Server von %1 verlangt ein Passwort, und das angegebene fehlt oder ist falsch.</translation>
    </message>
    <message>
        <source>The server has no database “%1”. Its administrator creates it (see the README).</source>
        <translation>Der Server hat keine Datenbank „%1“. Seine Verwaltung legt sie an (siehe README).</translation>
    </message>
    <message>
        <source>The server knows no user “%1”.</source>
        <translation>Der Server kennt keine Benutzerin und keinen Benutzer „%1“.</translation>
    </message>
    <message>
        <source>The server does not let %1 in from this computer. Its administrator can allow it.</source>
        <translation>Der Server lässt %1 von diesem Computer aus nicht zu. Seine Verwaltung kann es erlauben.</translation>
    </message>
    <message>
        <source>The server of %1 cannot be reached. Is it running, and is this computer in its network?</source>
        <translation>Der Server von %1 ist nicht erreichbar. Läuft er, und ist dieser Computer in seinem Netz?</translation>
    </message>
    <message>
        <source>This Verbund cannot reach PostgreSQL servers: Qt&apos;s driver for them is missing (on Debian, the package libqt6sql6-psql).</source>
        <translation>Dieses Verbund kann keine PostgreSQL-Server erreichen: Der Qt-Treiber dafür fehlt (unter Debian das Paket libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The schema of %1 cannot be read.</source>
        <translation>Der Aufbau von %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The database %1 holds the tables of another program, not a Verbund network. It was not changed; give Verbund an empty database of its own.</source>
        <translation>Die Datenbank %1 enthält die Tabellen eines anderen Programms, kein Verbund-Netzwerk. Sie wurde nicht verändert; geben Sie Verbund eine eigene, leere Datenbank.</translation>
    </message>
    <message>
        <source>The network %1 was saved by a newer version of Verbund (data version %2, this program knows up to %3). Please update Verbund. Nothing was changed.</source>
        <translation>Das Netzwerk %1 wurde von einer neueren Verbund-Version gespeichert (Datenversion %2, dieses Programm kennt bis %3). Bitte aktualisieren Sie Verbund. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The database %1 holds a Verbund network already. Verbund does not overwrite it; give it an empty database.</source>
        <translation>Die Datenbank %1 enthält bereits ein Verbund-Netzwerk. Verbund überschreibt es nicht; geben Sie eine leere Datenbank an.</translation>
    </message>
    <message>
        <source>The database %1 holds no Verbund network yet. “verbund init” makes one in it.</source>
        <translation>Die Datenbank %1 enthält noch kein Verbund-Netzwerk. „verbund init“ legt eines darin an.</translation>
    </message>
    <message>
        <source>%1 may not work on the network %2 (any more): no role in it is theirs. Its administrator can give them one.</source>
        <translation>%1 darf nicht (mehr) im Netzwerk %2 arbeiten: Dort ist für sie oder ihn keine Rolle eingetragen. Die Administration kann eine vergeben.</translation>
    </message>
    <message>
        <source>This needs the role “%1” or a higher one; you (%2) work in the role “%3”. Nothing was saved.</source>
        <translation>Dafür braucht es die Rolle „%1“ oder eine höhere; Sie (%2) arbeiten in der Rolle „%3“. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Only Verbund itself writes this. Nothing was saved.</source>
        <translation>Das schreibt nur Verbund selbst. Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>Verbund::DatabaseLocation</name>
    <message>
        <source>“%1” is not a server address Verbund understands: %2 It looks like postgresql://user@host:5432/network.</source>
        <translation>„%1“ ist keine Serveradresse, die Verbund versteht: %2 Sie sieht so aus: postgresql://benutzer@server:5432/netzwerk.</translation>
    </message>
    <message>
        <source>it is malformed.</source>
        <translation>Sie ist fehlerhaft aufgebaut.</translation>
    </message>
    <message>
        <source>the setting “%1” is unknown.</source>
        <translation>Die Einstellung „%1“ ist unbekannt.</translation>
    </message>
    <message>
        <source>the database&apos;s name is missing.</source>
        <translation>Der Name der Datenbank fehlt.</translation>
    </message>
    <message>
        <source>the port is not a number from 1 to 65535.</source>
        <translation>Der Port ist keine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 on %2 as %3</source>
        <translation>%1 auf %2 als %3</translation>
    </message>
</context>
<context>
    <name>Verbund::DateEdit</name>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
</context>
<context>
    <name>Verbund::EnrollmentDialog</name>
    <message>
        <source>Enroll in “%1”</source>
        <translation>In „%1“ aufnehmen</translation>
    </message>
    <message>
        <source>Enrollment in “%1”</source>
        <translation>Teilnahme an „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n UE)</source>
        <translation>
            <numerusform>%1 (%n UE)</numerusform>
            <numerusform>%1 (%n UE)</numerusform>
        </translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>Neue &amp;Person…</translation>
    </message>
    <message>
        <source>P&amp;articipant:</source>
        <translation>Teiln&amp;ehmende:r:</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Weg:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>E&amp;xit:</source>
        <translation>A&amp;ustritt:</translation>
    </message>
    <message>
        <source>&amp;Credited topics:</source>
        <translation>&amp;Angerechnete Themen:</translation>
    </message>
    <message>
        <source>Exam &amp;date:</source>
        <translation>Prüfungs&amp;datum:</translation>
    </message>
    <message>
        <source>Exam &amp;result:</source>
        <translation>Prüfungs&amp;ergebnis:</translation>
    </message>
    <message>
        <source>&amp;Hired by:</source>
        <translation>Über&amp;nommen von:</translation>
    </message>
    <message>
        <source>Hired &amp;on:</source>
        <translation>Übernommen a&amp;m:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Noti&amp;zen:</translation>
    </message>
    <message>
        <source>Status at e&amp;xit:</source>
        <translation>&amp;Verbleib nach Austritt:</translation>
    </message>
</context>
<context>
    <name>Verbund::EnrollmentRepository</name>
    <message>
        <source>The start lies outside the measure (%1).</source>
        <translation>Der Beginn liegt außerhalb der Maßnahme (%1).</translation>
    </message>
    <message>
        <source>The exit lies outside the measure (%1).</source>
        <translation>Der Austritt liegt außerhalb der Maßnahme (%1).</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is full: %n place(s), all taken.</source>
        <translation>
            <numerusform>„%1“ ist voll: %n Platz, belegt.</numerusform>
            <numerusform>„%1“ ist voll: %n Plätze, alle belegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The person is already enrolled in “%1”.</source>
        <translation>Die Person nimmt bereits an „%1“ teil.</translation>
    </message>
    <message>
        <source>Only topics of the measure&apos;s curriculum can be credited.</source>
        <translation>Angerechnet werden können nur Themen aus dem Curriculum der Maßnahme.</translation>
    </message>
</context>
<context>
    <name>Verbund::EnrollmentTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>UE</source>
        <translation>UE</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Hired by</source>
        <translation>Übernommen von</translation>
    </message>
    <message>
        <source>Hired on</source>
        <translation>Übernommen am</translation>
    </message>
</context>
<context>
    <name>Verbund::Enum</name>
    <message>
        <source>On site</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videokonferenz</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Hotline</translation>
    </message>
    <message>
        <source>At an event</source>
        <translation>Bei einer Veranstaltung</translation>
    </message>
    <message>
        <source>Needs analysis</source>
        <translation>Bedarfsanalyse</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Förderung</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualifizierung/Nachqualifizierung</translation>
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation>Ausbildung</translation>
    </message>
    <message>
        <source>Digitalisation</source>
        <translation>Digitalisierung</translation>
    </message>
    <message>
        <source>Other topic</source>
        <translation>Sonstiges Thema</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Education provider</source>
        <translation>Bildungsträger</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation>Kammer</translation>
    </message>
    <message>
        <source>Employment agency</source>
        <translation>Agentur für Arbeit</translation>
    </message>
    <message>
        <source>Job centre</source>
        <translation>Jobcenter</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>Gewerkschaft</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Hochschule</translation>
    </message>
    <message>
        <source>Business development</source>
        <translation>Wirtschaftsförderung</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Verband</translation>
    </message>
    <message>
        <source>Public authority</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Former member</source>
        <translation>Ehemaliges Mitglied</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Nicht bekannt</translation>
    </message>
    <message>
        <source>Micro (under 10)</source>
        <translation>Kleinst (unter 10)</translation>
    </message>
    <message>
        <source>Small (under 50)</source>
        <translation>Klein (unter 50)</translation>
    </message>
    <message>
        <source>Medium (under 250)</source>
        <translation>Mittel (unter 250)</translation>
    </message>
    <message>
        <source>Large (250 and more)</source>
        <translation>Groß (ab 250)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <source>Referred (unemployed)</source>
        <translation>Zugewiesen (arbeitslos)</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>Kein Ergebnis</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>Retraining</source>
        <translation>Umschulung</translation>
    </message>
    <message>
        <source>External exam preparation</source>
        <translation>Vorbereitung auf die Externenprüfung</translation>
    </message>
    <message>
        <source>Partial qualification</source>
        <translation>Teilqualifizierung</translation>
    </message>
    <message>
        <source>Further training</source>
        <translation>Weiterbildung</translation>
    </message>
    <message>
        <source>Train the trainer</source>
        <translation>Qualifizierung des Bildungspersonals</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Company (learning at work)</source>
        <translation>Betrieb (Lernort Arbeitsplatz)</translation>
    </message>
    <message>
        <source>Further provider</source>
        <translation>Weiterer Bildungsträger</translation>
    </message>
    <message>
        <source>Other place of learning</source>
        <translation>Sonstiger Lernort</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Gesamtkosten</translation>
    </message>
    <message>
        <source>Cost per UE and participant</source>
        <translation>Kosten je UE und Teilnehmende:n</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Prozentsatz</translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation>Fester Betrag</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Diverse</source>
        <translation>Divers</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>Arbeitslos</translation>
    </message>
    <message>
        <source>Apprentice</source>
        <translation>In Ausbildung</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>Selbstständig</translation>
    </message>
    <message>
        <source>Baden-Württemberg</source>
        <translation>Baden-Württemberg</translation>
    </message>
    <message>
        <source>Bavaria</source>
        <translation>Bayern</translation>
    </message>
    <message>
        <source>Berlin</source>
        <translation>Berlin</translation>
    </message>
    <message>
        <source>Brandenburg</source>
        <translation>Brandenburg</translation>
    </message>
    <message>
        <source>Bremen</source>
        <translation>Bremen</translation>
    </message>
    <message>
        <source>Hamburg</source>
        <translation>Hamburg</translation>
    </message>
    <message>
        <source>Hesse</source>
        <translation>Hessen</translation>
    </message>
    <message>
        <source>Mecklenburg-Western Pomerania</source>
        <translation>Mecklenburg-Vorpommern</translation>
    </message>
    <message>
        <source>Lower Saxony</source>
        <translation>Niedersachsen</translation>
    </message>
    <message>
        <source>North Rhine-Westphalia</source>
        <translation>Nordrhein-Westfalen</translation>
    </message>
    <message>
        <source>Rhineland-Palatinate</source>
        <translation>Rheinland-Pfalz</translation>
    </message>
    <message>
        <source>Saarland</source>
        <translation>Saarland</translation>
    </message>
    <message>
        <source>Saxony</source>
        <translation>Sachsen</translation>
    </message>
    <message>
        <source>Saxony-Anhalt</source>
        <translation>Sachsen-Anhalt</translation>
    </message>
    <message>
        <source>Schleswig-Holstein</source>
        <translation>Schleswig-Holstein</translation>
    </message>
    <message>
        <source>Thuringia</source>
        <translation>Thüringen</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Entschuldigt</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Partly present</source>
        <translation>Teilweise anwesend</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>before an update of the data</source>
        <translation>vor einer Aktualisierung der Daten</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>vor einem Import</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>taken by hand</source>
        <translation>von Hand erstellt</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Leser:in</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Berater:in</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator:in</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator:in</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>Processing for the measure</source>
        <translation>Verarbeitung für die Maßnahme</translation>
    </message>
    <message>
        <source>Passing on to the funders</source>
        <translation>Weitergabe an Fördermittelgeber</translation>
    </message>
    <message>
        <source>Reports to the employer</source>
        <translation>Berichte an den Arbeitgeber</translation>
    </message>
    <message>
        <source>Photos and publication</source>
        <translation>Fotos und Veröffentlichung</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>In writing</source>
        <translation>Schriftlich</translation>
    </message>
    <message>
        <source>Electronically</source>
        <translation>Elektronisch</translation>
    </message>
    <message>
        <source>Verbally, noted</source>
        <translation>Mündlich, vermerkt</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Teilnehmende:r</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Ansprechpartner:in</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Mittelgeber</translation>
    </message>
    <message>
        <source>A consultation&apos;s follow-up date</source>
        <translation>Wiedervorlage einer Beratung</translation>
    </message>
    <message>
        <source>Attendance not recorded two days after a session</source>
        <translation>Anwesenheit zwei Tage nach einem Termin nicht erfasst</translation>
    </message>
    <message>
        <source>Certificates not issued 14 days after a measure ended</source>
        <translation>Teilnahmebescheinigungen 14 Tage nach Ende einer Maßnahme nicht ausgestellt</translation>
    </message>
    <message>
        <source>Registration deadline of the chamber&apos;s first exam after a measure&apos;s end</source>
        <translation>Anmeldeschluss der ersten Kammerprüfung nach dem Ende einer Maßnahme</translation>
    </message>
    <message>
        <source>A funder&apos;s report date</source>
        <translation>Berichtstermin eines Mittelgebers</translation>
    </message>
    <message>
        <source>Hiring obligation to check, the months set on the measure after its end</source>
        <translation>Einstellungsverpflichtung prüfen, die bei der Maßnahme eingetragenen Monate nach ihrem Ende</translation>
    </message>
    <message>
        <source>In employment or self-employed</source>
        <translation>Erwerbstätig oder selbstständig</translation>
    </message>
    <message>
        <source>In education or training</source>
        <translation>In Schule, Ausbildung oder Weiterbildung</translation>
    </message>
    <message>
        <source>Seeking work</source>
        <translation>Arbeitsuchend</translation>
    </message>
    <message>
        <source>A – Agriculture, forestry and fishing</source>
        <translation>A – Land- und Forstwirtschaft, Fischerei</translation>
    </message>
    <message>
        <source>B – Mining and quarrying</source>
        <translation>B – Bergbau und Gewinnung von Steinen und Erden</translation>
    </message>
    <message>
        <source>C – Manufacturing</source>
        <translation>C – Verarbeitendes Gewerbe</translation>
    </message>
    <message>
        <source>D – Electricity, gas, steam and air conditioning supply</source>
        <translation>D – Energieversorgung</translation>
    </message>
    <message>
        <source>E – Water supply, sewerage, waste management and remediation</source>
        <translation>E – Wasserversorgung, Abwasser- und Abfallentsorgung</translation>
    </message>
    <message>
        <source>F – Construction</source>
        <translation>F – Baugewerbe</translation>
    </message>
    <message>
        <source>G – Wholesale and retail trade; repair of motor vehicles</source>
        <translation>G – Handel; Instandhaltung und Reparatur von Kfz</translation>
    </message>
    <message>
        <source>H – Transportation and storage</source>
        <translation>H – Verkehr und Lagerei</translation>
    </message>
    <message>
        <source>I – Accommodation and food service</source>
        <translation>I – Gastgewerbe</translation>
    </message>
    <message>
        <source>J – Information and communication</source>
        <translation>J – Information und Kommunikation</translation>
    </message>
    <message>
        <source>K – Financial and insurance activities</source>
        <translation>K – Finanz- und Versicherungsdienstleistungen</translation>
    </message>
    <message>
        <source>L – Real estate activities</source>
        <translation>L – Grundstücks- und Wohnungswesen</translation>
    </message>
    <message>
        <source>M – Professional, scientific and technical activities</source>
        <translation>M – Freiberufliche, wissenschaftliche und technische Dienstleistungen</translation>
    </message>
    <message>
        <source>N – Administrative and support service activities</source>
        <translation>N – Sonstige wirtschaftliche Dienstleistungen</translation>
    </message>
    <message>
        <source>O – Public administration and defence; social security</source>
        <translation>O – Öffentliche Verwaltung, Verteidigung; Sozialversicherung</translation>
    </message>
    <message>
        <source>P – Education</source>
        <translation>P – Erziehung und Unterricht</translation>
    </message>
    <message>
        <source>Q – Human health and social work</source>
        <translation>Q – Gesundheits- und Sozialwesen</translation>
    </message>
    <message>
        <source>R – Arts, entertainment and recreation</source>
        <translation>R – Kunst, Unterhaltung und Erholung</translation>
    </message>
    <message>
        <source>S – Other service activities</source>
        <translation>S – Sonstige Dienstleistungen</translation>
    </message>
    <message>
        <source>T – Households as employers</source>
        <translation>T – Private Haushalte</translation>
    </message>
    <message>
        <source>U – Extraterritorial organisations</source>
        <translation>U – Exterritoriale Organisationen</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Nichterwerbsperson</translation>
    </message>
    <message>
        <source>ISCED 0–2: up to lower secondary school</source>
        <translation>ISCED 0–2: bis Haupt- oder Realschulabschluss</translation>
    </message>
    <message>
        <source>ISCED 3–4: upper secondary, vocational training</source>
        <translation>ISCED 3–4: Abitur, Berufsausbildung</translation>
    </message>
    <message>
        <source>ISCED 5–8: tertiary, master craftsman, degree</source>
        <translation>ISCED 5–8: Meister, Techniker, Studium</translation>
    </message>
    <message>
        <source>Ms</source>
        <translation>Frau</translation>
    </message>
    <message>
        <source>Mr</source>
        <translation>Herr</translation>
    </message>
</context>
<context>
    <name>Verbund::ErasureDialog</name>
    <message>
        <source>Erase personal data</source>
        <translation>Personenbezogene Daten löschen</translation>
    </message>
    <message>
        <source>Request of the person (Art. 17(1) GDPR)</source>
        <translation>Antrag der Person (Art. 17 Abs. 1 DSGVO)</translation>
    </message>
    <message>
        <source>Consent withdrawn (Art. 17(1)(b) GDPR)</source>
        <translation>Einwilligung widerrufen (Art. 17 Abs. 1 lit. b DSGVO)</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>&amp;Rechtsgrundlage:</translation>
    </message>
    <message>
        <source>&amp;Erase data</source>
        <translation>Daten &amp;löschen</translation>
    </message>
    <message>
        <source>Say on which legal basis the data is erased.</source>
        <translation>Geben Sie an, auf welcher Rechtsgrundlage die Daten gelöscht werden.</translation>
    </message>
    <message>
        <source>Retention period over (Art. 17(1)(a) GDPR)</source>
        <translation>Aufbewahrungsfrist abgelaufen (Art. 17 Abs. 1 lit. a DSGVO)</translation>
    </message>
    <message>
        <source>Names, contact data, the date of birth (its year is kept), notes and free texts go, from the record and from its history. Enrollments, attendance, exam results, certificates&apos; serial numbers and funding stay as an anonymous person, so every report keeps its totals.</source>
        <translation>Namen, Kontaktdaten, das Geburtsdatum (das Jahr bleibt), Notizen und Freitexte werden gelöscht, im Datensatz und in seinem Verlauf. Teilnahmen, Anwesenheit, Prüfungsergebnisse, Zertifikatsnummern und Förderung bleiben als anonyme Person, jeder Bericht behält seine Summen.</translation>
    </message>
    <message>
        <source>Names, contact data and notes go, from the record and from its history. The contact stays at their organisation with their function as an anonymous person.</source>
        <translation>Namen, Kontaktdaten und Notizen werden gelöscht, im Datensatz und in seinem Verlauf. Die Ansprechperson bleibt mit ihrer Funktion als anonyme Person bei ihrer Organisation.</translation>
    </message>
    <message>
        <source>Verbund&apos;s own backups taken before are removed once the grace period is over. This cannot be undone.</source>
        <translation>Verbunds eigene Sicherungen von vorher werden nach Ablauf der Karenzzeit entfernt. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message numerus="yes">
        <source>Erase the personal data of “%1”? %n enrollment(s) and the history of %2 change(s) are kept without them.</source>
        <translation>
            <numerusform>Die personenbezogenen Daten von „%1“ löschen? %n Teilnahme und der Verlauf von %2 Änderungen bleiben ohne sie erhalten.</numerusform>
            <numerusform>Die personenbezogenen Daten von „%1“ löschen? %n Teilnahmen und der Verlauf von %2 Änderungen bleiben ohne sie erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase the personal data of “%1”? The history of %n change(s) is kept without them.</source>
        <translation>
            <numerusform>Die personenbezogenen Daten von „%1“ löschen? Der Verlauf von %n Änderung bleibt ohne sie erhalten.</numerusform>
            <numerusform>Die personenbezogenen Daten von „%1“ löschen? Der Verlauf von %n Änderungen bleibt ohne sie erhalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Verbund::ErasureLogTableModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>%1 no. %2</source>
        <translation>%1 Nr. %2</translation>
    </message>
</context>
<context>
    <name>Verbund::Error</name>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Bitte korrigieren Sie die markierten Felder.</translation>
    </message>
</context>
<context>
    <name>Verbund::ExamDeadlineDialog</name>
    <message>
        <source>New exam sitting</source>
        <translation>Neuer Prüfungstermin</translation>
    </message>
    <message>
        <source>Edit exam sitting</source>
        <translation>Prüfungstermin bearbeiten</translation>
    </message>
    <message>
        <source>e.g. Summer exam 2027</source>
        <translation>z. B. Sommerprüfung 2027</translation>
    </message>
    <message>
        <source>&amp;Chamber:</source>
        <translation>&amp;Kammer:</translation>
    </message>
    <message>
        <source>&amp;Exam:</source>
        <translation>&amp;Prüfung:</translation>
    </message>
    <message>
        <source>&amp;Registration by:</source>
        <translation>&amp;Anmeldung bis:</translation>
    </message>
    <message>
        <source>Exam &amp;on:</source>
        <translation>Prüfung a&amp;m:</translation>
    </message>
</context>
<context>
    <name>Verbund::ExamDeadlineTableModel</name>
    <message>
        <source>Chamber</source>
        <translation>Kammer</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Registration by</source>
        <translation>Anmeldung bis</translation>
    </message>
    <message>
        <source>Exam on</source>
        <translation>Prüfung am</translation>
    </message>
</context>
<context>
    <name>Verbund::Exporter</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Erwerbsstatus</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbeitgeber</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Zugewiesen von</translation>
    </message>
    <message>
        <source>Prior qualification</source>
        <translation>Vorqualifikation</translation>
    </message>
    <message>
        <source>Entry conditions</source>
        <translation>Eingangsvoraussetzungen</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Qualification goal</source>
        <translation>Qualifizierungsziel</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>Curriculum</translation>
    </message>
    <message>
        <source>Lead provider</source>
        <translation>Bildungsträger</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Planned UE</source>
        <translation>Geplante UE</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Beschäftigte</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>Arbeitslose</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Teilnehmende:r</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Austritt</translation>
    </message>
    <message>
        <source>Individual UE</source>
        <translation>Individuelle UE</translation>
    </message>
    <message>
        <source>Exam date</source>
        <translation>Prüfungsdatum</translation>
    </message>
    <message>
        <source>Exam result</source>
        <translation>Prüfungsergebnis</translation>
    </message>
    <message>
        <source>Hired by</source>
        <translation>Übernommen von</translation>
    </message>
    <message>
        <source>Hired on</source>
        <translation>Übernommen am</translation>
    </message>
    <message>
        <source>Cannot export “%1”. Kinds: %2.</source>
        <translation>„%1“ kann nicht exportiert werden. Arten: %2.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Berater:in</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Education (ISCED)</source>
        <translation>Bildungsniveau (ISCED)</translation>
    </message>
    <message>
        <source>Unemployed since</source>
        <translation>Arbeitslos seit</translation>
    </message>
</context>
<context>
    <name>Verbund::FigureListDialog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2: %3, %4.</source>
        <translation>%1 — %2: %3, %4.</translation>
    </message>
    <message>
        <source>&amp;Open organisation</source>
        <translation>Organisation ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Open measure</source>
        <translation>Maßnahme ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Open person</source>
        <translation>Person ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>Verbund::FigureRecordModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>Verbund::FigureRepository</name>
    <message>
        <source>not stated</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>under 18</source>
        <translation>unter 18</translation>
    </message>
    <message>
        <source>18 to 29</source>
        <translation>18 bis 29</translation>
    </message>
    <message>
        <source>30 to 54</source>
        <translation>30 bis 54</translation>
    </message>
    <message>
        <source>55 and over</source>
        <translation>55 und älter</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Durchgeführt</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>No exam result</source>
        <translation>Ohne Prüfungsergebnis</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Austritt</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Lehrkraft</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
</context>
<context>
    <name>Verbund::FiguresPanel</name>
    <message>
        <source>this month</source>
        <translation>dieser Monat</translation>
    </message>
    <message>
        <source>this quarter</source>
        <translation>dieses Quartal</translation>
    </message>
    <message>
        <source>this year</source>
        <translation>dieses Jahr</translation>
    </message>
    <message>
        <source>last month</source>
        <translation>letzter Monat</translation>
    </message>
    <message>
        <source>last quarter</source>
        <translation>letztes Quartal</translation>
    </message>
    <message>
        <source>last year</source>
        <translation>letztes Jahr</translation>
    </message>
    <message>
        <source>days of my own</source>
        <translation>eigener Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;from</source>
        <translation>&amp;von</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>bi&amp;s</translation>
    </message>
    <message>
        <source>&amp;Activity report…</source>
        <translation>Tätigkeitsberi&amp;cht…</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>The records behind a bar</source>
        <translation>Die Datensätze hinter einem Balken</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>@value €</source>
        <translation>@value €</translation>
    </message>
    <message>
        <source>The network&apos;s figures as the overview shows them, with their charts, for the board and the steering committee.</source>
        <translation>Die Kennzahlen des Netzwerks, wie die Übersicht sie zeigt, mit ihren Diagrammen – für Vorstand und Lenkungskreis.</translation>
    </message>
</context>
<context>
    <name>Verbund::FollowUp</name>
    <message>
        <source>Follow up the consultation of %1</source>
        <translation>Beratung vom %1 nachfassen</translation>
    </message>
    <message>
        <source>Record the attendance of %1</source>
        <translation>Anwesenheit vom %1 erfassen</translation>
    </message>
    <message>
        <source>Issue the certificates (ended %1)</source>
        <translation>Teilnahmebescheinigungen ausstellen (Ende %1)</translation>
    </message>
    <message>
        <source>Check the hiring obligation</source>
        <translation>Einstellungsverpflichtung prüfen</translation>
    </message>
    <message>
        <source>Register for the exam</source>
        <translation>Zur Prüfung anmelden</translation>
    </message>
    <message>
        <source>Send the funding report</source>
        <translation>Bericht an den Mittelgeber senden</translation>
    </message>
</context>
<context>
    <name>Verbund::FollowUpDialog</name>
    <message>
        <source>New follow-up</source>
        <translation>Neue Wiedervorlage</translation>
    </message>
    <message>
        <source>Edit follow-up</source>
        <translation>Wiedervorlage bearbeiten</translation>
    </message>
    <message>
        <source>e.g. Call back about the training plan</source>
        <translation>z. B. Wegen des Ausbildungsplans zurückrufen</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Betrifft:</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Aufgabe:</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Aufgabe:</translation>
    </message>
    <message>
        <source>D&amp;ue on:</source>
        <translation>&amp;Fällig am:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <source>Do&amp;ne on:</source>
        <translation>&amp;Erledigt am:</translation>
    </message>
</context>
<context>
    <name>Verbund::FollowUpPanel</name>
    <message>
        <source>&amp;New follow-up…</source>
        <translation>&amp;Neue Wiedervorlage…</translation>
    </message>
    <message>
        <source>D&amp;one</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>Mark the follow-up as done today</source>
        <translation>Die Wiedervorlage als heute erledigt markieren</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Zurückstellen</translation>
    </message>
    <message>
        <source>By a day</source>
        <translation>Um einen Tag</translation>
    </message>
    <message>
        <source>By a week</source>
        <translation>Um eine Woche</translation>
    </message>
    <message>
        <source>By a month</source>
        <translation>Um einen Monat</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>Datensatz ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Delete follow-up</source>
        <translation>Wiedervorlage löschen</translation>
    </message>
    <message>
        <source>Delete the follow-up “%1”?</source>
        <translation>Die Wiedervorlage „%1“ löschen?</translation>
    </message>
</context>
<context>
    <name>Verbund::FollowUpRulesDialog</name>
    <message>
        <source>&amp;New exam sitting…</source>
        <translation>&amp;Neuer Prüfungstermin…</translation>
    </message>
    <message>
        <source>&amp;New report date…</source>
        <translation>&amp;Neuer Berichtstermin…</translation>
    </message>
    <message>
        <source>Follow-up rules</source>
        <translation>Regeln für Wiedervorlagen</translation>
    </message>
    <message>
        <source>The chambers&apos; exam sittings, e.g. two a year, with the day by which candidates must be registered. A measure that ends in an exam gets a follow-up by the deadline of the first sitting after its end, of the chamber among its places of learning (of any chamber when none is).</source>
        <translation>Die Prüfungstermine der Kammern, z. B. zwei im Jahr, mit dem Tag, bis zu dem die Teilnehmenden angemeldet sein müssen. Eine Maßnahme, die mit einer Prüfung endet, bekommt eine Wiedervorlage zum Anmeldeschluss des ersten Termins nach ihrem Ende – von der Kammer unter ihren Lernorten (von jeder Kammer, wenn keine dabei ist).</translation>
    </message>
    <message>
        <source>The days by which funders expect a report: each is a follow-up on the funder.</source>
        <translation>Die Tage, bis zu denen Mittelgeber einen Bericht erwarten: jeder ist eine Wiedervorlage beim Mittelgeber.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Exam registration</source>
        <translation>Prüfungsanmeldung</translation>
    </message>
    <message>
        <source>Funders&apos; reports</source>
        <translation>Berichte an Mittelgeber</translation>
    </message>
    <message>
        <source>These rules make follow-ups by themselves, and remove those that are no longer needed (the attendance recorded, the certificates issued). A rule switched off takes its open follow-ups with it. A consultation&apos;s follow-up date is always one.</source>
        <translation>Diese Regeln legen Wiedervorlagen von selbst an und entfernen die, die nicht mehr nötig sind (die Anwesenheit erfasst, die Bescheinigungen ausgestellt). Eine ausgeschaltete Regel nimmt ihre offenen Wiedervorlagen mit. Das Wiedervorlagedatum einer Beratung wird immer zur Wiedervorlage.</translation>
    </message>
    <message>
        <source>Delete exam sitting</source>
        <translation>Prüfungstermin löschen</translation>
    </message>
    <message>
        <source>Delete the exam sitting “%1”?</source>
        <translation>Den Prüfungstermin „%1“ löschen?</translation>
    </message>
    <message>
        <source>Delete report date</source>
        <translation>Berichtstermin löschen</translation>
    </message>
    <message>
        <source>Delete the report date “%1” (%2)?</source>
        <translation>Den Berichtstermin „%1“ (%2) löschen?</translation>
    </message>
</context>
<context>
    <name>Verbund::FollowUpService</name>
    <message>
        <source>Nobody in the office is called “%1”.</source>
        <translation>Im Büro heißt niemand „%1“.</translation>
    </message>
    <message>
        <source>Several people in the office are called “%1”; give the first and the last name.</source>
        <translation>Im Büro heißen mehrere „%1“; bitte Vor- und Nachnamen angeben.</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Zuständig: %1</translation>
    </message>
    <message>
        <source>Follow-ups – %1</source>
        <translation>Wiedervorlagen – %1</translation>
    </message>
</context>
<context>
    <name>Verbund::FollowUpTableModel</name>
    <message>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Erledigt am</translation>
    </message>
</context>
<context>
    <name>Verbund::FunderDialog</name>
    <message>
        <source>New funder</source>
        <translation>Neuer Mittelgeber</translation>
    </message>
    <message>
        <source>Edit funder</source>
        <translation>Mittelgeber bearbeiten</translation>
    </message>
    <message>
        <source>e.g. ESF Plus, Land Mecklenburg-Vorpommern</source>
        <translation>z. B. ESF Plus, Land Mecklenburg-Vorpommern</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>or &amp;organisation:</source>
        <translation>oder &amp;Organisation:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Noti&amp;zen:</translation>
    </message>
</context>
<context>
    <name>Verbund::FunderTableModel</name>
    <message>
        <source>Funder</source>
        <translation>Mittelgeber</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Organisation of the network</source>
        <translation>Organisation im Netzwerk</translation>
    </message>
    <message>
        <source>Named funder</source>
        <translation>Benannter Mittelgeber</translation>
    </message>
</context>
<context>
    <name>Verbund::FundingReport</name>
    <message>
        <source>Funding report</source>
        <translation>Finanzierungsbericht</translation>
    </message>
    <message>
        <source>Funding report %1</source>
        <translation>Finanzierungsbericht %1</translation>
    </message>
    <message>
        <source>All measures</source>
        <translation>Alle Maßnahmen</translation>
    </message>
    <message>
        <source>Money per funder and programme over the measures running in the period, as their funding plans share the cost.</source>
        <translation>Mittel je Mittelgeber und Förderprogramm über die Maßnahmen, die im Zeitraum laufen, so wie ihre Finanzierungspläne die Kosten aufteilen.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Mittelgeber</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Förderprogramm</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>%1 together</source>
        <translation>%1 zusammen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>By funder and programme</source>
        <translation>Nach Mittelgeber und Förderprogramm</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>No measure runs in this period.</source>
        <translation>In diesem Zeitraum läuft keine Maßnahme.</translation>
    </message>
    <message>
        <source>Not counted, because their funding plan does not cover the cost: %1.</source>
        <translation>Nicht mitgezählt, weil ihr Finanzierungsplan die Kosten nicht deckt: %1.</translation>
    </message>
</context>
<context>
    <name>Verbund::FundingService</name>
    <message>
        <source>“%1” has no rate for a company of this size, or no funder who pays it.</source>
        <translation>„%1“ hat keinen Satz für ein Unternehmen dieser Größe oder keinen Mittelgeber, der ihn zahlt.</translation>
    </message>
</context>
<context>
    <name>Verbund::HistoryService</name>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Mitarbeiter:in</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>Lehrplan</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Teilnehmende:r</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Fördermittelgeber</translation>
    </message>
    <message>
        <source>Funding programme</source>
        <translation>Förderprogramm</translation>
    </message>
    <message>
        <source>Programme rate</source>
        <translation>Fördersatz</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Place of learning</source>
        <translation>Lernort</translation>
    </message>
    <message>
        <source>Funding share</source>
        <translation>Finanzierungsanteil</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Teilnahme</translation>
    </message>
    <message>
        <source>Credited topic</source>
        <translation>Angerechnetes Thema</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Beschäftigte</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Mitgliedschaft</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Mitglied seit</translation>
    </message>
    <message>
        <source>Member until</source>
        <translation>Mitglied bis</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Berater:in</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Minutes per UE</source>
        <translation>Minuten je UE</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalte</translation>
    </message>
    <message>
        <source>UE</source>
        <translation>UE</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Erwerbsstatus</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbeitgeber</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Zugewiesen von</translation>
    </message>
    <message>
        <source>Prior qualification</source>
        <translation>Vorqualifikation</translation>
    </message>
    <message>
        <source>Entry conditions</source>
        <translation>Eingangsvoraussetzungen</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Einwilligung erteilt</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>From employees</source>
        <translation>Ab Beschäftigten</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Qualification goal</source>
        <translation>Qualifizierungsziel</translation>
    </message>
    <message>
        <source>Lead provider</source>
        <translation>Bildungsträger</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Planned UE</source>
        <translation>Geplante UE</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Company obliged to hire</source>
        <translation>Zur Übernahme verpflichtetes Unternehmen</translation>
    </message>
    <message>
        <source>People to hire</source>
        <translation>Zu übernehmende Personen</translation>
    </message>
    <message>
        <source>Share to hire</source>
        <translation>Zu übernehmender Anteil</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Gesamtkosten</translation>
    </message>
    <message>
        <source>Cost per UE</source>
        <translation>Kosten je UE</translation>
    </message>
    <message>
        <source>Minimum attendance</source>
        <translation>Mindestanwesenheit</translation>
    </message>
    <message>
        <source>Ends with an exam</source>
        <translation>Endet mit Prüfung</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Austritt</translation>
    </message>
    <message>
        <source>Exam date</source>
        <translation>Prüfungsdatum</translation>
    </message>
    <message>
        <source>Exam result</source>
        <translation>Prüfungsergebnis</translation>
    </message>
    <message>
        <source>Hired by</source>
        <translation>Eingestellt von</translation>
    </message>
    <message>
        <source>Hired on</source>
        <translation>Eingestellt am</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Lehrkraft</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Zertifikatsnummer</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Ausgestellt am</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer:in</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Geburtsjahr</translation>
    </message>
    <message>
        <source>Erased on</source>
        <translation>Gelöscht am</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Erteilt am</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <source>Text version</source>
        <translation>Textfassung</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Widerrufen am</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Economic sector (WZ 2008)</source>
        <translation>Wirtschaftszweig (WZ 2008)</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Bildungsniveau</translation>
    </message>
    <message>
        <source>Unemployed since</source>
        <translation>Arbeitslos seit</translation>
    </message>
    <message>
        <source>Check hiring after (months)</source>
        <translation>Einstellung prüfen nach (Monaten)</translation>
    </message>
    <message>
        <source>Status at exit</source>
        <translation>Verbleib nach Austritt</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Rule&apos;s record</source>
        <translation>Datensatz der Regel</translation>
    </message>
    <message>
        <source>Rule&apos;s day</source>
        <translation>Tag der Regel</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation>Kammer</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Registration by</source>
        <translation>Anmeldung bis</translation>
    </message>
    <message>
        <source>Exam on</source>
        <translation>Prüfung am</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Exam sitting</source>
        <translation>Prüfungstermin</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Berichtstermin</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>Academic title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
</context>
<context>
    <name>Verbund::HistoryTableModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>(personal data erased)</source>
        <translation>(personenbezogene Daten gelöscht)</translation>
    </message>
</context>
<context>
    <name>Verbund::ImportDialog</name>
    <message>
        <source>Import the &amp;good rows, report the others</source>
        <translation>Nur die &amp;guten Zeilen importieren, die anderen melden</translation>
    </message>
    <message>
        <source>&amp;Update records already there (else they are skipped)</source>
        <translation>Vorhandene Einträge &amp;aktualisieren (sonst werden sie übersprungen)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Ansprechpartner:innen</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Spalte der Datei</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Which column fills which field&lt;/b&gt; (* required)</source>
        <translation>&lt;b&gt;Welche Spalte welches Feld füllt&lt;/b&gt; (* erforderlich)</translation>
    </message>
    <message>
        <source>&lt;b&gt;The first rows of the file&lt;/b&gt;</source>
        <translation>&lt;b&gt;Die ersten Zeilen der Datei&lt;/b&gt;</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message numerus="yes">
        <source>%1, separated by %2, %n row(s) besides the header.</source>
        <translation>
            <numerusform>%1, getrennt durch %2, %n Zeile außer der Kopfzeile.</numerusform>
            <numerusform>%1, getrennt durch %2, %n Zeilen außer der Kopfzeile.</numerusform>
        </translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— nicht importieren —</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Bitte zuerst eine Datei wählen.</translation>
    </message>
    <message>
        <source>Check: %1 Nothing was written yet.</source>
        <translation>Prüfung: %1 Es wurde noch nichts geschrieben.</translation>
    </message>
    <message>
        <source>Nothing was imported, because of the rows below. Fix the file, or import only the good rows.</source>
        <translation>Es wurde nichts importiert, wegen der Zeilen unten. Berichtigen Sie die Datei, oder importieren Sie nur die guten Zeilen.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>&amp;Leave out the columns no field takes</source>
        <translation>Spalten &amp;auslassen, die kein Feld aufnimmt</translation>
    </message>
    <message>
        <source>Imported: %1 The data as it was before is kept among the backups (File → Backups…).</source>
        <translation>Importiert: %1 Der Stand davor liegt bei den Sicherungen (Datei → Sicherungen…).</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Checking the rows of the file …</source>
        <translation>Die Zeilen der Datei werden geprüft …</translation>
    </message>
    <message>
        <source>Backing up the database before the import …</source>
        <translation>Die Datenbank wird vor dem Import gesichert …</translation>
    </message>
    <message>
        <source>Importing the rows …</source>
        <translation>Die Zeilen werden importiert …</translation>
    </message>
</context>
<context>
    <name>Verbund::Importer</name>
    <message>
        <source>not a date; write it as 24.12.2026.</source>
        <translation>kein Datum; bitte als 24.12.2026 schreiben.</translation>
    </message>
    <message>
        <source>not a whole number.</source>
        <translation>keine ganze Zahl.</translation>
    </message>
    <message>
        <source>unknown; one of: %1.</source>
        <translation>unbekannt; erlaubt sind: %1.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Beschäftigte</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Mitgliedschaft</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Mitglied seit</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Erwerbsstatus</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbeitgeber</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Zugewiesen von</translation>
    </message>
    <message>
        <source>Prior qualification</source>
        <translation>Vorqualifikation</translation>
    </message>
    <message>
        <source>Entry conditions</source>
        <translation>Eingangsvoraussetzungen</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>The file was not imported: the column %1 is missing. The first row must name the columns.</source>
        <translation>Die Datei wurde nicht importiert: Es fehlt die Spalte %1. Die erste Zeile muss die Spalten benennen.</translation>
    </message>
    <message>
        <source>required.</source>
        <translation>erforderlich.</translation>
    </message>
    <message>
        <source>no organisation of this name in the network.</source>
        <translation>keine Organisation dieses Namens im Netzwerk.</translation>
    </message>
    <message>
        <source>Row %1, column %2, “%3”: %4</source>
        <translation>Zeile %1, Spalte %2, „%3“: %4</translation>
    </message>
    <message numerus="yes">
        <source>%1 new, %2 updated, %3 duplicates skipped, %n row(s) refused.</source>
        <translation>
            <numerusform>%1 neu, %2 aktualisiert, %3 Dubletten übersprungen, %n Zeile zurückgewiesen.</numerusform>
            <numerusform>%1 neu, %2 aktualisiert, %3 Dubletten übersprungen, %n Zeilen zurückgewiesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import stopped at row %1: %2 The %n row(s) before were imported; importing the file again skips them as duplicates.</source>
        <translation>
            <numerusform>Der Import hat in Zeile %1 angehalten: %2 Die Zeile davor wurde importiert; ein erneuter Import der Datei überspringt sie als Dublette.</numerusform>
            <numerusform>Der Import hat in Zeile %1 angehalten: %2 Die %n Zeilen davor wurden importiert; ein erneuter Import der Datei überspringt sie als Dubletten.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” (column %2): a second one of that name</source>
        <translation>„%1“ (Spalte %2): ein zweites Mal</translation>
    </message>
    <message>
        <source>“%1” (column %2): unknown</source>
        <translation>„%1“ (Spalte %2): unbekannt</translation>
    </message>
    <message>
        <source>The file was not imported; no field takes these columns: %1. Name them as Verbund knows them, map them, or leave them out explicitly.</source>
        <translation>Die Datei wurde nicht importiert; diese Spalten nimmt kein Feld auf: %1. Bitte so benennen, wie Verbund sie kennt, zuordnen oder ausdrücklich auslassen.</translation>
    </message>
    <message>
        <source>%1 – no field takes it; the file would be refused.</source>
        <translation>%1 – kein Feld nimmt sie auf; die Datei würde zurückgewiesen.</translation>
    </message>
    <message>
        <source>The file was not imported: the backup before the import failed. %1</source>
        <translation>Die Datei wurde nicht importiert: Die Sicherung vor dem Import ist fehlgeschlagen. %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>It was cancelled.</source>
        <translation>Er wurde abgebrochen.</translation>
    </message>
    <message>
        <source>WZ 2008 section</source>
        <translation>WZ-2008-Abschnitt</translation>
    </message>
    <message>
        <source>Education (ISCED)</source>
        <translation>Bildungsniveau (ISCED)</translation>
    </message>
    <message>
        <source>Unemployed since</source>
        <translation>Arbeitslos seit</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>Academic title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
</context>
<context>
    <name>Verbund::IndicatorReport</name>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>all measures</source>
        <translation>alle Maßnahmen</translation>
    </message>
    <message>
        <source>measure “%1”</source>
        <translation>die Maßnahme „%1“</translation>
    </message>
    <message>
        <source>programme “%1”</source>
        <translation>das Programm „%1“</translation>
    </message>
    <message>
        <source>Participant indicators</source>
        <translation>Teilnehmendenindikatoren</translation>
    </message>
    <message>
        <source>Participant indicators %1</source>
        <translation>Teilnehmendenindikatoren %1</translation>
    </message>
    <message>
        <source>All periods</source>
        <translation>Alle Zeiträume</translation>
    </message>
    <message numerus="yes">
        <source>For %1: %n entr(ies) into a measure in the period, %2 exit(s), %3 compan(ies) supported (the employers of those who entered). Employment and education are as recorded for the person; ages at the day of entry.</source>
        <translation>
            <numerusform>Für %1: %n Zugang in eine Maßnahme im Zeitraum, %2 Austritte, %3 geförderte Unternehmen (die Arbeitgeber der Eingetretenen). Erwerbsstatus und Bildungsniveau wie bei der Person erfasst; das Alter am Tag des Eintritts.</numerusform>
            <numerusform>Für %1: %n Zugänge in eine Maßnahme im Zeitraum, %2 Austritte, %3 geförderte Unternehmen (die Arbeitgeber der Eingetretenen). Erwerbsstatus und Bildungsniveau wie bei der Person erfasst; das Alter am Tag des Eintritts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Zugänge</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Austritte</translation>
    </message>
    <message>
        <source>Companies supported</source>
        <translation>Geförderte Unternehmen</translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation>Fehlende Angaben</translation>
    </message>
    <message>
        <source>Every person counted has every field the statistics need.</source>
        <translation>Bei allen gezählten Personen sind alle Angaben vorhanden, die die Statistik braucht.</translation>
    </message>
    <message>
        <source>These people are counted as “not stated” where their data lack a field; complete their records and print again.</source>
        <translation>Diese Personen zählen als „keine Angabe“, wo ihnen eine Angabe fehlt; bitte ihre Daten ergänzen und erneut drucken.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Es fehlt</translation>
    </message>
</context>
<context>
    <name>Verbund::Indicators</name>
    <message>
        <source>not stated</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>under 18</source>
        <translation>unter 18</translation>
    </message>
    <message>
        <source>18 to 29</source>
        <translation>18 bis 29</translation>
    </message>
    <message>
        <source>30 to 54</source>
        <translation>30 bis 54</translation>
    </message>
    <message>
        <source>55 and over</source>
        <translation>55 und älter</translation>
    </message>
    <message>
        <source>Employed, self-employed or in apprenticeship</source>
        <translation>Erwerbstätig, selbstständig oder in Ausbildung</translation>
    </message>
    <message>
        <source>Unemployed, less than 12 months</source>
        <translation>Arbeitslos, weniger als 12 Monate</translation>
    </message>
    <message>
        <source>Long-term unemployed, 12 months or more</source>
        <translation>Langzeitarbeitslos, 12 Monate und länger</translation>
    </message>
    <message>
        <source>Unemployed, since when not stated</source>
        <translation>Arbeitslos, seit wann ohne Angabe</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Nichterwerbsperson</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>unemployed since</source>
        <translation>arbeitslos seit</translation>
    </message>
    <message>
        <source>employment status</source>
        <translation>Erwerbsstatus</translation>
    </message>
    <message>
        <source>education</source>
        <translation>Bildungsniveau</translation>
    </message>
    <message>
        <source>Entries by gender</source>
        <translation>Zugänge nach Geschlecht</translation>
    </message>
    <message>
        <source>Entries by age at entry</source>
        <translation>Zugänge nach Alter beim Eintritt</translation>
    </message>
    <message>
        <source>Entries by employment status at entry</source>
        <translation>Zugänge nach Erwerbsstatus beim Eintritt</translation>
    </message>
    <message>
        <source>Entries by education (ISCED)</source>
        <translation>Zugänge nach Bildungsniveau (ISCED)</translation>
    </message>
    <message>
        <source>Qualification gained (exam passed)</source>
        <translation>Qualifikation erworben (Prüfung bestanden)</translation>
    </message>
    <message>
        <source>No qualification gained</source>
        <translation>Keine Qualifikation erworben</translation>
    </message>
    <message>
        <source>status at exit</source>
        <translation>Verbleib nach Austritt</translation>
    </message>
    <message>
        <source>Exits by status at exit</source>
        <translation>Austritte nach Verbleib</translation>
    </message>
    <message>
        <source>Exits by qualification gained</source>
        <translation>Austritte nach erworbener Qualifikation</translation>
    </message>
    <message>
        <source>Companies supported by size class</source>
        <translation>Geförderte Unternehmen nach Größenklasse</translation>
    </message>
    <message>
        <source>Companies supported by WZ 2008 section</source>
        <translation>Geförderte Unternehmen nach Wirtschaftszweig (WZ 2008)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation>Fehlende Angaben</translation>
    </message>
</context>
<context>
    <name>Verbund::MainWindow</name>
    <message>
        <source>Verbund databases (*.verbund *.sqlite *.db);;All files (*)</source>
        <translation>Verbund-Datenbanken (*.verbund *.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Verbund</source>
        <translation>Verbund</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>Bü&amp;ro</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Verbund</source>
        <translation>Ü&amp;ber Verbund</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>%1 — Verbund</source>
        <translation>%1 — Verbund</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>About Verbund</source>
        <translation>Über Verbund</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Verbund %1&lt;/h3&gt;&lt;p&gt;The desk of a training-network coordinator: company network, consultations and, step by step, measures, curricula, attendance and reports.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Verbund %1&lt;/h3&gt;&lt;p&gt;Der Schreibtisch der Verbundkoordination: Netzwerk der Unternehmen, Beratungen und nach und nach Maßnahmen, Curricula, Anwesenheiten und Berichte.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Curricula</source>
        <translation>Curricula</translation>
    </message>
    <message>
        <source>&amp;Network, staff and sites…</source>
        <translation>&amp;Netzwerk, Mitarbeitende und Standorte…</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>&amp;Funders and programmes…</source>
        <translation>&amp;Mittelgeber und Förderprogramme…</translation>
    </message>
    <message>
        <source>Funding &amp;report…</source>
        <translation>Finanzierungs&amp;bericht…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Verbund speaks German from its next start on.</source>
        <translation>Verbund spricht ab dem nächsten Start Deutsch.</translation>
    </message>
    <message>
        <source>Verbund speaks English from its next start on.</source>
        <translation>Verbund spricht ab dem nächsten Start Englisch.</translation>
    </message>
    <message>
        <source>Reading the data</source>
        <translation>Daten lesen</translation>
    </message>
    <message>
        <source>Some data could not be read; a list of choices may be incomplete.</source>
        <translation>Einige Daten ließen sich nicht lesen; eine Auswahlliste ist womöglich unvollständig.</translation>
    </message>
    <message>
        <source>Create backup</source>
        <translation>Sicherung erstellen</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restored “%1” from the backup. The file as it was is kept in “%2”.</source>
        <translation>„%1“ aus der Sicherung wiederhergestellt. Der bisherige Stand liegt in „%2“.</translation>
    </message>
    <message>
        <source>Res&amp;tore a backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Today&apos;s backup was taken and checked.</source>
        <translation>Die heutige Sicherung wurde erstellt und geprüft.</translation>
    </message>
    <message>
        <source>Today&apos;s backup failed: %1</source>
        <translation>Die heutige Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Create &amp;backup</source>
        <translation>Sicherung &amp;erstellen</translation>
    </message>
    <message>
        <source>Bac&amp;kups…</source>
        <translation>Sic&amp;herungen…</translation>
    </message>
    <message>
        <source>Save a cop&amp;y as…</source>
        <translation>Kopie speichern &amp;unter…</translation>
    </message>
    <message>
        <source>The file is being written by another program; Verbund waits (%1 s) …</source>
        <translation>Die Datei wird gerade von einem anderen Programm geschrieben; Verbund wartet (%1 s) …</translation>
    </message>
    <message>
        <source>The file is damaged</source>
        <translation>Die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>&amp;Restore the newest backup</source>
        <translation>Letzte Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>The backup was taken and checked; File → Backups… lists it.</source>
        <translation>Die Sicherung wurde erstellt und geprüft; Datei → Sicherungen… zeigt sie.</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Kopie speichern unter</translation>
    </message>
    <message>
        <source>%1 copy %2.verbund</source>
        <translation>%1 Kopie %2.verbund</translation>
    </message>
    <message>
        <source>Wrote the copy “%1” and checked it.</source>
        <translation>Kopie „%1“ geschrieben und geprüft.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Put the backup %1 in the place of “%2”? Everything entered since the backup is no longer in the network; the file as it is now is kept as a backup first.</source>
        <translation>Die Sicherung %1 an die Stelle von „%2“ setzen? Alles, was seit der Sicherung eingegeben wurde, ist dann nicht mehr im Netzwerk; der jetzige Stand wird vorher als Sicherung aufbewahrt.</translation>
    </message>
    <message>
        <source>Restored “%1” from the backup. The file as it was is kept as a backup (File → Backups…).</source>
        <translation>„%1“ aus der Sicherung wiederhergestellt. Der bisherige Stand ist als Sicherung aufbewahrt (Datei → Sicherungen…).</translation>
    </message>
    <message>
        <source>%1 (read only)</source>
        <translation>%1 (nur lesen)</translation>
    </message>
    <message>
        <source>Database: %1 (read only)</source>
        <translation>Datenbank: %1 (nur lesen)</translation>
    </message>
    <message>
        <source>Somebody else is saving a large change in the network; Verbund waits (%1 s) …</source>
        <translation>Jemand anderes speichert gerade eine große Änderung im Netzwerk; Verbund wartet (%1 s) …</translation>
    </message>
    <message>
        <source>Connect to a ser&amp;ver…</source>
        <translation>Mit &amp;Server verbinden…</translation>
    </message>
    <message>
        <source>Trans&amp;fer the network to a server…</source>
        <translation>Netzwerk auf Server über&amp;tragen…</translation>
    </message>
    <message>
        <source>The server can be reached again; the lists show its current state.</source>
        <translation>Der Server ist wieder erreichbar; die Listen zeigen den aktuellen Stand.</translation>
    </message>
    <message>
        <source>The network is being copied to %1 …</source>
        <translation>Das Netzwerk wird nach %1 kopiert …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Transfer the network to a server</source>
        <translation>Netzwerk auf Server übertragen</translation>
    </message>
    <message>
        <source>The network is on the server now: %1, %2 records in %3 tables, each table compared with the original. The file “%4” stays as it is.

Work on with the network on the server from now on?</source>
        <translation>Das Netzwerk ist jetzt auf dem Server: %1, %2 Datensätze in %3 Tabellen, jede Tabelle mit dem Original verglichen. Die Datei „%4“ bleibt, wie sie ist.

Ab jetzt mit dem Netzwerk auf dem Server weiterarbeiten?</translation>
    </message>
    <message>
        <source>&amp;Users and rights…</source>
        <translation>&amp;Benutzer und Rechte…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Data protection…</source>
        <translation>&amp;Datenschutz…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>F&amp;ollow-up rules…</source>
        <translation>Regeln für &amp;Wiedervorlagen…</translation>
    </message>
    <message>
        <source>Funders are kept under Office → Funders and programmes.</source>
        <translation>Mittelgeber werden unter Büro → Mittelgeber und Programme gepflegt.</translation>
    </message>
    <message>
        <source>Money per funder and programme over the measures running in the period.</source>
        <translation>Geld je Mittelgeber und Programm über die im Zeitraum laufenden Maßnahmen.</translation>
    </message>
    <message>
        <source>Participant &amp;indicators…</source>
        <translation>Teilnehmenden&amp;indikatoren…</translation>
    </message>
    <message>
        <source>The participant figures funders ask for (ESF Plus): entries by gender, age, employment and education, exits by status and qualification, the companies supported; as a report, or as CSV for the funder&apos;s template.</source>
        <translation>Die Teilnehmendenzahlen, die Mittelgeber verlangen (ESF Plus): Zugänge nach Geschlecht, Alter, Erwerbsstatus und Bildungsniveau, Austritte nach Verbleib und Qualifikation, die geförderten Unternehmen; als Bericht oder als CSV für die Vorlage des Mittelgebers.</translation>
    </message>
    <message>
        <source>&amp;Activity report…</source>
        <translation>Tätigkeitsberi&amp;cht…</translation>
    </message>
    <message>
        <source>The network&apos;s figures as the overview shows them, with their charts, for the board and the steering committee.</source>
        <translation>Die Kennzahlen des Netzwerks, wie die Übersicht sie zeigt, mit ihren Diagrammen – für Vorstand und Lenkungskreis.</translation>
    </message>
</context>
<context>
    <name>Verbund::MeasureEditor</name>
    <message>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>at least (people)</source>
        <translation>mindestens (Personen)</translation>
    </message>
    <message>
        <source>at least (share in %)</source>
        <translation>mindestens (Anteil in %)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Qualification &amp;goal:</source>
        <translation>Qualifizierungs&amp;ziel:</translation>
    </message>
    <message>
        <source>&amp;Curriculum:</source>
        <translation>&amp;Curriculum:</translation>
    </message>
    <message>
        <source>Lead &amp;provider:</source>
        <translation>Bildungs&amp;träger:</translation>
    </message>
    <message>
        <source>Further places of &amp;learning:</source>
        <translation>Weitere &amp;Lernorte:</translation>
    </message>
    <message>
        <source>&amp;From – to:</source>
        <translation>&amp;Von – bis:</translation>
    </message>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation>Zeit&amp;plan:</translation>
    </message>
    <message>
        <source>Planned &amp;UE:</source>
        <translation>Geplante &amp;UE:</translation>
    </message>
    <message>
        <source>Pla&amp;ces:</source>
        <translation>Plä&amp;tze:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Hiring &amp;obligation:</source>
        <translation>Übernahme&amp;verpflichtung:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Noti&amp;zen:</translation>
    </message>
    <message>
        <source>e.g. 12.345,67</source>
        <translation>z. B. 12.345,67</translation>
    </message>
    <message>
        <source>e.g. 8,50</source>
        <translation>z. B. 8,50</translation>
    </message>
    <message>
        <source>&amp;Add share</source>
        <translation>Anteil &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove share</source>
        <translation>Anteil &amp;entfernen</translation>
    </message>
    <message>
        <source>Suggest from a &amp;programme…</source>
        <translation>Vorschlag aus &amp;Förderprogramm…</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>&amp;Kosten:</translation>
    </message>
    <message>
        <source>&amp;Total cost:</source>
        <translation>&amp;Gesamtkosten:</translation>
    </message>
    <message>
        <source>Cost per &amp;UE and participant:</source>
        <translation>Kosten je &amp;UE und Teilnehmende:n:</translation>
    </message>
    <message>
        <source>Cost to cover:</source>
        <translation>Zu deckende Kosten:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shares&lt;/b&gt; — a percentage of the cost or a fixed amount per funder</source>
        <translation>&lt;b&gt;Anteile&lt;/b&gt; — je Mittelgeber ein Prozentsatz der Kosten oder ein fester Betrag</translation>
    </message>
    <message>
        <source>Not an amount; write it as 12.345,67.</source>
        <translation>Kein Betrag; bitte als 12.345,67 schreiben.</translation>
    </message>
    <message>
        <source>The curriculum&apos;s total counts.</source>
        <translation>Es zählt die Summe des Curriculums.</translation>
    </message>
    <message>
        <source>%1 × %2 UE × %3 participants = %4</source>
        <translation>%1 × %2 UE × %3 Teilnehmende = %4</translation>
    </message>
    <message numerus="yes">
        <source>Per participant: %1 (%n participant(s)).</source>
        <translation>
            <numerusform>Je Teilnehmende:n: %1 (%n Person).</numerusform>
            <numerusform>Je Teilnehmende:n: %1 (%n Personen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is enrolled yet.</source>
        <translation>Noch niemand nimmt teil.</translation>
    </message>
    <message>
        <source>No shares yet.</source>
        <translation>Noch keine Anteile.</translation>
    </message>
    <message>
        <source>The shares cover the cost exactly.</source>
        <translation>Die Anteile decken die Kosten genau.</translation>
    </message>
    <message>
        <source>Still to cover: %1</source>
        <translation>Noch zu decken: %1</translation>
    </message>
    <message>
        <source>Covered too much: %1</source>
        <translation>Zu viel gedeckt: %1</translation>
    </message>
    <message>
        <source>Place of learning</source>
        <translation>Lernort</translation>
    </message>
    <message>
        <source>Suggest shares</source>
        <translation>Anteile vorschlagen</translation>
    </message>
    <message>
        <source>The measure ends in an &amp;exam</source>
        <translation>Die Maßnahme endet mit einer &amp;Prüfung</translation>
    </message>
    <message>
        <source> % attended</source>
        <translation> % Anwesenheit</translation>
    </message>
    <message>
        <source>Certificates:</source>
        <translation>Bescheinigungen:</translation>
    </message>
    <message>
        <source>successful from</source>
        <translation>erfolgreich ab</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>Curriculum</translation>
    </message>
    <message numerus="yes">
        <source>The suggestion replaces the %n share(s) of the plan. Go on?</source>
        <translation>
            <numerusform>Der Vorschlag ersetzt den %n Anteil des Plans. Fortfahren?</numerusform>
            <numerusform>Der Vorschlag ersetzt die %n Anteile des Plans. Fortfahren?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Programm:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Unternehmen:</translation>
    </message>
    <message>
        <source>The network&apos;s site the measure belongs to: its advisors see its participants. Without one, that of the lead provider.</source>
        <translation>Der Standort des Netzwerks, zu dem die Maßnahme gehört: Seine Berater:innen sehen ihre Teilnehmenden. Ohne Angabe der des Bildungsträgers.</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>Stan&amp;dort:</translation>
    </message>
    <message>
        <source>(as the lead provider&apos;s)</source>
        <translation>(wie beim Bildungsträger)</translation>
    </message>
    <message>
        <source>no follow-up</source>
        <translation>keine Wiedervorlage</translation>
    </message>
    <message>
        <source> months after the end</source>
        <translation> Monate nach dem Ende</translation>
    </message>
    <message>
        <source>A follow-up to check whether the company hired as it promised, this many months after the measure ended</source>
        <translation>Eine Wiedervorlage, um so viele Monate nach dem Ende der Maßnahme zu prüfen, ob das Unternehmen wie zugesagt eingestellt hat</translation>
    </message>
    <message>
        <source>C&amp;heck hiring:</source>
        <translation>Einstellung &amp;prüfen:</translation>
    </message>
</context>
<context>
    <name>Verbund::MeasureOverview</name>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (Version %2)</translation>
    </message>
    <message>
        <source>Measure overview: %1</source>
        <translation>Maßnahmenübersicht: %1</translation>
    </message>
    <message>
        <source>Measure overview</source>
        <translation>Maßnahmenübersicht</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Qualification goal</source>
        <translation>Qualifizierungsziel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Lead provider</source>
        <translation>Bildungsträger</translation>
    </message>
    <message>
        <source>Further places of learning</source>
        <translation>Weitere Lernorte</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>Curriculum</translation>
    </message>
    <message>
        <source>Planned UE</source>
        <translation>Geplante UE</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source>UE</source>
        <translation>UE</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Hired on</source>
        <translation>Übernommen am</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Förderung</translation>
    </message>
    <message>
        <source>No funding plan yet. Cost: %1.</source>
        <translation>Noch kein Finanzierungsplan. Kosten: %1.</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Mittelgeber</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Förderprogramm</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>fest</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>Nicht gedeckt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Per participant: %1.</source>
        <translation>Je Teilnehmende:n: %1.</translation>
    </message>
    <message>
        <source>Outcomes and obligations</source>
        <translation>Ergebnisse und Verpflichtungen</translation>
    </message>
    <message>
        <source>Exam passed</source>
        <translation>Prüfung bestanden</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>%1 hires at least %2 of the referred participants.</source>
        <translation>%1 übernimmt mindestens %2 der zugewiesenen Teilnehmenden.</translation>
    </message>
    <message>
        <source>hired %1 of %2 required</source>
        <translation>%1 von %2 geforderten übernommen</translation>
    </message>
    <message>
        <source>fulfilled</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>Verpflichtung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message numerus="yes">
        <source>%n taking part: %1 employed, %2 referred unemployed, %3 other.</source>
        <translation>
            <numerusform>%n nimmt teil: %1 beschäftigt, %2 zugewiesen arbeitslos, %3 sonstige.</numerusform>
            <numerusform>%n nehmen teil: %1 beschäftigt, %2 zugewiesen arbeitslos, %3 sonstige.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 per UE and participant × %2 UE × %n participant(s).</source>
        <translation>
            <numerusform>%1 je UE und Teilnehmende:n × %2 UE × %n Teilnehmende:n.</numerusform>
            <numerusform>%1 je UE und Teilnehmende:n × %2 UE × %n Teilnehmende.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Verbund::MeasureRepository</name>
    <message numerus="yes">
        <source>“%1” has %n enrollment(s). Delete them too, or keep the measure.</source>
        <translation>
            <numerusform>„%1“ hat %n Teilnahme. Löschen Sie sie mit, oder behalten Sie die Maßnahme.</numerusform>
            <numerusform>„%1“ hat %n Teilnahmen. Löschen Sie sie mit, oder behalten Sie die Maßnahme.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no measure with the id or title “%1”.</source>
        <translation>Es gibt keine Maßnahme mit der ID oder dem Titel „%1“.</translation>
    </message>
    <message>
        <source>Several measures are called “%1” (ids %2). Name one by its id.</source>
        <translation>Mehrere Maßnahmen heißen „%1“ (IDs %2). Bitte eine über ihre ID angeben.</translation>
    </message>
</context>
<context>
    <name>Verbund::MeasureTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Beschäftigte</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>Arbeitslose</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Gesamtkosten</translation>
    </message>
</context>
<context>
    <name>Verbund::MeasuresPage</name>
    <message>
        <source>&amp;New measure</source>
        <translation>&amp;Neue Maßnahme</translation>
    </message>
    <message>
        <source>&amp;Delete measure…</source>
        <translation>Maßnahme &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Save measure</source>
        <translation>Maßnahme &amp;speichern</translation>
    </message>
    <message>
        <source>Filter by title, goal, provider, status … (Ctrl+F)</source>
        <translation>Filtern nach Titel, Ziel, Bildungsträger, Status … (Strg+F)</translation>
    </message>
    <message>
        <source>Choose a measure on the left, or plan a new one with Ctrl+N.</source>
        <translation>Wählen Sie links eine Maßnahme, oder planen Sie mit Strg+N eine neue.</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>&amp;Enroll…</source>
        <translation>&amp;Aufnehmen…</translation>
    </message>
    <message>
        <source>&amp;Print overview…</source>
        <translation>Übersicht &amp;drucken…</translation>
    </message>
    <message>
        <source>&amp;Export overview as PDF…</source>
        <translation>Übersicht als PDF &amp;exportieren…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Förderung</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>The measure “%1” has unsaved changes. Save them?</source>
        <translation>Die Maßnahme „%1“ hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(neu)</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” together with its %n enrollment(s)? The people stay. This cannot be undone.</source>
        <translation>
            <numerusform>„%1“ mit ihrer %n Teilnahme löschen? Die Personen bleiben erhalten. Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>„%1“ mit ihren %n Teilnahmen löschen? Die Personen bleiben erhalten. Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “%1”? This cannot be undone.</source>
        <translation>„%1“ löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete measure</source>
        <translation>Maßnahme löschen</translation>
    </message>
    <message>
        <source>Remove enrollment</source>
        <translation>Teilnahme entfernen</translation>
    </message>
    <message>
        <source>Remove “%1” from this measure? To keep the record, set the status to cancelled instead.</source>
        <translation>„%1“ aus dieser Maßnahme entfernen? Um den Eintrag zu behalten, setzen Sie stattdessen den Status auf „Storniert“.</translation>
    </message>
    <message>
        <source>Obligation: hired %1 of %2 required</source>
        <translation>Verpflichtung: %1 von %2 geforderten übernommen</translation>
    </message>
    <message>
        <source>fulfilled</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Taking part:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Teilnehmende:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Completed:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Abgeschlossen:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Dropped out:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Abgebrochen:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Exam passed:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1 of %2 (%3)&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Prüfung bestanden:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1 von %2 (%3)&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;Hired:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1 of %2 (%3)&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Übernommen:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1 von %2 (%3)&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Participants (%1)</source>
        <translation>Teilnehmende (%1)</translation>
    </message>
    <message>
        <source>Measure %1</source>
        <translation>Maßnahme %1</translation>
    </message>
    <message>
        <source>Wrote “%1”.</source>
        <translation>„%1“ geschrieben.</translation>
    </message>
    <message>
        <source>New &amp;session…</source>
        <translation>Neuer &amp;Termin…</translation>
    </message>
    <message>
        <source>Plan a &amp;series…</source>
        <translation>Terminserie &amp;planen…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Space present · E excused · X absent · digit: UE of a partial attendance · Del: not recorded</source>
        <translation>Leertaste anwesend · E entschuldigt · X fehlt · Ziffer: UE bei teilweiser Anwesenheit · Entf: nicht erfasst</translation>
    </message>
    <message>
        <source>Whole session &amp;present</source>
        <translation>Ganzer Termin &amp;anwesend</translation>
    </message>
    <message>
        <source>Marks everybody without a mark in the current column as present.</source>
        <translation>Trägt alle ohne Eintrag in der aktuellen Spalte als anwesend ein.</translation>
    </message>
    <message>
        <source>Attendance &amp;sheet…</source>
        <translation>Anwesenheits&amp;liste…</translation>
    </message>
    <message>
        <source>&amp;Certificates…</source>
        <translation>&amp;Bescheinigungen…</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Anwesenheit</translation>
    </message>
    <message numerus="yes">
        <source>Planned %n session(s).</source>
        <translation>
            <numerusform>%n Termin geplant.</numerusform>
            <numerusform>%n Termine geplant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Termin löschen</translation>
    </message>
    <message>
        <source>Delete the session of %1 with its attendance marks?</source>
        <translation>Den Termin am %1 mit seinen Anwesenheitseinträgen löschen?</translation>
    </message>
    <message>
        <source>Choose a session&apos;s column first.</source>
        <translation>Bitte zuerst die Spalte eines Termins wählen.</translation>
    </message>
    <message>
        <source>Planned: %1 UE · in sessions: %2 UE</source>
        <translation>Geplant: %1 UE · in Terminen: %2 UE</translation>
    </message>
    <message>
        <source>The sessions hold %1 UE more than planned.</source>
        <translation>Die Termine ergeben %1 UE mehr als geplant.</translation>
    </message>
    <message>
        <source>The sessions hold %1 UE less than planned.</source>
        <translation>Die Termine ergeben %1 UE weniger als geplant.</translation>
    </message>
    <message>
        <source>Sessions (%1)</source>
        <translation>Termine (%1)</translation>
    </message>
    <message>
        <source>“%1” runs until %2.</source>
        <translation>„%1“ läuft bis zum %2.</translation>
    </message>
    <message>
        <source>“%1” has no end date.</source>
        <translation>„%1“ hat kein Enddatum.</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Bescheinigungen</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) would be provisional, for people who still take part, and say so on the page. Issue them anyway?</source>
        <translation>
            <numerusform>%n Bescheinigung wäre vorläufig, weil die Person noch teilnimmt, und trägt diesen Vermerk. Trotzdem ausstellen?</numerusform>
            <numerusform>%n Bescheinigungen wären vorläufig, weil die Personen noch teilnehmen, und tragen diesen Vermerk. Trotzdem ausstellen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n taking part: %1 employed, %2 referred unemployed, %3 other.</source>
        <translation>
            <numerusform>%n nimmt teil: %1 beschäftigt, %2 zugewiesen arbeitslos, %3 sonstige.</numerusform>
            <numerusform>%n nehmen teil: %1 beschäftigt, %2 zugewiesen arbeitslos, %3 sonstige.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln measure(s)</source>
        <translation>
            <numerusform>%Ln Maßnahme</numerusform>
            <numerusform>%Ln Maßnahmen</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>Follow-ups (%1)</source>
        <translation>Wiedervorlagen (%1)</translation>
    </message>
</context>
<context>
    <name>Verbund::NetworkCopy</name>
    <message>
        <source>The copy was stopped; nothing was written.</source>
        <translation>Das Kopieren wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The copy does not agree with the original in the table “%1” (%2 rows read, %3 written); nothing was written.</source>
        <translation>Die Kopie stimmt in der Tabelle „%1“ nicht mit dem Original überein (%2 Zeilen gelesen, %3 geschrieben); es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>Verbund::NetworkFigures</name>
    <message>
        <source>Companies advised, by size class</source>
        <translation>Beratene Unternehmen nach Größenklasse</translation>
    </message>
    <message>
        <source>Consultations by topic</source>
        <translation>Beratungen nach Thema</translation>
    </message>
    <message>
        <source>Consultations by channel</source>
        <translation>Beratungen nach Weg</translation>
    </message>
    <message>
        <source>Members by size class</source>
        <translation>Mitglieder nach Größenklasse</translation>
    </message>
    <message>
        <source>Members by sector (WZ 2008)</source>
        <translation>Mitglieder nach Wirtschaftszweig (WZ 2008)</translation>
    </message>
    <message>
        <source>Measures by status</source>
        <translation>Maßnahmen nach Status</translation>
    </message>
    <message>
        <source>Participants by gender</source>
        <translation>Teilnehmende nach Geschlecht</translation>
    </message>
    <message>
        <source>Participants by age group</source>
        <translation>Teilnehmende nach Altersgruppe</translation>
    </message>
    <message>
        <source>Participants by employment status</source>
        <translation>Teilnehmende nach Erwerbsstatus</translation>
    </message>
    <message>
        <source>Teaching units (UE) of the sessions</source>
        <translation>Unterrichtseinheiten (UE) der Termine</translation>
    </message>
    <message>
        <source>Attendance recorded</source>
        <translation>Erfasste Anwesenheit</translation>
    </message>
    <message>
        <source>Exam results at exit</source>
        <translation>Prüfungsergebnisse beim Austritt</translation>
    </message>
    <message>
        <source>Status at exit</source>
        <translation>Verbleib nach Austritt</translation>
    </message>
    <message>
        <source>Hiring obligations</source>
        <translation>Übernahmeverpflichtungen</translation>
    </message>
    <message>
        <source>Money committed per funder and programme</source>
        <translation>Zugesagte Mittel nach Mittelgeber und Programm</translation>
    </message>
    <message numerus="yes">
        <source>%n compan(ies) advised</source>
        <translation>
            <numerusform>%n Unternehmen beraten</numerusform>
            <numerusform>%n Unternehmen beraten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consultation(s); one may touch several topics</source>
        <translation>
            <numerusform>%n Beratung; eine kann mehrere Themen berühren</numerusform>
            <numerusform>%n Beratungen; eine kann mehrere Themen berühren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consultation(s)</source>
        <translation>
            <numerusform>%n Beratung</numerusform>
            <numerusform>%n Beratungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s) running in the period</source>
        <translation>
            <numerusform>%n Maßnahme läuft im Zeitraum</numerusform>
            <numerusform>%n Maßnahmen laufen im Zeitraum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) in the period&apos;s measures</source>
        <translation>
            <numerusform>%n Teilnehmende:r in den Maßnahmen des Zeitraums</numerusform>
            <numerusform>%n Teilnehmende in den Maßnahmen des Zeitraums</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 UE held (%3 %)</source>
        <translation>%1 von %2 UE durchgeführt (%3 %)</translation>
    </message>
    <message numerus="yes">
        <source>Attendance rate %1 % (present or partly, of %n recorded)</source>
        <translation>
            <numerusform>Anwesenheitsquote %1 % (ganz oder teilweise anwesend, von %n Eintrag)</numerusform>
            <numerusform>Anwesenheitsquote %1 % (ganz oder teilweise anwesend, von %n Einträgen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Pass rate %1 % (%2 of %3 examined)</source>
        <translation>Bestehensquote %1 % (%2 von %3 Geprüften)</translation>
    </message>
    <message numerus="yes">
        <source>Hire rate %1 % (%2 of %n exit(s) into employment)</source>
        <translation>
            <numerusform>Übergangsquote in Arbeit %1 % (%2 von %n Austritt)</numerusform>
            <numerusform>Übergangsquote in Arbeit %1 % (%2 von %n Austritten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n obligation(s) met</source>
        <translation>
            <numerusform>%1 von %n Verpflichtung erfüllt</numerusform>
            <numerusform>%1 von %n Verpflichtungen erfüllt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 committed</source>
        <translation>%1 zugesagt</translation>
    </message>
    <message numerus="yes">
        <source>(not counted: %n measure(s) whose funding plan does not cover the cost)</source>
        <translation>
            <numerusform>(nicht gezählt: %n Maßnahme, deren Finanzierungsplan die Kosten nicht deckt)</numerusform>
            <numerusform>(nicht gezählt: %n Maßnahmen, deren Finanzierungspläne die Kosten nicht decken)</numerusform>
        </translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
</context>
<context>
    <name>Verbund::NetworkPage</name>
    <message>
        <source>&amp;New contact…</source>
        <translation>Ansprechpartner:in &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;New consultation…</source>
        <translation>Beratung &amp;erfassen…</translation>
    </message>
    <message>
        <source>&amp;New organisation</source>
        <translation>Neue Or&amp;ganisation</translation>
    </message>
    <message>
        <source>&amp;Delete organisation…</source>
        <translation>Organisation &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Save organisation</source>
        <translation>Organisation &amp;speichern</translation>
    </message>
    <message>
        <source>Filter by name, city, kind, advisor … (Ctrl+F)</source>
        <translation>Filtern nach Name, Ort, Art, Berater:in … (Strg+F)</translation>
    </message>
    <message>
        <source>Choose an organisation on the left, or add a new one with Ctrl+N.</source>
        <translation>Wählen Sie links eine Organisation aus oder legen Sie mit Strg+N eine neue an.</translation>
    </message>
    <message>
        <source>Master data</source>
        <translation>Stammdaten</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Ansprechpartner:innen</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Beratungen</translation>
    </message>
    <message>
        <source>The organisation “%1” has unsaved changes. Save them?</source>
        <translation>Die Organisation „%1“ hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(neu)</translation>
    </message>
    <message>
        <source>“%1” has %2 and %3. Delete the organisation together with them? This cannot be undone.</source>
        <translation>„%1“ hat %2 und %3. Die Organisation mitsamt diesen löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Ansprechpartner:in</numerusform>
            <numerusform>%n Ansprechpartner:innen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consultation(s)</source>
        <translation>
            <numerusform>%n Beratung</numerusform>
            <numerusform>%n Beratungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “%1”? This cannot be undone.</source>
        <translation>„%1“ löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Organisation löschen</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>Alles löschen</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>Ansprechpartner:innen (%1)</translation>
    </message>
    <message>
        <source>Consultations (%1)</source>
        <translation>Beratungen (%1)</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Ansprechpartner:in löschen</translation>
    </message>
    <message>
        <source>Delete the contact “%1”?</source>
        <translation>Ansprechpartner:in „%1“ löschen?</translation>
    </message>
    <message>
        <source>Delete consultation</source>
        <translation>Beratung löschen</translation>
    </message>
    <message>
        <source>Delete the consultation of %1?</source>
        <translation>Die Beratung vom %1 löschen?</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Save organisation</source>
        <translation>Organisation speichern</translation>
    </message>
    <message>
        <source>“%1” with the postcode %2 is already in the network. Save this one as a further organisation anyway?</source>
        <translation>„%1“ mit der PLZ %2 ist schon im Netzwerk. Diese trotzdem als weitere Organisation speichern?</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln Organisation</numerusform>
            <numerusform>%Ln Organisationen</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;Give data…</source>
        <translation>&amp;Auskunft geben…</translation>
    </message>
    <message>
        <source>Everything stored about the contact, as a PDF to hand over or as JSON (Art. 15/20 GDPR)</source>
        <translation>Alles, was über die Ansprechperson gespeichert ist, als PDF zum Aushändigen oder als JSON (Art. 15/20 DSGVO)</translation>
    </message>
    <message>
        <source>Data of %1</source>
        <translation>Daten von %1</translation>
    </message>
    <message>
        <source>Wrote “%1”.</source>
        <translation>„%1“ geschrieben.</translation>
    </message>
    <message>
        <source>E&amp;rase data…</source>
        <translation>Daten &amp;löschen…</translation>
    </message>
    <message>
        <source>Erase the contact&apos;s names, contact data and notes, also from the history (Art. 17 GDPR)</source>
        <translation>Namen, Kontaktdaten und Notizen der Ansprechperson löschen, auch im Verlauf (Art. 17 DSGVO)</translation>
    </message>
    <message>
        <source>The contact&apos;s personal data is erased.</source>
        <translation>Die personenbezogenen Daten der Ansprechperson sind gelöscht.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>Follow-ups (%1)</source>
        <translation>Wiedervorlagen (%1)</translation>
    </message>
</context>
<context>
    <name>Verbund::NetworkSettings</name>
    <message>
        <source>Training network</source>
        <translation>Ausbildungsnetzwerk</translation>
    </message>
</context>
<context>
    <name>Verbund::OfficeDialog</name>
    <message>
        <source>&amp;New staff member…</source>
        <translation>Mitarbeiter:in &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;New site…</source>
        <translation>Standort &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Delete staff member</source>
        <translation>Mitarbeiter:in löschen</translation>
    </message>
    <message>
        <source>Delete “%1”? Organisations and consultations keep their data but no longer name this advisor. To keep the name, mark the person as inactive instead.</source>
        <translation>„%1“ löschen? Organisationen und Beratungen behalten ihre Daten, nennen diese Person aber nicht mehr als Berater:in. Um den Namen zu behalten, setzen Sie die Person stattdessen auf „nicht aktiv“.</translation>
    </message>
    <message>
        <source>Delete site</source>
        <translation>Standort löschen</translation>
    </message>
    <message>
        <source>Delete the site “%1”? Staff and organisations of this site keep their data without a site.</source>
        <translation>Den Standort „%1“ löschen? Mitarbeitende und Organisationen dieses Standorts behalten ihre Daten ohne Standort.</translation>
    </message>
    <message>
        <source>Office: network, staff and sites</source>
        <translation>Büro: Netzwerk, Mitarbeitende und Standorte</translation>
    </message>
    <message>
        <source>Printed at the top of every report.</source>
        <translation>Steht oben auf jedem Bericht.</translation>
    </message>
    <message>
        <source>&amp;Network name:</source>
        <translation>&amp;Name des Netzwerks:</translation>
    </message>
</context>
<context>
    <name>Verbund::OrganisationForm</name>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>name@company.de</source>
        <translation>name@firma.de</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Se&amp;ctor:</source>
        <translation>Bran&amp;che:</translation>
    </message>
    <message>
        <source>Em&amp;ployees:</source>
        <translation>&amp;Beschäftigte:</translation>
    </message>
    <message>
        <source>S&amp;treet:</source>
        <translation>S&amp;traße:</translation>
    </message>
    <message>
        <source>&amp;Postcode, city:</source>
        <translation>&amp;PLZ, Ort:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Webseite:</translation>
    </message>
    <message>
        <source>&amp;Membership:</source>
        <translation>&amp;Mitgliedschaft:</translation>
    </message>
    <message>
        <source>Member si&amp;nce:</source>
        <translation>Mitglie&amp;d seit:</translation>
    </message>
    <message>
        <source>Member &amp;until:</source>
        <translation>Mitglied b&amp;is:</translation>
    </message>
    <message>
        <source>&amp;Advisor:</source>
        <translation>Be&amp;rater:in:</translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation>Stand&amp;ort:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Noti&amp;zen:</translation>
    </message>
    <message>
        <source>The section of the classification of economic activities, as funders count it</source>
        <translation>Der Abschnitt der Klassifikation der Wirtschaftszweige, wie Mittelgeber zählen</translation>
    </message>
    <message>
        <source>&amp;WZ 2008 section:</source>
        <translation>&amp;Wirtschaftszweig (WZ 2008):</translation>
    </message>
</context>
<context>
    <name>Verbund::OrganisationRepository</name>
    <message>
        <source>“%1” has %2 and %3. Delete them too, or keep the organisation.</source>
        <translation>„%1“ hat %2 und %3. Löschen Sie diese mit oder behalten Sie die Organisation.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Ansprechpartner:in</numerusform>
            <numerusform>%n Ansprechpartner:innen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consultation(s)</source>
        <translation>
            <numerusform>%n Beratung</numerusform>
            <numerusform>%n Beratungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is provider, place of learning or funder of %n measure(s). Take it out of them first.</source>
        <translation>
            <numerusform>„%1“ ist Bildungsträger, Lernort oder Mittelgeber einer Maßnahme (%n). Nehmen Sie die Organisation dort zuerst heraus.</numerusform>
            <numerusform>„%1“ ist Bildungsträger, Lernort oder Mittelgeber von %n Maßnahmen. Nehmen Sie die Organisation dort zuerst heraus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Verbund::OrganisationTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Mitgliedschaft</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Berater:in</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Beratungen</translation>
    </message>
</context>
<context>
    <name>Verbund::OverviewPage</name>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>diese Woche</translation>
    </message>
    <message>
        <source>the next 30 days</source>
        <translation>die nächsten 30 Tage</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation>&amp;Fällig bis:</translation>
    </message>
    <message numerus="yes">
        <source>%n due</source>
        <translation>
            <numerusform>%n fällig</numerusform>
            <numerusform>%n fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n overdue</source>
        <translation>
            <numerusform>%1, davon %n überfällig</numerusform>
            <numerusform>%1, davon %n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;only mine</source>
        <translation>&amp;nur meine</translation>
    </message>
    <message>
        <source>&amp;I am:</source>
        <translation>&amp;Ich bin:</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(bitte wählen)</translation>
    </message>
    <message numerus="yes">
        <source>sessions today</source>
        <translation>
            <numerusform>Termin heute</numerusform>
            <numerusform>Termine heute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sessions tomorrow</source>
        <translation>
            <numerusform>Termin morgen</numerusform>
            <numerusform>Termine morgen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>without attendance</source>
        <translation>
            <numerusform>ohne Anwesenheit</numerusform>
            <numerusform>ohne Anwesenheit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ending within 30 days</source>
        <translation>
            <numerusform>endet in 30 Tagen</numerusform>
            <numerusform>enden in 30 Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ended without certificates</source>
        <translation>
            <numerusform>beendet ohne Bescheinigungen</numerusform>
            <numerusform>beendet ohne Bescheinigungen</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>S&amp;tandort:</translation>
    </message>
    <message>
        <source>&amp;Open measure</source>
        <translation>Maßnahme ö&amp;ffnen</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message numerus="yes">
        <source>follow-ups due</source>
        <translation>
            <numerusform>Wiedervorlage fällig</numerusform>
            <numerusform>Wiedervorlagen fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>H&amp;eute</translation>
    </message>
    <message>
        <source>&amp;Figures</source>
        <translation>&amp;Kennzahlen</translation>
    </message>
</context>
<context>
    <name>Verbund::ParticipantDialog</name>
    <message>
        <source>New participant</source>
        <translation>Neue:r Teilnehmende:r</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Teilnehmende:n bearbeiten</translation>
    </message>
</context>
<context>
    <name>Verbund::ParticipantEnrollmentTableModel</name>
    <message>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Prüfung</translation>
    </message>
</context>
<context>
    <name>Verbund::ParticipantForm</name>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Geburts&amp;datum:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Geschlecht:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Postcode, &amp;city:</source>
        <translation>PLZ, &amp;Ort:</translation>
    </message>
    <message>
        <source>E&amp;mployment:</source>
        <translation>E&amp;rwerbsstatus:</translation>
    </message>
    <message>
        <source>Em&amp;ployer:</source>
        <translation>&amp;Arbeitgeber:</translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation>&amp;Zugewiesen von:</translation>
    </message>
    <message>
        <source>Prior &amp;qualification:</source>
        <translation>&amp;Vorqualifikation:</translation>
    </message>
    <message>
        <source>Entry c&amp;onditions:</source>
        <translation>Eingangs&amp;voraussetzungen:</translation>
    </message>
    <message>
        <source>Consent (data &amp;protection):</source>
        <translation>&amp;Einwilligung (Datenschutz):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Noti&amp;zen:</translation>
    </message>
    <message>
        <source>The highest school or vocational education, as the funders&apos; statistics count it</source>
        <translation>Der höchste Schul- oder Berufsabschluss, wie die Statistik der Mittelgeber zählt</translation>
    </message>
    <message>
        <source>&amp;Unemployed since:</source>
        <translation>Arbeitslos &amp;seit:</translation>
    </message>
    <message>
        <source>E&amp;ducation (ISCED):</source>
        <translation>Bil&amp;dungsniveau (ISCED):</translation>
    </message>
</context>
<context>
    <name>Verbund::ParticipantTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Erwerbsstatus</translation>
    </message>
    <message>
        <source>Employer / referred by</source>
        <translation>Arbeitgeber / zugewiesen von</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Current measure</source>
        <translation>Aktuelle Maßnahme</translation>
    </message>
</context>
<context>
    <name>Verbund::ParticipantsPage</name>
    <message>
        <source>&amp;New participant</source>
        <translation>&amp;Neue:r Teilnehmende:r</translation>
    </message>
    <message>
        <source>&amp;Delete participant…</source>
        <translation>Teilnehmende:n &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Save participant</source>
        <translation>Teilnehmende:n &amp;speichern</translation>
    </message>
    <message>
        <source>Filter by name, city, company, measure … (Ctrl+F)</source>
        <translation>Filtern nach Name, Ort, Unternehmen, Maßnahme … (Strg+F)</translation>
    </message>
    <message>
        <source>Choose a person on the left, or add a new one with Ctrl+N.</source>
        <translation>Wählen Sie links eine Person, oder legen Sie mit Strg+N eine neue an.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Persönliche Daten</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Teilnahmen</translation>
    </message>
    <message>
        <source>The data of “%1” have unsaved changes. Save them?</source>
        <translation>Die Daten von „%1“ haben ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(neu)</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” together with %n enrollment(s)? This cannot be undone.</source>
        <translation>
            <numerusform>„%1“ mit %n Teilnahme löschen? Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>„%1“ mit %n Teilnahmen löschen? Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “%1”? This cannot be undone.</source>
        <translation>„%1“ löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete participant</source>
        <translation>Teilnehmende:n löschen</translation>
    </message>
    <message>
        <source>Enrollments (%1)</source>
        <translation>Teilnahmen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln Teilnehmende:r</numerusform>
            <numerusform>%Ln Teilnehmende</numerusform>
        </translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;New consent…</source>
        <translation>&amp;Neue Einwilligung…</translation>
    </message>
    <message>
        <source>&amp;Give the person their data…</source>
        <translation>&amp;Auskunft geben…</translation>
    </message>
    <message>
        <source>E&amp;rase personal data…</source>
        <translation>Personenbezogene Daten &amp;löschen…</translation>
    </message>
    <message>
        <source>Everything stored about the person, as a PDF to hand over or as JSON (Art. 15/20 GDPR)</source>
        <translation>Alles, was über die Person gespeichert ist, als PDF zum Aushändigen oder als JSON (Art. 15/20 DSGVO)</translation>
    </message>
    <message>
        <source>Erase names, contact data and free texts, keeping the person anonymously in every count (Art. 17 GDPR)</source>
        <translation>Namen, Kontaktdaten und Freitexte löschen; die Person bleibt anonym in jeder Zählung (Art. 17 DSGVO)</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>Consents (%1)</source>
        <translation>Einwilligungen (%1)</translation>
    </message>
    <message>
        <source>Delete consent</source>
        <translation>Einwilligung löschen</translation>
    </message>
    <message>
        <source>Delete the consent “%1” of %2? A withdrawal is recorded by its date instead; delete only a consent entered by mistake.</source>
        <translation>Die Einwilligung „%1“ vom %2 löschen? Ein Widerruf wird stattdessen mit seinem Datum eingetragen; löschen Sie nur eine versehentlich erfasste Einwilligung.</translation>
    </message>
    <message>
        <source>Data of %1</source>
        <translation>Daten von %1</translation>
    </message>
    <message>
        <source>Wrote “%1”.</source>
        <translation>„%1“ geschrieben.</translation>
    </message>
    <message>
        <source>The personal data of “%1” is erased.</source>
        <translation>Die personenbezogenen Daten von „%1“ sind gelöscht.</translation>
    </message>
    <message>
        <source>The personal data of this person was erased on %1 (Art. 17 GDPR); the record counts on anonymously and is no longer edited.</source>
        <translation>Die personenbezogenen Daten dieser Person wurden am %1 gelöscht (Art. 17 DSGVO); der Datensatz zählt anonym weiter und wird nicht mehr bearbeitet.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>Follow-ups (%1)</source>
        <translation>Wiedervorlagen (%1)</translation>
    </message>
</context>
<context>
    <name>Verbund::PeriodMeasures</name>
    <message>
        <source>(no programme)</source>
        <translation>(ohne Programm)</translation>
    </message>
</context>
<context>
    <name>Verbund::PeriodReportDialog</name>
    <message>
        <source>Leave a date empty to leave that side open.</source>
        <translation>Ein leeres Datum lässt den Zeitraum auf dieser Seite offen.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>all measures</source>
        <translation>alle Maßnahmen</translation>
    </message>
    <message>
        <source>&amp;Measures of:</source>
        <translation>&amp;Maßnahmen von:</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>&amp;Druckvorschau…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Not a valid date; write it as DD.MM.YYYY.</source>
        <translation>Kein gültiges Datum; bitte als TT.MM.JJJJ schreiben.</translation>
    </message>
    <message>
        <source>all sites</source>
        <translation>alle Standorte</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>S&amp;tandort:</translation>
    </message>
</context>
<context>
    <name>Verbund::PersonErasure</name>
    <message>
        <source>There is no participant with the number %1.</source>
        <translation>Es gibt keine Teilnehmenden mit der Nummer %1.</translation>
    </message>
    <message>
        <source>There is no contact with the number %1.</source>
        <translation>Es gibt keine Ansprechperson mit der Nummer %1.</translation>
    </message>
    <message>
        <source>There is no person with the number %1 whose data could be erased; their data may have been erased already.</source>
        <translation>Es gibt keine Person mit der Nummer %1, deren Daten gelöscht werden könnten; vielleicht wurden sie schon gelöscht.</translation>
    </message>
</context>
<context>
    <name>Verbund::PersonService</name>
    <message>
        <source>A person&apos;s data is given out by an advisor or a coordinator; you (%1) work in the role “%2”.</source>
        <translation>Die Daten einer Person gibt eine Berater:in oder Koordinator:in heraus; Sie (%1) arbeiten in der Rolle „%2“.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>„%1“ lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>A person&apos;s data is erased by a coordinator; you (%1) work in the role “%2”. Nothing was changed.</source>
        <translation>Die Daten einer Person löscht eine Koordinator:in; Sie (%1) arbeiten in der Rolle „%2“. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Say on which legal basis the data is erased, e.g. “Request of the person, Art. 17(1)(a) GDPR”; the erasure log keeps it.</source>
        <translation>Geben Sie die Rechtsgrundlage der Löschung an, z. B. „Antrag der Person, Art. 17 Abs. 1 lit. a DSGVO“; das Löschprotokoll hält sie fest.</translation>
    </message>
    <message>
        <source>Erased person</source>
        <translation>Gelöschte Person</translation>
    </message>
</context>
<context>
    <name>Verbund::PersonSheet</name>
    <message>
        <source>Data stored about %1</source>
        <translation>Gespeicherte Daten zu %1</translation>
    </message>
    <message>
        <source>Information on stored data (Art. 15 GDPR)</source>
        <translation>Auskunft über gespeicherte Daten (Art. 15 DSGVO)</translation>
    </message>
    <message>
        <source>This is everything the network “%1” stores about you in Verbund, as of %2. The same data is available as a machine-readable file (JSON) on request (Art. 20 GDPR).</source>
        <translation>Das ist alles, was das Netzwerk „%1“ in Verbund über Sie speichert, Stand %2. Dieselben Daten erhalten Sie auf Wunsch als maschinenlesbare Datei (JSON, Art. 20 DSGVO).</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Persönliche Daten</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Postcode and city</source>
        <translation>PLZ und Ort</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Erwerbsstatus</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbeitgeber</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Zugewiesen durch</translation>
    </message>
    <message>
        <source>Prior qualification</source>
        <translation>Vorqualifikation</translation>
    </message>
    <message>
        <source>Entry conditions</source>
        <translation>Zugangsvoraussetzungen</translation>
    </message>
    <message>
        <source>Data protection notice acknowledged</source>
        <translation>Datenschutzhinweis erhalten am</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Personal data erased on</source>
        <translation>Personenbezogene Daten gelöscht am</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>You have taken part in no measure.</source>
        <translation>Sie haben an keiner Maßnahme teilgenommen.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Ausgetreten</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Hired by</source>
        <translation>Übernommen von</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>%1 (%2 UE)</source>
        <translation>%1 (%2 UE)</translation>
    </message>
    <message>
        <source>Credited topics</source>
        <translation>Angerechnete Themen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>UE of the session</source>
        <translation>UE des Termins</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <source>UE attended</source>
        <translation>UE anwesend</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>No consents are recorded.</source>
        <translation>Es sind keine Einwilligungen erfasst.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Erteilt am</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Text version</source>
        <translation>Textfassung</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Widerrufen am</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Verlauf der Änderungen</translation>
    </message>
    <message>
        <source>No changes are recorded.</source>
        <translation>Es sind keine Änderungen erfasst.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Education (ISCED)</source>
        <translation>Bildungsniveau (ISCED)</translation>
    </message>
    <message>
        <source>Unemployed since</source>
        <translation>Arbeitslos seit</translation>
    </message>
    <message>
        <source>Status at exit</source>
        <translation>Verbleib nach Austritt</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>Academic title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
</context>
<context>
    <name>Verbund::PrivacyDialog</name>
    <message>
        <source>&amp;Erase the chosen…</source>
        <translation>Ausgewählte &amp;löschen…</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Keep a participant&apos;s data after their last measure:</source>
        <translation>Daten von Teilnehmenden nach ihrer letzten Maßnahme &amp;aufbewahren:</translation>
    </message>
    <message>
        <source>Keep backups taken before an erasure &amp;for:</source>
        <translation>Sicherungen von vor einer Löschung &amp;behalten:</translation>
    </message>
    <message>
        <source>Until the grace period is over, an erasure made by mistake can be undone from a backup; then Verbund removes its backups taken before the erasure.</source>
        <translation>Bis die Karenzzeit abgelaufen ist, lässt sich eine versehentliche Löschung aus einer Sicherung zurückholen; danach entfernt Verbund seine Sicherungen von vor der Löschung.</translation>
    </message>
    <message>
        <source>Choose &amp;all</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <source>Retention review</source>
        <translation>Aufbewahrung prüfen</translation>
    </message>
    <message>
        <source>Erasure log</source>
        <translation>Löschprotokoll</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) past the retention period</source>
        <translation>
            <numerusform>%n teilnehmende Person über der Aufbewahrungsfrist</numerusform>
            <numerusform>%n Teilnehmende über der Aufbewahrungsfrist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Erase %n chosen…</source>
        <translation>
            <numerusform>%n ausgewählte &amp;löschen…</numerusform>
            <numerusform>%n ausgewählte &amp;löschen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase the personal data of %n participant(s) past the retention period?</source>
        <translation>
            <numerusform>Die personenbezogenen Daten von %n teilnehmenden Person über der Aufbewahrungsfrist löschen?</numerusform>
            <numerusform>Die personenbezogenen Daten von %n Teilnehmenden über der Aufbewahrungsfrist löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) erased; then: %1</source>
        <translation>
            <numerusform>%n Person gelöscht; dann: %1</numerusform>
            <numerusform>%n Personen gelöscht; dann: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Personenbezogene Daten löschen</translation>
    </message>
    <message>
        <source>Erasing the personal data of %1 of %2 participants …</source>
        <translation>Personenbezogene Daten löschen: %1 von %2 Teilnehmenden …</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n participant(s) erased, the others kept.</source>
        <translation>
            <numerusform>Angehalten: %n Person gelöscht, die übrigen bleiben.</numerusform>
            <numerusform>Angehalten: %n Personen gelöscht, die übrigen bleiben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Verbund::ProgrammeDialog</name>
    <message>
        <source>New programme</source>
        <translation>Neues Förderprogramm</translation>
    </message>
    <message>
        <source>Edit programme</source>
        <translation>Förderprogramm bearbeiten</translation>
    </message>
    <message>
        <source>From employees</source>
        <translation>Ab Beschäftigten</translation>
    </message>
    <message>
        <source>Rate in %</source>
        <translation>Satz in %</translation>
    </message>
    <message>
        <source>Add rate</source>
        <translation>Satz hinzufügen</translation>
    </message>
    <message>
        <source>Remove rate</source>
        <translation>Satz entfernen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Paid by:</source>
        <translation>Ge&amp;zahlt von:</translation>
    </message>
    <message>
        <source>&amp;Rates by company size:</source>
        <translation>&amp;Sätze nach Betriebsgröße:</translation>
    </message>
    <message>
        <source>Row %1: write a number of employees and a rate such as 50 %.</source>
        <translation>Zeile %1: bitte eine Zahl von Beschäftigten und einen Satz wie 50 % eintragen.</translation>
    </message>
</context>
<context>
    <name>Verbund::ProgrammeRepository</name>
    <message>
        <source>There is no programme with the id or name “%1”.</source>
        <translation>Es gibt kein Programm mit der Nummer oder dem Namen „%1“.</translation>
    </message>
    <message>
        <source>Several programmes are called “%1” (ids %2). Name one by its id.</source>
        <translation>Mehrere Programme heißen „%1“ (Nummern %2). Bitte eines über seine Nummer angeben.</translation>
    </message>
</context>
<context>
    <name>Verbund::ProgrammeTableModel</name>
    <message>
        <source>Programme</source>
        <translation>Förderprogramm</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Gezahlt von</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <translation>ab %1: %2</translation>
    </message>
</context>
<context>
    <name>Verbund::ProgrammesDialog</name>
    <message>
        <source>&amp;New programme…</source>
        <translation>&amp;Neues Förderprogramm…</translation>
    </message>
    <message>
        <source>&amp;New funder…</source>
        <translation>Neuer &amp;Mittelgeber…</translation>
    </message>
    <message>
        <source>Funders and programmes</source>
        <translation>Mittelgeber und Förderprogramme</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Förderprogramme</translation>
    </message>
    <message>
        <source>Funders</source>
        <translation>Mittelgeber</translation>
    </message>
    <message>
        <source>Delete programme</source>
        <translation>Förderprogramm löschen</translation>
    </message>
    <message>
        <source>Delete the programme “%1”? Shares that name it keep their funder.</source>
        <translation>Das Förderprogramm „%1“ löschen? Anteile, die es nennen, behalten ihren Mittelgeber.</translation>
    </message>
    <message>
        <source>Delete funder</source>
        <translation>Mittelgeber löschen</translation>
    </message>
    <message>
        <source>Delete this funder?</source>
        <translation>Diesen Mittelgeber löschen?</translation>
    </message>
    <message>
        <source>The funder pays a share of a measure and cannot be deleted.</source>
        <translation>Der Mittelgeber trägt einen Anteil an einer Maßnahme und kann nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>Verbund::RecordListPanel</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>Verbund::RecordPage</name>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtern</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>E&amp;xport list as CSV…</source>
        <translation>Liste als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Wrote “%1”.</source>
        <translation>„%1“ geschrieben.</translation>
    </message>
    <message>
        <source>Export &amp;all fields as CSV…</source>
        <translation>&amp;Alle Felder als CSV exportieren…</translation>
    </message>
</context>
<context>
    <name>Verbund::ReportDateDialog</name>
    <message>
        <source>New report date</source>
        <translation>Neuer Berichtstermin</translation>
    </message>
    <message>
        <source>Edit report date</source>
        <translation>Berichtstermin bearbeiten</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(bitte wählen)</translation>
    </message>
    <message>
        <source>e.g. Interim report 2027</source>
        <translation>z. B. Zwischenbericht 2027</translation>
    </message>
    <message>
        <source>&amp;Funder:</source>
        <translation>&amp;Mittelgeber:</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Bericht:</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>&amp;Fällig am:</translation>
    </message>
</context>
<context>
    <name>Verbund::ReportDateTableModel</name>
    <message>
        <source>Funder</source>
        <translation>Mittelgeber</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
</context>
<context>
    <name>Verbund::ReportPreviewDialog</name>
    <message>
        <source>Print preview — %1</source>
        <translation>Druckvorschau — %1</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Kleiner</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Größer</translation>
    </message>
    <message>
        <source>Page width</source>
        <translation>Seitenbreite</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Ganze Seite</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als P&amp;DF speichern…</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Druckvorschau</translation>
    </message>
</context>
<context>
    <name>Verbund::ReportPrinting</name>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Liste exportieren</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV für Excel (*.csv)</translation>
    </message>
    <message>
        <source>Give a person their data</source>
        <translation>Auskunft an eine Person geben</translation>
    </message>
    <message>
        <source>PDF for handing over (*.pdf);;JSON, machine-readable (*.json)</source>
        <translation>PDF zum Aushändigen (*.pdf);;JSON, maschinenlesbar (*.json)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
</context>
<context>
    <name>Verbund::ReportRegistry</name>
    <message>
        <source>Curriculum sheet</source>
        <translation>Curriculumsblatt</translation>
    </message>
    <message>
        <source>Measure overview</source>
        <translation>Maßnahmenübersicht</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Anwesenheitsliste</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Teilnahmebescheinigungen</translation>
    </message>
    <message>
        <source>Funding report</source>
        <translation>Finanzierungsbericht</translation>
    </message>
    <message>
        <source>Participant indicators</source>
        <translation>Teilnehmendenindikatoren</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation>Tätigkeitsbericht</translation>
    </message>
</context>
<context>
    <name>Verbund::ReportRenderer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>The report could not be drawn on the page.</source>
        <translation>Der Bericht konnte nicht auf die Seite gezeichnet werden.</translation>
    </message>
    <message>
        <source>A new page could not be started.</source>
        <translation>Eine neue Seite konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be written.</source>
        <translation>Die Datei „%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Nothing to show in this period.</source>
        <translation>In diesem Zeitraum gibt es nichts zu zeigen.</translation>
    </message>
</context>
<context>
    <name>Verbund::RetentionTableModel</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Last needed</source>
        <translation>Zuletzt gebraucht</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Teilnahmen</translation>
    </message>
</context>
<context>
    <name>Verbund::SearchChoice</name>
    <message>
        <source>Type a name to search</source>
        <translation>Namen eingeben, um zu suchen</translation>
    </message>
</context>
<context>
    <name>Verbund::SearchField</name>
    <message>
        <source>Search everywhere (Ctrl+K)</source>
        <translation>Überall suchen (Strg+K)</translation>
    </message>
</context>
<context>
    <name>Verbund::SearchIndex</name>
    <message>
        <source>born %1</source>
        <translation>geb. %1</translation>
    </message>
</context>
<context>
    <name>Verbund::SearchResultModel</name>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Ansprechpartner:innen</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Curricula</source>
        <translation>Curricula</translation>
    </message>
    <message>
        <source>%1 (more: type on to narrow them)</source>
        <translation>%1 (weitere: weitertippen, um sie einzugrenzen)</translation>
    </message>
</context>
<context>
    <name>Verbund::SeriesDialog</name>
    <message>
        <source>Plan sessions of “%1”</source>
        <translation>Termine für „%1“ planen</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>jede Woche</translation>
    </message>
    <message>
        <source>one week in every month</source>
        <translation>eine Woche in jedem Monat</translation>
    </message>
    <message>
        <source>week with the </source>
        <translation>Woche mit dem </translation>
    </message>
    <message>
        <source>. Monday of the month</source>
        <translation>. Montag des Monats</translation>
    </message>
    <message>
        <source>Closure days, one per line or separated by commas, e.g. 29.12.2026</source>
        <translation>Schließtage, je Zeile einer oder durch Kommas getrennt, z. B. 29.12.2026</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholung:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Weekdays:</source>
        <translation>Wochen&amp;tage:</translation>
    </message>
    <message>
        <source>W&amp;eek:</source>
        <translation>Wo&amp;che:</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;Zeit:</translation>
    </message>
    <message>
        <source>&amp;UE per session:</source>
        <translation>&amp;UE je Termin:</translation>
    </message>
    <message>
        <source>Public holidays of:</source>
        <translation>Feiertage von:</translation>
    </message>
    <message>
        <source>&amp;Closure days:</source>
        <translation>&amp;Schließtage:</translation>
    </message>
    <message>
        <source>Choose at least one weekday.</source>
        <translation>Bitte mindestens einen Wochentag wählen.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 29.12.2026.</source>
        <translation>„%1“ ist kein Datum; bitte als 29.12.2026 schreiben.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) with %1 UE.</source>
        <translation>
            <numerusform>%n Termin mit %1 UE.</numerusform>
            <numerusform>%n Termine mit %1 UE.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>Ausgelassen: %1.</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>T&amp;hema:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lernort:</translation>
    </message>
    <message>
        <source>T&amp;rainer:</source>
        <translation>Lehr&amp;kraft:</translation>
    </message>
    <message>
        <source>The measure already has a session on: %1.</source>
        <translation>Die Maßnahme hat schon einen Termin am: %1.</translation>
    </message>
    <message>
        <source>Plan a series</source>
        <translation>Terminserie planen</translation>
    </message>
    <message>
        <source>Leave these days out of the series, or plan a second session on them?</source>
        <translation>Diese Tage in der Serie auslassen oder einen zweiten Termin an ihnen planen?</translation>
    </message>
    <message>
        <source>&amp;Leave them out</source>
        <translation>Tage &amp;auslassen</translation>
    </message>
    <message>
        <source>Plan &amp;both</source>
        <translation>&amp;Beide planen</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weiteren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Verbund::SessionDialog</name>
    <message>
        <source>New session</source>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Termin bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Zeit:</translation>
    </message>
    <message>
        <source>&amp;UE:</source>
        <translation>&amp;UE:</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>T&amp;hema:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lernort:</translation>
    </message>
    <message>
        <source>T&amp;rainer:</source>
        <translation>Lehr&amp;kraft:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Noti&amp;zen:</translation>
    </message>
</context>
<context>
    <name>Verbund::SessionRepository</name>
    <message>
        <source>%1 lies outside the measure “%2” (%3 – %4).</source>
        <translation>Der %1 liegt außerhalb der Maßnahme „%2“ (%3 – %4).</translation>
    </message>
</context>
<context>
    <name>Verbund::SessionSeries</name>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
</context>
<context>
    <name>Verbund::SessionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>UE</source>
        <translation>UE</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Ausbilder:in</translation>
    </message>
</context>
<context>
    <name>Verbund::ShareTableModel</name>
    <message>
        <source>Funder</source>
        <translation>Mittelgeber</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Förderprogramm</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Per participant</source>
        <translation>Je Teilnehmende:n</translation>
    </message>
</context>
<context>
    <name>Verbund::SiteDialog</name>
    <message>
        <source>New site</source>
        <translation>Neuer Standort</translation>
    </message>
    <message>
        <source>Edit site</source>
        <translation>Standort bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Noti&amp;zen:</translation>
    </message>
</context>
<context>
    <name>Verbund::SiteTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>Verbund::StaffDialog</name>
    <message>
        <source>New staff member</source>
        <translation>Neue:r Mitarbeiter:in</translation>
    </message>
    <message>
        <source>Edit staff member</source>
        <translation>Mitarbeiter:in bearbeiten</translation>
    </message>
    <message>
        <source>Works for the office</source>
        <translation>Arbeitet im Büro</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>Stan&amp;dort:</translation>
    </message>
    <message>
        <source>Active:</source>
        <translation>Aktiv:</translation>
    </message>
</context>
<context>
    <name>Verbund::StaffTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>Verbund::Storage</name>
    <message>
        <source>The record no longer exists; somebody deleted it in the meantime.</source>
        <translation>Den Datensatz gibt es nicht mehr; jemand hat ihn inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>The record was changed elsewhere in the meantime — reload it and make your change again.</source>
        <translation>Der Datensatz wurde inzwischen anderswo geändert – bitte neu laden und die Änderung noch einmal vornehmen.</translation>
    </message>
    <message>
        <source>The database could not process a request.</source>
        <translation>Die Datenbank konnte eine Anfrage nicht verarbeiten.</translation>
    </message>
    <message>
        <source>The database could not save or read the data.</source>
        <translation>Die Datenbank konnte die Daten nicht speichern oder lesen.</translation>
    </message>
    <message>
        <source>The change was already finished.</source>
        <translation>Die Änderung war bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>The change was not saved because a part of it failed.</source>
        <translation>Die Änderung wurde nicht gespeichert, weil ein Teil davon fehlschlug.</translation>
    </message>
    <message>
        <source>The database is read-only: it can be read, but nothing can be saved in it.</source>
        <translation>Die Datenbank ist schreibgeschützt: Sie kann gelesen werden, aber nichts darin gespeichert.</translation>
    </message>
    <message>
        <source>The file is being written by another program right now. Please wait, or try again later.</source>
        <translation>Die Datei wird gerade von einem anderen Programm geschrieben – bitte warten oder später erneut versuchen.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>Der Datenträger ist voll: Es wurde nichts gespeichert. Bitte Platz schaffen und erneut versuchen.</translation>
    </message>
    <message>
        <source>The file is not a Verbund database.</source>
        <translation>Die Datei ist keine Verbund-Datenbank.</translation>
    </message>
    <message>
        <source>The file is damaged: Verbund cannot read it reliably. Work on with a backup or a copy taken before.</source>
        <translation>Die Datei ist beschädigt: Verbund kann sie nicht verlässlich lesen. Bitte mit einer Sicherung oder einer früheren Kopie weiterarbeiten.</translation>
    </message>
    <message>
        <source>The file or its folder cannot be reached (a network drive, a removed stick?).</source>
        <translation>Die Datei oder ihr Ordner ist nicht erreichbar (ein Netzlaufwerk, ein entfernter USB-Stick?).</translation>
    </message>
    <message>
        <source>Somebody else is saving a large change in the network right now (an import?). Please wait, or try again later.</source>
        <translation>Jemand anderes speichert gerade eine große Änderung im Netzwerk (ein Import?). Bitte warten Sie oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The connection to the server is lost: nothing was saved. What you entered is kept; saving works again as soon as the server can be reached.</source>
        <translation>Die Verbindung zum Server ist unterbrochen: Es wurde nichts gespeichert. Ihre Eingaben bleiben erhalten; Speichern geht wieder, sobald der Server erreichbar ist.</translation>
    </message>
    <message>
        <source>Somebody else was saving the same data at the same moment: nothing was saved. Please try again.</source>
        <translation>Jemand anderes hat im selben Moment dieselben Daten gespeichert: Es wurde nichts gespeichert. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server refused this: your role in the network does not allow it. Nothing was changed.</source>
        <translation>Der Server hat das abgelehnt: Ihre Rolle im Netzwerk erlaubt es nicht. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Verbund::TimeEdit</name>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Not a time; write it as 8:30 or 830.</source>
        <translation>Keine Uhrzeit; schreiben Sie sie als 8:30 oder 830.</translation>
    </message>
</context>
<context>
    <name>Verbund::TodayTableModel</name>
    <message>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer:in</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Endet am</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Endete am</translation>
    </message>
    <message>
        <source>Without certificate</source>
        <translation>Ohne Bescheinigung</translation>
    </message>
</context>
<context>
    <name>Verbund::TopicTableModel</name>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Contents (one item per line)</source>
        <translation>Inhalte (ein Punkt je Zeile)</translation>
    </message>
    <message>
        <source>UE</source>
        <translation>UE</translation>
    </message>
</context>
<context>
    <name>Verbund::UserDialog</name>
    <message>
        <source>New user</source>
        <translation>Neue:r Benutzer:in</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Benutzer:in bearbeiten</translation>
    </message>
    <message>
        <source>May work on the network</source>
        <translation>Darf im Netzwerk arbeiten</translation>
    </message>
    <message>
        <source>e.g. mkoch</source>
        <translation>z. B. mkoch</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>An advisor sees the participants of the measures of this site.</source>
        <translation>Eine Berater:in sieht die Teilnehmenden der Maßnahmen dieses Standorts.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>Active:</source>
        <translation>Aktiv:</translation>
    </message>
    <message>
        <source>for the server&apos;s login</source>
        <translation>für die Anmeldung am Server</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
</context>
<context>
    <name>Verbund::UserService</name>
    <message>
        <source>There is no user “%1” in this network.</source>
        <translation>In diesem Netzwerk gibt es keine Benutzer:in „%1“.</translation>
    </message>
</context>
<context>
    <name>Verbund::UserTableModel</name>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
</context>
<context>
    <name>Verbund::UsersDialog</name>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Neue:r Benutzer:in…</translation>
    </message>
    <message>
        <source>Users and rights</source>
        <translation>Benutzer und Rechte</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Deaktivieren…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reader&lt;/b&gt; sees everything but the participants&apos; personal data. &lt;b&gt;Advisor&lt;/b&gt; keeps the network (organisations, contacts, consultations) and sees the participants of the measures of their site. &lt;b&gt;Coordinator&lt;/b&gt; does all of that for every site, plus measures, funding, programmes, certificates, deleting and erasing. &lt;b&gt;Administrator&lt;/b&gt; also keeps the users.</source>
        <translation>&lt;b&gt;Leser:in&lt;/b&gt; sieht alles außer den personenbezogenen Daten der Teilnehmenden. &lt;b&gt;Berater:in&lt;/b&gt; pflegt das Netzwerk (Organisationen, Ansprechpartner:innen, Beratungen) und sieht die Teilnehmenden der Maßnahmen des eigenen Standorts. &lt;b&gt;Koordinator:in&lt;/b&gt; darf all das für jeden Standort, dazu Maßnahmen, Förderung, Programme, Zertifikate, Löschen und Anonymisieren. &lt;b&gt;Administrator:in&lt;/b&gt; pflegt außerdem die Benutzer:innen.</translation>
    </message>
    <message>
        <source>On this server each user signs in with a login of their own; the server itself grants what the role may.</source>
        <translation>Auf diesem Server meldet sich jede:r mit einem eigenen Anmeldenamen an; der Server selbst gewährt, was die Rolle darf.</translation>
    </message>
    <message>
        <source>In a file the user is the computer&apos;s user name; while nobody is listed, whoever opens the file administers it.</source>
        <translation>In einer Datei gilt der Benutzername des Computers; solange niemand eingetragen ist, verwaltet sie, wer sie öffnet.</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Benutzer:in deaktivieren</translation>
    </message>
    <message>
        <source>“%1” may then no longer work on the network. What they did stays in the history.</source>
        <translation>„%1“ darf danach nicht mehr im Netzwerk arbeiten. Was sie oder er getan hat, bleibt im Verlauf.</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
</context>
<context>
    <name>Verbund::Validation</name>
    <message>
        <source>The email address is not valid (example: name@firma.de).</source>
        <translation>Die E-Mail-Adresse ist ungültig (Beispiel: name@firma.de).</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>Ein Name ist erforderlich.</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Der Name ist erforderlich.</translation>
    </message>
    <message>
        <source>The number of employees cannot be negative.</source>
        <translation>Die Zahl der Beschäftigten kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>A postcode has five digits.</source>
        <translation>Eine Postleitzahl hat fünf Ziffern.</translation>
    </message>
    <message>
        <source>A web address has no spaces.</source>
        <translation>Eine Webadresse enthält keine Leerzeichen.</translation>
    </message>
    <message>
        <source>The membership cannot end before it began.</source>
        <translation>Die Mitgliedschaft kann nicht enden, bevor sie begonnen hat.</translation>
    </message>
    <message>
        <source>Choose an organisation.</source>
        <translation>Bitte wählen Sie eine Organisation.</translation>
    </message>
    <message>
        <source>The date is required.</source>
        <translation>Das Datum ist erforderlich.</translation>
    </message>
    <message>
        <source>The follow-up cannot be before the consultation.</source>
        <translation>Die Wiedervorlage kann nicht vor der Beratung liegen.</translation>
    </message>
    <message>
        <source>The title is required.</source>
        <translation>Der Titel ist erforderlich.</translation>
    </message>
    <message>
        <source>A teaching unit lasts from %1 to %2 minutes.</source>
        <translation>Eine Unterrichtseinheit dauert %1 bis %2 Minuten.</translation>
    </message>
    <message>
        <source>Topic %1: the title is required.</source>
        <translation>Thema %1: Der Titel ist erforderlich.</translation>
    </message>
    <message>
        <source>Topic %1: the teaching units must be a whole number from %2 to %3.</source>
        <translation>Thema %1: Die UE müssen eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>Das Datum kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>The measure cannot end before it begins.</source>
        <translation>Die Maßnahme kann nicht vor ihrem Beginn enden.</translation>
    </message>
    <message>
        <source>The capacity cannot be negative.</source>
        <translation>Die Zahl der Plätze kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>The planned UE cannot be negative.</source>
        <translation>Die geplanten UE können nicht negativ sein.</translation>
    </message>
    <message>
        <source>A cost cannot be negative.</source>
        <translation>Kosten können nicht negativ sein.</translation>
    </message>
    <message>
        <source>The obligation is a number of people or a share up to 100 %.</source>
        <translation>Die Verpflichtung ist eine Zahl von Personen oder ein Anteil bis 100 %.</translation>
    </message>
    <message>
        <source>Every share needs its funder.</source>
        <translation>Jeder Anteil braucht seinen Mittelgeber.</translation>
    </message>
    <message>
        <source>A share is a percentage above 0 and up to 100, or an amount above 0 €.</source>
        <translation>Ein Anteil ist ein Prozentsatz über 0 bis 100 oder ein Betrag über 0 €.</translation>
    </message>
    <message>
        <source>The percentages add up to %1, not 100 %.</source>
        <translation>Die Prozentsätze ergeben %1, nicht 100 %.</translation>
    </message>
    <message>
        <source>The funding plan needs the cost of the measure.</source>
        <translation>Der Finanzierungsplan braucht die Kosten der Maßnahme.</translation>
    </message>
    <message>
        <source>The shares do not cover the cost of %1 exactly: %2 %3.</source>
        <translation>Die Anteile decken die Kosten von %1 nicht genau. %2 %3.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>Es fehlen</translation>
    </message>
    <message>
        <source>too much</source>
        <translation>Zu viel sind</translation>
    </message>
    <message>
        <source>Choose a measure.</source>
        <translation>Bitte eine Maßnahme wählen.</translation>
    </message>
    <message>
        <source>Choose a participant.</source>
        <translation>Bitte eine:n Teilnehmende:n wählen.</translation>
    </message>
    <message>
        <source>The exit cannot be before the start.</source>
        <translation>Der Austritt kann nicht vor dem Beginn liegen.</translation>
    </message>
    <message>
        <source>The hiring cannot be before the start.</source>
        <translation>Die Übernahme kann nicht vor dem Beginn liegen.</translation>
    </message>
    <message>
        <source>A funder is an organisation or has a name.</source>
        <translation>Ein Mittelgeber ist eine Organisation oder hat einen Namen.</translation>
    </message>
    <message>
        <source>Each rate starts at a different number of employees and lies between 0 and 100 %.</source>
        <translation>Jeder Satz beginnt bei einer anderen Zahl von Beschäftigten und liegt zwischen 0 und 100 %.</translation>
    </message>
    <message>
        <source>The minimum attendance lies between 0 and 100 %.</source>
        <translation>Die Mindestanwesenheit liegt zwischen 0 und 100 %.</translation>
    </message>
    <message>
        <source>The session ends after it begins.</source>
        <translation>Ein Termin endet nach seinem Beginn.</translation>
    </message>
    <message>
        <source>The UE cannot be negative.</source>
        <translation>Die UE können nicht negativ sein.</translation>
    </message>
    <message>
        <source>The name consists of invisible or control characters only.</source>
        <translation>Der Name besteht nur aus unsichtbaren oder Steuerzeichen.</translation>
    </message>
    <message>
        <source>A name has at most %1 characters, this one %2.</source>
        <translation>Ein Name hat höchstens %1 Zeichen, dieser %2.</translation>
    </message>
    <message>
        <source>A curriculum has at most %L1 UE in all; its topics give %L2.</source>
        <translation>Ein Curriculum hat insgesamt höchstens %L1 UE; seine Themen ergeben %L2.</translation>
    </message>
    <message>
        <source>The date of birth cannot be before 1900.</source>
        <translation>Das Geburtsdatum kann nicht vor 1900 liegen.</translation>
    </message>
    <message>
        <source>The consent cannot be given before the person was born.</source>
        <translation>Die Einwilligung kann nicht vor der Geburt gegeben worden sein.</translation>
    </message>
    <message>
        <source>A login is one word of small letters, digits, “.”, “_” or “-”, at most 63 characters (e.g. “mkoch”).</source>
        <translation>Ein Anmeldename ist ein Wort aus Kleinbuchstaben, Ziffern, „.“, „_“ oder „-“, höchstens 63 Zeichen (z. B. „mkoch“).</translation>
    </message>
    <message>
        <source>Enter the day the consent was given.</source>
        <translation>Geben Sie den Tag an, an dem die Einwilligung erteilt wurde.</translation>
    </message>
    <message>
        <source>A consent cannot be withdrawn before it was given.</source>
        <translation>Eine Einwilligung kann nicht vor ihrer Erteilung widerrufen werden.</translation>
    </message>
    <message>
        <source>Enter the day the follow-up is due.</source>
        <translation>Bitte den Tag eintragen, an dem die Wiedervorlage fällig ist.</translation>
    </message>
    <message>
        <source>Say what there is to do.</source>
        <translation>Bitte eintragen, was zu tun ist.</translation>
    </message>
    <message>
        <source>Choose the chamber.</source>
        <translation>Bitte die Kammer wählen.</translation>
    </message>
    <message>
        <source>Enter the registration deadline.</source>
        <translation>Bitte den Anmeldeschluss eintragen.</translation>
    </message>
    <message>
        <source>Enter the day of the exam.</source>
        <translation>Bitte den Tag der Prüfung eintragen.</translation>
    </message>
    <message>
        <source>The exam cannot be before the registration deadline.</source>
        <translation>Die Prüfung kann nicht vor dem Anmeldeschluss liegen.</translation>
    </message>
    <message>
        <source>Choose the funder.</source>
        <translation>Bitte den Mittelgeber wählen.</translation>
    </message>
    <message>
        <source>Enter the day the report is due.</source>
        <translation>Bitte den Tag eintragen, an dem der Bericht fällig ist.</translation>
    </message>
    <message>
        <source>Nobody is unemployed before they were born.</source>
        <translation>Niemand ist vor der Geburt arbeitslos.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Verbund</source>
        <translation>Verbund</translation>
    </message>
</context>
</TS>
