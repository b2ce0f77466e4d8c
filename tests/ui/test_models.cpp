#include "models/itemroles.h"
#include "models/organisationtablemodel.h"
#include "models/recordlistmodel.h"
#include "services/demonetwork.h"
#include "storage/repositories.h"
#include "tempdatabase.h"

#include <QAbstractItemModelTester>

using namespace Verbund;
using Verbund::Testing::TempDatabase;

TEST_CASE(
    "the organisation table model passes the model tester while filtering and sorting and paging") {
    TempDatabase db;
    REQUIRE(createDemoNetwork(*db).ok());
    // Enough rows for several pages.
    OrganisationRepository repository(*db);
    for (int i = 0; i < 450; ++i) {
        Organisation o;
        o.name = QStringLiteral("Betrieb %1").arg(i, 3, 10, QLatin1Char('0'));
        o.city = i % 2 ? QStringLiteral("Schwerin") : QStringLiteral("Güstrow");
        o.employees = i;
        REQUIRE(repository.save(o).ok());
    }

    OrganisationTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(db.get());
    CHECK(model.totalCount() == 462);
    CHECK(model.rowCount() == 200); // one page
    CHECK(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 400);
    const int far =
        model.rowOf(repository.list({QStringLiteral("Betrieb 449"), 0, Qt::AscendingOrder, 0, 1})
                        .value()
                        .at(0)
                        .id);
    CHECK(far >= 400);
    CHECK(model.rowCount() == 462);

    model.setFilter(QStringLiteral("güstrow"));
    CHECK(model.totalCount() == 225);
    model.sort(OrganisationRepository::SizeClass, Qt::DescendingOrder);
    CHECK(model.index(0, OrganisationRepository::Name).data().toString() ==
          QStringLiteral("Betrieb 448"));
    CHECK(model.index(0, OrganisationRepository::SizeClass).data().toString() ==
          enumLabel(SizeClass::Large));
    model.setFilter(QStringLiteral("Nordplast"));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, OrganisationRepository::Kind).data().toString() ==
          enumLabel(OrganisationKind::Company));
    CHECK(model.index(0, OrganisationRepository::Advisor).data().toString() ==
          QStringLiteral("Anja Becker"));
    CHECK(model.index(0, OrganisationRepository::Consultations).data().toInt() == 2);
    CHECK(model.index(0, 0).data(IdRole).toLongLong() > 0);
    model.setFilter({});
    CHECK(model.totalCount() == 462);
}

TEST_CASE("the contact and consultation and staff and site models pass the model tester") {
    TempDatabase db;
    REQUIRE(createDemoNetwork(*db).ok());
    ListRequest request;
    request.filter = QStringLiteral("Nordplast");
    const qint64 nordplast = OrganisationRepository(*db).list(request).value().at(0).id;

    ContactTableModel contacts;
    ConsultationTableModel consultations;
    StaffTableModel staff;
    SiteTableModel sites;
    QAbstractItemModelTester t1(&contacts, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(&consultations,
                                QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t3(&staff, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t4(&sites, QAbstractItemModelTester::FailureReportingMode::Fatal);
    contacts.setDatabase(db.get());
    consultations.setDatabase(db.get());
    staff.setDatabase(db.get());
    sites.setDatabase(db.get());
    CHECK(contacts.rowCount() == 0);
    contacts.setParentId(nordplast);
    consultations.setParentId(nordplast);
    CHECK(contacts.rowCount() == 3);
    CHECK(consultations.rowCount() == 2);
    CHECK(consultations.index(0, 0).data().toString() ==
          QStringLiteral("10.02.2026")); // newest first
    CHECK(consultations.index(0, 3).data().toString() == QStringLiteral("Anja Becker"));
    CHECK(staff.rowCount() == 4);
    CHECK(sites.rowCount() == 3);
    contacts.setParentId(0);
    CHECK(contacts.rowCount() == 0);
}
