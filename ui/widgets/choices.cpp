#include "choices.h"

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

void fillChoices(QComboBox* combo, const QList<Choice>& choices) {
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
