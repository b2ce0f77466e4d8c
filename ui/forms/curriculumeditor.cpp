#include "curriculumeditor.h"

#include "domain/validation.h"
#include "models/topictablemodel.h"
#include "widgets/choices.h"
#include "widgets/topicdelegate.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Verbund {

CurriculumEditor::CurriculumEditor(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLineEdit)
    , m_version(new QLineEdit)
    , m_status(new QComboBox)
    , m_targetGroup(new QLineEdit)
    , m_goal(new QPlainTextEdit)
    , m_minutesPerUe(new QSpinBox)
    , m_topics(new TopicTableModel(this))
    , m_topicView(new QTableView)
    , m_totals(new QLabel)
    , m_topicErrors(new QLabel)
    , m_addTopic(new QAction(tr("&Add topic"), this))
    , m_removeTopic(new QAction(tr("&Remove topic"), this))
    , m_moveUp(new QAction(tr("Move &up"), this))
    , m_moveDown(new QAction(tr("Move d&own"), this)) {
    m_title->setObjectName(QStringLiteral("title"));
    m_minutesPerUe->setObjectName(QStringLiteral("minutesPerUe"));
    m_topicView->setObjectName(QStringLiteral("topicTable"));
    m_totals->setObjectName(QStringLiteral("totals"));

    fillChoices(m_status, enumChoices<CurriculumStatus>());
    m_version->setMaximumWidth(m_version->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 10);
    m_goal->setTabChangesFocus(true);
    m_goal->setFixedHeight(m_goal->fontMetrics().lineSpacing() * 3 + 12);
    m_minutesPerUe->setRange(MinMinutesPerUe, MaxMinutesPerUe);
    m_minutesPerUe->setSuffix(tr(" minutes"));

    auto* versionRow = new QHBoxLayout;
    versionRow->setContentsMargins(0, 0, 0, 0);
    versionRow->addWidget(m_version);
    versionRow->addSpacing(12);
    auto* statusLabel = new QLabel(tr("S&tatus:"));
    statusLabel->setBuddy(m_status);
    versionRow->addWidget(statusLabel);
    versionRow->addWidget(m_status);
    versionRow->addStretch();
    auto* version = new QWidget;
    version->setLayout(versionRow);
    version->setFocusProxy(m_version);

    auto* form = new QFormLayout;
    m_errors.addRow(form, tr("&Title:"), m_title, QLatin1String(Field::Title));
    m_errors.addRow(form, tr("&Version:"), version);
    m_errors.addRow(form, tr("Target &group:"), m_targetGroup);
    m_errors.addRow(form, tr("&Goal:"), m_goal);
    m_errors.addRow(form, tr("1 UE &lasts:"), m_minutesPerUe, QLatin1String(Field::MinutesPerUe));

    // The topics.
    m_topicView->setModel(m_topics);
    m_topicView->setItemDelegate(new TopicDelegate(m_topicView));
    m_topicView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_topicView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_topicView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                 QAbstractItemView::EditKeyPressed |
                                 QAbstractItemView::AnyKeyPressed);
    m_topicView->setDragDropMode(QAbstractItemView::InternalMove);
    m_topicView->setDragDropOverwriteMode(false);
    m_topicView->setDefaultDropAction(Qt::MoveAction);
    m_topicView->setDropIndicatorShown(true);
    m_topicView->setWordWrap(true);
    m_topicView->setAlternatingRowColors(true);
    m_topicView->setTabKeyNavigation(true);
    m_topicView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_topicView->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignTop);
    QHeaderView* header = m_topicView->horizontalHeader();
    header->setSectionResizeMode(TopicTableModel::Title, QHeaderView::Interactive);
    header->setSectionResizeMode(TopicTableModel::Contents, QHeaderView::Stretch);
    header->setSectionResizeMode(TopicTableModel::Ue, QHeaderView::ResizeToContents);
    m_topicView->setColumnWidth(TopicTableModel::Title, 200);

    m_addTopic->setShortcut(QKeySequence(Qt::Key_Insert));
    m_removeTopic->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_moveUp->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_moveDown->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_addTopic->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_removeTopic->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    m_moveUp->setIcon(QIcon::fromTheme(QStringLiteral("go-up")));
    m_moveDown->setIcon(QIcon::fromTheme(QStringLiteral("go-down")));
    auto* topicButtons = new QHBoxLayout;
    for (QAction* action : {m_addTopic, m_removeTopic, m_moveUp, m_moveDown}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(
            QStringLiteral("%1 (%2)").arg(action->text().remove(QLatin1Char('&')),
                                          action->shortcut().toString(QKeySequence::NativeText)));
        m_topicView->addAction(action);
        auto* button = new QToolButton;
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        topicButtons->addWidget(button);
    }
    topicButtons->addStretch();
    auto* topicsLabel = new QLabel(tr("<b>Topics</b> — drag a row, or Alt+Up/Down, to reorder"));
    m_topicErrors->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_topicErrors->setWordWrap(true);
    m_topicErrors->hide();
    QFont totalsFont = m_totals->font();
    totalsFont.setBold(true);
    m_totals->setFont(totalsFont);
    m_totals->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(topicsLabel);
    layout->addLayout(topicButtons);
    layout->addWidget(m_topicView, 1);
    layout->addWidget(m_topicErrors);
    layout->addWidget(m_totals);

    for (QLineEdit* edit : {m_title, m_version, m_targetGroup})
        connect(edit, &QLineEdit::textEdited, this, &CurriculumEditor::markModified);
    connect(m_goal, &QPlainTextEdit::textChanged, this, &CurriculumEditor::markModified);
    connect(m_status, &QComboBox::currentIndexChanged, this, &CurriculumEditor::markModified);
    connect(m_minutesPerUe, &QSpinBox::valueChanged, this, [this] {
        markModified();
        updateTotals();
    });
    connect(m_topics, &TopicTableModel::edited, this, [this] {
        markModified();
        updateTotals();
    });
    connect(m_topics, &QAbstractItemModel::modelReset, this, &CurriculumEditor::updateTotals);
    connect(m_topicView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CurriculumEditor::updateTopicActions);
    connect(m_topics, &QAbstractItemModel::rowsMoved, this, &CurriculumEditor::updateTopicActions);
    connect(m_addTopic, &QAction::triggered, this, &CurriculumEditor::addTopic);
    connect(m_removeTopic, &QAction::triggered, this, &CurriculumEditor::removeTopic);
    connect(m_moveUp, &QAction::triggered, this, [this] { moveTopic(-1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { moveTopic(1); });
    updateTotals();
    updateTopicActions();
}

void CurriculumEditor::setCurriculum(const Curriculum& curriculum) {
    m_loading = true;
    m_curriculum = curriculum;
    m_title->setText(curriculum.title);
    m_version->setText(curriculum.version);
    selectChoice(m_status, int(curriculum.status));
    m_targetGroup->setText(curriculum.targetGroup);
    m_goal->setPlainText(curriculum.goal);
    m_minutesPerUe->setValue(curriculum.minutesPerUe);
    m_topics->setTopics(curriculum.topics);
    m_errors.clear();
    m_topicErrors->hide();
    m_loading = false;
    setModified(false);
    updateTotals();
    updateTopicActions();
}

Curriculum CurriculumEditor::curriculum() const {
    Curriculum curriculum = m_curriculum;
    curriculum.title = m_title->text();
    curriculum.version = m_version->text();
    curriculum.status = CurriculumStatus(m_status->currentData().toInt());
    curriculum.targetGroup = m_targetGroup->text();
    curriculum.goal = m_goal->toPlainText();
    curriculum.minutesPerUe = m_minutesPerUe->value();
    curriculum.topics = m_topics->topics();
    return curriculum;
}

void CurriculumEditor::setModified(bool modified) {
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void CurriculumEditor::markModified() {
    if (!m_loading)
        setModified(true);
}

void CurriculumEditor::showErrors(const QList<FieldError>& errors) {
    m_errors.show(errors);
    QStringList topicMessages;
    int firstRow = -1;
    for (const FieldError& error : errors) {
        if (!error.field.startsWith(QLatin1String(Field::Topics) + QLatin1Char('/')))
            continue;
        topicMessages << error.message;
        if (firstRow < 0)
            firstRow = error.field.section(QLatin1Char('/'), 1).toInt();
    }
    m_topicErrors->setText(topicMessages.join(QLatin1Char('\n')));
    m_topicErrors->setVisible(!topicMessages.isEmpty());
    if (firstRow >= 0 && firstRow < m_topics->rowCount()) {
        m_topicView->setCurrentIndex(m_topics->index(firstRow, TopicTableModel::Title));
        m_topicView->setFocus(Qt::OtherFocusReason);
    }
}

void CurriculumEditor::focusTitle() {
    m_title->setFocus(Qt::OtherFocusReason);
}

QString CurriculumEditor::totalsText() const {
    const int minutes = m_minutesPerUe->value();
    return tr("Total: %n UE", nullptr, m_topics->totalUe()) + QStringLiteral(" · ") +
           tr("%1 hours").arg(formatHours(m_topics->totalUe() * minutes)) + QStringLiteral(" (") +
           tr("1 UE = %n minutes", nullptr, minutes) + QLatin1Char(')');
}

void CurriculumEditor::updateTotals() {
    m_totals->setText(totalsText());
}

void CurriculumEditor::updateTopicActions() {
    const int row = m_topicView->currentIndex().row();
    m_removeTopic->setEnabled(row >= 0);
    m_moveUp->setEnabled(row > 0);
    m_moveDown->setEnabled(row >= 0 && row < m_topics->rowCount() - 1);
}

void CurriculumEditor::addTopic() {
    const int current = m_topicView->currentIndex().row();
    const int row = m_topics->insertTopic(current < 0 ? -1 : current + 1);
    const QModelIndex title = m_topics->index(row, TopicTableModel::Title);
    m_topicView->setCurrentIndex(title);
    m_topicView->edit(title);
    updateTopicActions();
}

void CurriculumEditor::removeTopic() {
    const int row = m_topicView->currentIndex().row();
    if (row < 0)
        return;
    m_topics->removeTopic(row);
    if (m_topics->rowCount() > 0)
        m_topicView->setCurrentIndex(
            m_topics->index(qMin(row, m_topics->rowCount() - 1), TopicTableModel::Title));
    updateTopicActions();
}

void CurriculumEditor::moveTopic(int step) {
    const QModelIndex current = m_topicView->currentIndex();
    if (!current.isValid())
        return;
    const int to = current.row() + step;
    if (m_topics->moveTopic(current.row(), to))
        m_topicView->setCurrentIndex(m_topics->index(to, current.column()));
    updateTopicActions();
}

} // namespace Verbund
