#pragma once

#include "../common/result.h"
#include "../domain/enrollment.h"
#include "../domain/organisation.h"
#include "../domain/participant.h"

#include <QDate>
#include <QList>
#include <optional>

namespace Verbund {

class Database;

// Which enrollments the funders' indicators count: those of a period (open where a day is
// invalid), of all measures, of one, or of those a programme funds.
struct IndicatorScope {
    QDate from;
    QDate to;
    qint64 measureId = 0;
    qint64 programmeId = 0;
};

// A person's entry into a measure (its first day, or the measure's), with what the statistics
// ask of them and of their employer.
struct IndicatorEntry {
    qint64 participantId = 0;
    QString name;
    QString measure;
    QDate enteredOn;
    Gender gender = Gender::NotStated;
    QDate birthDate;
    std::optional<int> birthYear;
    EmploymentStatus employment = EmploymentStatus::Other;
    QDate unemployedSince;
    std::optional<EducationLevel> education;
    qint64 employerId = 0;
    std::optional<int> employees;
    std::optional<WzSection> wzSection;
};

// A person's exit from a measure (completed or dropped out: their last day, or the measure's).
struct IndicatorExit {
    qint64 participantId = 0;
    QString name;
    QString measure;
    QDate leftOn;
    std::optional<ExitStatus> exitStatus;
    bool examPassed = false;
};

class IndicatorRepository final {
public:
    explicit IndicatorRepository(Database& database);

    // By measure and name.
    Result<QList<IndicatorEntry>> entries(const IndicatorScope& scope) const;
    Result<QList<IndicatorExit>> exits(const IndicatorScope& scope) const;

private:
    Database& m_database;
};

} // namespace Verbund
