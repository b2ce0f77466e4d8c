#pragma once

#include <QDate>
#include <QList>
#include <QStringList>
#include <variant>

namespace Verbund {

// A report as layout-free content: blocks of text and tables. ReportRenderer lays it out on
// A4 pages with the network's header and a "page x of y" footer, for PDF and for printing.

struct ReportTitle {
    QString text;
    QString kicker; // a small line above the title, e.g. "Curriculum"
};

struct ReportHeading {
    QString text;
};

struct ReportParagraph {
    QString text;
    bool small = false;
};

// One cell: paragraphs, shown as a bulleted list when bullets is set.
struct ReportCell {
    QStringList paragraphs;
    bool bullets = false;
    bool strong = false; // bold

    // One paragraph of text.
    static ReportCell text(const QString& text, bool strong = false) {
        return ReportCell{{text}, false, strong};
    }
};

struct ReportColumn {
    QString header;
    double width = 1; // relative to the other columns
    Qt::Alignment alignment = Qt::AlignLeft;
};

struct ReportRow {
    QList<ReportCell> cells;
    bool emphasised = false; // a total: bold, set apart by a stronger rule
};

// A table whose header row is repeated on every page it continues on; a row is never split
// across pages unless it is taller than a page.
struct ReportTable {
    QList<ReportColumn> columns;
    QList<ReportRow> rows;
    bool grid = true; // false: a borderless two-column list of fields and values
    bool showHeader = true;
    double minRowHeight = 0; // millimetres, e.g. room to sign
};

struct ReportSpacer {
    double millimetres = 4;
};

// What follows starts on a new page; as a new document, its pages are counted anew ("Page 1
// of 1" on each certificate of a bundle).
struct ReportPageBreak {
    bool newDocument = false;
};

// Lines to sign on, side by side, each with its label beneath.
struct ReportSignatures {
    QStringList labels;
};

// A horizontal bar chart: its title, a line beneath, and one bar per line with its label on
// the left and its value written after the bar; kept on one page.
struct ReportChart {
    struct Bar {
        QString label;
        double value = 0;
        QString valueText;
    };
    QString title;
    QString summary;
    QList<Bar> bars;
};

using ReportBlock = std::variant<ReportTitle, ReportHeading, ReportParagraph, ReportTable,
                                 ReportSpacer, ReportPageBreak, ReportSignatures, ReportChart>;

struct ReportDocument {
    QString title;       // of the PDF, and in the footer
    QString networkName; // top left of every page
    QDate date;          // top right of every page
    QList<ReportBlock> blocks;

    // "Label: value" lines as a borderless table; empty values are left out.
    void addFields(const QList<std::pair<QString, QString>>& fields);
};

} // namespace Verbund
