#include "overviewpage.h"

#include "application/followupservice.h"
#include "common/dates.h"
#include "models/followuptablemodel.h"
#include "storage/database.h"
#include "storage/datachanges.h"
#include "widgets/choices.h"
#include "widgets/followuppanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

namespace Verbund {

namespace {

const QString ownerKey = QStringLiteral("overview/owner");
const QString onlyOwnerKey = QStringLiteral("overview/onlyOwner");

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

} // namespace

OverviewPage::OverviewPage(QWidget* parent)
    : Page(parent)
    , m_until(new QComboBox)
    , m_owner(new QComboBox)
    , m_onlyOwner(new QCheckBox(tr("&only mine")))
    , m_followUps(new FollowUpPanel(std::nullopt))
    , m_count(new QLabel)
    , m_rulesPause(new QTimer(this)) {
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

    auto* due = new QGroupBox(tr("Follow-ups"));
    auto* choices = new QHBoxLayout;
    auto* untilLabel = new QLabel(tr("&Due by:"));
    untilLabel->setBuddy(m_until);
    // Who works here: their follow-ups come first.
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
    dueLayout->addLayout(choices);
    dueLayout->addWidget(m_followUps, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(due, 1);

    // The rules look again once a run of changes is over, not after each.
    m_rulesPause->setSingleShot(true);
    m_rulesPause->setInterval(400);
    connect(m_rulesPause, &QTimer::timeout, this, &OverviewPage::applyRules);
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
    connect(m_followUps, &FollowUpPanel::openRequested, this, &OverviewPage::openRequested);
    connect(m_followUps, &FollowUpPanel::failed, this, &Page::statusMessage);
}

void OverviewPage::setDatabase(Database* database) {
    disconnect(m_changesConnection);
    m_database = database;
    if (database) {
        m_changesConnection = connect(
            &database->changes(), &DataChanges::committed, this, [this](const ChangeSet& changes) {
                if (changes.touchesAny({RecordKind::Staff}))
                    fillOwners();
                if (changes.touchesAny({RecordKind::Session, RecordKind::Attendance,
                                        RecordKind::Certificate, RecordKind::Measure,
                                        RecordKind::Enrollment, RecordKind::Setting,
                                        RecordKind::ExamDeadline, RecordKind::ReportDate}))
                    m_rulesPause->start();
            });
    }
    fillOwners();
    applyRules();
    m_followUps->setDatabase(database);
    showDue();
}

void OverviewPage::applyRules() {
    if (!m_database)
        return;
    if (Status applied = FollowUpService(*m_database).applyRules(today()); !applied)
        emit statusMessage(applied.error().message());
}

void OverviewPage::fillOwners() {
    const QSignalBlocker quiet(m_owner);
    QList<Choice> choices;
    if (m_database)
        choices = staffChoices(*m_database);
    if (!choices.isEmpty())
        choices.first().label = tr("(choose)");
    fillChoices(m_owner, choices);
    selectChoice(m_owner, QSettings().value(ownerKey));
}

void OverviewPage::showDue() {
    const qint64 owner = m_owner->currentData().toLongLong();
    m_onlyOwner->setEnabled(owner > 0);
    m_followUps->model()->setDue(untilDay(m_until->currentData().toInt()), owner,
                                 owner > 0 && m_onlyOwner->isChecked());
}

void OverviewPage::updateCount() {
    const FollowUpTableModel* model = m_followUps->model();
    int overdue = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(Qt::ForegroundRole).isValid())
            ++overdue;
    }
    const QString due = tr("%n due", nullptr, model->total());
    m_count->setText(overdue > 0 ? tr("%1, %n overdue", nullptr, overdue).arg(due) : due);
}

} // namespace Verbund
