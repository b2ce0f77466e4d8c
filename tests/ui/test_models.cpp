#include "application/personservice.h"
#include "common/dates.h"
#include "demo/demonetwork.h"
#include "models/attendancegridmodel.h"
#include "models/consultationtablemodel.h"
#include "models/contacttablemodel.h"
#include "models/curriculumtablemodel.h"
#include "models/enrollmenttablemodel.h"
#include "models/erasurelogtablemodel.h"
#include "models/fundertablemodel.h"
#include "models/itemroles.h"
#include "models/measuretablemodel.h"
#include "models/organisationtablemodel.h"
#include "models/participantenrollmenttablemodel.h"
#include "models/participanttablemodel.h"
#include "models/programmetablemodel.h"
#include "models/recordlistmodel.h"
#include "models/retentiontablemodel.h"
#include "models/sharetablemodel.h"
#include "models/sitetablemodel.h"
#include "models/stafftablemodel.h"
#include "models/topictablemodel.h"
#include "services/csvwriter.h"
#include "storage/curriculumrepository.h"
#include "storage/organisationrepository.h"
#include "storage/settings.h"
#include "storage/sql.h"
#include "tempdatabase.h"
#include "uitesting.h"
#include "widgets/choices.h"
#include "widgets/readfailures.h"
#include "widgets/reportprinting.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QMimeData>
#include <QSignalSpy>

using namespace Verbund;
using Verbund::Testing::eventually;
using Verbund::Testing::TempDatabase;

namespace {

// One page of the organisation list by its offset.
ListRequest organisationPage(const QString& filter, int offset, int limit) {
    ListRequest request;
    request.filter = filter;
    request.offset = offset;
    request.limit = limit;
    return request;
}

// Every row's id as the model shows it, read from a row outwards, so that blocks are read
// next to the record found last and next to each other.
QList<qint64> idsOutwards(QAbstractItemModel& model, int from) {
    QList<qint64> ids(model.rowCount());
    for (int row = from; row >= 0; --row)
        ids[row] = model.index(row, 0).data(IdRole).toLongLong();
    for (int row = from + 1; row < model.rowCount(); ++row)
        ids[row] = model.index(row, 0).data(IdRole).toLongLong();
    return ids;
}

// The ids of the whole list in its order, read by offset.
QList<qint64> organisationIds(const OrganisationRepository& repository, const QString& filter,
                              int column, Qt::SortOrder order) {
    ListRequest request = ListRequest::everything();
    request.filter = filter;
    request.sortColumn = column;
    request.order = order;
    QList<qint64> ids;
    for (const OrganisationRow& row : repository.list(request).value())
        ids << row.id;
    return ids;
}

Choice payerChoice(const Payer& payer) {
    return {payer.name, QVariant::fromValue(payer)};
}

} // namespace

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
    CHECK(model.rowCount() == 462); // every row, read in blocks as they are shown
    // A row far down, read without the rows before it, and a record's place by one query.
    CHECK(model.index(461, 0).data(IdRole).toLongLong() ==
          repository.list(organisationPage({}, 461, 1)).value().at(0).id);
    const qint64 far =
        repository.list(organisationPage(QStringLiteral("Betrieb 449"), 0, 1)).value().at(0).id;
    model.reload();
    const int row = model.rowOf(far);
    CHECK(model.index(row, 0).data(IdRole).toLongLong() == far);
    // Read from the record outwards, every row is where the offset puts it.
    CHECK(idsOutwards(model, row) ==
          organisationIds(repository, {}, OrganisationRepository::Name, Qt::AscendingOrder));
    // Sorted by city, descending: the place follows the order, ties by name.
    model.sort(OrganisationRepository::City, Qt::DescendingOrder);
    const int byCity = model.rowOf(far);
    CHECK(byCity != row);
    CHECK(model.index(byCity, 0).data(IdRole).toLongLong() == far);
    CHECK(idsOutwards(model, byCity) ==
          organisationIds(repository, {}, OrganisationRepository::City, Qt::DescendingOrder));
    // Filtered, the list keeps its keys: the place and the rows follow them.
    model.setFilter(QStringLiteral("schwerin"));
    const int filteredRow = model.rowOf(far);
    CHECK(model.index(filteredRow, 0).data(IdRole).toLongLong() == far);
    CHECK(idsOutwards(model, filteredRow) == organisationIds(repository, QStringLiteral("schwerin"),
                                                             OrganisationRepository::City,
                                                             Qt::DescendingOrder));
    model.setFilter({});
    model.sort(OrganisationRepository::Name, Qt::AscendingOrder);

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

