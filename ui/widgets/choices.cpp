#include "choices.h"

#include "application/curriculumservice.h"
#include "application/fundingservice.h"
#include "application/networkservice.h"
#include "application/participantservice.h"
#include "common/dates.h"
#include "readfailures.h"

#include <QComboBox>
#include <QCoreApplication>

namespace Verbund {

namespace {

// "Name (City)": organisations of one name told apart.
QString nameInCity(const QString& name, const QString& city) {
    return city.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, city);
}

QString noneLabel() {
    return QCoreApplication::translate("Verbund::Choices", "— none —");
}

} // namespace

QString notStatedLabel() {
    return QCoreApplication::translate("Verbund::Choices", "— not stated —");
}

QList<Choice> staffChoices(Database& database) {
    QList<Choice> choices{{noneLabel(), 0}};
    if (auto staff = NetworkService(database).staff()) {
        for (const Staff& person : std::as_const(*staff))
            choices.append({person.active
                                ? person.fullName()
                                : QCoreApplication::translate("Verbund::Choices", "%1 (inactive)")
                                      .arg(person.fullName()),
                            person.meta.id});
    } else {
        ReadFailures::instance().report(staff.error());
    }
    return choices;
}

QList<Choice> siteChoices(Database& database) {
    QList<Choice> choices{{noneLabel(), 0}};
    if (auto sites = NetworkService(database).sites()) {
        for (const Site& site : std::as_const(*sites))
            choices.append({site.name, site.meta.id});
    } else {
        ReadFailures::instance().report(sites.error());
    }
    return choices;
}

namespace {

QList<Choice> payerList(const Result<QList<Payer>>& payers) {
    QList<Choice> choices;
    if (!payers) {
        ReadFailures::instance().report(payers.error());
        return choices;
    }
    for (const Payer& payer : *payers)
        choices.append({nameInCity(payer.name, payer.city), QVariant::fromValue(payer)});
    return choices;
}

} // namespace

QList<Choice> funderChoices(Database& database) {
    return payerList(FundingService(database).funderPayers());
}

ChoiceSearch payerSearch(Database& database) {
    return [&database](const QString& text, int limit) {
        return payerList(FundingService(database).searchPayers(text, limit));
    };
}

QList<Choice> programmeChoices(Database& database) {
    QList<Choice> choices{{noneLabel(), 0}};
    if (auto programmes = FundingService(database).programmes()) {
        for (const Programme& programme : std::as_const(*programmes))
            choices.append({programme.name, programme.meta.id, programme.funderId});
    } else {
        ReadFailures::instance().report(programmes.error());
    }
    return choices;
}

QList<Choice> curriculumChoices(Database& database) {
    QList<Choice> choices{{noneLabel(), 0}};
    if (auto curricula = CurriculumService(database).all()) {
        for (const CurriculumRow& row : std::as_const(*curricula))
            choices.append({QCoreApplication::translate("Verbund::Choices", "%1 (version %2)")
                                .arg(row.title, row.version),
                            row.id});
    } else {
        ReadFailures::instance().report(curricula.error());
    }
    return choices;
}

QList<Choice> topicChoices(const QList<Topic>& topics) {
    QList<Choice> choices{{noneLabel(), 0}};
    for (const Topic& topic : topics)
        choices.append({QStringLiteral("%1 (%2 UE)").arg(topic.title).arg(topic.ue), topic.id});
    return choices;
}

namespace {

Choice participantLabel(const QString& name, const QDate& birthDate, qint64 id) {
    return {birthDate.isValid() ? QCoreApplication::translate("Verbund::Choices", "%1 (born %2)")
                                      .arg(name, formatDate(birthDate))
                                : name,
            id};
}

Choice organisationLabel(const Organisation& organisation) {
    return {nameInCity(organisation.name, organisation.city), organisation.meta.id};
}

} // namespace

ChoiceSearch organisationSearch(Database& database, const QList<OrganisationKind>& kinds) {
    return [&database, kinds](const QString& text, int limit) {
        QList<Choice> choices;
        if (auto found = NetworkService(database).searchOrganisations(text, kinds, limit)) {
            for (const Organisation& organisation : std::as_const(*found))
                choices.append(organisationLabel(organisation));
        } else {
            ReadFailures::instance().report(found.error());
        }
        return choices;
    };
}

ChoiceSearch organisationSearch(Database* const* database, const QList<OrganisationKind>& kinds) {
    return [database, kinds](const QString& text, int limit) {
        return *database ? organisationSearch(**database, kinds)(text, limit) : QList<Choice>{};
    };
}

Choice organisationChoice(Database& database, qint64 id) {
    if (id <= 0)
        return {};
    auto organisation = NetworkService(database).organisation(id);
    if (!organisation) {
        ReadFailures::instance().report(organisation.error());
        return {};
    }
    return organisationLabel(*organisation);
}

ChoiceSearch participantSearch(Database& database) {
    return [&database](const QString& text, int limit) {
        QList<Choice> choices;
        ListRequest request;
        request.filter = text;
        request.limit = limit;
        if (auto people = ParticipantService(database).list(request)) {
            for (const ParticipantRow& row : std::as_const(*people))
                choices.append(participantLabel(row.name, row.birthDate, row.id));
        } else {
            ReadFailures::instance().report(people.error());
        }
        return choices;
    };
}

Choice participantChoice(Database& database, qint64 id) {
    if (id <= 0)
        return {};
    auto person = ParticipantService(database).get(id);
    if (!person) {
        ReadFailures::instance().report(person.error());
        return {};
    }
    // As the list writes the name: "Last, First", the comma only between two parts.
    const QString name = (person->lastName.isEmpty() || person->firstName.isEmpty())
                             ? person->lastName + person->firstName
                             : person->lastName + QStringLiteral(", ") + person->firstName;
    return participantLabel(name.trimmed(), person->birthDate, id);
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
        selectChoice(combo, current);
}

void selectChoice(QComboBox* combo, const QVariant& value) {
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemData(i) == value) {
            combo->setCurrentIndex(i);
            return;
        }
    }
    combo->setCurrentIndex(0);
}

QString unchosenMessage() {
    return QCoreApplication::translate(
        "Verbund::Choices",
        "No record has this name: choose one of the names found, or empty the field.");
}

QString requiredChoiceMessage() {
    return QCoreApplication::translate(
        "Verbund::Choices", "Type a few letters of the name and choose one of the names found.");
}

QString unreadableDateMessage() {
    return QCoreApplication::translate("Verbund::Choices",
                                       "Not a valid date; write it as DD.MM.YYYY.");
}

} // namespace Verbund
