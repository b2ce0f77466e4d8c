// Runs the real `verbund` binary on temporary files, as a script or a user would.
#include "reports/reportregistry.h"
#include "runverbund.h"
#include "services/exporter.h"
#include "storage/database.h"
#include "storage/organisationrepository.h"
#include "storage/staffrepository.h"
#include "tempdatabase.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

using Verbund::Testing::fileChecksum;
using Verbund::Testing::newDatabase;

using Verbund::Testing::Run;
using Verbund::Testing::verbund;

TEST_CASE("verbund --version prints the version", "[nodb]") {
    const Run run = verbund({QStringLiteral("--version")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral(VERBUND_VERSION)));
}

TEST_CASE("verbund --help names every command, report and kind, and each usage its command",
          "[nodb]") {
    const Run help =
        verbund({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(help.exitCode == 0);
    for (const char* part :
         {"verbund init", "verbund check", "verbund import", "verbund print", "verbund export",
          "certificates", "funding-report", "consultations", "curriculum", "Usage: verbund"})
        CHECK(help.out.contains(QLatin1String(part)));
    const Run import = verbund({QStringLiteral("import"), QStringLiteral("--help"),
                                QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(import.out.startsWith(QStringLiteral("Usage: verbund import ")));
    // Every report the program has, from the report registry, with its title (the help is
    // wrapped to the terminal's width).
    const QString flat = help.out.simplified();
    for (const Verbund::Report& report : Verbund::ReportRegistry::all()) {
        CHECK(flat.contains(report.name));
        CHECK(flat.contains(QString::fromLatin1(report.title)));
    }
}

TEST_CASE("verbund names a wrong line in the language asked for, wherever --lang stands",
          "[nodb]") {
    // --lang after the mistake still decides the language: the line is read whole first.
    const Run option = verbund({QStringLiteral("check"), QStringLiteral("--bogus"),
                                QStringLiteral("--lang"), QStringLiteral("de")});
    CHECK(option.exitCode == 2);
    CHECK(option.err.contains(QStringLiteral("Unbekannte Option 'bogus'")));
    const Run value = verbund({QStringLiteral("--lang"), QStringLiteral("de"),
                               QStringLiteral("check"), QStringLiteral("-d")});
    CHECK(value.exitCode == 2);
    CHECK(value.err.contains(QStringLiteral("Nach '-d' fehlt der Wert")));
    const Run language =
        verbund({QStringLiteral("check"), QStringLiteral("--lang"), QStringLiteral("fr")});
    CHECK(language.exitCode == 2);
    // In the setting's or the system's language, which the test does not fix.
    CHECK(language.err.contains(QRegularExpression(QStringLiteral("[„“]fr[“”]"))));
    const Run command =
        verbund({QStringLiteral("chek"), QStringLiteral("--lang"), QStringLiteral("de")});
    CHECK(command.exitCode == 2);
    CHECK(command.err.contains(QStringLiteral("Unbekannter Befehl „chek“")));
    const Run help = verbund({QStringLiteral("check"), QStringLiteral("-h"),
                              QStringLiteral("--lang"), QStringLiteral("de")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.startsWith(QStringLiteral("Aufruf: verbund check ")));
    CHECK(help.out.contains(QStringLiteral("Diese Hilfe zeigen.")));
}

TEST_CASE("verbund init creates a database and check describes it") {
    QTemporaryDir dir;
    const QString path = newDatabase(dir, QStringLiteral("netz.verbund"));
    Run init =
        verbund({QStringLiteral("init"), path, QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(init.exitCode == 0);
    CHECK(init.out.contains(QStringLiteral("Created the empty database")));

    Run check = verbund({QStringLiteral("check"), QStringLiteral("-d"), path,
                         QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(
        QStringLiteral("Data version: %1").arg(Verbund::Database::SchemaVersion)));
    CHECK(check.out.contains(QStringLiteral("Integrity: ok")));
    CHECK(check.out.contains(QStringLiteral("Organisations:")));
}

TEST_CASE("verbund init --demo fills the demo network in German when asked") {
    QTemporaryDir dir;
    const QString path = newDatabase(dir, QStringLiteral("demo.verbund"));
    Run init = verbund({QStringLiteral("init"), path, QStringLiteral("--demo"),
                        QStringLiteral("--lang"), QStringLiteral("de")});
    REQUIRE(init.exitCode == 0);
    CHECK(init.out.contains(QStringLiteral("Demo-Netzwerk")));
    Run check = verbund({QStringLiteral("check"), QStringLiteral("--database"), path,
                         QStringLiteral("--lang"), QStringLiteral("de")});
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("Integrität: in Ordnung")));
    CHECK(check.out.contains(QRegularExpression(QStringLiteral("Organisationen:\\s+12"))));
    CHECK(check.out.contains(QRegularExpression(QStringLiteral("Beratungen:\\s+16"))));
    CHECK(check.out.contains(QRegularExpression(QStringLiteral("Termine:\\s+\\d+"))));
    // Every table by its German name, none by the name it has in SQL.
    CHECK_FALSE(check.out.contains(
        QRegularExpression(QStringLiteral("^\\s+[a-z_]+:"), QRegularExpression::MultilineOption)));
}

TEST_CASE("verbund init refuses an existing file and leaves it alone", "[file]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("existing.verbund"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Tabelle aus Excel");
    file.close();
    const QByteArray before = fileChecksum(path);
    Run init =
        verbund({QStringLiteral("init"), path, QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(init.exitCode == 1);
    CHECK(init.err.contains(QStringLiteral("already exists")));
    CHECK(fileChecksum(path) == before);
}

TEST_CASE("verbund check refuses a file that is not a Verbund database", "[file]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("garbage.db"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    const QByteArray before = fileChecksum(path);
    Run check = verbund({QStringLiteral("check"), QStringLiteral("-d"), path,
                         QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(check.exitCode == 1);
    CHECK(check.err.contains(QStringLiteral("not a Verbund database")));
    CHECK(fileChecksum(path) == before);

    Run missing = verbund({QStringLiteral("check"), QStringLiteral("-d"),
                           dir.filePath(QStringLiteral("nowhere.verbund")),
                           QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(missing.exitCode == 1);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("nowhere.verbund"))));
}

TEST_CASE("bad arguments are usage errors with exit code 2", "[nodb]") {
    CHECK(verbund({QStringLiteral("--no-such-option")}).exitCode == 2);
    CHECK(verbund({QStringLiteral("frobnicate")}).exitCode == 2);
    const Run check =
        verbund({QStringLiteral("check"), QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(check.exitCode == 2);
    CHECK(check.err.contains(QStringLiteral("-d FILE")));
    CHECK(verbund({QStringLiteral("init")}).exitCode == 2);
    CHECK(verbund({QStringLiteral("init"), QStringLiteral("a"), QStringLiteral("b")}).exitCode ==
          2);
    CHECK(verbund({QStringLiteral("check"), QStringLiteral("-d")}).exitCode == 2);
}

namespace {

// The first curriculum of the seed as a coordinator's Excel table, saved as CSV.
QByteArray seedCurriculumCsv() {
    return QByteArray(
        "Thema;Inhalte;UE\r\n"
        "Berufliche Bildungsprozesse;\"• Situation auf dem Arbeitsmarkt und die Anforderungen an "
        "die Berufsbildung\r\n• Analyse der eigenen Situation\r\n• Überblick über "
        "bildungspolitische Aktivitäten\";2\r\n"
        "Vom Ausbilder zum Lernbegleiter;\"• Aufgaben des Berufsbildungspersonals\r\n• "
        "Lernprozessbegleitung\r\n• Anforderungen an Lernbegleiter\r\n• Kompetenzprofil von "
        "Lernbegleitern\";6\r\n"
        "Bildungsbedarf;\"• Bildungsbedarfe feststellen und outcome orientierte Lernziele "
        "definieren\r\n• Individuellen Lernbedarf ermitteln\r\n• Lernförderliche "
        "Rahmenbedingungen/ Lernkultur\";8\r\n"
        "Konzeption;\"• Didaktische Konzeption zur Begleitung von An- und Ungelernten\r\n• "
        "Einbindung der Lernenden in die Planung\r\n• Handlungs- und Prozessorientierung\r\n• "
        "Gestaltung des Lernarrangements\";8\r\n"
        "Lernprozesse begleiten;\"• Lernaufgaben übergeben\r\n• Lernende beobachten und "
        "unterstützen\r\n• Kommunikation im Lernprozess\r\n• Verhalten bei Krisen und "
        "Lernschwierigkeiten\";8\r\n"
        "Sicherung des Lernertrages;\"• Möglichkeiten der Lernstandskontrolle\r\n• "
        "Lernleistungen bewerten und besprechen\r\n• Dokumentation von Lernleistungen\r\n• "
        "Vorbereitung auf Prüfungen (fachliche und psychologische Vorbereitung)\";8\r\n"
        "Gesamt;;40\r\n");
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("verbund import curriculum reads the seed table and print makes its sheet") {
    QTemporaryDir dir;
    const QString path = newDatabase(dir, QStringLiteral("netz.verbund"));
    REQUIRE(verbund({QStringLiteral("init"), path}).exitCode == 0);
    const QString csv = dir.filePath(QStringLiteral("curriculum.csv"));
    writeFile(csv, seedCurriculumCsv());

    const Run dryRun =
        verbund({QStringLiteral("import"), QStringLiteral("curriculum"), csv, QStringLiteral("-d"),
                 path, QStringLiteral("--title"), QStringLiteral("Pädagogisches Personal"),
                 QStringLiteral("--dry-run"), QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(dryRun.exitCode == 0);
    CHECK(dryRun.out.contains(QStringLiteral("Nothing was written")));

    const Run run =
        verbund({QStringLiteral("import"), QStringLiteral("curriculum"), csv, QStringLiteral("-d"),
                 path, QStringLiteral("--title"), QStringLiteral("Pädagogisches Personal"),
                 QStringLiteral("--target-group"), QStringLiteral("Lehrende"),
                 QStringLiteral("--lang"), QStringLiteral("de")});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("(ID 1)")));
    CHECK(run.out.contains(QStringLiteral("6 Themen")));
    CHECK(run.out.contains(QStringLiteral("40 UE")));

    const QString pdf = dir.filePath(QStringLiteral("blatt.pdf"));
    const Run print =
        verbund({QStringLiteral("print"), QStringLiteral("curriculum-sheet"), QStringLiteral("1"),
                 QStringLiteral("-d"), path, QStringLiteral("-o"), pdf, QStringLiteral("--lang"),
                 QStringLiteral("en")});
    CHECK(print.exitCode == 0);
    const QString text = Verbund::Testing::pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Pädagogisches Personal")));
    CHECK(text.contains(QStringLiteral("Lernförderliche Rahmenbedingungen/ Lernkultur")));
    CHECK(text.contains(QRegularExpression(QStringLiteral("Total\\s+40"))));
}

TEST_CASE("verbund import curriculum refuses a file with text in the UE column") {
    QTemporaryDir dir;
    const QString path = newDatabase(dir, QStringLiteral("netz.verbund"));
    REQUIRE(verbund({QStringLiteral("init"), path}).exitCode == 0);
    const QByteArray before = fileChecksum(path);
    const QString csv = dir.filePath(QStringLiteral("kaputt.csv"));
    writeFile(csv, QByteArray("Thema;Inhalte;UE\nBildungsbedarf;Lernbedarf ermitteln;8\n"
                              "Konzeption;Planung;acht\n"));
    const Run run =
        verbund({QStringLiteral("import"), QStringLiteral("curriculum"), csv, QStringLiteral("-d"),
                 path, QStringLiteral("--title"), QStringLiteral("Kaputt"),
                 QStringLiteral("--lang"), QStringLiteral("de")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("Zeile 3")));
    CHECK(run.err.contains(QStringLiteral("„acht“")));
    CHECK(fileChecksum(path) == before);
}

TEST_CASE("verbund print names the problem with a wrong subject or missing options") {
    QTemporaryDir dir;
    const QString path = newDatabase(dir, QStringLiteral("demo.verbund"));
    REQUIRE(verbund({QStringLiteral("init"), path, QStringLiteral("--demo")}).exitCode == 0);
    const QString pdf = dir.filePath(QStringLiteral("x.pdf"));
    const Run unknown =
        verbund({QStringLiteral("print"), QStringLiteral("curriculum-sheet"),
                 QStringLiteral("Gibt es nicht"), QStringLiteral("-d"), path, QStringLiteral("-o"),
                 pdf, QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("Gibt es nicht")));
    CHECK_FALSE(QFile::exists(pdf));

    const Run noOutput = verbund({QStringLiteral("print"), QStringLiteral("curriculum-sheet"),
                                  QStringLiteral("1"), QStringLiteral("-d"), path});
    CHECK(noOutput.exitCode == 2);
    const Run noReport = verbund({QStringLiteral("print"), QStringLiteral("nonsense"),
                                  QStringLiteral("1"), QStringLiteral("-d"), path});
    CHECK(noReport.exitCode == 2);
}

TEST_CASE("verbund print measure-overview and funding-report show the amounts") {
    QTemporaryDir dir;
    const QString path = newDatabase(dir, QStringLiteral("demo.verbund"));
    REQUIRE(verbund({QStringLiteral("init"), path, QStringLiteral("--demo")}).exitCode == 0);

    const QString overview = dir.filePath(QStringLiteral("massnahme.pdf"));
    const Run printed = verbund(
        {QStringLiteral("print"), QStringLiteral("measure-overview"),
         QStringLiteral("Maschinen- und Anlagenführer/in Kunststofftechnik"), QStringLiteral("-d"),
         path, QStringLiteral("-o"), overview, QStringLiteral("--lang"), QStringLiteral("de")});
    INFO(printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);
    const QString text = Verbund::Testing::pdfText(overview).simplified();
    CHECK(text.contains(QStringLiteral("294.000,00 €")));
    CHECK(text.contains(QStringLiteral("126.000,00 €")));
    CHECK(text.contains(QStringLiteral("420.000,00 €")));
    CHECK(text.contains(QStringLiteral("70 %")));
    CHECK(
        text.contains(QStringLiteral("28 nehmen teil: 10 beschäftigt, 18 zugewiesen arbeitslos")));
    CHECK(text.contains(QStringLiteral("18 von 9 geforderten übernommen")));

    const QString report = dir.filePath(QStringLiteral("finanzen.pdf"));
    const Run funding =
        verbund({QStringLiteral("print"), QStringLiteral("funding-report"), QStringLiteral("-d"),
                 path, QStringLiteral("-o"), report, QStringLiteral("--from"),
                 QStringLiteral("01.01.2026"), QStringLiteral("--to"), QStringLiteral("31.10.2026"),
                 QStringLiteral("--lang"), QStringLiteral("de")});
    INFO(funding.err.toStdString());
    REQUIRE(funding.exitCode == 0);
    const QString fundingText = Verbund::Testing::pdfText(report).simplified();
    // 420.000 + 32.400 + 65.280 + 4.800 €, all measures of 2026 up to October (not the
    // workshop of the days the demo is made).
    CHECK(fundingText.contains(QStringLiteral("522.480,00 €")));
    CHECK(fundingText.contains(QStringLiteral("Bildungsgutschein 294.000,00 €")));
    CHECK(fundingText.contains(QStringLiteral("WeGebAU 32.400,00 €")));
    CHECK(fundingText.contains(QStringLiteral("Qualifizierungschancengesetz (QCG) 32.640,00 €")));

    const Run badDate = verbund({QStringLiteral("print"), QStringLiteral("funding-report"),
                                 QStringLiteral("-d"), path, QStringLiteral("-o"), report,
                                 QStringLiteral("--from"), QStringLiteral("32.13.2026")});
    CHECK(badDate.exitCode == 2);
    const Run backwards =
        verbund({QStringLiteral("print"), QStringLiteral("funding-report"), QStringLiteral("-d"),
                 path, QStringLiteral("-o"), report, QStringLiteral("--from"),
                 QStringLiteral("01.12.2026"), QStringLiteral("--to"), QStringLiteral("01.01.2026"),
                 QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(backwards.exitCode == 2);
    CHECK(backwards.err.contains(QStringLiteral("is after --to")));
    const Run negative =
        verbund({QStringLiteral("print"), QStringLiteral("certificates"), QStringLiteral("-5"),
                 QStringLiteral("-d"), path, QStringLiteral("-o"), report, QStringLiteral("--lang"),
                 QStringLiteral("en")});
    CHECK(negative.exitCode == 2);
    CHECK(negative.err.contains(QStringLiteral("“-5”")));
}

TEST_CASE("verbund export writes lists that German Excel opens") {
    QTemporaryDir dir;
    const QString path = newDatabase(dir, QStringLiteral("demo.verbund"));
    REQUIRE(verbund({QStringLiteral("init"), path, QStringLiteral("--demo")}).exitCode == 0);
    for (const QString& kind : {QStringLiteral("organisations"), QStringLiteral("contacts"),
                                QStringLiteral("participants"), QStringLiteral("measures"),
                                QStringLiteral("enrollments"), QStringLiteral("consultations")}) {
        const QString csv = dir.filePath(kind + QStringLiteral(".csv"));
        const Run run =
            verbund({QStringLiteral("export"), kind, QStringLiteral("-d"), path,
                     QStringLiteral("-o"), csv, QStringLiteral("--lang"), QStringLiteral("de")});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        QFile file(csv);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        CHECK(bytes.startsWith("\xEF\xBB\xBF"));
        CHECK(bytes.contains("\r\n"));
        const QStringList lines =
            QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        CHECK(lines.first().contains(QLatin1Char(';')));
        if (kind == QLatin1String("participants"))
            CHECK(lines.size() == 1 + 48);
        if (kind == QLatin1String("enrollments"))
            CHECK(lines.size() == 1 + 48 + 3); // the seeds' and the workshop's
        if (kind == QLatin1String("measures")) {
            CHECK(lines.size() == 1 + 5);
            CHECK(QString::fromUtf8(bytes).contains(QStringLiteral(";420000,00")));
            CHECK(QString::fromUtf8(bytes).contains(QStringLiteral(";02.09.2024;")));
        }
    }
    const Run plain =
        verbund({QStringLiteral("export"), QStringLiteral("measures"), QStringLiteral("-d"), path,
                 QStringLiteral("-o"), dir.filePath(QStringLiteral("plain.csv")),
                 QStringLiteral("--format"), QStringLiteral("plain")});
    CHECK(plain.exitCode == 0);
    QFile plainFile(dir.filePath(QStringLiteral("plain.csv")));
    REQUIRE(plainFile.open(QIODevice::ReadOnly));
    const QByteArray plainBytes = plainFile.readAll();
    CHECK_FALSE(plainBytes.startsWith("\xEF\xBB\xBF"));
    CHECK(plainBytes.contains(",2024-09-02,"));
    CHECK(plainBytes.contains(",420000.00"));
    const Run wrong =
        verbund({QStringLiteral("export"), QStringLiteral("nothing"), QStringLiteral("-d"), path,
                 QStringLiteral("-o"), dir.filePath(QStringLiteral("x.csv"))});
    CHECK(wrong.exitCode == 2);
}

TEST_CASE("verbund print attendance-sheet and certificates for a measure") {
    QTemporaryDir dir;
    const QString path = newDatabase(dir, QStringLiteral("demo.verbund"));
    REQUIRE(verbund({QStringLiteral("init"), path, QStringLiteral("--demo")}).exitCode == 0);
    const QString sheet = dir.filePath(QStringLiteral("liste.pdf"));
    const Run printed =
        verbund({QStringLiteral("print"), QStringLiteral("attendance-sheet"),
                 QStringLiteral("Tag der ausbildenden Fachkraft 2026"), QStringLiteral("-d"), path,
                 QStringLiteral("-o"), sheet, QStringLiteral("--from"),
                 QStringLiteral("07.10.2026"), QStringLiteral("--to"), QStringLiteral("08.10.2026"),
                 QStringLiteral("--lang"), QStringLiteral("de")});
    INFO(printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);
    CHECK(Verbund::Testing::pdfPageCount(sheet) == 2);
    const QString text = Verbund::Testing::pdfText(sheet).simplified();
    CHECK(text.contains(QStringLiteral("Anwesenheitsliste")));
    CHECK(text.contains(QStringLiteral("Umgang mit den An- und Ungelernten")));
    CHECK(text.contains(QStringLiteral("Unterschrift")));

    const QString certificates = dir.filePath(QStringLiteral("bescheinigungen.pdf"));
    const Run all = verbund({QStringLiteral("print"), QStringLiteral("certificates"),
                             QStringLiteral("Maschinen- und Anlagenführer/in Kunststofftechnik"),
                             QStringLiteral("-d"), path, QStringLiteral("-o"), certificates,
                             QStringLiteral("--lang"), QStringLiteral("de")});
    INFO(all.err.toStdString());
    REQUIRE(all.exitCode == 0);
    CHECK(Verbund::Testing::pdfPageCount(certificates) == 28);
    const QString certificateText = Verbund::Testing::pdfText(certificates).simplified();
    CHECK(certificateText.count(QStringLiteral("erfolgreich teilgenommen")) == 28);
    CHECK(certificateText.contains(QStringLiteral("Teilnahmebescheinigung")));

    const Run unknown =
        verbund({QStringLiteral("print"), QStringLiteral("certificates"), QStringLiteral("1"),
                 QStringLiteral("-d"), path, QStringLiteral("-o"), certificates,
                 QStringLiteral("--participant"), QStringLiteral("9999")});
    CHECK(unknown.exitCode == 1);
}

namespace {

// The export of a kind, as bytes.
QByteArray exported(const QTemporaryDir& dir, const QString& database, const QString& kind,
                    const QString& name) {
    const QString csv = dir.filePath(name + QLatin1Char('-') + kind + QStringLiteral(".csv"));
    const Run run = verbund({QStringLiteral("export"), kind, QStringLiteral("-d"), database,
                             QStringLiteral("-o"), csv});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QStringList sortedLines(const QByteArray& bytes) {
    QStringList lines = QString::fromUtf8(bytes).split(QStringLiteral("\r\n"));
    lines.sort();
    return lines;
}

} // namespace

TEST_CASE("verbund copy takes a network to a server and back whole, refusing a used target") {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.verbund"));
    REQUIRE(verbund({QStringLiteral("init"), file, QStringLiteral("--demo")}).exitCode == 0);
    const QString middle = newDatabase(dir, QStringLiteral("mitte.verbund"));
    const QString back = dir.filePath(QStringLiteral("zurueck.verbund"));
    const Run there =
        verbund({QStringLiteral("copy"), QStringLiteral("-d"), file, QStringLiteral("--to"), middle,
                 QStringLiteral("--lang"), QStringLiteral("en")});
    INFO(there.err.toStdString());
    REQUIRE(there.exitCode == 0);
    CHECK(there.out.contains(QStringLiteral("in 28 tables, each table compared")));
    REQUIRE(verbund({QStringLiteral("copy"), QStringLiteral("-d"), middle, QStringLiteral("--to"),
                     back})
                .exitCode == 0);
    for (const QString& kind : Verbund::Exporter::kinds()) {
        INFO(kind.toStdString());
        const QByteArray original = exported(dir, file, kind, QStringLiteral("original"));
        CHECK(exported(dir, back, kind, QStringLiteral("back")) == original);
        // The same rows; a server sorts names by the language's rules (Köhler before Kruse),
        // a file by the letters' codes.
        CHECK(sortedLines(exported(dir, middle, kind, QStringLiteral("middle"))) ==
              sortedLines(original));
    }
    for (const QString& database : {file, middle}) {
        const QString pdf = dir.filePath(QStringLiteral("finanzen-%1.pdf").arg(database == file));
        REQUIRE(verbund({QStringLiteral("print"), QStringLiteral("funding-report"),
                         QStringLiteral("-d"), database, QStringLiteral("-o"), pdf,
                         QStringLiteral("--from"), QStringLiteral("01.01.2026"),
                         QStringLiteral("--to"), QStringLiteral("31.12.2026")})
                    .exitCode == 0);
    }
    CHECK(Verbund::Testing::pdfText(dir.filePath(QStringLiteral("finanzen-1.pdf"))) ==
          Verbund::Testing::pdfText(dir.filePath(QStringLiteral("finanzen-0.pdf"))));
    // The certificates too, with the same serial numbers.
    for (const QString& database : {file, middle}) {
        const QString pdf =
            dir.filePath(QStringLiteral("bescheinigungen-%1.pdf").arg(database == file));
        REQUIRE(verbund({QStringLiteral("print"), QStringLiteral("certificates"),
                         QStringLiteral("Maschinen- und Anlagenführer/in Kunststofftechnik"),
                         QStringLiteral("-d"), database, QStringLiteral("-o"), pdf,
                         QStringLiteral("--lang"), QStringLiteral("de")})
                    .exitCode == 0);
    }
    const QString certificates =
        Verbund::Testing::pdfText(dir.filePath(QStringLiteral("bescheinigungen-1.pdf")))
            .simplified();
    CHECK(certificates.count(QStringLiteral("erfolgreich teilgenommen")) == 28);
    CHECK(Verbund::Testing::pdfText(dir.filePath(QStringLiteral("bescheinigungen-0.pdf")))
              .simplified() == certificates);

    const QByteArray before =
        exported(dir, middle, QStringLiteral("participants"), QStringLiteral("before"));
    const Run again =
        verbund({QStringLiteral("copy"), QStringLiteral("-d"), file, QStringLiteral("--to"), middle,
                 QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already")));
    CHECK(exported(dir, middle, QStringLiteral("participants"), QStringLiteral("after")) == before);
}

TEST_CASE("an import and an advisor's edits of the same organisations at once lose no update "
          "and show no engine's message") {
    QTemporaryDir dir;
    Verbund::Testing::TempDatabase db;
    Verbund::Staff anna;
    anna.firstName = QStringLiteral("Anna");
    anna.lastName = QStringLiteral("Berger");
    REQUIRE(Verbund::StaffRepository(*db).save(anna).ok());
    constexpr int Companies = 4000;
    const auto companies = [&dir](const QString& name, const QString& phone) {
        const QString path = dir.filePath(name);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        QByteArray bytes("Name;PLZ;Ort;Telefon\n");
        for (int i = 1; i <= Companies; ++i)
            bytes += QStringLiteral("Firma %1;07407;Rudolstadt;%2 %1\n").arg(i).arg(phone).toUtf8();
        file.write(bytes);
        return path;
    };
    const auto import = [&db](const QString& csv) {
        return QStringList{QStringLiteral("import"),
                           QStringLiteral("organisations"),
                           csv,
                           QStringLiteral("-d"),
                           db.path(),
                           QStringLiteral("--duplicates"),
                           QStringLiteral("update"),
                           QStringLiteral("--lang"),
                           QStringLiteral("en")};
    };
    REQUIRE(
        verbund(import(companies(QStringLiteral("erst.csv"), QStringLiteral("0385")))).exitCode ==
        0);

    // A second program brings new phone numbers for all of them while this one gives the first
    // hundred their advisor, one save each, as a form would.
    QProcess importing;
    Verbund::Testing::startVerbund(
        importing, import(companies(QStringLiteral("neu.csv"), QStringLiteral("0361"))));
    Verbund::OrganisationRepository organisations(*db);
    int savedWhileImporting = 0;
    for (qint64 id = 1; id <= 100; ++id) {
        while (true) {
            auto organisation = organisations.get(id);
            REQUIRE(organisation.ok());
            organisation->advisorId = anna.meta.id;
            QThread::msleep(20); // the form is filled in
            const Verbund::Status saved = organisations.save(*organisation);
            if (saved.ok())
                break;
            // The only refusal: the record changed since it was read; it is read again.
            INFO(saved.error().fullText().toStdString());
            REQUIRE(saved.error().code() == Verbund::ErrorCode::StaleRevision);
            CHECK(saved.error().message().contains(QStringLiteral("reload")));
        }
        if (importing.state() == QProcess::Running)
            ++savedWhileImporting;
    }
    const Run imported = Verbund::Testing::finished(importing);
    INFO(imported.err.toStdString());
    CHECK(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("0 new, %1 updated").arg(Companies)));
    for (const QString& raw : {QStringLiteral("QPSQL"), QStringLiteral("SQL"),
                               QStringLiteral("ERROR"), QStringLiteral("FATAL")})
        CHECK_FALSE((imported.out + imported.err).contains(raw));
    CHECK(savedWhileImporting > 0);
    // Both kept everything: each its own field, on every record.
    auto all = organisations.where(QStringLiteral("TRUE"), {});
    REQUIRE(all.ok());
    REQUIRE(all->size() == Companies);
    for (const Verbund::Organisation& organisation : *all) {
        CHECK(organisation.phone.startsWith(QStringLiteral("0361 ")));
        CHECK(organisation.advisorId == (organisation.meta.id <= 100 ? anna.meta.id : 0));
    }
}
