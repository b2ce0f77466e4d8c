#include "personsheet.h"

#include "../common/dates.h"
#include "../domain/consent.h"
#include "../domain/contact.h"
#include "../domain/enrollment.h"
#include "../domain/participant.h"
#include "../domain/session.h"

#include <QJsonArray>

namespace Verbund {

namespace {

QString text(const QJsonObject& row, const char* key) {
    const QJsonValue value = row.value(QLatin1String(key));
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

QString date(const QJsonObject& row, const char* key) {
    return formatDate(dateFromIso(text(row, key)));
}

template <typename E> QString label(const QJsonObject& row, const char* key) {
    return enumLabelOfKey<E>(text(row, key));
}

ReportCell cell(const QString& text) {
    return ReportCell::text(text);
}

} // namespace

void PersonSheet::addHistory(ReportDocument& document, const QList<HistoryRow>& history) {
    document.blocks << ReportHeading{tr("History of changes")};
    if (history.isEmpty()) {
        document.blocks << ReportParagraph{tr("No changes are recorded.")};
    } else {
        ReportTable table;
        table.columns = {ReportColumn{tr("When"), 2}, ReportColumn{tr("Who"), 1.5},
                         ReportColumn{tr("What"), 2.5}, ReportColumn{tr("Changes"), 5}};
        for (const HistoryRow& row : history)
            table.rows << ReportRow{
                {cell(row.when), cell(row.who), cell(row.what), ReportCell{row.changes}}};
        document.blocks << table;
    }
}

ReportDocument PersonSheet::build(const QJsonObject& data, const QList<HistoryRow>& history,
                                  const QDate& date) {
    const QJsonObject person = data.value(QStringLiteral("person")).toObject();
    const QString name = personName(text(person, "first_name"), text(person, "last_name"));
    ReportDocument document;
    document.title = tr("Data stored about %1").arg(name);
    document.networkName = data.value(QStringLiteral("network")).toString();
    document.date = date;
    document.blocks << ReportTitle{name, tr("Information on stored data (Art. 15 GDPR)")};
    document.blocks << ReportParagraph{
        tr("This is everything the network “%1” stores about you in Verbund, as of %2. The same "
           "data is available as a machine-readable file (JSON) on request (Art. 20 GDPR).")
            .arg(document.networkName, formatDate(date))};

    document.blocks << ReportHeading{tr("Personal data")};
    if (data.value(QStringLiteral("kind")).toString() == QLatin1String("contact")) {
        document.addFields({
            {tr("Number"), text(person, "id")},
            {tr("Salutation"), label<Salutation>(person, "salutation")},
            {tr("Academic title"), text(person, "academic_title")},
            {tr("First name"), text(person, "first_name")},
            {tr("Last name"), text(person, "last_name")},
            {tr("Organisation"), text(person, "organisation")},
            {tr("Function"), text(person, "function")},
            {tr("Email"), text(person, "email")},
            {tr("Phone"), text(person, "phone")},
            {tr("Mobile"), text(person, "mobile")},
            {tr("Notes"), text(person, "notes")},
            {tr("Personal data erased on"), Verbund::date(person, "erased_on")},
        });
        addHistory(document, history);
        return document;
    }
    QString born = Verbund::date(person, "birth_date");
    if (born.isEmpty())
        born = text(person, "birth_year");
    document.addFields({
        {tr("Number"), text(person, "id")},
        {tr("First name"), text(person, "first_name")},
        {tr("Last name"), text(person, "last_name")},
        {tr("Date of birth"), born},
        {tr("Gender"), label<Gender>(person, "gender")},
        {tr("Email"), text(person, "email")},
        {tr("Phone"), text(person, "phone")},
        {tr("Postcode and city"), QStringList{text(person, "postcode"), text(person, "city")}
                                      .join(QLatin1Char(' '))
                                      .trimmed()},
        {tr("Employment"), label<EmploymentStatus>(person, "employment")},
        {tr("Employer"), text(person, "employer")},
        {tr("Referred by"), text(person, "referred_by")},
        {tr("Prior qualification"), text(person, "prior_qualification")},
        {tr("Education (ISCED)"), label<EducationLevel>(person, "education")},
        {tr("Unemployed since"), Verbund::date(person, "unemployed_since")},
        {tr("Entry conditions"), text(person, "entry_conditions")},
        {tr("Data protection notice acknowledged"), Verbund::date(person, "consent_date")},
        {tr("Notes"), text(person, "notes")},
        {tr("Personal data erased on"), Verbund::date(person, "erased_on")},
    });

    const QJsonArray enrollments = data.value(QStringLiteral("enrollments")).toArray();
    document.blocks << ReportHeading{tr("Measures")};
    if (enrollments.isEmpty())
        document.blocks << ReportParagraph{tr("You have taken part in no measure.")};
    for (const QJsonValue& value : enrollments) {
        const QJsonObject enrollment = value.toObject();
        document.blocks << ReportSpacer{2};
        document.addFields({
            {tr("Measure"), text(enrollment, "measure")},
            {tr("Period"), formatPeriod(dateFromIso(text(enrollment, "measure_start")),
                                        dateFromIso(text(enrollment, "measure_end")))},
            {tr("Path"), label<EnrollmentPath>(enrollment, "path")},
            {tr("Status"), label<EnrollmentStatus>(enrollment, "status")},
            {tr("Started"), Verbund::date(enrollment, "start_date")},
            {tr("Left"), Verbund::date(enrollment, "exit_date")},
            {tr("Exam"), QStringList{Verbund::date(enrollment, "exam_date"),
                                     label<ExamResult>(enrollment, "exam_result")}
                             .join(QLatin1Char(' '))
                             .trimmed()},
            {tr("Hired by"),
             QStringList{text(enrollment, "hired_by"), Verbund::date(enrollment, "hired_on")}
                 .join(QLatin1Char(' '))
                 .trimmed()},
            {tr("Status at exit"), label<ExitStatus>(enrollment, "exit_status")},
            {tr("Certificate"), QStringList{text(enrollment, "certificate_serial"),
                                            Verbund::date(enrollment, "certificate_issued_on")}
                                    .join(QLatin1Char(' '))
                                    .trimmed()},
            {tr("Notes"), text(enrollment, "notes")},
        });
        QStringList credited;
        for (const QJsonValue& topic :
             enrollment.value(QStringLiteral("credited_topics")).toArray())
            credited << tr("%1 (%2 UE)")
                            .arg(text(topic.toObject(), "topic"), text(topic.toObject(), "ue"));
        if (!credited.isEmpty())
            document.addFields({{tr("Credited topics"), credited.join(QStringLiteral("; "))}});
        const QJsonArray attendance = enrollment.value(QStringLiteral("attendance")).toArray();
        if (attendance.isEmpty())
            continue;
        ReportTable marks;
        marks.columns = {ReportColumn{tr("Date"), 2}, ReportColumn{tr("Time"), 2},
                         ReportColumn{tr("UE of the session"), 1.5, Qt::AlignRight},
                         ReportColumn{tr("Attendance"), 2},
                         ReportColumn{tr("UE attended"), 1.5, Qt::AlignRight}};
        for (const QJsonValue& mark : attendance) {
            const QJsonObject row = mark.toObject();
            const bool partial = text(row, "state") == QLatin1String("partial");
            marks.rows << ReportRow{
                {cell(Verbund::date(row, "date")),
                 cell(QStringList{text(row, "start_time"), text(row, "end_time")}.join(
                     QStringLiteral("–"))),
                 cell(text(row, "session_ue")), cell(label<AttendanceState>(row, "state")),
                 cell(partial ? text(row, "ue") : QString())}};
        }
        document.blocks << marks << ReportSpacer{2};
    }

    document.blocks << ReportHeading{tr("Consents")};
    const QJsonArray consents = data.value(QStringLiteral("consents")).toArray();
    if (consents.isEmpty()) {
        document.blocks << ReportParagraph{tr("No consents are recorded.")};
    } else {
        ReportTable table;
        table.columns = {ReportColumn{tr("Purpose"), 3}, ReportColumn{tr("Given on"), 1.6},
                         ReportColumn{tr("How"), 1.8}, ReportColumn{tr("Text version"), 1.6},
                         ReportColumn{tr("Withdrawn on"), 1.6}};
        for (const QJsonValue& value : consents) {
            const QJsonObject row = value.toObject();
            table.rows << ReportRow{
                {cell(label<ConsentPurpose>(row, "purpose")), cell(Verbund::date(row, "given_on")),
                 cell(label<ConsentWay>(row, "how")), cell(text(row, "text_version")),
                 cell(Verbund::date(row, "withdrawn_on"))}};
        }
        document.blocks << table;
    }

    addHistory(document, history);
    return document;
}

} // namespace Verbund
