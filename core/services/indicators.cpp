#include "indicators.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace Verbund {

namespace {

// Counts the lines by their label, in the order of the labels given; "not stated" last.
class Tally {
public:
    explicit Tally(const QStringList& labels)
        : m_labels(labels) {}
    void add(const QString& label) { ++m_counts[label]; }
    Indicators::Table table(const QString& title) const {
        Indicators::Table table{title, {}};
        for (const QString& label : m_labels)
            table.lines << Indicators::Line{label, m_counts.value(label)};
        return table;
    }

private:
    QStringList m_labels;
    QHash<QString, int> m_counts;
};

QString notStated() {
    return Indicators::tr("not stated");
}

template <typename E> QStringList labelsOf() {
    QStringList labels;
    for (const E value : enumValues<E>())
        labels << enumLabel(value);
    return labels;
}

} // namespace

int Indicators::Table::total() const {
    int sum = 0;
    for (const Line& line : lines)
        sum += line.count;
    return sum;
}

std::optional<int> Indicators::ageOn(const QDate& day, const QDate& birthDate,
                                     std::optional<int> birthYear) {
    if (!day.isValid())
        return std::nullopt;
    if (birthDate.isValid()) {
        int age = day.year() - birthDate.year();
        if (day.month() < birthDate.month() ||
            (day.month() == birthDate.month() && day.day() < birthDate.day()))
            --age;
        return age;
    }
    if (birthYear)
        return day.year() - *birthYear;
    return std::nullopt;
}

