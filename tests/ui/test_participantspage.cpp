// The participant form: its organisations are searched, never listed whole.
#include "domain/participant.h"
#include "pages/participantspage.h"
#include "storage/organisationrepository.h"
#include "storage/participantrepository.h"
#include "uitesting.h"
#include "widgets/searchchoice.h"

#include <QComboBox>
#include <QLabel>
#include <QTableView>
#include <QTest>

using namespace Verbund;
using namespace Verbund::Testing;

TEST_CASE("an employer is found by a few letters, and a name that matches none is refused") {
    DemoWindow demo;
    QTest::keyClick(&demo.window, Qt::Key_4, Qt::ControlModifier);
    ParticipantsPage* page = demo.window.participantsPage();
    REQUIRE(eventually([&] { return page->isVisible(); }));
    page->view()->setFocus();
    page->view()->selectRow(0);
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
