#include "measureeditor.h"

#include "application/curriculumservice.h"
#include "application/fundingservice.h"
#include "dialogs/askdialog.h"
#include "domain/validation.h"
#include "models/sharetablemodel.h"
#include "widgets/choicedelegate.h"
#include "widgets/choices.h"
#include "widgets/dateedit.h"
#include "widgets/searchchoice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace Verbund {

namespace {

enum ObligationMode { NoObligation, CountObligation, ShareObligation };

// The widgets side by side, packed to the left; or, when the first grows, it takes the room
// left so that a long name is not cut short.
enum class RowFill { PackLeft, FirstGrows };
QWidget* row(std::initializer_list<QWidget*> widgets, RowFill fill = RowFill::PackLeft) {
    auto* layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* widget : widgets)
        layout->addWidget(widget, fill == RowFill::FirstGrows && widget == *widgets.begin());
    if (fill == RowFill::PackLeft)
        layout->addStretch();
    auto* holder = new QWidget;
    holder->setLayout(layout);
    holder->setFocusProxy(*widgets.begin());
    return holder;
}

// Nothing wrong when a record is chosen; else why not, under the organisation field.
QList<FieldError> organisationChosen(const SearchChoice* field) {
    if (field->value().isValid())
        return {};
    return {{QLatin1String(Field::Organisation),
             field->text().trimmed().isEmpty() ? requiredChoiceMessage() : unchosenMessage()}};
}

} // namespace

MeasureEditor::MeasureEditor(QObject* parent)
    : QObject(parent)
    , m_overview(new QWidget)
    , m_funding(new QWidget)
    , m_title(new QLineEdit)
    , m_kind(new QComboBox)
    , m_goal(new QLineEdit)
    , m_curriculum(new QComboBox)
    , m_provider(
          new SearchChoice(organisationSearch(&m_database, {OrganisationKind::EducationProvider})))
    , m_site(new QComboBox)
    , m_locations(new QListWidget)
    , m_start(new DateEdit)
    , m_end(new DateEdit)
    , m_schedule(new QLineEdit)
    , m_plannedUe(new QSpinBox)
    , m_capacity(new QSpinBox)
    , m_status(new QComboBox)
    , m_obligationCompany(
          new SearchChoice(organisationSearch(&m_database, {OrganisationKind::Company})))
    , m_obligationMode(new QComboBox)
    , m_obligationValue(new QSpinBox)
    , m_hiringCheck(new QSpinBox)
    , m_minimumShare(new QSpinBox)
    , m_endsWithExam(new QCheckBox(tr("The measure ends in an &exam")))
    , m_notes(new QPlainTextEdit)
    , m_costMode(new QComboBox)
    , m_totalCost(new QLineEdit)
    , m_costPerUe(new QLineEdit)
    , m_costLabel(new QLabel)
    , m_shares(new ShareTableModel(this))
    , m_shareView(new QTableView)
    , m_remainder(new QLabel)
    , m_perParticipant(new QLabel) {
    buildOverview();
    buildFunding();
}

MeasureEditor::~MeasureEditor() = default;

