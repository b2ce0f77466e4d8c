#pragma once

#include "../common/result.h"
#include "../domain/curriculum.h"
#include "csvreader.h"

namespace Verbund {

// Turns a table Topic | Contents | UE (German: Thema | Inhalte | UE) into a curriculum.
// Contents items are separated by line breaks in the cell or by "•". A last row "Gesamt"
// (or "Total") is checked against the sum and not imported. Any problem refuses the whole
// file, naming the row and the reason.
class CurriculumImport final {
    Q_DECLARE_TR_FUNCTIONS(Verbund::CurriculumImport)
public:
    static Result<Curriculum> fromTable(const CsvTable& table, const QString& title,
                                        const QString& targetGroup = {});
    static Result<Curriculum> fromFile(const QString& path, const QString& title,
                                       const QString& targetGroup = {});
};

} // namespace Verbund
