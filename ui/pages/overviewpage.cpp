#include "overviewpage.h"

#include "application/followupservice.h"
#include "application/overviewservice.h"
#include "common/dates.h"
#include "models/followuptablemodel.h"
#include "models/itemroles.h"
#include "models/todaytablemodel.h"
#include "storage/database.h"
#include "storage/datachanges.h"
#include "widgets/choices.h"
#include "widgets/figurespanel.h"
#include "widgets/followuppanel.h"
#include "widgets/recordlistpanel.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Verbund {

namespace {

const QString ownerKey = QStringLiteral("overview/owner");
const QString onlyOwnerKey = QStringLiteral("overview/onlyOwner");
const QString siteKey = QStringLiteral("overview/site");

enum Until { Today, ThisWeek, NextThirtyDays };

QDate untilDay(int until) {
    const QDate now = today();
    switch (until) {
    case ThisWeek:
        return now.addDays(7 - now.dayOfWeek()); // Sunday
    case NextThirtyDays:
        return now.addDays(30);
    default:
        return now;
    }
}

const QList<TodayList>& todayLists() {
    static const QList<TodayList> lists{TodayList::SessionsToday, TodayList::SessionsTomorrow,
                                        TodayList::AttendanceMissing, TodayList::EndingSoon,
                                        TodayList::CertificatesMissing};
    return lists;
}

// What a tile says under its number.
QString tileText(TodayList list, int count) {
    switch (list) {
    case TodayList::SessionsToday:
        return OverviewPage::tr("sessions today", nullptr, count);
    case TodayList::SessionsTomorrow:
        return OverviewPage::tr("sessions tomorrow", nullptr, count);
    case TodayList::AttendanceMissing:
        return OverviewPage::tr("without attendance", nullptr, count);
    case TodayList::EndingSoon:
        return OverviewPage::tr("ending within 30 days", nullptr, count);
    case TodayList::CertificatesMissing:
        return OverviewPage::tr("ended without certificates", nullptr, count);
    }
    return {};
}

// Fills the combo quietly, its first choice (none) named `first`, the one chosen last chosen
// again (kept in the settings under `key`).
void refill(QComboBox* combo, QList<Choice> choices, const QString& first, const QString& key) {
    const QSignalBlocker quiet(combo);
    if (!choices.isEmpty())
        choices.first().label = first;
    fillChoices(combo, choices);
    selectChoice(combo, QSettings().value(key));
}

QPushButton* newTile(const QString& objectName) {
    auto* tile = new QPushButton;
    tile->setObjectName(objectName);
    tile->setCheckable(true);
    QFont big = tile->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    tile->setFont(big);
    tile->setMinimumHeight(tile->fontMetrics().height() * 2 + 16);
    return tile;
}

} // namespace

