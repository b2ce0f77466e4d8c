#include "application/fundingservice.h"
#include "domain/funding.h"
#include "domain/measure.h"
#include "domain/money.h"
#include "domain/validation.h"
#include "storage/organisationrepository.h"
#include "tempdatabase.h"

#include <QLocale>
#include <QRandomGenerator>
#include <numeric>

using namespace Verbund;
using Verbund::Testing::TempDatabase;

namespace {

FundingShare percent(qint64 funder, int basisPoints) {
    return {funder, 0, ShareKind::Percent, basisPoints, 0};
}

FundingShare amount(qint64 funder, Cents cents) {
    return {funder, 0, ShareKind::Amount, 0, cents};
}

struct GermanLocale {
    GermanLocale() { QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany)); }
    ~GermanLocale() { QLocale::setDefault(QLocale::c()); }
};

} // namespace

TEST_CASE("12.345,67 euros split 70/30 gives 8.641,97 and 3.703,70", "[nodb]") {
    const FundingBreakdown b = fundingBreakdown(1234567, {percent(1, 7000), percent(2, 3000)});
    CHECK(b.valid);
    CHECK(b.amounts == QList<Cents>{864197, 370370});
    CHECK(b.remainder == 0);
}

TEST_CASE("100 euros over three participants gives 33,34 and 33,33 and 33,33", "[nodb]") {
    CHECK(allocate(10000, {1, 1, 1}) == QList<Cents>{3334, 3333, 3333});
}

TEST_CASE("allocation is exact and fair for random totals and shares", "[nodb]") {
    QRandomGenerator random(20261122);
    for (int round = 0; round < 500; ++round) {
        const Cents total = Cents(random.bounded(1, 100000000)) * (round % 5 + 1);
        QList<qint64> weights;
        const int parts = random.bounded(1, 9);
        for (int i = 0; i < parts; ++i)
            weights << random.bounded(0, 10001);
        if (std::accumulate(weights.begin(), weights.end(), qint64(0)) == 0)
            weights[0] = 1;
        const QList<Cents> result = allocate(total, weights);
        REQUIRE(result.size() == weights.size());
        CHECK(std::accumulate(result.begin(), result.end(), Cents(0)) == total);
        const qint64 sum = std::accumulate(weights.begin(), weights.end(), qint64(0));
        for (int i = 0; i < parts; ++i) {
            const long double exact = (long double)total * weights.at(i) / sum;
            CHECK(std::abs((long double)result.at(i) - exact) < 1.0L);
        }
        CHECK(allocate(total, weights) == result); // same input, same output
    }
}

TEST_CASE("a plan of 99,99 percent is refused and shows what is missing", "[nodb]") {
    const FundingBreakdown b = fundingBreakdown(1234567, {percent(1, 7000), percent(2, 2999)});
    CHECK_FALSE(b.valid);
    CHECK(b.remainder == 1234567 - 864197 - 370247);

    Measure m;
    m.title = QStringLiteral("Test");
    m.totalCost = 1234567;
    m.shares = {percent(1, 7000), percent(2, 2999)};
    const QList<FieldError> errors = validate(m, 0);
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().field == QLatin1String(Field::Shares));
}

TEST_CASE("a fixed amount and percentages cover a total together", "[nodb]") {
    // 10.000 €: the company pays 3.000 €, the agency 70 %.
    FundingBreakdown b = fundingBreakdown(1000000, {amount(1, 300000), percent(2, 7000)});
    CHECK(b.valid);
    CHECK(b.amounts == QList<Cents>{300000, 700000});
    // 4.800 €: 50 % plus two fixed 1.200 €.
    b = fundingBreakdown(480000, {percent(1, 5000), amount(2, 120000), amount(3, 120000)});
    CHECK(b.valid);
    CHECK(b.amounts == QList<Cents>{240000, 120000, 120000});
    // Too much.
    b = fundingBreakdown(1000000, {amount(1, 400000), percent(2, 7000)});
    CHECK_FALSE(b.valid);
    CHECK(b.remainder == -100000);
    // Fixed amounts alone must make the total.
    CHECK(fundingBreakdown(1000, {amount(1, 600), amount(2, 400)}).valid);
    CHECK_FALSE(fundingBreakdown(1000, {amount(1, 600), amount(2, 399)}).valid);
}

