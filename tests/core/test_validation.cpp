#include "common/dates.h"
#include "domain/consultation.h"
#include "domain/contact.h"
#include "domain/curriculum.h"
#include "domain/organisation.h"
#include "domain/participant.h"
#include "domain/staff.h"
#include "domain/validation.h"
#include "storage/organisationrepository.h"
#include "tempdatabase.h"

using namespace Verbund;

namespace {

QStringList fields(const QList<FieldError>& errors) {
    QStringList result;
    for (const FieldError& e : errors)
        result << e.field;
    return result;
}

Organisation named(const char* name) {
    Organisation o;
    o.name = QString::fromUtf8(name);
    return o;
}

} // namespace

TEST_CASE("an organisation needs a name", "[nodb]") {
    CHECK(fields(validate(named(""))) == QStringList{QStringLiteral("name")});
    CHECK(fields(validate(named("   "))) == QStringList{QStringLiteral("name")});
    CHECK(validate(named("IHK zu Schwerin")).isEmpty());
}

TEST_CASE("an email address is checked where given", "[nodb]") {
    Organisation o = named("Nordplast");
    o.email = QStringLiteral("personal@nordplast.de");
    CHECK(validate(o).isEmpty());
    for (const char* bad : {"personal", "personal@", "@nordplast.de", "a b@c.de", "x@y"}) {
        o.email = QString::fromLatin1(bad);
        INFO(bad);
        CHECK(fields(validate(o)) == QStringList{QStringLiteral("email")});
    }
    Contact c;
    c.organisationId = 1;
    c.lastName = QStringLiteral("Schulz");
    c.email = QStringLiteral("schulz@");
    CHECK(fields(validate(c)) == QStringList{QStringLiteral("email")});
    Staff s{{}, {}, QStringLiteral("Becker"), QStringLiteral("becker.de"), {}, 0, true};
    CHECK(fields(validate(s)) == QStringList{QStringLiteral("email")});
}

TEST_CASE("a German postcode has five digits", "[nodb]") {
    Organisation o = named("Hansen Maschinenbau");
    for (const char* good : {"19288", "01067", ""}) {
        o.postcode = QString::fromLatin1(good);
        CHECK(validate(o).isEmpty());
    }
    for (const char* bad : {"1928", "192888", "1928a", "00000", "D-19288"}) {
        o.postcode = QString::fromLatin1(bad);
        INFO(bad);
        CHECK(fields(validate(o)) == QStringList{QStringLiteral("postcode")});
    }
}

TEST_CASE("a membership cannot end before it began", "[nodb]") {
    Organisation o = named("DialogPlus");
    o.membership = Membership::Former;
    o.memberSince = QDate(2025, 1, 1);
    o.memberUntil = QDate(2024, 12, 31);
    CHECK(fields(validate(o)) == QStringList{QStringLiteral("memberUntil")});
    o.memberUntil = QDate(2025, 1, 1);
    CHECK(validate(o).isEmpty());
}

TEST_CASE("the number of employees cannot be negative and gives the size class", "[nodb]") {
    Organisation o = named("Tischlerei");
    o.employees = -3;
    CHECK(fields(validate(o)) == QStringList{QStringLiteral("employees")});
    CHECK(sizeClassFor(std::nullopt) == SizeClass::Unknown);
    CHECK(sizeClassFor(9) == SizeClass::Micro);
    CHECK(sizeClassFor(10) == SizeClass::Small);
    CHECK(sizeClassFor(49) == SizeClass::Small);
    CHECK(sizeClassFor(50) == SizeClass::Medium);
    CHECK(sizeClassFor(249) == SizeClass::Medium);
    CHECK(sizeClassFor(250) == SizeClass::Large);
}

TEST_CASE("implausible names and dates are refused, naming the field", "[nodb]") {
    Organisation invisible;
    invisible.name = QStringLiteral("\u200B\u200B\u0007");
    CHECK(fields(validate(invisible)) == QStringList{QLatin1String(Field::Name)});
    Organisation longName;
    longName.name = QString(MaxNameLength + 1, QLatin1Char('x'));
    CHECK(fields(validate(longName)) == QStringList{QLatin1String(Field::Name)});
    longName.name.chop(1);
    CHECK(validate(longName).isEmpty());

    Participant person;
    person.lastName = QStringLiteral("Meyer");
    person.firstName = QStringLiteral("\u200D");
    person.birthDate = QDate(1899, 12, 31);
    person.consentDate = QDate(1899, 1, 1);
    CHECK(fields(validate(person)) == QStringList{QLatin1String(Field::FirstName),
                                                  QLatin1String(Field::BirthDate),
                                                  QLatin1String(Field::ConsentDate)});
    person.firstName = QStringLiteral("Ina");
    person.birthDate = QDate(1990, 5, 1);
    person.consentDate = QDate(2024, 1, 1);
    CHECK(validate(person).isEmpty());

    Curriculum curriculum;
    curriculum.title = QStringLiteral("Viel");
    for (int i = 0; i < 11; ++i)
        curriculum.topics.append({0, QStringLiteral("Teil %1").arg(i + 1), {}, 1000});
    CHECK(fields(validate(curriculum)) == QStringList{QLatin1String(Field::Topics)});
    curriculum.topics.removeLast();
    CHECK(validate(curriculum).isEmpty());
}

