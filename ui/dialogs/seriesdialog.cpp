#include "seriesdialog.h"

#include "application/measureservice.h"
#include "application/sessionservice.h"
#include "common/dates.h"
#include "domain/validation.h"
#include "services/sessionseries.h"
#include "widgets/choices.h"
#include "widgets/dateedit.h"
#include "widgets/searchchoice.h"
#include "widgets/timeedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>

namespace Verbund {

SeriesDialog::SeriesDialog(Database& database, const MeasureView& measure, QWidget* parent)
    : RecordDialog(tr("Plan sessions of “%1”").arg(measure.measure.title), parent)
    , m_database(database)
    , m_measure(measure.measure)
    , m_kind(new QComboBox)
    , m_from(new DateEdit)
    , m_to(new DateEdit)
    , m_weekOfMonth(new QSpinBox)
    , m_start(new TimeEdit(QTime(8, 0)))
    , m_end(new TimeEdit(QTime(12, 0)))
    , m_ue(new QSpinBox)
    , m_state(new QComboBox)
    , m_closures(new QPlainTextEdit)
    , m_topic(new QComboBox)
    , m_location(new SearchChoice(organisationSearch(database)))
    , m_trainer(new QLineEdit)
    , m_preview(new QLabel) {
    if (auto existing = SessionService(database).sessions(measure.measure.meta.id))
        m_existing = *existing;
    else
        m_readError = existing.error().message();
    fillChoices(m_topic, topicChoices(measure.topics));
    m_to->setObjectName(QStringLiteral("seriesTo"));
    m_trainer->setObjectName(QStringLiteral("seriesTrainer"));
    m_preview->setObjectName(QStringLiteral("seriesPreview"));
    m_kind->addItem(tr("every week"), int(SeriesPattern::Kind::Weekly));
    m_kind->addItem(tr("one week in every month"), int(SeriesPattern::Kind::MonthlyWeek));
    m_from->setDate(m_measure.startDate);
    m_to->setDate(m_measure.endDate);
    auto* days = new QHBoxLayout;
    days->setContentsMargins(0, 0, 0, 0);
    for (int day = Qt::Monday; day <= Qt::Saturday; ++day) {
        auto* box = new QCheckBox(QLocale().dayName(day, QLocale::ShortFormat));
        box->setChecked(day == Qt::Tuesday || day == Qt::Thursday);
        m_weekdays << box;
        days->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &SeriesDialog::updatePreview);
    }
    days->addStretch();
    auto* weekdays = new QWidget;
    weekdays->setLayout(days);
    m_weekOfMonth->setRange(1, 4);
    m_weekOfMonth->setPrefix(tr("week with the "));
    m_weekOfMonth->setSuffix(tr(". Monday of the month"));
    m_ue->setRange(1, 24);
    m_ue->setValue(5);
    fillChoices(m_state, enumChoices<FederalState>());
    selectChoice(m_state, int(FederalState::MV));
    m_closures->setPlaceholderText(tr("Closure days, one per line or separated by commas, e.g. "
                                      "29.12.2026"));
    m_closures->setTabChangesFocus(true);
    m_closures->setFixedHeight(60);
    m_preview->setWordWrap(true);
    QWidget* time = TimeEdit::range(m_start, m_end);
    errors().addRow(form(), tr("&Repeat:"), m_kind);
    errors().addRow(form(), tr("&From:"), m_from, QStringLiteral("from"));
    errors().addRow(form(), tr("&To:"), m_to, QStringLiteral("to"));
    errors().addRow(form(), tr("&Weekdays:"), weekdays, QStringLiteral("weekdays"));
    errors().addRow(form(), tr("W&eek:"), m_weekOfMonth);
    errors().addRow(form(), tr("T&ime:"), time);
    errors().addRow(form(), tr("&UE per session:"), m_ue);
    errors().addRow(form(), tr("Public holidays of:"), m_state);
    errors().addRow(form(), tr("&Closure days:"), m_closures, QStringLiteral("closures"));
    errors().addRow(form(), tr("T&opic:"), m_topic);
    errors().addRow(form(), tr("&Place:"), m_location);
    errors().addRow(form(), tr("T&rainer:"), m_trainer);
    form()->addRow(m_preview);
    setMinimumWidth(560);
    for (DateEdit* edit : {m_from, m_to})
        connect(edit, &QLineEdit::textChanged, this, &SeriesDialog::updatePreview);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SeriesDialog::updatePreview);
    connect(m_weekOfMonth, &QSpinBox::valueChanged, this, &SeriesDialog::updatePreview);
    connect(m_state, &QComboBox::currentIndexChanged, this, &SeriesDialog::updatePreview);
    connect(m_ue, &QSpinBox::valueChanged, this, &SeriesDialog::updatePreview);
    connect(m_closures, &QPlainTextEdit::textChanged, this, &SeriesDialog::updatePreview);
    connect(m_topic, &QComboBox::currentIndexChanged, this, &SeriesDialog::updatePreview);
    connect(m_location, &SearchChoice::chosen, this, &SeriesDialog::updatePreview);
    connect(m_trainer, &QLineEdit::textChanged, this, &SeriesDialog::updatePreview);
    updatePreview();
}