void MeasureEditor::buildOverview() {
    m_title->setObjectName(QStringLiteral("title"));
    m_curriculum->setObjectName(QStringLiteral("curriculum"));
    m_start->setObjectName(QStringLiteral("startDate"));
    m_end->setObjectName(QStringLiteral("endDate"));
    fillChoices(m_kind, enumChoices<MeasureKind>());
    fillChoices(m_status, enumChoices<MeasureStatus>());
    m_plannedUe->setRange(0, 100000);
    m_capacity->setRange(0, 10000);
    m_capacity->setSpecialValueText(tr("no limit"));
    m_obligationMode->addItem(tr("none"), NoObligation);
    m_obligationMode->addItem(tr("at least (people)"), CountObligation);
    m_obligationMode->addItem(tr("at least (share in %)"), ShareObligation);
    m_obligationValue->setRange(0, 10000);
    m_hiringCheck->setObjectName(QStringLiteral("hiringCheck"));
    m_hiringCheck->setRange(0, 60);
    m_hiringCheck->setSpecialValueText(tr("no follow-up"));
    m_hiringCheck->setSuffix(tr(" months after the end"));
    m_hiringCheck->setToolTip(tr("A follow-up to check whether the company hired as it "
                                 "promised, this many months after the measure ended"));
    m_minimumShare->setRange(0, 100);
    m_minimumShare->setSuffix(tr(" % attended"));
    m_locations->setMaximumHeight(m_locations->fontMetrics().lineSpacing() * 4 + 12);
    m_locations->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_locations->setTextElideMode(Qt::ElideMiddle);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);

    auto* addLocation = new QPushButton(tr("&Add…"));
    auto* removeLocation = new QPushButton(tr("Remo&ve"));
    auto* locationButtons = new QVBoxLayout;
    locationButtons->addWidget(addLocation);
    locationButtons->addWidget(removeLocation);
    locationButtons->addStretch();
    auto* locationRow = new QHBoxLayout;
    locationRow->setContentsMargins(0, 0, 0, 0);
    locationRow->addWidget(m_locations, 1);
    locationRow->addLayout(locationButtons);
    auto* locations = new QWidget;
    locations->setLayout(locationRow);
    locations->setFocusProxy(m_locations);

    auto* form = new QFormLayout;
    m_errors.addRow(form, tr("&Title:"), m_title, QLatin1String(Field::Title));
    m_errors.addRow(form, tr("&Kind:"), m_kind);
    m_errors.addRow(form, tr("Qualification &goal:"), m_goal);
    m_errors.addRow(form, tr("&Curriculum:"), m_curriculum);
    m_errors.addRow(form, tr("Lead &provider:"), m_provider, QLatin1String(Field::Provider));
    m_site->setObjectName(QStringLiteral("site"));
    m_site->setToolTip(tr("The network's site the measure belongs to: its advisors see its "
                          "participants. Without one, that of the lead provider."));
    m_errors.addRow(form, tr("S&ite:"), m_site);
    m_errors.addRow(form, tr("Further places of &learning:"), locations);
    m_errors.addRow(form, tr("&From – to:"), row({m_start, new QLabel(QStringLiteral("–")), m_end}),
                    QLatin1String(Field::EndDate));
    m_errors.addRow(form, tr("Sc&hedule:"), m_schedule);
    m_errors.addRow(form, tr("Planned &UE:"), m_plannedUe, QLatin1String(Field::PlannedUe));
    m_errors.addRow(form, tr("Pla&ces:"), m_capacity, QLatin1String(Field::Capacity));
    m_errors.addRow(form, tr("&Status:"), m_status);
    m_errors.addRow(
        form, tr("Hiring &obligation:"),
        row({m_obligationCompany, m_obligationMode, m_obligationValue}, RowFill::FirstGrows),
        QLatin1String(Field::Obligation));
    m_errors.addRow(form, tr("C&heck hiring:"), m_hiringCheck);
    m_errors.addRow(form, tr("Certificates:"),
                    row({new QLabel(tr("successful from")), m_minimumShare}),
                    QStringLiteral("minimumShare"));
    form->addRow(QString(), m_endsWithExam);
    m_errors.addRow(form, tr("N&otes:"), m_notes);
    auto* inner = new QWidget;
    auto* innerLayout = new QVBoxLayout(inner);
    innerLayout->addLayout(form);
    innerLayout->addStretch();
    auto* scroll = new QScrollArea;
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The form follows the width it has; only a short screen scrolls it, downwards.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* layout = new QVBoxLayout(m_overview);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    for (QLineEdit* edit : {m_title, m_goal, m_schedule, static_cast<QLineEdit*>(m_start),
                            static_cast<QLineEdit*>(m_end), static_cast<QLineEdit*>(m_provider),
                            static_cast<QLineEdit*>(m_obligationCompany)})
        connect(edit, &QLineEdit::textEdited, this, &MeasureEditor::markModified);
    for (SearchChoice* choice : {m_provider, m_obligationCompany})
        connect(choice, &SearchChoice::chosen, this, &MeasureEditor::markModified);
    for (QComboBox* combo : {m_kind, m_curriculum, m_site, m_status, m_obligationMode})
        connect(combo, &QComboBox::activated, this, &MeasureEditor::markModified);
    connect(m_endsWithExam, &QCheckBox::toggled, this, &MeasureEditor::markModified);
    for (QSpinBox* spin :
         {m_plannedUe, m_capacity, m_obligationValue, m_hiringCheck, m_minimumShare})
        connect(spin, &QSpinBox::valueChanged, this, &MeasureEditor::markModified);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &MeasureEditor::markModified);
    connect(m_curriculum, &QComboBox::currentIndexChanged, this, &MeasureEditor::updateCurriculum);
    connect(m_obligationMode, &QComboBox::currentIndexChanged, this,
            &MeasureEditor::updateObligation);
    connect(m_plannedUe, &QSpinBox::valueChanged, this, &MeasureEditor::updateCost);
    connect(addLocation, &QPushButton::clicked, this, &MeasureEditor::addLocation);
    connect(removeLocation, &QPushButton::clicked, this, &MeasureEditor::removeLocation);
}

