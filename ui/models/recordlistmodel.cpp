#include "recordlistmodel.h"

#include "common/dates.h"
#include "itemroles.h"
#include "storage/attendancerepository.h"
#include "storage/curriculumrepository.h"
#include "storage/datachanges.h"
#include "storage/enrollmentrepository.h"
#include "storage/fundingrepository.h"
#include "storage/measurerepository.h"
#include "storage/participantrepository.h"
#include "storage/repositories.h"
#include "storage/sessionrepository.h"

#include <QLocale>

namespace Verbund {

RecordListModel::RecordListModel(QStringList headers, QObject* parent)
    : QAbstractTableModel(parent)
    , m_headers(std::move(headers)) {}

void RecordListModel::setDatabase(Database* database) {
    disconnect(m_changesConnection);
    m_database = database;
    m_parentId = 0;
    if (database) {
        m_changesConnection = connect(
            &database->changes(), &DataChanges::committed, this,
            [this](const ChangeSet& changes) {
                for (RecordKind kind : std::as_const(m_watched)) {
                    if (changes.touches(kind))
                        return reload();
                }
            },
            Qt::QueuedConnection);
    }
    reload();
}

void RecordListModel::setParentId(qint64 parentId) {
    m_parentId = parentId;
    reload();
}

void RecordListModel::reload() {
    QList<Row> rows;
    QString error;
    if (m_database && !read(*m_database, m_parentId, rows, error))
        emit loadFailed(error);
    beginResetModel();
    m_ids.clear();
    m_cells.clear();
    for (const Row& row : std::as_const(rows)) {
        m_ids << row.id;
        m_cells << row.cells;
    }
    endResetModel();
}

int RecordListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_ids.size());
}

int RecordListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant RecordListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == IdRole)
        return m_ids.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return m_cells.at(index.row()).value(index.column());
    return {};
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

ContactTableModel::ContactTableModel(QObject* parent)
    : RecordListModel({tr("Name"), tr("Function"), tr("Email"), tr("Phone")}, parent) {
    watch({RecordKind::Contact});
}

bool ContactTableModel::read(Database& database, qint64 organisationId, QList<Row>& rows,
                             QString& error) const {
    if (organisationId <= 0)
        return true;
    auto contacts = ContactRepository(database).forOrganisation(organisationId);
    if (!contacts) {
        error = contacts.error().message();
        return false;
    }
    for (const Contact& c : std::as_const(*contacts))
        rows.append({c.meta.id, {c.fullName(), c.function, c.email, c.phone}});
    return true;
}

ConsultationTableModel::ConsultationTableModel(QObject* parent)
    : RecordListModel(
          {tr("Date"), tr("Channel"), tr("Topics"), tr("Advisor"), tr("Summary"), tr("Follow-up")},
          parent) {
    watch({RecordKind::Consultation, RecordKind::Contact, RecordKind::Staff});
}

bool ConsultationTableModel::read(Database& database, qint64 organisationId, QList<Row>& rows,
                                  QString& error) const {
    if (organisationId <= 0)
        return true;
    auto consultations = ConsultationRepository(database).forOrganisation(organisationId);
    auto staff = StaffRepository(database).all();
    if (!consultations || !staff) {
        error = consultations ? staff.error().message() : consultations.error().message();
        return false;
    }
    QHash<qint64, QString> advisors;
    for (const Staff& person : std::as_const(*staff))
        advisors.insert(person.meta.id, person.fullName());
    for (const Consultation& c : std::as_const(*consultations))
        rows.append({c.meta.id,
                     {formatDate(c.date), enumLabel(c.channel), topicLabels(c.topics),
                      advisors.value(c.advisorId), c.summary.section(QLatin1Char('\n'), 0, 0),
                      formatDate(c.followUp)}});
    return true;
}

StaffTableModel::StaffTableModel(QObject* parent)
    : RecordListModel({tr("Name"), tr("Site"), tr("Email"), tr("Phone"), tr("Active")}, parent) {
    watch({RecordKind::Staff, RecordKind::Site});
}

bool StaffTableModel::read(Database& database, qint64, QList<Row>& rows, QString& error) const {
    auto staff = StaffRepository(database).all();
    auto sites = SiteRepository(database).all();
    if (!staff || !sites) {
        error = staff ? sites.error().message() : staff.error().message();
        return false;
    }
    QHash<qint64, QString> siteNames;
    for (const Site& site : std::as_const(*sites))
        siteNames.insert(site.meta.id, site.name);
    for (const Staff& s : std::as_const(*staff))
        rows.append({s.meta.id,
                     {s.fullName(), siteNames.value(s.siteId), s.email, s.phone,
                      s.active ? tr("yes") : tr("no")}});
    return true;
}

SiteTableModel::SiteTableModel(QObject* parent)
    : RecordListModel({tr("Name"), tr("City"), tr("Notes")}, parent) {
    watch({RecordKind::Site});
}

bool SiteTableModel::read(Database& database, qint64, QList<Row>& rows, QString& error) const {
    auto sites = SiteRepository(database).all();
    if (!sites) {
        error = sites.error().message();
        return false;
    }
    for (const Site& s : std::as_const(*sites))
        rows.append({s.meta.id, {s.name, s.city, s.notes}});
    return true;
}

