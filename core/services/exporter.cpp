#include "exporter.h"

#include "../domain/keylabels.h"
#include "../storage/consultationrepository.h"
#include "../storage/contactrepository.h"
#include "../storage/curriculumrepository.h"
#include "../storage/enrollmentrepository.h"
#include "../storage/followuprepository.h"
#include "../storage/measurerepository.h"
#include "../storage/organisationrepository.h"
#include "../storage/participantrepository.h"
#include "../storage/staffrepository.h"
#include "importer.h"

#include <QHash>

namespace Verbund {

namespace {

// Headers as the importer names its fields, so that an export imports again as it is.
QStringList headersOf(ImportKind kind, const QStringList& keys) {
    QStringList headers;
    const QList<ImportField> fields = Importer::fields(kind);
    for (const QString& key : keys) {
        for (const ImportField& field : fields) {
            if (field.key == key)
                headers << field.label;
        }
    }
    return headers;
}

Status organisations(Database& database, CsvWriter& csv) {
    csv.addRow(headersOf(ImportKind::Organisations,
                         {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("sector"),
                          QStringLiteral("wzSection"), QStringLiteral("employees"),
                          QStringLiteral("street"), QStringLiteral("postcode"),
                          QStringLiteral("city"), QStringLiteral("phone"), QStringLiteral("email"),
                          QStringLiteral("website"), QStringLiteral("membership"),
                          QStringLiteral("memberSince"), QStringLiteral("notes")}));
    return OrganisationRepository(database).forEach(
        QStringLiteral("TRUE"), {}, QStringLiteral("name COLLATE NOCASE, id"),
        [&csv](const Organisation& o) {
            csv.addRow({o.name, enumLabel(o.kind), o.sector,
                        o.wzSection ? enumLabel(*o.wzSection) : QString(),
                        o.employees ? QString::number(*o.employees) : QString(), o.street,
                        o.postcode, o.city, o.phone, o.email, o.website, enumLabel(o.membership),
                        csv.date(o.memberSince), o.notes});
        });
}

Status contacts(Database& database, CsvWriter& csv) {
    auto names = OrganisationRepository(database).names();
    if (!names)
        return names.error();
    csv.addRow(
        headersOf(ImportKind::Contacts,
                  {QStringLiteral("organisation"), QStringLiteral("salutation"),
                   QStringLiteral("academicTitle"), QStringLiteral("firstName"),
                   QStringLiteral("lastName"), QStringLiteral("function"), QStringLiteral("email"),
                   QStringLiteral("phone"), QStringLiteral("mobile"), QStringLiteral("notes")}));
    return ContactRepository(database).forEach(
        QStringLiteral("TRUE"), {},
        QStringLiteral("last_name COLLATE NOCASE, first_name COLLATE NOCASE, id"),
        [&](const Contact& c) {
            csv.addRow({names->value(c.organisationId),
                        c.salutation ? enumLabel(*c.salutation) : QString(), c.academicTitle,
                        c.firstName, c.lastName, c.function, c.email, c.phone, c.mobile, c.notes});
        });
}

Status consultations(Database& database, CsvWriter& csv) {
    auto names = OrganisationRepository(database).names();
    auto staff = StaffRepository(database).all();
    if (!names)
        return names.error();
    if (!staff)
        return staff.error();
    QHash<qint64, QString> advisors;
    for (const Staff& person : std::as_const(*staff))
        advisors.insert(person.meta.id, person.fullName());
    auto all = ConsultationRepository(database).all();
    if (!all)
        return all.error();
    csv.addRow({Exporter::tr("Date"), Exporter::tr("Organisation"), Exporter::tr("Advisor"),
                Exporter::tr("Channel"), Exporter::tr("Topics"), Exporter::tr("Summary"),
                Exporter::tr("Outcome"), Exporter::tr("Follow-up")});
    for (const Consultation& c : std::as_const(*all))
        csv.addRow({csv.date(c.date), names->value(c.organisationId), advisors.value(c.advisorId),
                    enumLabel(c.channel), topicLabels(c.topics), c.summary, c.outcome,
                    csv.date(c.followUp)});
    return {};
}

Status participants(Database& database, CsvWriter& csv) {
    csv.addRow({Exporter::tr("ID"), Exporter::tr("Last name"), Exporter::tr("First name"),
                Exporter::tr("Date of birth"), Exporter::tr("Gender"), Exporter::tr("Email"),
                Exporter::tr("Phone"), Exporter::tr("Postcode"), Exporter::tr("City"),
                Exporter::tr("Employment"), Exporter::tr("Employer"), Exporter::tr("Referred by"),
                Exporter::tr("Prior qualification"), Exporter::tr("Entry conditions"),
                Exporter::tr("Consent given"), Exporter::tr("Notes"),
                Exporter::tr("Education (ISCED)"), Exporter::tr("Unemployed since")});
    const KeyLabels genders = KeyLabels::of(Gender::NotStated);
    const KeyLabels employment = KeyLabels::of(EmploymentStatus::Other);
    const KeyLabels education = KeyLabels::of(EducationLevel::Isced0to2);
    return ParticipantRepository(database).forEachText([&](const TextRow& row) {
        for (int column = 0; column < 3; ++column) // id, last and first name
            csv.addCell(row.cell(column));
        csv.addDateCell(row.cell(3));
        csv.addCell(genders.label(row.cell(4)));
        for (int column = 5; column < 9; ++column) // email, phone, postcode, city
            csv.addCell(row.cell(column));
        csv.addCell(employment.label(row.cell(9)));
        for (int column = 10; column < 14; ++column) // employer … entry conditions
            csv.addCell(row.cell(column));
        csv.addDateCell(row.cell(14));
        csv.addCell(row.cell(15));
        csv.addCell(row.cell(16).isEmpty() ? QByteArrayView() : education.label(row.cell(16)));
        csv.addDateCell(row.cell(17));
        csv.endRow();
    });
}

Status measures(Database& database, CsvWriter& csv) {
    auto names = OrganisationRepository(database).names();
    if (!names)
        return names.error();
    MeasureRepository repository(database);
    auto all = repository.inPeriod({}, {});
    if (!all)
        return all.error();
    csv.addRow({Exporter::tr("ID"), Exporter::tr("Title"), Exporter::tr("Kind"),
                Exporter::tr("Qualification goal"), Exporter::tr("Curriculum"),
                Exporter::tr("Lead provider"), Exporter::tr("Start"), Exporter::tr("End"),
                Exporter::tr("Schedule"), Exporter::tr("Planned UE"), Exporter::tr("Places"),
                Exporter::tr("Status"), Exporter::tr("Employed"), Exporter::tr("Unemployed"),
                Exporter::tr("Cost")});
    auto figuresById = repository.figuresInPeriod(*all, {}, {});
    if (!figuresById)
        return figuresById.error();
    // The few curricula by id, each read once.
    CurriculumRepository curricula(database);
    QHash<qint64, QString> curriculumTitles;
    for (const Measure& m : std::as_const(*all)) {
        const MeasureFigures figures = figuresById->value(m.meta.id);
        if (m.curriculumId > 0 && !curriculumTitles.contains(m.curriculumId)) {
            auto found = curricula.get(m.curriculumId);
            if (!found)
                return found.error();
            curriculumTitles.insert(m.curriculumId, found->title);
        }
        const QString curriculum = curriculumTitles.value(m.curriculumId);
        csv.addRow({QString::number(m.meta.id), m.title, enumLabel(m.kind), m.qualificationGoal,
                    curriculum, names->value(m.providerId), csv.date(m.startDate),
                    csv.date(m.endDate), m.schedule, QString::number(m.effectivePlannedUe()),
                    m.capacity > 0 ? QString::number(m.capacity) : QString(), enumLabel(m.status),
                    QString::number(figures.employed), QString::number(figures.referred),
                    csv.money(m.costFor(figures.participants))});
    }
    return {};
}

Status enrollments(Database& database, CsvWriter& csv) {
    csv.addRow({Exporter::tr("ID"), Exporter::tr("Measure"), Exporter::tr("Participant"),
                Exporter::tr("Path"), Exporter::tr("Status"), Exporter::tr("Start"),
                Exporter::tr("Exit"), Exporter::tr("Individual UE"), Exporter::tr("Exam date"),
                Exporter::tr("Exam result"), Exporter::tr("Hired by"), Exporter::tr("Hired on")});
    const KeyLabels paths = KeyLabels::of(EnrollmentPath::Other);
    const KeyLabels statuses = KeyLabels::of(EnrollmentStatus::Registered);
    const KeyLabels results = KeyLabels::of(ExamResult::None);
    return EnrollmentRepository(database).forEachText([&](const TextRow& row) {
        csv.addCell(row.cell(0));
        csv.addCell(row.cell(1));
        csv.addCell(row.cell(2));
        csv.addCell(paths.label(row.cell(3)));
        csv.addCell(statuses.label(row.cell(4)));
        csv.addDateCell(row.cell(5));
        csv.addDateCell(row.cell(6));
        csv.addCell(row.cell(7));
        csv.addDateCell(row.cell(8));
        csv.addCell(results.label(row.cell(9)));
        csv.addCell(row.cell(10));
        csv.addDateCell(row.cell(11));
        csv.endRow();
    });
}

// The follow-ups not done, by due day.
Status followUps(Database& database, CsvWriter& csv) {
    const FollowUpRepository repository(database);
    auto rows = repository.all(FollowUpFilter());
    if (!rows)
        return rows.error();
    csv.addRow({Exporter::tr("Due on"), Exporter::tr("About"), Exporter::tr("Record"),
                Exporter::tr("Task"), Exporter::tr("Owner")});
    for (const FollowUpRow& row : std::as_const(*rows))
        csv.addRow({csv.date(row.followUp.dueOn), enumLabel(row.followUp.subject), row.subjectName,
                    followUpTask(row.followUp), row.ownerName});
    return {};
}

} // namespace

QStringList Exporter::kinds() {
    return {QStringLiteral("organisations"), QStringLiteral("contacts"),
            QStringLiteral("participants"),  QStringLiteral("measures"),
            QStringLiteral("enrollments"),   QStringLiteral("consultations"),
            QStringLiteral("followups")};
}

Status Exporter::exportKind(Database& database, const QString& kind, CsvWriter& csv) {
    if (kind == QLatin1String("organisations"))
        return organisations(database, csv);
    if (kind == QLatin1String("contacts"))
        return contacts(database, csv);
    if (kind == QLatin1String("participants"))
        return participants(database, csv);
    if (kind == QLatin1String("measures"))
        return measures(database, csv);
    if (kind == QLatin1String("enrollments"))
        return enrollments(database, csv);
    if (kind == QLatin1String("consultations"))
        return consultations(database, csv);
    if (kind == QLatin1String("followups"))
        return followUps(database, csv);
    return Error(
        ErrorCode::Usage,
        tr("Cannot export “%1”. Kinds: %2.").arg(kind, kinds().join(QStringLiteral(", "))));
}

} // namespace Verbund
