#include "reportregistry.h"

#include "../storage/curriculumrepository.h"
#include "../storage/measurerepository.h"
#include "../storage/programmerepository.h"
#include "../storage/settings.h"
#include "activityreport.h"
#include "attendancesheet.h"
#include "certificates.h"
#include "curriculumsheet.h"
#include "fundingreport.h"
#include "indicatorreport.h"
#include "measureoverview.h"

namespace Verbund {

namespace {

// The measure of the request, read once for a report about it.
template <typename Build> auto aboutMeasure(Build build) {
    return [build](Database& database, const ReportRequest& request) {
        auto measure = MeasureRepository(database).get(request.subjectId);
        if (!measure)
            return decltype(build(database, *measure, request))(measure.error());
        return build(database, *measure, request);
    };
}

QList<Report> makeReports() {
    QList<Report> reports;
    Report sheet;
    sheet.name = QStringLiteral("curriculum-sheet");
    sheet.subject = ReportSubject::Curriculum;
    sheet.title = QT_TRANSLATE_NOOP("Verbund::ReportRegistry", "Curriculum sheet");
    sheet.build = [](Database& database, const ReportRequest& request) -> Result<ReportDocument> {
        auto curriculum = CurriculumRepository(database).get(request.subjectId);
        if (!curriculum)
            return curriculum.error();
        auto networkName = NetworkSettings(database).networkName();
        if (!networkName)
            return networkName.error();
        return CurriculumSheet::build(*curriculum, *networkName);
    };
    reports << sheet;

    Report overview;
    overview.name = QStringLiteral("measure-overview");
    overview.title = QT_TRANSLATE_NOOP("Verbund::ReportRegistry", "Measure overview");
    overview.build =
        aboutMeasure([](Database& database, const Measure& measure, const ReportRequest&) {
            return MeasureOverview::build(database, measure);
        });
    reports << overview;

    Report attendance;
    attendance.name = QStringLiteral("attendance-sheet");
    attendance.title = QT_TRANSLATE_NOOP("Verbund::ReportRegistry", "Attendance sheet");
    attendance.options = {ReportOption::Period};
    attendance.build =
        aboutMeasure([](Database& database, const Measure& measure, const ReportRequest& request) {
            return AttendanceSheet::build(database, measure, request.from, request.to);
        });
    reports << attendance;

    Report certificates;
    certificates.name = QStringLiteral("certificates");
    certificates.title = QT_TRANSLATE_NOOP("Verbund::ReportRegistry", "Certificates");
    certificates.options = {ReportOption::Participant, ReportOption::Provisional};
    certificates.build =
        aboutMeasure([](Database& database, const Measure& measure, const ReportRequest& request) {
            return Certificates::preview(database, measure, request.participantId);
        });
    certificates.provisionalCount =
        aboutMeasure([](Database& database, const Measure& measure, const ReportRequest& request) {
            return Certificates::provisionalCount(database, measure, request.participantId);
        });
    certificates.issueWith = [](Database& database, const ReportRequest& request,
                                const Report::Output& output) -> Status {
        auto measure = MeasureRepository(database).get(request.subjectId);
        if (!measure)
            return measure.error();
        return Certificates::issue(database, *measure, request.participantId, output);
    };
    reports << certificates;

    Report funding;
    funding.name = QStringLiteral("funding-report");
    funding.subject = ReportSubject::Period;
    funding.title = QT_TRANSLATE_NOOP("Verbund::ReportRegistry", "Funding report");
    funding.options = {ReportOption::Period};
    funding.build = [](Database& database, const ReportRequest& request) {
        return FundingReport::build(database, request.from, request.to);
    };
    reports << funding;

    Report indicators;
    indicators.name = QStringLiteral("indicators");
    indicators.subject = ReportSubject::Period;
    indicators.title = QT_TRANSLATE_NOOP("Verbund::ReportRegistry", "Participant indicators");
    indicators.options = {ReportOption::Period, ReportOption::Scope};
    indicators.build = [](Database& database, const ReportRequest& request) {
        return IndicatorReport::build(
            database, {request.from, request.to, request.measureId, request.programmeId});
    };
    reports << indicators;

    Report activity;
    activity.name = QStringLiteral("activity-report");
    activity.subject = ReportSubject::Period;
    activity.title = QT_TRANSLATE_NOOP("Verbund::ReportRegistry", "Activity report");
    activity.options = {ReportOption::Period, ReportOption::Site};
    activity.build = [](Database& database, const ReportRequest& request) {
        return ActivityReport::build(
            database, {request.from, request.to, request.siteId, QDate::currentDate()});
    };
    reports << activity;
    return reports;
}

} // namespace

QString Report::translatedTitle() const {
    return QCoreApplication::translate("Verbund::ReportRegistry", title);
}

Status Report::issue(Database& database, const ReportRequest& request, const Output& output) const {
    if (issueWith)
        return issueWith(database, request, output);
    auto document = build(database, request);
    if (!document)
        return document.error();
    return output(*document);
}

const QList<Report>& ReportRegistry::all() {
    static const QList<Report> reports = makeReports();
    return reports;
}

QStringList ReportRegistry::names() {
    QStringList names;
    for (const Report& report : all())
        names << report.name;
    return names;
}

const Report* ReportRegistry::find(const QString& name) {
    for (const Report& report : all()) {
        if (report.name == name)
            return &report;
    }
    return nullptr;
}

Result<qint64> ReportRegistry::findSubject(Database& database, ReportSubject subject,
                                           const QString& text) {
    switch (subject) {
    case ReportSubject::Curriculum: {
        auto curriculum = CurriculumRepository(database).find(text);
        if (!curriculum)
            return curriculum.error();
        return curriculum->meta.id;
    }
    case ReportSubject::Measure: {
        auto measure = MeasureRepository(database).find(text);
        if (!measure)
            return measure.error();
        return measure->meta.id;
    }
    case ReportSubject::Programme: {
        auto programme = ProgrammeRepository(database).find(text);
        if (!programme)
            return programme.error();
        return programme->meta.id;
    }
    case ReportSubject::Period:
        break;
    }
    return qint64(0);
}

} // namespace Verbund
