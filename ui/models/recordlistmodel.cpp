#include "recordlistmodel.h"

#include "common/dates.h"
#include "itemroles.h"
#include "storage/repositories.h"

namespace Verbund {

RecordListModel::RecordListModel(QStringList headers, QObject* parent)
    : QAbstractTableModel(parent)
    , m_headers(std::move(headers)) {}

void RecordListModel::setDatabase(Database* database) {
    m_database = database;
    m_parentId = 0;
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
    : RecordListModel({tr("Name"), tr("Function"), tr("Email"), tr("Phone")}, parent) {}

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
          parent) {}

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
    : RecordListModel({tr("Name"), tr("Site"), tr("Email"), tr("Phone"), tr("Active")}, parent) {}

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
    : RecordListModel({tr("Name"), tr("City"), tr("Notes")}, parent) {}

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

} // namespace Verbund
