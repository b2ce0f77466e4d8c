#include "choices.h"

#include "common/dates.h"
#include "storage/curriculumrepository.h"
#include "storage/fundingrepository.h"
#include "storage/participantrepository.h"
#include "storage/repositories.h"

#include <QComboBox>
#include <QCoreApplication>

namespace Verbund {

namespace {

QString noneLabel() {
    return QCoreApplication::translate("Verbund::Choices", "— none —");
}

} // namespace

QList<Choice> staffChoices(Database& database) {
    QList<Choice> choices{{noneLabel(), 0}};
    if (auto staff = StaffRepository(database).all()) {
        for (const Staff& person : std::as_const(*staff))
            choices.append({person.active
                                ? person.fullName()
                                : QCoreApplication::translate("Verbund::Choices", "%1 (inactive)")
                                      .arg(person.fullName()),
                            person.meta.id});
    }
    return choices;
}

QList<Choice> siteChoices(Database& database) {
    QList<Choice> choices{{noneLabel(), 0}};
    if (auto sites = SiteRepository(database).all()) {
        for (const Site& site : std::as_const(*sites))
            choices.append({site.name, site.meta.id});
    }
    return choices;
}

QList<Choice> organisationChoices(Database& database, const QList<OrganisationKind>& kinds) {
    QList<Choice> choices{{noneLabel(), 0}};
    auto organisations = OrganisationRepository(database).where(
        QStringLiteral("1"), {}, QStringLiteral("name COLLATE NOCASE, id"));
    if (organisations) {
        for (const Organisation& o : std::as_const(*organisations)) {
            if (kinds.isEmpty() || kinds.contains(o.kind))
                choices.append({o.name, o.meta.id});
        }
    }
    return choices;
}

QList<Choice> funderChoices(Database& database) {
    QList<Choice> choices{{noneLabel(), 0}};
    QList<qint64> withFunder;
    if (auto funders = FunderRepository(database).all()) {
        for (const FunderRow& funder : std::as_const(*funders)) {
            choices.append({funder.name, funder.id});
            withFunder << funder.organisationId;
        }
    }
    for (const Choice& organisation : organisationChoices(database).mid(1)) {
        if (!withFunder.contains(organisation.value.toLongLong()))
            choices.append({organisation.label, -organisation.value.toLongLong()});
    }
    return choices;
}

QList<Choice> programmeChoices(Database& database) {
    QList<Choice> choices{{noneLabel(), 0}};
    if (auto programmes = ProgrammeRepository(database).all()) {
        for (const Programme& programme : std::as_const(*programmes))
            choices.append({programme.name, programme.meta.id, programme.funderId});
    }
    return choices;
}

QList<Choice> curriculumChoices(Database& database) {
    QList<Choice> choices{{noneLabel(), 0}};
    ListRequest all;
    all.limit = 100000;
    if (auto curricula = CurriculumRepository(database).list(all)) {
        for (const CurriculumRow& row : std::as_const(*curricula))
            choices.append({QCoreApplication::translate("Verbund::Choices", "%1 (version %2)")
                                .arg(row.title, row.version),
                            row.id});
    }
    return choices;
}

QList<Choice> participantChoices(Database& database) {
    QList<Choice> choices;
    ListRequest all;
    all.limit = 1000000;
    if (auto people = ParticipantRepository(database).list(all)) {
        for (const ParticipantRow& row : std::as_const(*people))
            choices.append({row.birthDate.isValid()
                                ? QCoreApplication::translate("Verbund::Choices", "%1 (born %2)")
                                      .arg(row.name, formatDate(row.birthDate))
                                : row.name,
                            row.id});
    }
    return choices;
}

void fillChoices(QComboBox* combo, const QList<Choice>& choices) {
    // A long name makes the box no wider than the form has room for; the list shows it whole.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(10);
    const QVariant current = combo->currentData();
    combo->clear();
    for (const Choice& choice : choices)
        combo->addItem(choice.label, choice.value);
    if (current.isValid())
        selectChoice(combo, current.toLongLong());
}

void selectChoice(QComboBox* combo, qint64 value) {
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemData(i).toLongLong() == value) {
            combo->setCurrentIndex(i);
            return;
        }
    }
    combo->setCurrentIndex(0);
}

QString unreadableDateMessage() {
    return QCoreApplication::translate("Verbund::Choices",
                                       "Not a valid date; write it as DD.MM.YYYY.");
}

} // namespace Verbund