void MeasureEditor::buildFunding() {
    m_totalCost->setObjectName(QStringLiteral("totalCost"));
    m_shareView->setObjectName(QStringLiteral("shareTable"));
    m_remainder->setObjectName(QStringLiteral("remainder"));
    fillChoices(m_costMode, enumChoices<CostMode>());
    m_totalCost->setPlaceholderText(tr("e.g. 12.345,67"));
    m_costPerUe->setPlaceholderText(tr("e.g. 8,50"));
    m_shareView->setModel(m_shares);
    m_shareView->setItemDelegate(
        new ChoiceDelegate([this](const QModelIndex& index) { return m_shares->choicesFor(index); },
                           [this](const QModelIndex& index) -> SearchChoice::Search {
                               if (index.column() != ShareTableModel::FunderColumn || !m_database)
                                   return {};
                               return payerSearch(*m_database);
                           },
                           m_shareView));
    m_shareView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_shareView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_shareView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                 QAbstractItemView::EditKeyPressed |
                                 QAbstractItemView::AnyKeyPressed);
    m_shareView->verticalHeader()->hide();
    // The funder's and the programme's names share the room the numbers leave.
    for (const int column :
         {int(ShareTableModel::FunderColumn), int(ShareTableModel::ProgrammeColumn)})
        m_shareView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    for (const int column :
         {int(ShareTableModel::KindColumn), int(ShareTableModel::ValueColumn),
          int(ShareTableModel::AmountColumn), int(ShareTableModel::PerParticipantColumn)})
        m_shareView->horizontalHeader()->setSectionResizeMode(column,
                                                              QHeaderView::ResizeToContents);
    QFont bold = m_remainder->font();
    bold.setBold(true);
    m_remainder->setFont(bold);
    m_remainder->setWordWrap(true);
    m_perParticipant->setWordWrap(true);

    auto* addShare = new QPushButton(tr("&Add share"));
    addShare->setObjectName(QStringLiteral("addShare"));
    auto* removeShare = new QPushButton(tr("&Remove share"));
    auto* suggest = new QPushButton(tr("Suggest from a &programme…"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(addShare);
    buttons->addWidget(removeShare);
    buttons->addWidget(suggest);
    buttons->addStretch();

    auto* form = new QFormLayout;
    m_fundingErrors.addRow(form, tr("&Cost:"), m_costMode);
    m_fundingErrors.addRow(form, tr("&Total cost:"), m_totalCost, QLatin1String(Field::Cost));
    m_fundingErrors.addRow(form, tr("Cost per &UE and participant:"), m_costPerUe);
    form->addRow(tr("Cost to cover:"), m_costLabel);
    auto* layout = new QVBoxLayout(m_funding);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("<b>Shares</b> — a percentage of the cost or a fixed amount "
                                    "per funder")));
    layout->addLayout(buttons);
    layout->addWidget(m_shareView, 1);
    auto* sharesError = new QFormLayout;
    m_fundingErrors.addRow(sharesError, {}, m_remainder, QLatin1String(Field::Shares));
    layout->addLayout(sharesError);
    layout->addWidget(m_perParticipant);

    connect(m_costMode, &QComboBox::activated, this, &MeasureEditor::markModified);
    connect(m_costMode, &QComboBox::currentIndexChanged, this, &MeasureEditor::updateCost);
    for (QLineEdit* edit : {m_totalCost, m_costPerUe}) {
        connect(edit, &QLineEdit::textEdited, this, &MeasureEditor::markModified);
        connect(edit, &QLineEdit::textChanged, this, &MeasureEditor::updateCost);
    }
    connect(m_shares, &ShareTableModel::edited, this, [this] {
        markModified();
        updateCost();
    });
    connect(addShare, &QPushButton::clicked, this, &MeasureEditor::addShare);
    connect(removeShare, &QPushButton::clicked, this, &MeasureEditor::removeShare);
    connect(suggest, &QPushButton::clicked, this, &MeasureEditor::suggestShares);
}

