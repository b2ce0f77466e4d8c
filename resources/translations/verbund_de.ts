<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
</context>
<context>
    <name>Verbund::CommandLine</name>
    <message>
        <source>Language of messages: de or en.</source>
        <translation>Sprache der Meldungen: de oder en.</translation>
    </message>
    <message>
        <source>The Verbund database file.</source>
        <translation>Die Verbund-Datenbankdatei.</translation>
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
        <source>Unknown command. Commands: %1.</source>
        <translation>Unbekannter Befehl. Befehle: %1.</translation>
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
        <translation><numerusform>%n Problem</numerusform><numerusform>%n Probleme</numerusform></translation>
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
        <translation><numerusform>%n Thema</numerusform><numerusform>%n Themen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n UE</source>
        <translation><numerusform>%n UE</numerusform><numerusform>%n UE</numerusform></translation>
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
        <source>What the report is about: an id or the exact title.</source>
        <translation>Worüber berichtet wird: eine ID oder der genaue Titel.</translation>
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
        <source>The file “%1” cannot be read.</source>
        <translation>Die Datei „%1“ kann nicht gelesen werden.</translation>
    </message>
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
        <translation><numerusform>Das Curriculum „%1“ (Version %2) mit seinem %n Thema löschen? Das lässt sich nicht rückgängig machen.</numerusform><numerusform>Das Curriculum „%1“ (Version %2) mit seinen %n Themen löschen? Das lässt sich nicht rückgängig machen.</numerusform></translation>
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
    <message numerus="yes">
        <source>%n curricula</source>
        <translation><numerusform>%n Curriculum</numerusform><numerusform>%n Curricula</numerusform></translation>
    </message>
    <message>
        <source>Curricula</source>
        <translation>Curricula</translation>
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
        <translation><numerusform>Gesamt: %n UE</numerusform><numerusform>Gesamt: %n UE</numerusform></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Zeitstunden</translation>
    </message>
    <message numerus="yes">
        <source>1 UE = %n minutes</source>
        <translation><numerusform>1 UE = %n Minute</numerusform><numerusform>1 UE = %n Minuten</numerusform></translation>
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
        <translation><numerusform>Die Datei wurde nicht importiert; es wurde nichts geschrieben. %n Problem:</numerusform><numerusform>Die Datei wurde nicht importiert; es wurde nichts geschrieben. %n Probleme:</numerusform></translation>
    </message>
</context>
<context>
    <name>Verbund::CurriculumRepository</name>
    <message>
        <source>There is no curriculum with the id or title “%1”.</source>
        <translation>Es gibt kein Curriculum mit der ID oder dem Titel „%1“.</translation>
    </message>
    <message>
        <source>id %1 (version %2)</source>
        <translation>ID %1 (Version %2)</translation>
    </message>
    <message>
        <source>Several curricula are called “%1”: %2. Name one by its id.</source>
        <translation>Mehrere Curricula heißen „%1“: %2. Bitte eines über seine ID angeben.</translation>
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
        <translation><numerusform>%n UE</numerusform><numerusform>%n UE</numerusform></translation>
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
        <translation><numerusform>1 UE = %n Minute</numerusform><numerusform>1 UE = %n Minuten</numerusform></translation>
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
</context>
<context>
    <name>Verbund::DateEdit</name>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>TT.MM.JJJJ</translation>
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
</context>
<context>
    <name>Verbund::Error</name>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Bitte korrigieren Sie die markierten Felder.</translation>
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
        <translation><numerusform>%n Ansprechpartner:in</numerusform><numerusform>%n Ansprechpartner:innen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n consultation(s)</source>
        <translation><numerusform>%n Beratung</numerusform><numerusform>%n Beratungen</numerusform></translation>
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
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation><numerusform>%n Organisation</numerusform><numerusform>%n Organisationen</numerusform></translation>
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
</context>
<context>
    <name>Verbund::OrganisationRepository</name>
    <message>
        <source>“%1” has %2 and %3. Delete them too, or keep the organisation.</source>
        <translation>„%1“ hat %2 und %3. Löschen Sie diese mit oder behalten Sie die Organisation.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation><numerusform>%n Ansprechpartner:in</numerusform><numerusform>%n Ansprechpartner:innen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n consultation(s)</source>
        <translation><numerusform>%n Beratung</numerusform><numerusform>%n Beratungen</numerusform></translation>
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
</context>
<context>
    <name>Verbund::ReportPrinting</name>
    <message>
        <source>Print preview — %1</source>
        <translation>Druckvorschau — %1</translation>
    </message>
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
        <source>The database is busy with another program. Try again shortly.</source>
        <translation>Die Datenbank wird gerade von einem anderen Programm benutzt. Bitte versuchen Sie es gleich noch einmal.</translation>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>Open this database file.</source>
        <translation>Diese Datenbankdatei öffnen.</translation>
    </message>
    <message>
        <source>Open a fresh copy of the demo network.</source>
        <translation>Eine frische Kopie des Demo-Netzwerks öffnen.</translation>
    </message>
    <message>
        <source>Language: de or en.</source>
        <translation>Sprache: de oder en.</translation>
    </message>
    <message>
        <source>Save a picture of the window to the file and quit.</source>
        <translation>Ein Bild des Fensters in die Datei speichern und beenden.</translation>
    </message>
    <message>
        <source>Run “verbund --help” for the commands and their options.</source>
        <translation>„verbund --help“ zeigt die Befehle und ihre Optionen.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Verbund</source>
        <translation>Verbund</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>language</source>
        <translation>sprache</translation>
    </message>
    <message>
        <source>Verbund — the desk of a training-network coordinator.

Commands (each with --help):
  init FILE [--demo]   create a database
  check -d FILE        schema version, integrity, counts
  import curriculum FILE.csv -d FILE --title TITLE
                       read a curriculum from a table Topic | Contents | UE
  print curriculum-sheet SUBJECT -d FILE -o OUT.pdf
                       print a report to PDF</source>
        <translation>Verbund — der Schreibtisch der Koordination eines Ausbildungsnetzwerks.

Befehle (jeweils mit --help):
  init DATEI [--demo]  Datenbank anlegen
  check -d DATEI       Datenversion, Unversehrtheit, Anzahlen
  import curriculum DATEI.csv -d DATEI --title TITEL
                       Curriculum aus einer Tabelle Thema | Inhalte | UE lesen
  print curriculum-sheet GEGENSTAND -d DATEI -o AUS.pdf
                       einen Bericht als PDF ausgeben</translation>
    </message>
</context>
</TS>