bool SeriesDialog::readPattern(SeriesPattern& pattern, QList<FieldError>& errors) const {
    pattern.kind = SeriesPattern::Kind(m_kind->currentData().toInt());
    pattern.from = m_from->date();
    pattern.to = m_to->date();
    if (!pattern.from.isValid())
        errors.append({QStringLiteral("from"), unreadableDateMessage()});
    if (!pattern.to.isValid())
        errors.append({QStringLiteral("to"), unreadableDateMessage()});
    pattern.weekdays.clear();
    for (int i = 0; i < m_weekdays.size(); ++i) {
        if (m_weekdays.at(i)->isChecked())
            pattern.weekdays << Qt::Monday + i;
    }
    if (pattern.weekdays.isEmpty())
        errors.append({QStringLiteral("weekdays"), tr("Choose at least one weekday.")});
    pattern.weekOfMonth = m_weekOfMonth->value();
    errors += TimeEdit::unreadable(m_start, m_end);
    pattern.start = m_start->time();
    pattern.end = m_end->time();
    pattern.ue = m_ue->value();
    pattern.state = FederalState(m_state->currentData().toInt());
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    for (const QString& text : m_closures->toPlainText().split(separators, Qt::SkipEmptyParts)) {
        const QDate day = parseDate(text);
        if (!day.isValid()) {
            errors.append({QStringLiteral("closures"),
                           tr("“%1” is not a date; write it as 29.12.2026.").arg(text)});
            break;
        }
        pattern.closures << day;
    }
    pattern.topicId = m_topic->currentData().toLongLong();
    pattern.locationId = m_location->value().toLongLong();
    pattern.trainer = m_trainer->text().trimmed();
    errors += seriesErrors(pattern, m_measure);
    return errors.isEmpty();
}

QString SeriesDialog::doubleBookedDays(const QList<Session>& planned) const {
    // The first days, and how many more: the dialog stays within the screen.
    constexpr int Shown = 8;
    const QList<QDate> taken = daysAlreadyPlanned(planned, m_existing);
    QStringList days;
    for (const QDate& day : taken.mid(0, Shown))
        days << formatDate(day);
    if (taken.size() > Shown)
        days << tr("and %n more", nullptr, int(taken.size()) - Shown);
    return days.join(QStringLiteral(", "));
}

void SeriesDialog::updatePreview() {
    m_weekOfMonth->setEnabled(SeriesPattern::Kind(m_kind->currentData().toInt()) ==
                              SeriesPattern::Kind::MonthlyWeek);
    SeriesPattern pattern;
    QList<FieldError> errors;
    if (!m_readError.isEmpty()) {
        m_preview->setText(m_readError);
        return;
    }
    if (!readPattern(pattern, errors)) {
        m_preview->setText(errors.first().message);
        return;
    }
    const SeriesResult result = generateSeries(pattern, m_measure.meta.id);
    QStringList skipped;
    for (const SkippedDay& day : result.skipped)
        skipped << QStringLiteral("%1 (%2)").arg(formatDate(day.date), day.reason);
    int ue = 0;
    for (const Session& session : result.sessions)
        ue += session.ue;
    const QString doubled = doubleBookedDays(result.sessions);
    m_preview->setText(
        tr("%n session(s) with %1 UE.", nullptr, int(result.sessions.size())).arg(ue) +
        (skipped.isEmpty()
             ? QString()
             : QStringLiteral(" ") + tr("Left out: %1.").arg(skipped.join(QStringLiteral(", ")))) +
        (doubled.isEmpty() ? QString()
                           : QStringLiteral("\n⚠ ") +
                                 tr("The measure already has a session on: %1.").arg(doubled)));
}

Status SeriesDialog::save() {
    SeriesPattern pattern;
    QList<FieldError> errors;
    if (!readPattern(pattern, errors))
        return Error::validation(errors);
    QList<Session> sessions = generateSeries(pattern, m_measure.meta.id).sessions;
    if (const QString doubled = doubleBookedDays(sessions); !doubled.isEmpty()) {
        QMessageBox question(QMessageBox::Warning, tr("Plan a series"),
                             tr("The measure already has a session on: %1.").arg(doubled) +
                                 QStringLiteral("\n\n") +
                                 tr("Leave these days out of the series, or plan a second "
                                    "session on them?"),
                             QMessageBox::Cancel, this);
        QPushButton* leaveOut = question.addButton(tr("&Leave them out"), QMessageBox::AcceptRole);
        QPushButton* both = question.addButton(tr("Plan &both"), QMessageBox::DestructiveRole);
        question.setDefaultButton(leaveOut);
        question.exec();
        if (question.clickedButton() == leaveOut) {
            const QList<QDate> taken = daysAlreadyPlanned(sessions, m_existing);
            sessions.removeIf(
                [&taken](const Session& session) { return taken.contains(session.date); });
        } else if (question.clickedButton() != both) {
            return Error(ErrorCode::Cancelled, {});
        }
    }
    if (Status saved = SessionService(m_database).saveAll(sessions); !saved)
        return saved;
    m_created = int(sessions.size());
    return {};
}

} // namespace Verbund
