// The participant page: its form's organisations are searched, never listed whole; the
// person's consents and the erasure of their data.
#include "domain/consent.h"
#include "domain/participant.h"
#include "pages/participantspage.h"
#include "storage/organisationrepository.h"
#include "storage/participantrepository.h"
#include "uitesting.h"
#include "widgets/dateedit.h"
#include "widgets/recordlistpanel.h"
#include "widgets/searchchoice.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Verbund;
using namespace Verbund::Testing;

namespace {

// The participants' page (Ctrl+5) with the first person of the list shown.
ParticipantsPage* showFirstParticipant(DemoWindow& demo) {
    QTest::keyClick(&demo.window, Qt::Key_5, Qt::ControlModifier);
    ParticipantsPage* page = demo.window.participantsPage();
    REQUIRE(eventually([&] { return page->isVisible(); }));
    page->view()->setFocus();
    page->view()->selectRow(0);
    return page;
}

} // namespace

TEST_CASE("an employer is found by a few letters, and a name that matches none is refused") {
    DemoWindow demo;
    ParticipantsPage* page = showFirstParticipant(demo);
    auto* employment = findChild<QComboBox>(page, "employment");
    auto* employer = findChild<SearchChoice>(page, "employer");
    REQUIRE(eventually([&] { return !employer->text().isEmpty() || employer->isEnabled(); }));
    const int employed = employment->findData(int(EmploymentStatus::Employed));
    employment->setCurrentIndex(employed);
    emit employment->activated(employed);
    REQUIRE(employer->isEnabled());

    // A name that is no organisation's: the save is refused, the message under the field.
    employer->setFocus();
    employer->selectAll();
    QTest::keyClicks(employer, QStringLiteral("Keine solche Firma"));
    QTest::keyClick(page->view(), Qt::Key_S, Qt::ControlModifier);
    auto* message = findChild<QLabel>(page, "employerError");
    REQUIRE(eventually([&] { return message->isVisible(); }));
    CHECK(message->text().contains(QStringLiteral("choose one of the names found")));

    // A few letters and Enter take the company the search finds.
    employer->selectAll();
    QTest::keyClicks(employer, QStringLiteral("nordpl"));
    QTest::keyClick(employer, Qt::Key_Return);
    REQUIRE(employer->text().startsWith(QStringLiteral("Nordplast Kunststofftechnik GmbH")));
    QTest::keyClick(page->view(), Qt::Key_S, Qt::ControlModifier);
    REQUIRE(eventually([&] { return !message->isVisible(); }));
    const qint64 id = page->view()->currentIndex().data(Qt::UserRole).toLongLong();
    auto saved = ParticipantRepository(*demo.db).get(id);
    REQUIRE(saved.ok());
    auto company = OrganisationRepository(*demo.db).get(saved->employerId);
    REQUIRE(company.ok());
    CHECK(company->name == QStringLiteral("Nordplast Kunststofftechnik GmbH"));
}

TEST_CASE("a coordinator records a consent and erases a person on the participant page – the "
          "question names them, and cancelling keeps everything") {
    DemoWindow demo;
    ParticipantsPage* page = showFirstParticipant(demo);
    const qint64 id = page->view()->currentIndex().data(Qt::UserRole).toLongLong();
    auto person = ParticipantRepository(*demo.db).get(id);
    REQUIRE(person.ok());

    // A consent through its dialog, listed in the tab under the model tester.
    auto* consents = findChild<RecordListPanel>(page, "consentPanel");
    QAbstractItemModelTester tester(consents->view()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(eventually([&] { return consents->isEnabled(); }));
    page->findChild<QTabWidget*>()->setCurrentWidget(consents);
    withModalDialog(
        [&] { buttonWithText(consents, QStringLiteral("New consent…"))->click(); },
        [&](QDialog* dialog) {
            auto* purpose = findChild<QComboBox>(dialog, "purpose");
            purpose->setCurrentIndex(purpose->findData(int(ConsentPurpose::Photos)));
            findChild<DateEdit>(dialog, "givenOn")->setText(QStringLiteral("01.03.2025"));
            dialog->accept();
        });
    REQUIRE(eventually([&] { return consents->view()->model()->rowCount() == 1; }));
    CHECK(consents->view()->model()->index(0, 0).data().toString() ==
          enumLabel(ConsentPurpose::Photos));

    // Cancelled: nothing erased.
    auto* erase = page->findChild<QAction*>(QStringLiteral("eraseAction"));
    REQUIRE(erase);
    REQUIRE(erase->isEnabled());
    QString question;
    withModalDialog([&] { erase->trigger(); },
                    [&](QDialog* dialog) {
                        for (const QLabel* label : dialog->findChildren<QLabel*>())
                            question += label->text();
                        dialog->reject();
                    });
    CHECK(question.contains(person->lastName));
    CHECK_FALSE(ParticipantRepository(*demo.db).get(id)->isErased());

    // Erased: the page shows the anonymous person and offers no second erasure.
    withModalDialog(
        [&] { erase->trigger(); },
        [&](QDialog* dialog) { findChild<QPushButton>(dialog, "eraseButton")->click(); });
    auto erased = ParticipantRepository(*demo.db).get(id);
    REQUIRE(erased.ok());
    CHECK(erased->isErased());
    REQUIRE(eventually([&] { return !erase->isEnabled(); }));
    CHECK_FALSE(findChild<QLabel>(page, "erasedNotice")->isHidden()); // on the data tab
    CHECK_FALSE(findChild<QComboBox>(page, "employment")->isEnabled());
    CHECK(consents->view()->model()->rowCount() == 1);
}
