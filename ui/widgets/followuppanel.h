#pragma once

#include "domain/followup.h"
#include "storage/recordkind.h"

#include <QWidget>
#include <optional>

class QPushButton;

namespace Verbund {

class Database;
class FollowUpTableModel;
class RecordListPanel;

// Follow-ups in a list with what one does with them: new (about the record the panel
// follows), edit, done, snooze by a day, a week or a month, delete; and, in the due panel
// (without a subject), open the record a follow-up is about.
class FollowUpPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpPanel)
public:
    explicit FollowUpPanel(std::optional<FollowUpSubject> subject, QWidget* parent = nullptr);

    FollowUpTableModel* model() const { return m_model; }
    RecordListPanel* list() const { return m_list; }
    void setDatabase(Database* database);
    // The record the follow-ups are about (0 for none) and its name, as a new one shows it.
    void setSubject(qint64 id, const QString& name);

signals:
    void openRequested(RecordKind kind, qint64 id);
    void failed(const QString& message);

private:
    void edit(qint64 id);
    void remove(qint64 id);
    // Marks done today, or moves the day by `days` (and `months`) from today or the due day,
    // whichever is later.
    void change(qint64 id, bool done, int days, int months);
    bool mayWrite() const;
    bool mayRemove() const;

    std::optional<FollowUpSubject> m_subject;
    FollowUpTableModel* m_model;
    RecordListPanel* m_list;
    Database* m_database = nullptr;
    qint64 m_subjectId = 0;
    QString m_subjectName;
};

} // namespace Verbund
