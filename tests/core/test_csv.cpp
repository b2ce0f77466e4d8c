#include "domain/keylabels.h"
#include "domain/participant.h"
#include "services/csvreader.h"
#include "services/csvwriter.h"
#include "services/curriculumimport.h"
#include "services/formulamark.h"
#include "tempdatabase.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

using namespace Verbund;

TEST_CASE("the CSV reader reads Windows-1252 with semicolons", "[nodb]") {
    // "Firma;Ort\r\nMüller & Söhne;Schwerin\r\n„Straße“ 5 €;Köln\r\n" as Excel saves it
    const QByteArray bytes("Firma;Ort\r\nM\xfcller & S\xf6hne;Schwerin\r\n"
                           "\x84Stra\xdf"
                           "e\x93 5 \x80;K\xf6ln\r\n");
    auto table = CsvReader::parse(bytes);
    REQUIRE(table.ok());
    CHECK(table->encoding == QStringLiteral("Windows-1252"));
    CHECK(table->delimiter == QLatin1Char(';'));
    CHECK(table->header == QStringList{QStringLiteral("Firma"), QStringLiteral("Ort")});
    REQUIRE(table->records.size() == 2);
    CHECK(table->records.at(0).cells.at(0) == QStringLiteral("Müller & Söhne"));
    CHECK(table->records.at(1).cells.at(0) == QStringLiteral("„Straße“ 5 €"));
    CHECK(table->records.at(1).row == 3);
}

TEST_CASE("the CSV reader reads UTF-8 with BOM, quotes and line breaks in cells", "[nodb]") {
    const QByteArray bytes("\xEF\xBB\xBFThema,Inhalte,UE\n"
                           "\"Bildungsbedarf\",\"erstens\nzweitens, mit \"\"Zitat\"\"\", 8\n"
                           "Konzeption , eins ,2\n");
    auto table = CsvReader::parse(bytes);
    REQUIRE(table.ok());
    CHECK(table->encoding == QStringLiteral("UTF-8 with BOM"));
    CHECK(table->delimiter == QLatin1Char(','));
    REQUIRE(table->records.size() == 2);
    CHECK(table->records.at(0).cells ==
          QStringList{QStringLiteral("Bildungsbedarf"),
                      QStringLiteral("erstens\nzweitens, mit \"Zitat\""), QStringLiteral("8")});
    CHECK(table->records.at(1).cells ==
          QStringList{QStringLiteral("Konzeption"), QStringLiteral("eins"), QStringLiteral("2")});
    // The record with the line break is one spreadsheet row.
    CHECK(table->records.at(1).row == 3);
    CHECK(table->column({QStringLiteral("ue")}) == 2);
    CHECK(table->column({QStringLiteral("In-halte")}) == 1);
}

TEST_CASE("the CSV reader refuses an unclosed quote", "[nodb]") {
    auto table = CsvReader::parse(QByteArray("a;b\n\"offen;2\n"));
    REQUIRE_FALSE(table.ok());
    CHECK(table.error().message().contains(QLatin1String("2")));
}

TEST_CASE("the curriculum import reads the seed table with its total row", "[nodb]") {
    const QByteArray bytes(
        "Thema;Inhalte;UE\r\n"
        "Berufliche Bildungsprozesse;\"• Situation auf dem Arbeitsmarkt und die Anforderungen "
        "an die Berufsbildung • Analyse der eigenen Situation • Überblick über "
        "bildungspolitische Aktivitäten\";2\r\n"
        "Vom Ausbilder zum Lernbegleiter;\"Aufgaben des Berufsbildungspersonals\r\n"
        "Lernprozessbegleitung\r\nAnforderungen an Lernbegleiter\r\nKompetenzprofil von "
        "Lernbegleitern\";6\r\n"
        "Gesamt;;8\r\n");
    auto table = CsvReader::parse(bytes);
    REQUIRE(table.ok());
    auto curriculum = CurriculumImport::fromTable(*table, QStringLiteral("Pädagogisches Personal"));
    REQUIRE(curriculum.ok());
    REQUIRE(curriculum->topics.size() == 2);
    CHECK(curriculum->totalUe() == 8);
    CHECK(curriculum->topics.at(0).contents.size() == 3);
    CHECK(curriculum->topics.at(0).contents.at(2) ==
          QStringLiteral("Überblick über bildungspolitische Aktivitäten"));
    CHECK(curriculum->topics.at(1).contents ==
          QStringList{QStringLiteral("Aufgaben des Berufsbildungspersonals"),
                      QStringLiteral("Lernprozessbegleitung"),
                      QStringLiteral("Anforderungen an Lernbegleiter"),
                      QStringLiteral("Kompetenzprofil von Lernbegleitern")});
}