Indicators Indicators::count(const QList<IndicatorEntry>& entries,
                             const QList<IndicatorExit>& exits) {
    Indicators result;
    result.entries = int(entries.size());
    result.exits = int(exits.size());

    const QString female = enumLabel(Gender::Female);
    const QString male = enumLabel(Gender::Male);
    const QString diverse = enumLabel(Gender::Diverse);
    Tally genders({female, male, diverse, notStated()});
    const QStringList ages{tr("under 18"), tr("18 to 29"), tr("30 to 54"), tr("55 and over"),
                           notStated()};
    Tally ageGroups(ages);
    const QString employed = tr("Employed, self-employed or in apprenticeship");
    const QString unemployed = tr("Unemployed, less than 12 months");
    const QString longTerm = tr("Long-term unemployed, 12 months or more");
    const QString unemployedSinceUnknown = tr("Unemployed, since when not stated");
    const QString inactive = tr("Inactive");
    Tally employment(
        {employed, unemployed, longTerm, unemployedSinceUnknown, inactive, notStated()});
    Tally education(labelsOf<EducationLevel>() << notStated());
    QHash<QString, Missing> missing; // by person and measure
    QStringList order;
    const auto lack = [&](const QString& name, const QString& measure, const QString& field) {
        const QString key = name + QLatin1Char('\n') + measure;
        if (!missing.contains(key)) {
            missing.insert(key, Missing{name, measure, {}});
            order << key;
        }
        missing[key].fields << field;
    };

    QHash<qint64, const IndicatorEntry*> employers;
    for (const IndicatorEntry& entry : entries) {
        switch (entry.gender) {
        case Gender::Female:
            genders.add(female);
            break;
        case Gender::Male:
            genders.add(male);
            break;
        case Gender::Diverse:
            genders.add(diverse);
            break;
        case Gender::NotStated:
            genders.add(notStated());
            lack(entry.name, entry.measure, tr("gender"));
            break;
        }
        const std::optional<int> age = ageOn(entry.enteredOn, entry.birthDate, entry.birthYear);
        if (!age) {
            ageGroups.add(notStated());
            lack(entry.name, entry.measure, tr("date of birth"));
        } else {
            ageGroups.add(*age < 18   ? ages.at(0)
                          : *age < 30 ? ages.at(1)
                          : *age < 55 ? ages.at(2)
                                      : ages.at(3));
        }
        switch (entry.employment) {
        case EmploymentStatus::Employed:
        case EmploymentStatus::SelfEmployed:
        case EmploymentStatus::Apprentice:
            employment.add(employed);
            break;
        case EmploymentStatus::Unemployed:
            if (!entry.unemployedSince.isValid()) {
                employment.add(unemployedSinceUnknown);
                lack(entry.name, entry.measure, tr("unemployed since"));
            } else {
                employment.add(entry.unemployedSince <= entry.enteredOn.addMonths(-12)
                                   ? longTerm
                                   : unemployed);
            }
            break;
        case EmploymentStatus::Inactive:
            employment.add(inactive);
            break;
        case EmploymentStatus::Other:
            employment.add(notStated());
            lack(entry.name, entry.measure, tr("employment status"));
            break;
        }
        if (entry.education) {
            education.add(enumLabel(*entry.education));
        } else {
            education.add(notStated());
            lack(entry.name, entry.measure, tr("education"));
        }
        if (entry.employerId > 0)
            employers.insert(entry.employerId, &entry);
    }
    result.entryTables = {genders.table(tr("Entries by gender")),
                          ageGroups.table(tr("Entries by age at entry")),
                          employment.table(tr("Entries by employment status at entry")),
                          education.table(tr("Entries by education (ISCED)"))};

    Tally statuses(labelsOf<ExitStatus>() << notStated());
    const QString passed = tr("Qualification gained (exam passed)");
    const QString notPassed = tr("No qualification gained");
    Tally qualification({passed, notPassed});
    for (const IndicatorExit& exit : exits) {
        if (exit.exitStatus) {
            statuses.add(enumLabel(*exit.exitStatus));
        } else {
            statuses.add(notStated());
            lack(exit.name, exit.measure, tr("status at exit"));
        }
        qualification.add(exit.examPassed ? passed : notPassed);
    }
    result.exitTables = {statuses.table(tr("Exits by status at exit")),
                         qualification.table(tr("Exits by qualification gained"))};

    result.companies = int(employers.size());
    QStringList sizes;
    for (const SizeClass size : enumValues<SizeClass>()) {
        if (size != SizeClass::Unknown)
            sizes << enumLabel(size);
    }
    Tally bySize(sizes << notStated());
    Tally bySection(labelsOf<WzSection>() << notStated());
    for (const IndicatorEntry* employer : std::as_const(employers)) {
        const SizeClass size = sizeClassFor(employer->employees);
        bySize.add(size == SizeClass::Unknown ? notStated() : enumLabel(size));
        bySection.add(employer->wzSection ? enumLabel(*employer->wzSection) : notStated());
    }
    result.companyTables = {bySize.table(tr("Companies supported by size class")),
                            bySection.table(tr("Companies supported by WZ 2008 section"))};
    for (const QString& key : std::as_const(order))
        result.missing << missing.value(key);
    // By measure and name, as the lists of people are.
    std::stable_sort(result.missing.begin(), result.missing.end(),
                     [](const Missing& a, const Missing& b) {
                         return std::pair(a.measure, a.name) < std::pair(b.measure, b.name);
                     });
    return result;
}

void Indicators::write(CsvWriter& csv) const {
    csv.addRow({tr("Table"), tr("Line"), tr("Count")});
    for (const QList<Table>* tables : {&entryTables, &exitTables, &companyTables}) {
        for (const Table& table : *tables) {
            for (const Line& line : table.lines)
                csv.addRow({table.title, line.label, QString::number(line.count)});
            csv.addRow({table.title, tr("Total"), QString::number(table.total())});
        }
    }
    for (const Missing& person : missing)
        csv.addRow({tr("Missing data"), person.name + QStringLiteral(" – ") + person.measure,
                    person.fields.join(QStringLiteral(", "))});
}

Result<Indicators> Indicators::read(Database& database, const IndicatorScope& scope) {
    const IndicatorRepository repository(database);
    auto entries = repository.entries(scope);
    if (!entries)
        return entries.error();
    auto exits = repository.exits(scope);
    if (!exits)
        return exits.error();
    return count(*entries, *exits);
}

} // namespace Verbund
