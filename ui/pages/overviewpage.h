#pragma once

#include "page.h"
#include "storage/recordkind.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QTimer;

namespace Verbund {

class FollowUpPanel;

// The first page (Übersicht): what needs doing today. The follow-ups due, the chosen staff
// member's first; the rules' follow-ups are brought in step when the page opens a network
// and after the changes they look at.
class OverviewPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)
public:
    explicit OverviewPage(QWidget* parent = nullptr);

    void setDatabase(Database* database) override;
    bool confirmLeave() override { return true; }
    QList<QAction*> editActions() const override { return {}; }

    FollowUpPanel* followUps() const { return m_followUps; }

signals:
    // The record a follow-up is about, to be shown on its page.
    void openRequested(RecordKind kind, qint64 id);

private:
    void applyRules();
    void fillOwners();
    void showDue();
    void updateCount();

    Database* m_database = nullptr;
    QComboBox* m_until;
    QComboBox* m_owner;
    QCheckBox* m_onlyOwner;
    FollowUpPanel* m_followUps;
    QLabel* m_count;
    QTimer* m_rulesPause;
    QMetaObject::Connection m_changesConnection;
};

} // namespace Verbund