TEST_CASE("the whole list comes back as it was when a filter is cleared, and anew after a write") {
    TempDatabase db;
    OrganisationRepository repository(*db);
    for (int i = 0; i < 300; ++i) {
        Organisation o;
        o.name = QStringLiteral("Betrieb %1").arg(i, 3, 10, QLatin1Char('0'));
        o.city = i % 2 ? QStringLiteral("Schwerin") : QStringLiteral("Güstrow");
        REQUIRE(repository.save(o).ok());
    }
    OrganisationTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(db.get());
    const qint64 far =
        repository.list(organisationPage(QStringLiteral("Betrieb 249"), 0, 1)).value().at(0).id;
    const int row = model.rowOf(far);
    CHECK(row == 249);
    CHECK(model.index(row, 0).data(IdRole).toLongLong() == far);

    model.setFilter(QStringLiteral("schwerin"));
    CHECK(model.totalCount() == 150);
    model.setFilter({});
    CHECK(model.totalCount() == 300);
    CHECK(model.rowOf(far) == row);
    CHECK(idsOutwards(model, row) ==
          organisationIds(repository, {}, OrganisationRepository::Name, Qt::AscendingOrder));

    // Written while filtered: the whole list is read anew.
    model.setFilter(QStringLiteral("schwerin"));
    Organisation first;
    first.name = QStringLiteral("Aachener Betrieb");
    REQUIRE(repository.save(first).ok());
    model.reload();
    model.setFilter({});
    CHECK(model.totalCount() == 301);
    CHECK(model.rowOf(far) == row + 1);
    CHECK(model.index(0, 0).data(IdRole).toLongLong() == first.meta.id);
    CHECK(idsOutwards(model, row + 1) ==
          organisationIds(repository, {}, OrganisationRepository::Name, Qt::AscendingOrder));
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

TEST_CASE("the curriculum table model passes the model tester while filtering and sorting") {
    TempDatabase db;
    REQUIRE(createDemoNetwork(*db).ok());
    CurriculumRepository repository(*db);
    for (int i = 0; i < 230; ++i) {
        Curriculum c;
        c.title = QStringLiteral("Kurs %1").arg(i, 3, 10, QLatin1Char('0'));
        c.topics << Topic{0, QStringLiteral("Thema"), {}, i % 7 + 1};
        REQUIRE(repository.save(c).ok());
    }
    CurriculumTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(db.get());
    CHECK(model.totalCount() == 232);
    CHECK(model.rowCount() == 232);
    model.sort(CurriculumRepository::Ue, Qt::DescendingOrder);
    CHECK(model.index(0, CurriculumRepository::Ue).data().toInt() == 40);
    CHECK(model.index(0, CurriculumRepository::Hours).data().toString() == QStringLiteral("30"));
    model.setFilter(QStringLiteral("Fachkräfte"));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, CurriculumRepository::Topics).data().toInt() == 4);
    CHECK(model.index(0, CurriculumRepository::Ue).data().toInt() == 16);
}

