#pragma once

#include "measure.h"
#include "record.h"

#include <QList>
#include <QString>
#include <optional>

namespace Verbund {

// Who pays a share of a measure: an organisation of the network (the agency, a company …)
// or a named funder such as ESF Plus or the state.
struct Funder {
    RecordMeta meta;
    QString name; // for named funders; organisations bring their own name
    qint64 organisationId = 0;
    QString notes;
    friend bool operator==(const Funder&, const Funder&) = default;
};

// From this many employees on, the programme pays this share of the course costs.
struct ProgrammeRate {
    int minEmployees = 0;
    int basisPoints = 0;
    friend bool operator==(const ProgrammeRate&, const ProgrammeRate&) = default;
};

// A funding programme (WeGebAU, QCG, Bildungsgutschein, …). Its rates change by law, so they
// are data the user keeps, never constants in code.
struct Programme {
    RecordMeta meta;
    QString name;
    QString description;
    qint64 funderId = 0; // who pays what the programme grants
    QList<ProgrammeRate> rates;

    // The rate for a company of this size: the band with the most employees not above it.
    std::optional<int> rateFor(int employees) const;
    friend bool operator==(const Programme&, const Programme&) = default;
};

// The shares a programme suggests for a company of this size: the programme's funder pays
// the rate, the company the rest (as the funder it is, or, when it is none yet, as the
// organisation that becomes one). Nothing when the programme has no rate for the size.
std::optional<QList<FundingShare>> suggestedShares(const Programme& programme, int employees,
                                                   qint64 companyFunderId,
                                                   qint64 companyOrganisationId = 0);

} // namespace Verbund