void MeasureEditor::setDatabase(Database* database) {
    m_database = database;
    m_loading = true;
    if (database) {
        fillChoices(m_curriculum, curriculumChoices(*database));
        fillChoices(m_site, QList<Choice>{{tr("(as the lead provider's)"), qint64(0)}} +
                                siteChoices(*database));
        m_shares->setChoices(funderChoices(*database), programmeChoices(*database));
    }
    m_loading = false;
}

void MeasureEditor::setMeasure(const Measure& m, int participants) {
    m_loading = true;
    m_measure = m;
    m_participants = participants;
    m_errors.clear();
    m_fundingErrors.clear();
    m_title->setText(m.title);
    selectChoice(m_kind, int(m.kind));
    m_goal->setText(m.qualificationGoal);
    selectChoice(m_curriculum, m.curriculumId);
    m_provider->setChoice(choiceOf(m.providerId));
    m_locations->clear();
    for (const MeasureLocation& location : m.locations) {
        // Each place's name read by itself: a measure has a few, the network thousands.
        const QString name = choiceOf(location.organisationId).label;
        auto* item = new QListWidgetItem(
            QStringLiteral("%1 – %2").arg(name, enumLabel(location.role)), m_locations);
        item->setData(Qt::UserRole, location.organisationId);
        item->setData(Qt::UserRole + 1, int(location.role));
    }
    m_start->setDate(m.startDate);
    m_end->setDate(m.endDate);
    m_schedule->setText(m.schedule);
    m_schedule->setCursorPosition(0); // the start of a long schedule, not its end
    m_plannedUe->setValue(m.plannedUe);
    updateCurriculum(); // with a curriculum, its total
    m_capacity->setValue(m.capacity);
    selectChoice(m_status, int(m.status));
    selectChoice(m_site, m.siteId);
    m_obligationCompany->setChoice(choiceOf(m.obligation.companyId));
    const ObligationMode mode = !m.obligation.any()  ? NoObligation
                                : m.obligation.count ? CountObligation
                                                     : ShareObligation;
    m_obligationMode->setCurrentIndex(mode);
    m_obligationValue->setValue(mode == CountObligation   ? *m.obligation.count
                                : mode == ShareObligation ? m.obligation.shareBasisPoints / 100
                                                          : 0);
    m_hiringCheck->setValue(m.obligation.checkAfterMonths.value_or(0));
    m_notes->setPlainText(m.notes);
    m_minimumShare->setValue(m.minimumShare / 100);
    m_endsWithExam->setChecked(m.endsWithExam);
    selectChoice(m_costMode, int(m.costMode));
    m_totalCost->setText(m.totalCost > 0
                             ? formatMoney(m.totalCost).remove(QStringLiteral("€")).trimmed()
                             : QString());
    m_costPerUe->setText(m.costPerUe > 0
                             ? formatMoney(m.costPerUe).remove(QStringLiteral("€")).trimmed()
                             : QString());
    m_shares->setShares(m.shares);
    m_shares->setParticipants(participants);
    m_loading = false;
    updateCurriculum();
    updateObligation();
    updateCost();
    setModified(false);
}