TEST_CASE("the topic table model passes the model tester while editing and moving") {
    TopicTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTopics(
        {Topic{1, QStringLiteral("Eins"), {QStringLiteral("a")}, 2},
         Topic{2, QStringLiteral("Zwei"), {QStringLiteral("b"), QStringLiteral("c")}, 6},
         Topic{3, QStringLiteral("Drei"), {}, 8}});
    CHECK(model.totalUe() == 16);
    CHECK(model.index(1, TopicTableModel::Contents).data().toString() ==
          QStringLiteral("• b\n• c"));
    CHECK(model.index(1, TopicTableModel::Contents).data(Qt::EditRole).toString() ==
          QStringLiteral("b\nc"));

    REQUIRE(model.setData(model.index(2, TopicTableModel::Ue), 10));
    CHECK(model.totalUe() == 18);
    REQUIRE(model.setData(model.index(2, TopicTableModel::Contents), QStringLiteral("x\n\n• y")));
    CHECK(model.topics().at(2).contents == QStringList{QStringLiteral("x"), QStringLiteral("y")});

    REQUIRE(model.moveTopic(0, 2));
    CHECK(model.topics().at(2).title == QStringLiteral("Eins"));
    CHECK(model.topics().at(2).contents == QStringList{QStringLiteral("a")});
    CHECK(model.headerData(2, Qt::Vertical).toInt() == 3);
    REQUIRE(model.moveTopic(2, 0));
    CHECK(model.topics().at(0).id == 1);

    // A drag of row 0 dropped between rows 2 and 3 (before row 3).
    QMimeData* data = model.mimeData({model.index(0, TopicTableModel::Title)});
    CHECK_FALSE(model.dropMimeData(data, Qt::MoveAction, 3, 0, {}));
    delete data;
    CHECK(model.topics().at(2).id == 1);
    CHECK(model.topics().at(2).contents == QStringList{QStringLiteral("a")});

    const int added = model.insertTopic(1);
    CHECK(added == 1);
    CHECK(model.rowCount() == 4);
    model.removeTopic(added);
    CHECK(model.rowCount() == 3);
    CHECK(model.totalUe() == 18);
}

