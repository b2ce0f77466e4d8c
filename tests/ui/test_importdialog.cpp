// The mapping step of File → Import…, as a coordinator uses it.
#include "dialogs/importdialog.h"
#include "storage/organisationrepository.h"
#include "uitesting.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QListWidget>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace Verbund;
using namespace Verbund::Testing;

TEST_CASE("the import dialog maps the columns by their headers and lets the user change them") {
    TempDatabase db;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("firmen.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    // "Standort" is no header the program knows for the city.
    file.write("Firma;PLZ;Standort;Mitglied seit\r\n"
               "M\xfcller GmbH;19053;Schwerin;01.03.2024\r\n"
               "Schmidt KG;23966;Wismar;31.02.2024\r\n");
    file.close();

    ImportDialog dialog(*db);
    dialog.show();
    dialog.setKind(ImportKind::Organisations);
    REQUIRE(dialog.setFile(path));
    CHECK(dialog.mappedColumn(QStringLiteral("name")) == 0);
    CHECK(dialog.mappedColumn(QStringLiteral("postcode")) == 1);
    CHECK(dialog.mappedColumn(QStringLiteral("city")) == -1);
    CHECK(dialog.mappedColumn(QStringLiteral("memberSince")) == 3);
    auto* preview = findChild<QTableWidget>(&dialog, "preview");
    CHECK(preview->item(0, 0)->text() == QStringLiteral("Müller GmbH"));

    // The user picks the city's column in the mapping table.
    auto* mapping = findChild<QTableWidget>(&dialog, "mapping");
    for (int row = 0; row < mapping->rowCount(); ++row) {
        if (mapping->item(row, 0)->text() == QStringLiteral("City")) {
            auto* combo = qobject_cast<QComboBox*>(mapping->cellWidget(row, 1));
            combo->setCurrentIndex(combo->findText(QStringLiteral("Standort")));
        }
    }
    CHECK(dialog.mappedColumn(QStringLiteral("city")) == 2);

    // The check names row 3 and writes nothing; importing refuses the whole file.
    CHECK_FALSE(dialog.check());
    auto* problems = findChild<QListWidget>(&dialog, "problems");
    REQUIRE(problems->count() == 1);
    CHECK(problems->item(0)->text().startsWith(QStringLiteral("Row 3, column Member since")));
    CHECK_FALSE(dialog.import());
    CHECK(*OrganisationRepository(*db).count({}) == 0);

    // Only the good rows.
    for (QCheckBox* box : dialog.findChildren<QCheckBox*>()) {
        if (box->text().contains(QStringLiteral("good rows")))
            box->setChecked(true);
    }
    CHECK(dialog.import());
    auto stored = OrganisationRepository(*db).where(QStringLiteral("TRUE"), {});
    REQUIRE(stored->size() == 1);
    CHECK(stored->first().name == QStringLiteral("Müller GmbH"));
    CHECK(stored->first().city == QStringLiteral("Schwerin"));
}
