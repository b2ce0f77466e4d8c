#include "attendancegridmodel.h"

#include "application/sessionservice.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace Verbund {

namespace {

enum TotalColumn { AttendedColumn, ShareColumn, TotalColumns };

} // namespace

AttendanceGridModel::AttendanceGridModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void AttendanceGridModel::setDatabase(Database* database) {
    m_database = database;
    m_measureId = 0;
    reload();
}

void AttendanceGridModel::setMeasure(qint64 measureId) {
    m_measureId = measureId;
    reload();
}

void AttendanceGridModel::reload() {
    beginResetModel();
    m_overview = {};
    if (m_database && m_measureId > 0) {
        auto overview = SessionService(*m_database).attendance(m_measureId);
        if (overview)
            m_overview = *overview;
        else
            emit failed(overview.error().message());
    }
    endResetModel();
}

int AttendanceGridModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() || m_overview.rows.isEmpty())
        return 0;
    return int(m_overview.rows.size()) + 1; // and the totals per session
}

int AttendanceGridModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : sessionCount() + TotalColumns;
}

QVariant AttendanceGridModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignCenter);
    if (!isParticipantRow(row)) {
        if (role != Qt::DisplayRole)
            return {};
        return isSessionColumn(column) ? QVariant(m_overview.sessionAttendedUe(column))
                                       : QVariant();
    }
    const AttendanceRow& person = m_overview.rows.at(row);
    if (!isSessionColumn(column)) {
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        if (column - sessionCount() == AttendedColumn)
            return tr("%1 of %2").arg(person.attendedUe).arg(person.plannedUe);
        return formatShare(person.share());
    }
    const Session& session = m_overview.sessions.at(column);
    const bool concerns = session.concerns(person.enrollment);
    if (role == Qt::BackgroundRole && !concerns)
        return QBrush(QColor(0xee, 0xee, 0xee));
    if (!concerns)
        return {};
    const AttendanceMark* mark = m_overview.mark(person.enrollment.meta.id, session.meta.id);
    if (role == Qt::ToolTipRole)
        return mark ? QStringLiteral("%1 – %2").arg(enumLabel(mark->state)).arg(person.name)
                    : tr("Not recorded – %1").arg(person.name);
    if (role == Qt::ForegroundRole && mark)
        return QBrush(mark->state == AttendanceState::Present  ? QColor(0x1b, 0x6e, 0x20)
                      : mark->state == AttendanceState::Absent ? QColor(0xb0, 0x00, 0x20)
                                                               : QColor(0x8a, 0x5a, 0x00));
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    if (!mark)
        return QString();
    switch (mark->state) {
    case AttendanceState::Present:
        return QStringLiteral("✓");
    case AttendanceState::Excused:
        return tr("E", "excused, in the attendance grid");
    case AttendanceState::Absent:
        return QStringLiteral("✗");
    case AttendanceState::Partial:
        return QString::number(mark->ue);
    }
    return {};
}

bool AttendanceGridModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !m_database ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !isParticipantRow(index.row()) || !isSessionColumn(index.column()))
        return false;
    const AttendanceRow& person = m_overview.rows.at(index.row());
    const Session& session = m_overview.sessions.at(index.column());
    if (!session.concerns(person.enrollment))
        return false;
    const QString text = value.toString().trimmed().toLower();
    const std::pair key{person.enrollment.meta.id, session.meta.id};
    SessionService sessions(*m_database);
    if (text.isEmpty() && value.toString() != QStringLiteral(" ")) {
        if (Status cleared = sessions.clearMark(key.first, key.second); !cleared) {
            emit failed(cleared.error().message());
            return false;
        }
        m_overview.marks.remove(key);
    } else {
        AttendanceMark mark{key.first, key.second, AttendanceState::Present, 0};
        bool isNumber = false;
        const int ue = text.toInt(&isNumber);
        if (text.isEmpty() || text == QLatin1String("+") || text == QStringLiteral("✓"))
            mark.state = AttendanceState::Present;
        else if (text == QLatin1String("e"))
            mark.state = AttendanceState::Excused;
        else if (text == QLatin1String("x") || text == QLatin1String("-") ||
                 text == QStringLiteral("✗"))
            mark.state = AttendanceState::Absent;
        else if (isNumber && ue >= 0 && ue <= session.ue)
            mark = {key.first, key.second,
                    ue == session.ue ? AttendanceState::Present : AttendanceState::Partial, ue};
        else
            return false;
        if (Status set = sessions.mark(mark); !set) {
            emit failed(set.error().message());
            return false;
        }
        m_overview.marks.insert(key, mark);
    }
    m_overview.updateTotals();
    emit dataChanged(index, index);
    totalsChanged(index.row(), index.column());
    return true;
}

void AttendanceGridModel::totalsChanged(int row, int column) {
    emit dataChanged(this->index(row, sessionCount()), this->index(row, columnCount() - 1));
    const int totalsRow = rowCount() - 1;
    emit dataChanged(this->index(totalsRow, column), this->index(totalsRow, column));
}

Status AttendanceGridModel::fillSession(int column) {
    if (!m_database || !isSessionColumn(column))
        return {};
    QList<Enrollment> enrollments;
    for (const AttendanceRow& row : std::as_const(m_overview.rows))
        enrollments << row.enrollment;
    SessionService sessions(*m_database);
    auto filled = sessions.fillPresent(m_overview.sessions.at(column), enrollments);
    if (!filled)
        return filled.error();
    auto marks = sessions.marks(m_measureId);
    if (!marks)
        return marks.error();
    m_overview.marks = *marks;
    m_overview.updateTotals();
    if (rowCount() > 0) {
        emit dataChanged(index(0, column), index(rowCount() - 1, column));
        emit dataChanged(index(0, sessionCount()), index(rowCount() - 1, columnCount() - 1));
    }
    return {};
}

QVariant AttendanceGridModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical) {
        if (isParticipantRow(section))
            return m_overview.rows.at(section).name;
        return section == int(m_overview.rows.size()) ? tr("UE attended") : QVariant();
    }
    if (isSessionColumn(section)) {
        const Session& session = m_overview.sessions.at(section);
        if (role == Qt::ToolTipRole)
            return tr("%1, %n UE", nullptr, session.ue)
                .arg(QLocale().toString(session.date, QLocale::LongFormat));
        return QStringLiteral("%1\n%2 UE")
            .arg(session.date.toString(QStringLiteral("dd.MM.")))
            .arg(session.ue);
    }
    if (section - sessionCount() == AttendedColumn)
        return tr("UE attended");
    if (section - sessionCount() == ShareColumn)
        return tr("Share");
    return {};
}

Qt::ItemFlags AttendanceGridModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isParticipantRow(index.row()) && isSessionColumn(index.column()) &&
        m_overview.sessions.at(index.column()).concerns(m_overview.rows.at(index.row()).enrollment))
        flags |= Qt::ItemIsEditable;
    return flags;
}

} // namespace Verbund
