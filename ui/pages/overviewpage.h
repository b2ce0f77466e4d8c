#pragma once

#include "page.h"
#include "storage/recordkind.h"
#include "storage/todayrepository.h"

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;

namespace Verbund {

class FiguresPanel;
class FollowUpPanel;
class TodayTableModel;

// The first page (Übersicht), for a site or all, in two tabs: the network's figures of a
// period (FiguresPanel), and what needs doing today: tiles with the
// number of the day's and the next day's sessions, of the sessions whose attendance is missing,
// of the measures ending soon or ended without their certificates, and of the follow-ups due;
// each opens its list below, whose lines open their records. The follow-ups due come the
// chosen staff member's first; the rules' follow-ups are brought in step when the page opens a
// network and after the changes they look at.
class OverviewPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)
public:
    explicit OverviewPage(QWidget* parent = nullptr);

    void setDatabase(Database* database) override;
    bool confirmLeave() override { return true; }
    QList<QAction*> editActions() const override { return {}; }

    FollowUpPanel* followUps() const { return m_followUps; }
    // The tile of a list (its text begins with the number), and the list.
    QPushButton* tile(TodayList list) const;
    QPushButton* followUpTile() const { return m_followUpTile; }
    TodayTableModel* todayModel(TodayList list) const;
    FiguresPanel* figures() const { return m_figures; }
    QTabWidget* parts() const { return m_parts; }

signals:
    // The record a follow-up is about, to be shown on its page.
    void openRequested(RecordKind kind, qint64 id);

private:
    QWidget* todayList(TodayTableModel* model);
    void applyRules();
    void fillOwners();
    void fillSites();
    void showDue();
    void showToday();
    void updateCount();
    void updateTile(const TodayTableModel* model);

    Database* m_database = nullptr;
    QComboBox* m_site;
    QButtonGroup* m_tiles;
    QPushButton* m_followUpTile;
    QList<TodayTableModel*> m_todayModels;
    QStackedWidget* m_lists;
    QComboBox* m_until;
    QComboBox* m_owner;
    QCheckBox* m_onlyOwner;
    FollowUpPanel* m_followUps;
    QLabel* m_count;
    QTimer* m_rulesPause;
    QTabWidget* m_parts;
    FiguresPanel* m_figures;
    QMetaObject::Connection m_changesConnection;
};

} // namespace Verbund
