#pragma once

#include "domain/followup.h"
#include "recordlistmodel.h"
#include "storage/followuprepository.h"

#include <optional>

namespace Verbund {

// Follow-ups: those about one record (its id the parent; an organisation's with its contacts'),
// open ones first, then those done; or, without a subject, those due by a day (the due panel),
// a staff member's first. Those overdue in the colour of a warning.
class FollowUpTableModel final : public RecordListModel {
    Q_OBJECT
public:
    // The column naming what a follow-up is about, in either kind of list.
    int aboutColumn() const { return m_subject ? 4 : 1; }
    // At most this many rows; the panel says how many there are in all.
    static constexpr int Limit = 500;

    explicit FollowUpTableModel(std::optional<FollowUpSubject> subject, QObject* parent = nullptr);

    // The due panel's choice: due by the day, this owner's first, only theirs when `onlyThem`.
    void setDue(const QDate& until, qint64 ownerId, bool onlyThem);
    // How many there are in all (beyond the Limit shown).
    int total() const { return m_total; }
    // Of the rows read, those not done whose day has passed.
    int overdue() const { return m_overdue; }

protected:
    bool read(Database& database, qint64 subjectId, QList<Row>& rows,
              QString& error) const override;

private:
    FollowUpFilter filter(qint64 subjectId) const;

    std::optional<FollowUpSubject> m_subject;
    QDate m_until;
    qint64 m_ownerId = 0;
    bool m_onlyThem = false;
    mutable int m_total = 0;
    mutable int m_overdue = 0;
};

} // namespace Verbund