TEST_CASE("the participant and measure models pass the model tester while filtering and sorting") {
    TempDatabase db;
    REQUIRE(createDemoNetwork(*db).ok());
    ParticipantTableModel participants;
    QAbstractItemModelTester participantTester(
        &participants, QAbstractItemModelTester::FailureReportingMode::Fatal);
    participants.setDatabase(db.get());
    CHECK(participants.totalCount() == 48);
    participants.sort(ParticipantRepository::CurrentMeasure, Qt::DescendingOrder);
    participants.setFilter(QStringLiteral("Hansen"));
    CHECK(participants.rowCount() == 5);
    CHECK(participants.index(0, ParticipantRepository::Organisation).data().toString() ==
          QStringLiteral("Hansen Maschinenbau GmbH"));

    MeasureTableModel measures;
    QAbstractItemModelTester measureTester(&measures,
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    measures.setDatabase(db.get());
    CHECK(measures.rowCount() == 5);
    measures.sort(MeasureRepository::Unemployed, Qt::DescendingOrder);
    CHECK(measures.index(0, MeasureRepository::Unemployed).data().toInt() == 18);
    CHECK(measures.index(0, MeasureRepository::Employed).data().toInt() == 10);
    measures.setFilter(QStringLiteral("Mechatroniker"));
    CHECK(measures.rowCount() == 1);
}

TEST_CASE("the enrollment and share models pass the model tester") {
    TempDatabase db;
    REQUIRE(createDemoNetwork(*db).ok());
    auto plastics = MeasureRepository(*db).find(
        QStringLiteral("Maschinen- und Anlagenführer/in Kunststofftechnik"));
    REQUIRE(plastics.ok());
    EnrollmentTableModel enrollments;
    QAbstractItemModelTester enrollmentTester(
        &enrollments, QAbstractItemModelTester::FailureReportingMode::Fatal);
    enrollments.setDatabase(db.get());
    enrollments.setParentId(plastics->meta.id);
    CHECK(enrollments.rowCount() == 28);

    for (RecordListModel* model : std::initializer_list<RecordListModel*>{
             new ParticipantEnrollmentTableModel, new ProgrammeTableModel, new FunderTableModel}) {
        std::unique_ptr<RecordListModel> owned(model);
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model->setDatabase(db.get());
        model->setParentId(1);
        CHECK(model->rowCount() > 0);
    }

    ShareTableModel shares;
    QAbstractItemModelTester shareTester(&shares,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    // The company is no funder yet: it pays as the organisation (id 7) until the measure is
    // saved.
    const Payer company{QStringLiteral("Firma"), 0, 7, {}};
    shares.setChoices({payerChoice({QStringLiteral("Agentur"), 1, 0, {}}), payerChoice(company)},
                      {});
    shares.setTotal(1234567);
    const int first = shares.addShare({1, 0, ShareKind::Percent, 7000, 0});
    const int second = shares.addShare({});
    REQUIRE(shares.setData(shares.index(second, ShareTableModel::FunderColumn),
                           QVariant::fromValue(company)));
    CHECK(shares.shares().at(second).funderId == 0);
    CHECK(shares.shares().at(second).newFunderOrganisationId == 7);
    REQUIRE(
        shares.setData(shares.index(second, ShareTableModel::ValueColumn), QStringLiteral("30")));
    CHECK_FALSE(shares.setData(shares.index(second, ShareTableModel::ValueColumn),
                               QStringLiteral("dreißig")));
    CHECK(shares.index(second, ShareTableModel::FunderColumn).data().toString() ==
          QStringLiteral("Firma"));
    CHECK(shares.breakdown().valid);
    CHECK(shares.breakdown().amounts == QList<Cents>{864197, 370370});
    shares.removeShare(first);
    CHECK(shares.rowCount() == 1);
    CHECK_FALSE(shares.breakdown().valid);
}

TEST_CASE("a share offers the programmes of its funder") {
    ShareTableModel shares;
    const Payer land{QStringLiteral("Land"), 2, 0, {}};
    shares.setChoices({payerChoice({QStringLiteral("Agentur"), 1, 0, {}}), payerChoice(land)},
                      {{QStringLiteral("keine"), 0},
                       {QStringLiteral("WeGebAU"), 10, 1},
                       {QStringLiteral("Bildungsscheck"), 20, 2}});
    const int row = shares.addShare({1, 0, ShareKind::Percent, 10000, 0});
    auto labels = [&] {
        QStringList names;
        for (const Choice& choice :
             shares.choicesFor(shares.index(row, ShareTableModel::ProgrammeColumn)))
            names << choice.label;
        return names;
    };
    CHECK(labels() == QStringList{QStringLiteral("keine"), QStringLiteral("WeGebAU")});
    REQUIRE(shares.setData(shares.index(row, ShareTableModel::FunderColumn),
                           QVariant::fromValue(land)));
    CHECK(labels() == QStringList{QStringLiteral("keine"), QStringLiteral("Bildungsscheck")});
}

TEST_CASE("the attendance grid model passes the model tester while marks are typed") {
    TempDatabase db;
    REQUIRE(createDemoNetwork(*db).ok());
    auto course =
        MeasureRepository(*db).find(QStringLiteral("Tag der ausbildenden Fachkraft 2026"));
    REQUIRE(course.ok());
    AttendanceGridModel grid;
    QAbstractItemModelTester tester(&grid, QAbstractItemModelTester::FailureReportingMode::Fatal);
    grid.setDatabase(db.get());
    grid.setMeasure(course->meta.id);
    CHECK(grid.rowCount() == 5 + 1);
    CHECK(grid.columnCount() == 4 + 2);
    // The person with the first topic credited has no cell on Monday.
    int notConcerned = 0;
    for (int row = 0; row < 5; ++row)
        notConcerned += (grid.flags(grid.index(row, 0)) & Qt::ItemIsEditable) ? 0 : 1;
    CHECK(notConcerned == 1);
    const int editable = (grid.flags(grid.index(0, 0)) & Qt::ItemIsEditable) ? 0 : 1;
    REQUIRE(grid.setData(grid.index(editable, 3), QStringLiteral("x")));
    CHECK(grid.index(editable, 3).data().toString() == QStringLiteral("✗"));
    REQUIRE(grid.setData(grid.index(editable, 3), QStringLiteral("4")));
    CHECK(grid.index(editable, 3).data().toString() == QStringLiteral("4"));
    CHECK_FALSE(grid.setData(grid.index(editable, 3), QStringLiteral("9")));
    CHECK_FALSE(grid.setData(grid.index(5, 0), QStringLiteral("x"))); // the totals row
    REQUIRE(grid.setData(grid.index(editable, 3), QString()));
    CHECK(grid.index(editable, 3).data().toString().isEmpty());
    REQUIRE(grid.fillSession(3).ok());
    CHECK(grid.index(editable, 3).data().toString() == QStringLiteral("✓"));
    grid.reload();
    CHECK(grid.index(editable, 3).data().toString() == QStringLiteral("✓"));
}

TEST_CASE("a list exports as shown: filtered and sorted and every row") {
    TempDatabase db;
    REQUIRE(createDemoNetwork(*db).ok());
    ParticipantTableModel participants;
    participants.setDatabase(db.get());
    participants.setFilter(QStringLiteral("Nordplast"));
    participants.sort(ParticipantRepository::Name, Qt::DescendingOrder);
    QByteArray csv;
    QBuffer buffer(&csv);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(CsvFormat::Excel, buffer);
    ReportPrinting::writeList(&participants, writer);
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList lines =
        QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 1 + 10 + 2); // header, ten employees, two trainers
    CHECK(lines.first().startsWith(QStringLiteral("Name;")));
    CHECK(lines.at(1) > lines.at(2)); // descending by name
}

TEST_CASE("a list of choices that cannot be read is told once, not left empty without a word") {
    TempDatabase db;
    ReadFailures::instance().reset();
    QSignalSpy told(&ReadFailures::instance(), &ReadFailures::failed);
    REQUIRE(runSql(db->connection(), QStringLiteral("ALTER TABLE site RENAME TO site_gone")).ok());
    CHECK(siteChoices(*db).size() == 1); // only "none"
    CHECK(siteChoices(*db).size() == 1);
    REQUIRE(told.size() == 1);
    CHECK_FALSE(told.at(0).at(0).toString().isEmpty());
    ReadFailures::instance().reset();
}

TEST_CASE("the retention review and the erasure log pass the model tester as people are erased") {
    TempDatabase db;
    REQUIRE(createDemoNetwork(*db).ok());
    RetentionTableModel review;
    ErasureLogTableModel log;
    QAbstractItemModelTester t1(&review, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(&log, QAbstractItemModelTester::FailureReportingMode::Fatal);
    review.setDatabase(db.get());
    log.setDatabase(db.get());
    CHECK(review.rowCount() == 0);
    CHECK(log.rowCount() == 0);
    // A year's rule past the measure that ended earliest.
    REQUIRE(runSql(db->connection(), QStringLiteral("UPDATE measure SET end_date = ? WHERE id = 1"),
                   {isoDate(QDate::currentDate().addYears(-3))})
                .ok());
    REQUIRE(NetworkSettings(*db).setRetentionYears(2).ok());
    REQUIRE(eventually([&] { return review.rowCount() > 0; }));
    const int past = review.rowCount();
    REQUIRE(PersonService(*db)
                .erase(PersonKind::Participant, review.idAt(0), QStringLiteral("Frist abgelaufen"))
                .ok());
    REQUIRE(eventually([&] { return log.rowCount() == 1; }));
    CHECK(review.rowCount() == past - 1);
    CHECK(log.index(0, 3).data().toString() == QStringLiteral("Frist abgelaufen"));
}