Measure MeasureEditor::measure(QList<FieldError>* unreadable) const {
    Measure m = m_measure;
    m.title = m_title->text().trimmed();
    m.kind = MeasureKind(m_kind->currentData().toInt());
    m.qualificationGoal = m_goal->text().trimmed();
    m.curriculumId = m_curriculum->currentData().toLongLong();
    m.providerId = m_provider->value().toLongLong();
    m.locations.clear();
    for (int i = 0; i < m_locations->count(); ++i)
        m.locations << MeasureLocation{
            m_locations->item(i)->data(Qt::UserRole).toLongLong(),
            LocationRole(m_locations->item(i)->data(Qt::UserRole + 1).toInt())};
    m.startDate = m_start->date();
    m.endDate = m_end->date();
    m.schedule = m_schedule->text().trimmed();
    // With a curriculum the box shows its total; the measure's own figure stays as it was.
    m.plannedUe =
        m_curriculum->currentData().toLongLong() > 0 ? m_measure.plannedUe : m_plannedUe->value();
    m.capacity = m_capacity->value();
    m.status = MeasureStatus(m_status->currentData().toInt());
    m.siteId = m_site->currentData().toLongLong();
    m.obligation = {};
    const auto mode = ObligationMode(m_obligationMode->currentData().toInt());
    if (mode != NoObligation) {
        m.obligation.companyId = m_obligationCompany->value().toLongLong();
        if (mode == CountObligation)
            m.obligation.count = m_obligationValue->value();
        else
            m.obligation.shareBasisPoints = m_obligationValue->value() * 100;
        if (m_hiringCheck->value() > 0)
            m.obligation.checkAfterMonths = m_hiringCheck->value();
    }
    m.notes = m_notes->toPlainText().trimmed();
    m.minimumShare = m_minimumShare->value() * 100;
    m.endsWithExam = m_endsWithExam->isChecked();
    m.costMode = CostMode(m_costMode->currentData().toInt());
    m.totalCost = parseMoney(m_totalCost->text()).value_or(0);
    m.costPerUe = parseMoney(m_costPerUe->text()).value_or(0);
    m.shares = m_shares->shares();
    if (unreadable) {
        unreadable->clear();
        for (const auto& [edit, key] :
             {std::pair{m_start, Field::EndDate}, std::pair{m_end, Field::EndDate}}) {
            if (!edit->isAcceptable()) {
                unreadable->append({QLatin1String(key), unreadableDateMessage()});
                break;
            }
        }
        if (!m_provider->isAcceptable())
            unreadable->append({QLatin1String(Field::Provider), unchosenMessage()});
        if (mode != NoObligation && !m_obligationCompany->isAcceptable())
            unreadable->append({QLatin1String(Field::Obligation), unchosenMessage()});
        for (QLineEdit* edit : {m_totalCost, m_costPerUe}) {
            if (!edit->text().trimmed().isEmpty() && !parseMoney(edit->text()))
                unreadable->append(
                    {QLatin1String(Field::Cost), tr("Not an amount; write it as 12.345,67.")});
        }
    }
    return m;
}

