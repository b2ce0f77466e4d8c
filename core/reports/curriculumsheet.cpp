#include "curriculumsheet.h"

namespace Verbund {

ReportDocument CurriculumSheet::build(const Curriculum& curriculum, const QString& networkName,
                                      const QDate& date) {
    ReportDocument document;
    document.title = tr("Curriculum: %1").arg(curriculum.title);
    document.networkName = networkName;
    document.date = date;

    document.blocks << ReportTitle{curriculum.title, tr("Curriculum")};
    const QString hours = formatHours(curriculum.totalMinutes());
    document.addFields({
        {tr("Target group"), curriculum.targetGroup},
        {tr("Goal"), curriculum.goal},
        {tr("Scope"), tr("%n UE", nullptr, curriculum.totalUe()) + QStringLiteral(" (") +
                          tr("%1 hours").arg(hours) + QLatin1Char(')')},
        {tr("Version"), curriculum.version + QStringLiteral(" · ") + enumLabel(curriculum.status)},
    });
    document.blocks << ReportSpacer{2};

    ReportTable table;
    table.columns = {ReportColumn{tr("Topic"), 3.2, Qt::AlignLeft},
                     ReportColumn{tr("Contents"), 7.0, Qt::AlignLeft},
                     ReportColumn{tr("UE"), 1.0, Qt::AlignRight}};
    for (const Topic& topic : curriculum.topics)
        table.rows << ReportRow{{ReportCell{{topic.title}, false, true},
                                 ReportCell{topic.contents, true},
                                 ReportCell{{QString::number(topic.ue)}}},
                                false};
    table.rows << ReportRow{{ReportCell{{tr("Total")}}, ReportCell{},
                             ReportCell{{QString::number(curriculum.totalUe())}}},
                            true};
    document.blocks << table;

    document.blocks << ReportParagraph{
        tr("1 UE = %n minutes", nullptr, curriculum.minutesPerUe) + QStringLiteral(" · ") +
        tr("%1 UE correspond to %2 hours.").arg(curriculum.totalUe()).arg(hours)};
    return document;
}

} // namespace Verbund