TEST_CASE("money is read and written the German way", "[nodb]") {
    GermanLocale german;
    CHECK(formatMoney(1234567) == QStringLiteral("12.345,67\u00a0€"));
    CHECK(parseMoney(QStringLiteral("12.345,67")) == 1234567);
    CHECK(parseMoney(QStringLiteral("12345,67 €")) == 1234567);
    CHECK(parseMoney(QStringLiteral("1.000")) == 100000);
    CHECK(parseMoney(QStringLiteral("1000.5")) == 100050);
    CHECK(parseMoney(QStringLiteral("0,05")) == 5);
    CHECK_FALSE(parseMoney(QStringLiteral("zwölf")).has_value());
    CHECK_FALSE(parseMoney(QStringLiteral("1,234")).has_value());
    CHECK(formatShare(7000) == QStringLiteral("70 %"));
    CHECK(formatShare(3333) == QStringLiteral("33,33 %"));
    CHECK(parseShare(QStringLiteral("70")) == 7000);
    CHECK(parseShare(QStringLiteral("33,33 %")) == 3333);
}

TEST_CASE("a programme's rate follows the company's size and suggests the shares", "[nodb]") {
    Programme qcg;
    qcg.meta.id = 5;
    qcg.funderId = 1;
    qcg.rates = {{0, 10000}, {50, 5000}, {500, 2500}};
    CHECK(qcg.rateFor(12) == 10000);
    CHECK(qcg.rateFor(50) == 5000);
    CHECK(qcg.rateFor(499) == 5000);
    CHECK(qcg.rateFor(1000) == 2500);

    const auto shares = suggestedShares(qcg, 320, 9);
    REQUIRE(shares.has_value());
    REQUIRE(shares->size() == 2);
    CHECK(shares->at(0).funderId == 1);
    CHECK(shares->at(0).programmeId == 5);
    CHECK(shares->at(0).basisPoints == 5000);
    CHECK(shares->at(1).funderId == 9);
    CHECK(shares->at(1).basisPoints == 5000);
    CHECK(suggestedShares(qcg, 10, 9)->size() == 1);

    Programme none;
    none.funderId = 1;
    CHECK_FALSE(suggestedShares(none, 10, 9).has_value());
}

TEST_CASE("a hiring obligation of half rounds up", "[nodb]") {
    HiringObligation half{7, std::nullopt, 5000, std::nullopt};
    CHECK(half.required(18) == 9);
    CHECK(half.required(17) == 9);
    HiringObligation count{7, 4, 0, std::nullopt};
    CHECK(count.required(18) == 4);
    CHECK(HiringObligation{}.required(18) == 0);
}

TEST_CASE("a share's payer is searched: the funders first, then organisations that are none") {
    TempDatabase db;
    FundingService funding(*db);
    Organisation plast;
    plast.name = QStringLiteral("Nordplast GmbH");
    Organisation werk;
    werk.name = QStringLiteral("Nordwerk AG");
    Organisation other;
    other.name = QStringLiteral("Südhafen KG");
    for (Organisation* o : {&plast, &werk, &other})
        REQUIRE(OrganisationRepository(*db).save(*o).ok());
    Funder land;
    land.name = QStringLiteral("Land Nordrhein");
    Funder company;
    company.organisationId = werk.meta.id;
    for (Funder* f : {&land, &company})
        REQUIRE(funding.save(*f).ok());

    auto found = funding.searchPayers(QStringLiteral("nord"), 10);
    REQUIRE(found.ok());
    REQUIRE(found->size() == 3);
    CHECK(found->at(0).funderId == land.meta.id);
    CHECK(found->at(1).funderId == company.meta.id); // the organisation only as the funder
    CHECK(found->at(2).organisationId == plast.meta.id);
    CHECK(found->at(2).funderId == 0);
    CHECK(funding.searchPayers(QStringLiteral("nord"), 2)->size() == 2);
    CHECK(funding.searchPayers(QStringLiteral("hafen süd"), 10)->size() == 1);
    CHECK(funding.funderPayers()->size() == 2);
}