void MeasureEditor::setModified(bool modified) {
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void MeasureEditor::markModified() {
    if (!m_loading)
        setModified(true);
}

bool MeasureEditor::showErrors(const QList<FieldError>& errors) {
    m_errors.show(errors);
    return m_fundingErrors.show(errors);
}

void MeasureEditor::focusTitle() {
    m_title->setFocus(Qt::OtherFocusReason);
}

void MeasureEditor::updateCurriculum() {
    // With a curriculum the planned UE are its total.
    const qint64 curriculumId = m_curriculum->currentData().toLongLong();
    const bool hasCurriculum = curriculumId > 0;
    m_plannedUe->setEnabled(!hasCurriculum);
    m_plannedUe->setToolTip(hasCurriculum ? tr("The curriculum's total counts.") : QString());
    int shown = m_measure.plannedUe;
    if (hasCurriculum && curriculumId == m_measure.curriculumId && m_measure.curriculumUe) {
        shown = *m_measure.curriculumUe; // read with the measure
    } else if (hasCurriculum && m_database) {
        auto curriculum = CurriculumService(*m_database).get(curriculumId);
        if (!curriculum) {
            QMessageBox::warning(m_overview, tr("Curriculum"), curriculum.error().message());
            return;
        }
        shown = curriculum->totalUe();
    }
    const QSignalBlocker quiet(m_plannedUe); // showing the total is no edit
    m_plannedUe->setValue(shown);
    updateCost();
}

void MeasureEditor::updateObligation() {
    const auto mode = ObligationMode(m_obligationMode->currentData().toInt());
    m_obligationCompany->setEnabled(mode != NoObligation);
    m_obligationValue->setEnabled(mode != NoObligation);
    m_hiringCheck->setEnabled(mode != NoObligation);
    m_obligationValue->setSuffix(mode == ShareObligation ? QStringLiteral(" %") : QString());
    m_obligationValue->setMaximum(mode == ShareObligation ? 100 : 10000);
}

void MeasureEditor::updateCost() {
    const bool perUe = CostMode(m_costMode->currentData().toInt()) == CostMode::PerUe;
    m_totalCost->setEnabled(!perUe);
    m_costPerUe->setEnabled(perUe);
    const Measure m = measure();
    const Cents total = m.costFor(m_participants);
    m_costLabel->setText(perUe ? tr("%1 × %2 UE × %3 participants = %4")
                                     .arg(formatMoney(m.costPerUe))
                                     .arg(m.effectivePlannedUe())
                                     .arg(m_participants)
                                     .arg(formatMoney(total))
                               : formatMoney(total));
    m_shares->setTotal(total);
    m_remainder->setText(remainderText());
    m_perParticipant->setText(
        m_participants > 0
            ? tr("Per participant: %1 (%n participant(s)).", nullptr, m_participants)
                  .arg(formatMoney(allocate(total, QList<qint64>(m_participants, 1)).first()))
            : tr("Nobody is enrolled yet."));
}

QString MeasureEditor::remainderText() const {
    const FundingBreakdown plan = m_shares->breakdown();
    if (m_shares->rowCount() == 0)
        return tr("No shares yet.");
    if (plan.valid)
        return tr("The shares cover the cost exactly.");
    if (plan.remainder > 0)
        return tr("Still to cover: %1").arg(formatMoney(plan.remainder));
    return tr("Covered too much: %1").arg(formatMoney(-plan.remainder));
}

Choice MeasureEditor::choiceOf(qint64 organisationId) const {
    return m_database ? organisationChoice(*m_database, organisationId) : Choice{};
}

void MeasureEditor::addLocation() {
    if (!m_database)
        return;
    AskDialog dialog(tr("Place of learning"), m_overview);
    auto* place = new SearchChoice(organisationSearch(&m_database, {}));
    auto* role = new QComboBox;
    fillChoices(role, enumChoices<LocationRole>());
    dialog.addField(tr("&Organisation:"), place, QLatin1String(Field::Organisation));
    dialog.addField(tr("&Role:"), role);
    dialog.setCheck([place] { return organisationChosen(place); });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto chosenRole = LocationRole(role->currentData().toInt());
    auto* item = new QListWidgetItem(
        QStringLiteral("%1 – %2").arg(place->text(), enumLabel(chosenRole)), m_locations);
    item->setData(Qt::UserRole, place->value().toLongLong());
    item->setData(Qt::UserRole + 1, int(chosenRole));
    markModified();
}

void MeasureEditor::removeLocation() {
    delete m_locations->currentItem();
    markModified();
}

void MeasureEditor::addShare() {
    const int row = m_shares->addShare(FundingShare{});
    m_shareView->setCurrentIndex(m_shares->index(row, ShareTableModel::FunderColumn));
    m_shareView->edit(m_shareView->currentIndex());
}

void MeasureEditor::removeShare() {
    m_shares->removeShare(m_shareView->currentIndex().row());
}

void MeasureEditor::suggestShares() {
    if (!m_database)
        return;
    if (m_shares->rowCount() > 0 &&
        QMessageBox::question(m_funding, tr("Suggest shares"),
                              tr("The suggestion replaces the %n share(s) of the plan. Go on?",
                                 nullptr, m_shares->rowCount()),
                              QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    AskDialog dialog(tr("Suggest shares"), m_funding);
    auto* programme = new QComboBox;
    fillChoices(programme, programmeChoices(*m_database).mid(1));
    auto* company = new SearchChoice(organisationSearch(&m_database, {OrganisationKind::Company}));
    dialog.addField(tr("&Programme:"), programme);
    dialog.addField(tr("&Company:"), company, QLatin1String(Field::Organisation));
    dialog.setCheck([company] { return organisationChosen(company); });
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Nothing is written before the measure is saved: a company that is no funder yet pays
    // as the organisation, and becomes a funder with the measure's save.
    const qint64 companyId = company->value().toLongLong();
    const auto shares =
        FundingService(*m_database).suggestShares(programme->currentData().toLongLong(), companyId);
    if (!shares) {
        QMessageBox::information(m_funding, tr("Suggest shares"), shares.error().message());
        return;
    }
    m_shares->addPayer({company->text(), 0, companyId, {}});
    m_shares->setShares(*shares);
    markModified();
    updateCost();
}

} // namespace Verbund