TEST_CASE("the curriculum import refuses bad rows and names them", "[nodb]") {
    SECTION("text in the UE column") {
        auto table = CsvReader::parse(QByteArray("Topic;Contents;UE\nEins;a;2\nZwei;b;zwei\n"));
        auto curriculum = CurriculumImport::fromTable(*table, QStringLiteral("T"));
        REQUIRE_FALSE(curriculum.ok());
        REQUIRE(curriculum.error().fieldErrors().size() == 1);
        CHECK(curriculum.error().fieldErrors().first().field == QStringLiteral("row/3"));
        CHECK(curriculum.error().fullText().contains(QLatin1String("zwei")));
    }
    SECTION("a total that does not match") {
        auto table = CsvReader::parse(QByteArray("Thema;Inhalte;UE\nEins;a;2\nGesamt;;3\n"));
        auto curriculum = CurriculumImport::fromTable(*table, QStringLiteral("T"));
        REQUIRE_FALSE(curriculum.ok());
        CHECK(curriculum.error().fieldErrors().first().field == QStringLiteral("row/3"));
    }
    SECTION("a missing UE column") {
        auto table = CsvReader::parse(QByteArray("Thema;Inhalte\nEins;a\n"));
        auto curriculum = CurriculumImport::fromTable(*table, QStringLiteral("T"));
        REQUIRE_FALSE(curriculum.ok());
        CHECK(curriculum.error().message().contains(QLatin1String("UE")));
    }
    SECTION("UE out of range and a topic without title") {
        auto table = CsvReader::parse(QByteArray("Thema;Inhalte;UE\nEins;a;0\n;b;3\n"));
        auto curriculum = CurriculumImport::fromTable(*table, QStringLiteral("T"));
        REQUIRE_FALSE(curriculum.ok());
        CHECK(curriculum.error().fieldErrors().size() == 2);
    }
}

TEST_CASE("a file over the size limit is refused with the limit named", "[nodb]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gross.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    auto table = CsvReader::readFile(path, 1024);
    REQUIRE_FALSE(table.ok());
    CHECK(table.error().code() == ErrorCode::Io);
    CHECK(table.error().message().contains(QStringLiteral("1")));
    CHECK(CsvReader::readFile(path, 8192).ok());
}

TEST_CASE("the CSV writer quotes only the cells that need it and writes dates in each format",
          "[nodb]") {
    const auto written = [](CsvFormat format, const std::function<void(CsvWriter&)>& fill) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        REQUIRE(buffer.open(QIODevice::WriteOnly));
        CsvWriter csv(format, buffer);
        fill(csv);
        REQUIRE_FALSE(csv.failed());
        return bytes;
    };
    const QByteArray excel = written(CsvFormat::Excel, [](CsvWriter& csv) {
        csv.addRow({QStringLiteral("Müller"), QStringLiteral("a;b"), QStringLiteral("sagt \"ja\""),
                    QStringLiteral("zwei\nZeilen"), QStringLiteral(" Rand"),
                    QStringLiteral("Rand\u00A0"), QStringLiteral("a,b"), QString()});
        csv.addDateCell("2024-09-02");
        csv.addDateCell("");
        csv.addDateCell("2024-02-30"); // no such day: left empty, as a record reads it
        csv.addCell("x");
        csv.endRow();
    });
    CHECK(excel == QByteArray("\xEF\xBB\xBF") +
                       QStringLiteral("Müller;\"a;b\";\"sagt \"\"ja\"\"\";\"zwei\nZeilen\";"
                                      "\" Rand\";\"Rand\u00A0\";a,b;\r\n02.09.2024;;;x\r\n")
                           .toUtf8());
    const QByteArray plain = written(CsvFormat::Plain, [](CsvWriter& csv) {
        csv.addCell("a;b");
        csv.addCell("a,b");
        csv.addDateCell("2024-09-02");
        csv.endRow();
    });
    CHECK(plain == QByteArray("a;b,\"a,b\",2024-09-02\n"));
}

TEST_CASE("a stored key is written as its label, an unknown one as the fallback's", "[nodb]") {
    const KeyLabels genders = KeyLabels::of(Gender::NotStated);
    CHECK(genders.label(enumKey(Gender::Female).toUtf8()) == enumLabel(Gender::Female).toUtf8());
    CHECK(genders.label("") == enumLabel(Gender::NotStated).toUtf8());
    CHECK(genders.label("unheard-of") == enumLabel(Gender::NotStated).toUtf8());
}

TEST_CASE("an exported cell that a spreadsheet would run as a formula is marked and read back "
          "as it was",
          "[nodb]") {
    const QStringList texts{QStringLiteral("=HYPERLINK(\"http://x\";\"klick\")"),
                            QStringLiteral("=cmd|' /C calc'!A0"),
                            QStringLiteral("+49 385 123456"),
                            QStringLiteral("-"),
                            QStringLiteral("@SUMME(A1)"),
                            QStringLiteral("\t=1+1"),
                            QStringLiteral("'=schon markiert"),
                            QStringLiteral("'kein Formelanfang"),
                            QStringLiteral("-12,50"),
                            QStringLiteral("-7"),
                            QStringLiteral("Müller")};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    CsvWriter csv(CsvFormat::Excel, buffer);
    QStringList header;
    for (int column = 0; column < texts.size(); ++column)
        header << QStringLiteral("Spalte %1").arg(column + 1);
    csv.addRow(header);
    csv.addRow(texts);
    const QString written = QString::fromUtf8(bytes.mid(3)).section(QStringLiteral("\r\n"), 1);
    CHECK(written.startsWith(QStringLiteral("\"'=HYPERLINK(")));
    CHECK(written.contains(QStringLiteral(";\"'+49 385 123456\";")));
    CHECK(written.contains(QStringLiteral(";\"''=schon markiert\";'kein Formelanfang;")));
    CHECK(written.contains(QStringLiteral(";-12,50;-7;Müller")));
    // Numbers are numbers; only text is marked.
    CHECK_FALSE(needsFormulaMark("-12.50"));
    CHECK(needsFormulaMark("-12.50 €"));
    auto table = CsvReader::parse(bytes);
    REQUIRE(table.ok());
    REQUIRE_FALSE(table->records.isEmpty());
    for (int column = 0; column < texts.size(); ++column)
        CHECK(CsvTable::cell(table->records.first(), column) == texts.at(column));
}
