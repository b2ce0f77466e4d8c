#pragma once

#include "../storage/funderrepository.h"

#include <optional>

namespace Verbund {

class Database;

// Who may pay a share, as a choice offers it: a funder, or an organisation that is none yet
// and becomes one when the measure is saved.
struct Payer {
    QString name;
    qint64 funderId = 0;
    qint64 organisationId = 0; // set only when funderId is 0
    QString city;              // the organisation's, to tell equal names apart
    friend bool operator==(const Payer&, const Payer&) = default;
};

// The funders and funding programmes, and the funding plans they suggest.
class FundingService final {
    Q_DECLARE_TR_FUNCTIONS(Verbund::FundingService)
public:
    explicit FundingService(Database& database);

    // By name.
    Result<QList<FunderRow>> funders() const;
    Result<Funder> funder(qint64 id) const;
    Status save(Funder& funder);
    Status remove(const Funder& funder);
    // The funders by name, each as a payer.
    Result<QList<Payer>> funderPayers() const;
    // The payers whose names hold every word of the text, at most limit of them: the funders
    // first, then the organisations that are none yet (found by the organisations' index).
    Result<QList<Payer>> searchPayers(const QString& text, int limit) const;

    // By name, with their rates.
    Result<QList<Programme>> programmes() const;
    Result<Programme> programme(qint64 id) const;
    Status save(Programme& programme);
    Status remove(const Programme& programme);

    // The shares the programme suggests for the company; nothing is written (a company that
    // is no funder yet pays as the organisation). An error when the programme has no rate for
    // the company's size or no funder who pays it.
    Result<QList<FundingShare>> suggestShares(qint64 programmeId, qint64 companyId) const;

private:
    Database& m_database;
};

} // namespace Verbund

Q_DECLARE_METATYPE(Verbund::Payer)
