#include "curriculumimport.h"

#include "../domain/validation.h"

#include <QRegularExpression>

namespace Verbund {

namespace {

const QStringList topicHeaders{QStringLiteral("Thema"), QStringLiteral("Topic"),
                               QStringLiteral("Titel"), QStringLiteral("Title"),
                               QStringLiteral("Modul"), QStringLiteral("Module")};
const QStringList contentsHeaders{QStringLiteral("Inhalte"), QStringLiteral("Inhalt"),
                                  QStringLiteral("Contents"), QStringLiteral("Content")};
const QStringList ueHeaders{QStringLiteral("UE"), QStringLiteral("Unterrichtseinheiten"),
                            QStringLiteral("Teaching units"), QStringLiteral("Units")};

bool isTotalLabel(const QString& topic) {
    static const QRegularExpression total(
        QStringLiteral("^(gesamt|insgesamt|summe|total|sum)\\s*:?$"),
        QRegularExpression::CaseInsensitiveOption);
    return total.match(topic.trimmed()).hasMatch();
}

} // namespace

Result<Curriculum> CurriculumImport::fromFile(const QString& path, const QString& title,
                                              const QString& targetGroup) {
    auto table = CsvReader::readFile(path);
    if (!table)
        return table.error();
    return fromTable(*table, title, targetGroup);
}

Result<Curriculum> CurriculumImport::fromTable(const CsvTable& table, const QString& title,
                                               const QString& targetGroup) {
    const int topicColumn = table.column(topicHeaders);
    const int contentsColumn = table.column(contentsHeaders);
    const int ueColumn = table.column(ueHeaders);
    QStringList missing;
    if (topicColumn < 0)
        missing << tr("Topic (Thema)");
    if (ueColumn < 0)
        missing << tr("UE");
    if (!missing.isEmpty())
        return Error(ErrorCode::Validation,
                     tr("The file was not imported: the first row must name the columns "
                        "Topic, Contents and UE (or Thema, Inhalte and UE); missing: %1.")
                         .arg(missing.join(QStringLiteral(", "))));

    Curriculum curriculum;
    curriculum.title = title.trimmed();
    curriculum.targetGroup = targetGroup.trimmed();
    QList<FieldError> problems;
    auto refuse = [&problems](int row, const QString& reason) {
        problems << FieldError{QStringLiteral("row/%1").arg(row),
                               tr("Row %1: %2").arg(row).arg(reason)};
    };
    int totalRow = 0;
    for (const CsvRecord& record : table.records) {
        const QString topicTitle = CsvTable::cell(record, topicColumn).simplified();
        const QString contents = CsvTable::cell(record, contentsColumn);
        const QString ueText = CsvTable::cell(record, ueColumn).trimmed();
        if (totalRow > 0) {
            refuse(record.row, tr("there is a row after the total row %1.").arg(totalRow));
            continue;
        }
        if (isTotalLabel(topicTitle) && contents.trimmed().isEmpty()) {
            totalRow = record.row;
            bool isNumber = false;
            const int stated = ueText.toInt(&isNumber);
            // The sum is only known when every row before was readable.
            if (problems.isEmpty() && !ueText.isEmpty() &&
                (!isNumber || stated != curriculum.totalUe()))
                refuse(record.row, tr("the total “%1” does not match the sum of the topics, %2.")
                                       .arg(ueText)
                                       .arg(curriculum.totalUe()));
            continue;
        }
        Topic topic;
        topic.title = topicTitle;
        topic.contents = contentItems(contents);
        if (topic.title.isEmpty())
            refuse(record.row, tr("the topic has no title."));
        static const QRegularExpression wholeNumber(QStringLiteral("^\\d{1,9}$"));
        if (ueText.isEmpty()) {
            refuse(record.row, tr("the UE are missing."));
        } else if (!wholeNumber.match(ueText).hasMatch()) {
            refuse(
                record.row,
                tr("“%1” in the column UE is not a whole number of teaching units.").arg(ueText));
        } else {
            topic.ue = ueText.toInt();
            if (topic.ue < MinTopicUe || topic.ue > MaxTopicUe)
                refuse(record.row, tr("the UE must be from %1 to %2, not %3.")
                                       .arg(MinTopicUe)
                                       .arg(MaxTopicUe)
                                       .arg(topic.ue));
        }
        curriculum.topics << topic;
    }
    if (curriculum.topics.isEmpty() && problems.isEmpty())
        problems << FieldError{QStringLiteral("rows"), tr("The file holds no topics.")};
    // The curriculum's own rules (the title) on top of the rows'.
    for (const FieldError& error : validate(curriculum)) {
        if (!error.field.startsWith(QLatin1String(Field::Topics)))
            problems << error;
    }
    if (!problems.isEmpty())
        return Error::validation(problems, tr("The file was not imported; nothing was written. %n "
                                              "problem(s):",
                                              nullptr, int(problems.size())));
    return curriculum;
}

} // namespace Verbund