TEST_CASE("contacts and staff need a name", "[nodb]") {
    Contact c;
    c.organisationId = 1;
    CHECK(fields(validate(c)) == QStringList{QStringLiteral("lastName")});
    c.firstName = QStringLiteral("Olaf");
    CHECK(validate(c).isEmpty());
    c.organisationId = 0;
    CHECK(fields(validate(c)) == QStringList{QStringLiteral("organisation")});
    Staff s;
    CHECK(fields(validate(s)) == QStringList{QStringLiteral("lastName")});
    Site site;
    CHECK(fields(validate(site)) == QStringList{QStringLiteral("name")});
}

TEST_CASE("a consultation needs an organisation and a date and follows up afterwards", "[nodb]") {
    Consultation c;
    CHECK(fields(validate(c)) ==
          (QStringList{QStringLiteral("organisation"), QStringLiteral("date")}));
    c.organisationId = 4;
    c.date = QDate(2026, 3, 2);
    CHECK(validate(c).isEmpty());
    c.followUp = QDate(2026, 3, 1);
    CHECK(fields(validate(c)) == QStringList{QStringLiteral("followUp")});
}

TEST_CASE("a refused save names the fields and writes nothing") {
    Verbund::Testing::TempDatabase db;
    OrganisationRepository repository(*db);
    Organisation o = named("");
    o.postcode = QStringLiteral("123");
    const Status refused = repository.save(o);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code() == ErrorCode::Validation);
    CHECK(refused.error().fieldErrors().size() == 2);
    CHECK_FALSE(refused.error().messageFor(QStringLiteral("postcode")).isEmpty());
    CHECK(repository.count({}).value() == 0);
}

TEST_CASE("dates are read the German way and ISO", "[nodb]") {
    CHECK(parseDate(QStringLiteral("24.12.2026")) == QDate(2026, 12, 24));
    CHECK(parseDate(QStringLiteral("1.3.2026")) == QDate(2026, 3, 1));
    CHECK(parseDate(QStringLiteral("1.3.26")) == QDate(2026, 3, 1));
    CHECK(parseDate(QStringLiteral(" 2026-03-01 ")) == QDate(2026, 3, 1));
    CHECK_FALSE(parseDate(QStringLiteral("31.02.2026")).isValid());
    CHECK_FALSE(parseDate(QStringLiteral("morgen")).isValid());
    CHECK(formatDate(QDate(2026, 3, 1)) == QStringLiteral("01.03.2026"));
    CHECK(formatDate(QDate()).isEmpty());
}

TEST_CASE("dates and times are stored and read as Qt writes and reads ISO 8601", "[nodb]") {
    for (const QDate& date :
         {QDate(2026, 3, 1), QDate(1, 1, 1), QDate(9999, 12, 31), QDate(12345, 6, 7), QDate()}) {
        CHECK(isoDate(date) == date.toString(Qt::ISODate));
        CHECK(dateFromIso(isoDate(date)) == QDate::fromString(isoDate(date), Qt::ISODate));
        CHECK(formatDate(date) ==
              (date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : QString()));
        const QDateTime utc(date, QTime(7, 5, 9, 42), Qt::UTC);
        CHECK(isoTimestamp(utc) == utc.toString(Qt::ISODateWithMs));
        CHECK(timestampFromIso(isoTimestamp(utc)) ==
              QDateTime::fromString(isoTimestamp(utc), Qt::ISODateWithMs));
    }
    CHECK_FALSE(dateFromIso(QStringLiteral("2026-02-30")).isValid());
    CHECK_FALSE(dateFromIso(QStringLiteral("20x6-02-03")).isValid());
    CHECK_FALSE(timestampFromIso(QStringLiteral("2026-02-03T25:00:00.000Z")).isValid());
    const QDateTime local(QDate(2026, 3, 1), QTime(7, 5), Qt::LocalTime);
    CHECK(isoTimestamp(local) == local.toString(Qt::ISODateWithMs));
}

TEST_CASE("times are read as people type them", "[nodb]") {
    CHECK(parseTime(QStringLiteral("8")) == QTime(8, 0));
    CHECK(parseTime(QStringLiteral("8:30")) == QTime(8, 30));
    CHECK(parseTime(QStringLiteral("08.30")) == QTime(8, 30));
    CHECK(parseTime(QStringLiteral("830")) == QTime(8, 30));
    CHECK(parseTime(QStringLiteral("1415")) == QTime(14, 15));
    CHECK(parseTime(QStringLiteral(" 9 Uhr ")) == QTime(9, 0));
    CHECK_FALSE(parseTime(QStringLiteral("25:00")).isValid());
    CHECK_FALSE(parseTime(QStringLiteral("8:75")).isValid());
    CHECK_FALSE(parseTime(QStringLiteral("mittags")).isValid());
    CHECK(formatTime(QTime(8, 5)) == QStringLiteral("08:05"));
}