OverviewPage::OverviewPage(QWidget* parent)
    : Page(parent)
    , m_site(new QComboBox)
    , m_tiles(new QButtonGroup(this))
    , m_followUpTile(newTile(QStringLiteral("followUpTile")))
    , m_lists(new QStackedWidget)
    , m_until(new QComboBox)
    , m_owner(new QComboBox)
    , m_onlyOwner(new QCheckBox(tr("&only mine")))
    , m_followUps(new FollowUpPanel(std::nullopt))
    , m_count(new QLabel)
    , m_rulesPause(new QTimer(this))
    , m_parts(new QTabWidget)
    , m_figures(new FiguresPanel) {
    m_site->setObjectName(QStringLiteral("site"));
    m_site->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_until->setObjectName(QStringLiteral("dueUntil"));
    m_owner->setObjectName(QStringLiteral("owner"));
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_followUps->setObjectName(QStringLiteral("dueFollowUps"));
    m_until->addItem(tr("today"), Today);
    m_until->addItem(tr("this week"), ThisWeek);
    m_until->addItem(tr("the next 30 days"), NextThirtyDays);
    m_onlyOwner->setChecked(QSettings().value(onlyOwnerKey).toBool());

    auto* title = new QLabel(tr("Overview"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* siteLabel = new QLabel(tr("S&ite:"));
    siteLabel->setBuddy(m_site);
    auto* head = new QHBoxLayout;
    head->addWidget(title);
    head->addStretch();
    head->addWidget(siteLabel);
    head->addWidget(m_site);

    // The tiles: the follow-ups first, then the measures' lists; each shows its list below.
    auto* tiles = new QHBoxLayout;
    m_tiles->addButton(m_followUpTile, -1);
    tiles->addWidget(m_followUpTile);
    auto* due = new QWidget;
    for (const TodayList list : todayLists()) {
        auto* model = new TodayTableModel(list, this);
        m_todayModels << model;
        auto* tile = newTile(QStringLiteral("tile%1").arg(int(list)));
        m_tiles->addButton(tile, int(list));
        tiles->addWidget(tile);
        m_lists->addWidget(todayList(model));
    }
    m_lists->addWidget(due);
    m_followUpTile->setChecked(true);
    m_lists->setCurrentWidget(due);

    auto* choices = new QHBoxLayout;
    auto* untilLabel = new QLabel(tr("&Due by:"));
    untilLabel->setBuddy(m_until);
    auto* ownerLabel = new QLabel(tr("&I am:"));
    ownerLabel->setBuddy(m_owner);
    choices->addWidget(untilLabel);
    choices->addWidget(m_until);
    choices->addSpacing(12);
    choices->addWidget(ownerLabel);
    choices->addWidget(m_owner);
    choices->addWidget(m_onlyOwner);
    choices->addStretch();
    choices->addWidget(m_count);
    auto* dueLayout = new QVBoxLayout(due);
    dueLayout->setContentsMargins(0, 0, 0, 0);
    dueLayout->addLayout(choices);
    dueLayout->addWidget(m_followUps, 1);

    auto* today = new QWidget;
    auto* todayLayout = new QVBoxLayout(today);
    todayLayout->addLayout(tiles);
    todayLayout->addWidget(m_lists, 1);
    m_parts->setObjectName(QStringLiteral("overviewParts"));
    m_parts->addTab(today, tr("&Today"));
    m_parts->addTab(m_figures, tr("&Figures"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_parts, 1);

    // The rules look again once a run of changes is over, not after each.
    m_rulesPause->setSingleShot(true);
    m_rulesPause->setInterval(400);
    connect(m_rulesPause, &QTimer::timeout, this, &OverviewPage::applyRules);
    connect(m_tiles, &QButtonGroup::idClicked, this, [this, due](int id) {
        const auto found =
            std::find_if(m_todayModels.cbegin(), m_todayModels.cend(),
                         [id](const TodayTableModel* model) { return int(model->list()) == id; });
        m_lists->setCurrentIndex(found == m_todayModels.cend()
                                     ? m_lists->indexOf(due)
                                     : int(found - m_todayModels.cbegin()));
    });
    connect(m_site, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(siteKey, m_site->currentData());
        showToday();
        m_figures->setSite(m_site->currentData().toLongLong());
    });
    connect(m_until, &QComboBox::currentIndexChanged, this, &OverviewPage::showDue);
    connect(m_owner, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(ownerKey, m_owner->currentData());
        showDue();
    });
    connect(m_onlyOwner, &QCheckBox::toggled, this, [this](bool only) {
        QSettings().setValue(onlyOwnerKey, only);
        showDue();
    });
    connect(m_followUps->model(), &QAbstractItemModel::modelReset, this,
            &OverviewPage::updateCount);
    for (TodayTableModel* model : std::as_const(m_todayModels))
        connect(model, &QAbstractItemModel::modelReset, this, [this, model] { updateTile(model); });
    connect(m_followUps, &FollowUpPanel::openRequested, this, &OverviewPage::openRequested);
    connect(m_followUps, &FollowUpPanel::failed, this, &Page::statusMessage);
    connect(m_figures, &FiguresPanel::openRequested, this, &OverviewPage::openRequested);
    connect(m_figures, &FiguresPanel::failed, this, &Page::statusMessage);
}

QWidget* OverviewPage::todayList(TodayTableModel* model) {
    auto* view = new QTableView;
    view->setObjectName(QStringLiteral("todayList%1").arg(int(model->list())));
    view->setModel(model);
    RecordListPanel::setUpView(view, QAbstractItemView::SingleSelection, this);
    auto* open = new QPushButton(tr("&Open measure"));
    auto* openAction = new QAction(view);
    openAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    openAction->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(openAction);
    const auto openCurrent = [this, view, model] {
        const QModelIndex current = view->currentIndex();
        if (current.isValid())
            emit openRequested(RecordKind::Measure, model->idAt(current.row()));
    };
    connect(open, &QPushButton::clicked, this, openCurrent);
    connect(openAction, &QAction::triggered, this, openCurrent);
    connect(view, &QTableView::doubleClicked, this, openCurrent);
    connect(model, &RecordListModel::loadFailed, this, &Page::statusMessage);
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addStretch();
    layout->addLayout(buttons);
    return page;
}

QPushButton* OverviewPage::tile(TodayList list) const {
    return qobject_cast<QPushButton*>(m_tiles->button(int(list)));
}

TodayTableModel* OverviewPage::todayModel(TodayList list) const {
    for (TodayTableModel* model : m_todayModels) {
        if (model->list() == list)
            return model;
    }
    return nullptr;
}

void OverviewPage::setDatabase(Database* database) {
    disconnect(m_changesConnection);
    m_database = database;
    if (database) {
        m_changesConnection = connect(
            &database->changes(), &DataChanges::committed, this, [this](const ChangeSet& changes) {
                if (changes.touchesAny({RecordKind::Staff}))
                    fillOwners();
                if (changes.touchesAny({RecordKind::Site}))
                    fillSites();
                if (changes.touchesAny({RecordKind::Organisation, RecordKind::Consultation,
                                        RecordKind::Site, RecordKind::Participant,
                                        RecordKind::Funder, RecordKind::Programme,
                                        RecordKind::Measure, RecordKind::Enrollment,
                                        RecordKind::Session, RecordKind::Attendance}))
                    m_figures->refresh();
                if (changes.touchesAny({RecordKind::Session, RecordKind::Attendance,
                                        RecordKind::Certificate, RecordKind::Measure,
                                        RecordKind::Enrollment, RecordKind::Setting,
                                        RecordKind::ExamDeadline, RecordKind::ReportDate}))
                    m_rulesPause->start();
            });
    }
    fillOwners();
    fillSites();
    applyRules();
    m_followUps->setDatabase(database);
    // Each list read once: the day and the site first, then the network.
    const qint64 site = m_site->currentData().toLongLong();
    for (TodayTableModel* model : std::as_const(m_todayModels)) {
        model->setDatabase(nullptr);
        model->setDay(today(), site);
        model->setDatabase(database);
    }
    showDue();
    m_figures->setDatabase(database, site);
}

void OverviewPage::applyRules() {
    if (!m_database)
        return;
    if (Status applied = FollowUpService(*m_database).applyRules(today()); !applied)
        emit statusMessage(applied.error().message());
}

void OverviewPage::fillOwners() {
    refill(m_owner, m_database ? staffChoices(*m_database) : QList<Choice>(), tr("(choose)"),
           ownerKey);
}

void OverviewPage::fillSites() {
    refill(m_site, m_database ? siteChoices(*m_database) : QList<Choice>(), tr("all"), siteKey);
    // The head has room for a site's whole name.
    m_site->setMinimumContentsLength(24);
}

void OverviewPage::showDue() {
    const qint64 owner = m_owner->currentData().toLongLong();
    m_onlyOwner->setEnabled(owner > 0);
    m_followUps->model()->setDue(untilDay(m_until->currentData().toInt()), owner,
                                 owner > 0 && m_onlyOwner->isChecked());
}

void OverviewPage::showToday() {
    const qint64 site = m_site->currentData().toLongLong();
    for (TodayTableModel* model : std::as_const(m_todayModels))
        model->setDay(today(), site);
}

void OverviewPage::updateCount() {
    const FollowUpTableModel* model = m_followUps->model();
    const int overdue = model->overdue();
    const QString due = tr("%n due", nullptr, model->total());
    m_count->setText(overdue > 0 ? tr("%1, %n overdue", nullptr, overdue).arg(due) : due);
    m_followUpTile->setText(QStringLiteral("%L1\n%2")
                                .arg(model->total())
                                .arg(tr("follow-ups due", nullptr, model->total())));
}

void OverviewPage::updateTile(const TodayTableModel* model) {
    // The number is counted, not the lines shown, which stop at the list's limit.
    int count = model->rowCount();
    if (m_database && count == TodayTableModel::Limit) {
        auto counted = OverviewService(*m_database)
                           .count(model->list(), today(), m_site->currentData().toLongLong());
        if (counted)
            count = *counted;
    }
    tile(model->list())
        ->setText(QStringLiteral("%L1\n%2").arg(count).arg(tileText(model->list(), count)));
}

} // namespace Verbund