ParticipantEnrollmentTableModel::ParticipantEnrollmentTableModel(QObject* parent)
    : RecordListModel({tr("Measure"), tr("Path"), tr("Status"), tr("From"), tr("To"), tr("Exam")},
                      parent) {
    watch({RecordKind::Enrollment, RecordKind::Measure});
}

bool ParticipantEnrollmentTableModel::read(Database& database, qint64 participantId,
                                           QList<Row>& rows, QString& error) const {
    if (participantId <= 0)
        return true;
    auto enrollments = ParticipantRepository(database).enrollments(participantId);
    if (!enrollments) {
        error = enrollments.error().message();
        return false;
    }
    for (const ParticipantEnrollmentRow& e : std::as_const(*enrollments))
        rows.append({e.enrollmentId,
                     {e.measure, enumLabel(e.path), enumLabel(e.status), formatDate(e.startDate),
                      formatDate(e.exitDate), enumLabel(e.examResult)}});
    return true;
}

EnrollmentTableModel::EnrollmentTableModel(QObject* parent)
    : RecordListModel({tr("Name"), tr("Path"), tr("Status"), tr("UE"), tr("Exam"), tr("Hired by"),
                       tr("Hired on")},
                      parent) {
    watch({RecordKind::Enrollment, RecordKind::Participant, RecordKind::Organisation});
}

bool EnrollmentTableModel::read(Database& database, qint64 measureId, QList<Row>& rows,
                                QString& error) const {
    if (measureId <= 0)
        return true;
    auto enrollments = EnrollmentRepository(database).forMeasure(measureId);
    if (!enrollments) {
        error = enrollments.error().message();
        return false;
    }
    for (const EnrollmentRow& e : std::as_const(*enrollments))
        rows.append({e.id,
                     {e.participant, enumLabel(e.path), enumLabel(e.status),
                      QString::number(e.individualUe), enumLabel(e.examResult), e.hiredBy,
                      formatDate(e.hiredOn)}});
    return true;
}

ProgrammeTableModel::ProgrammeTableModel(QObject* parent)
    : RecordListModel({tr("Programme"), tr("Paid by"), tr("Rates"), tr("Description")}, parent) {
    watch({RecordKind::Programme, RecordKind::Funder});
}

bool ProgrammeTableModel::read(Database& database, qint64, QList<Row>& rows, QString& error) const {
    auto programmes = ProgrammeRepository(database).all();
    auto funders = FunderRepository(database).all();
    if (!programmes || !funders) {
        error = programmes ? funders.error().message() : programmes.error().message();
        return false;
    }
    QHash<qint64, QString> funderNames;
    for (const FunderRow& funder : std::as_const(*funders))
        funderNames.insert(funder.id, funder.name);
    for (const Programme& p : std::as_const(*programmes)) {
        QStringList rates;
        for (const ProgrammeRate& rate : p.rates)
            rates << tr("from %1: %2").arg(rate.minEmployees).arg(formatShare(rate.basisPoints));
        rows.append({p.meta.id,
                     {p.name, funderNames.value(p.funderId), rates.join(QStringLiteral("; ")),
                      p.description}});
    }
    return true;
}

FunderTableModel::FunderTableModel(QObject* parent)
    : RecordListModel({tr("Funder"), tr("Kind")}, parent) {
    watch({RecordKind::Funder, RecordKind::Organisation});
}

bool FunderTableModel::read(Database& database, qint64, QList<Row>& rows, QString& error) const {
    auto funders = FunderRepository(database).all();
    if (!funders) {
        error = funders.error().message();
        return false;
    }
    for (const FunderRow& f : std::as_const(*funders))
        rows.append({f.id,
                     {f.name, f.organisationId > 0 ? tr("Organisation of the network")
                                                   : tr("Named funder")}});
    return true;
}

SessionTableModel::SessionTableModel(QObject* parent)
    : RecordListModel({tr("Date"), tr("Time"), tr("UE"), tr("Topic"), tr("Trainer")}, parent) {
    watch({RecordKind::Session, RecordKind::Staff});
}

bool SessionTableModel::read(Database& database, qint64 measureId, QList<Row>& rows,
                             QString& error) const {
    if (measureId <= 0)
        return true;
    auto sessions = SessionRepository(database).forMeasure(measureId);
    auto measure = MeasureRepository(database).get(measureId);
    if (!sessions || !measure) {
        error = sessions ? measure.error().message() : sessions.error().message();
        return false;
    }
    QHash<qint64, QString> topics;
    if (measure->curriculumId > 0) {
        if (auto curriculum = CurriculumRepository(database).get(measure->curriculumId)) {
            for (const Topic& topic : std::as_const(curriculum->topics))
                topics.insert(topic.id, topic.title);
        }
    }
    for (const Session& s : std::as_const(*sessions)) {
        const QString time =
            s.start.isValid()
                ? QStringLiteral("%1 – %2").arg(s.start.toString(QStringLiteral("HH:mm")),
                                                s.end.toString(QStringLiteral("HH:mm")))
                : QString();
        rows.append({s.meta.id,
                     {QLocale().toString(s.date, QStringLiteral("ddd ")) + formatDate(s.date), time,
                      QString::number(s.ue), topics.value(s.topicId), s.trainer}});
    }
    return true;
}

} // namespace Verbund
