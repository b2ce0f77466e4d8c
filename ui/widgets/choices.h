#pragma once

#include "domain/curriculum.h"
#include "domain/enumtext.h"
#include "domain/organisation.h"

#include <QList>
#include <QVariant>
#include <functional>
#include <optional>

class QComboBox;

namespace Verbund {

class Database;

// One entry of a combo box: what the user reads and the value it stands for.
struct Choice {
    QString label;
    QVariant value;
    qint64 owner = 0; // the record the entry belongs to: a programme's funder
};

// A search field's search: the hits for the typed text, at most limit of them.
using ChoiceSearch = std::function<QList<Choice>(const QString& text, int limit)>;

// "not stated", the entry of an optional choice that is not made (an invalid value).
QString notStatedLabel();

template <typename E> QList<Choice> enumChoices() {
    QList<Choice> choices;
    for (E value : enumValues<E>())
        choices.append({enumLabel(value), int(value)});
    return choices;
}

// The values of an enum that may be unknown, headed by "not stated" with an invalid value.
template <typename E> QList<Choice> optionalEnumChoices() {
    return QList<Choice>{{notStatedLabel(), QVariant()}} + enumChoices<E>();
}
// The enum value of such a combo's entry; none for "not stated".
template <typename E> std::optional<E> optionalEnumValue(const QVariant& value) {
    return value.isValid() ? std::optional<E>(E(value.toInt())) : std::nullopt;
}
template <typename E> QVariant optionalEnumChoice(const std::optional<E>& value) {
    return value ? QVariant(int(*value)) : QVariant();
}

// The office's staff, or its sites, headed by a "none" entry with the value 0.
QList<Choice> staffChoices(Database& database);
QList<Choice> siteChoices(Database& database);
// The funders (a Payer each), who pay the shares of funding plans.
QList<Choice> funderChoices(Database& database);
// Who may pay a share (a Payer each) among those whose name holds the text's words: the
// funders, then the organisations that are none yet.
ChoiceSearch payerSearch(Database& database);
// The funding programmes, headed by "none", each owned by the funder who pays it.
QList<Choice> programmeChoices(Database& database);
// The curricula ("title (version)"), headed by "none".
QList<Choice> curriculumChoices(Database& database);
// The topics of a curriculum, "title (n UE)", headed by "none".
QList<Choice> topicChoices(const QList<Topic>& topics);
// The organisations of the kinds (all when none are given) whose name holds the text's words,
// each "Name (City)".
ChoiceSearch organisationSearch(Database& database, const QList<OrganisationKind>& kinds = {});
// The same for a form given its database later (through the pointer): nothing found before.
ChoiceSearch organisationSearch(Database* const* database, const QList<OrganisationKind>& kinds);
// The organisation as a choice; none (an invalid value) for 0.
Choice organisationChoice(Database& database, qint64 id);
// The participants the text finds (as the participant list's filter does), each
// "Last, First (born …)".
ChoiceSearch participantSearch(Database& database);
// The participant as a choice; none (an invalid value) for 0.
Choice participantChoice(Database& database, qint64 id);

// Replaces the entries, keeping the selected value where it is still there.
void fillChoices(QComboBox* combo, const QList<Choice>& choices);
// Selects the entry with the value (ids and enum values compare as numbers), else the first.
void selectChoice(QComboBox* combo, const QVariant& value);

// The message for a date field whose text is not a date.
QString unreadableDateMessage();
// The message for a search field whose text names no record found.
QString unchosenMessage();
// The message for a search field left empty where a record must be chosen.
QString requiredChoiceMessage();

} // namespace Verbund
