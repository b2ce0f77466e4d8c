#include "reportrenderer.h"

#include "../common/dates.h"

#include <QDir>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>
#include <memory>
#include <vector>

namespace Verbund {

namespace {

const QColor ink(0x1a, 0x1a, 0x1a);
const QColor accent(0x1f, 0x4e, 0x79);
const QColor muted(0x5f, 0x66, 0x6d);
const QColor gridColor(0x9a, 0xa5, 0xb1);
const QColor headerFill(0xe4, 0xea, 0xf1);
const QColor totalFill(0xf3, 0xf5, 0xf8);

QFont reportFont(double points, bool bold = false) {
    QFont font;
    font.setFamilies({QStringLiteral("Liberation Sans"), QStringLiteral("Arial"),
                      QStringLiteral("Helvetica"), QStringLiteral("DejaVu Sans")});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

// Where a laid-out line goes on a page.
struct LineOp {
    const QTextLayout* layout;
    int line;
    QPointF topLeft; // of the line on the page
    QColor color;
};
struct RuleOp {
    QLineF line;
    double width; // in device pixels
    QColor color;
};
struct FillOp {
    QRectF rect;
    QColor color;
};
using PageOp = std::variant<LineOp, RuleOp, FillOp>;

// One line of a table cell, relative to the cell's content box.
struct CellLine {
    const QTextLayout* layout;
    int line;
    QPointF offset;
    double height;
};

struct CellLayout {
    QList<CellLine> lines;
    double height = 0;
};

struct RowLayout {
    QList<CellLayout> cells;
    double contentHeight = 0;
    bool emphasised = false;
    bool header = false;
};

// Places the blocks on pages; the pages are painted afterwards, when their number is known.
class Layouter {
public:
    Layouter(QPaintDevice& device)
        : m_device(device)
        , m_mm(device.logicalDpiY() / 25.4)
        , m_pt(device.logicalDpiY() / 72.0)
        , m_body(0, 14 * m_mm, device.width(), device.height() - 14 * m_mm - 12 * m_mm) {
        newPage();
    }

    double mm() const { return m_mm; }
    double pt() const { return m_pt; }
    const QList<QList<PageOp>>& pages() const { return m_pages; }
    // The index of the first page of each document in the bundle, the first being 0.
    const QList<int>& documentStarts() const { return m_documentStarts; }

    void add(const ReportBlock& block) {
        std::visit([this](const auto& b) { place(b); }, block);
    }

    // Lays text out in lines of the width; the layout lives as long as the layouter.
    const QTextLayout* layoutText(const QString& text, const QFont& font, double width,
                                  Qt::Alignment alignment = Qt::AlignLeft) {
        auto layout = std::make_unique<QTextLayout>(text, font, &m_device);
        QTextOption option(alignment);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout->setTextOption(option);
        layout->setCacheEnabled(true);
        double y = 0;
        layout->beginLayout();
        for (;;) {
            QTextLine line = layout->createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(width);
            line.setPosition(QPointF(0, y));
            y += line.height() + 0.6 * m_pt;
        }
        layout->endLayout();
        m_layouts.push_back(std::move(layout));
        return m_layouts.back().get();
    }

private:
    void newPage() {
        m_pages.append(QList<PageOp>());
        m_y = m_body.top();
    }
    double remaining() const { return m_body.bottom() - m_y; }
    void ensureRoom(double height) {
        if (height > remaining() && m_y > m_body.top())
            newPage();
    }
    void op(PageOp pageOp) { m_pages.last().append(std::move(pageOp)); }

    // Flows the lines of the text from the current position, breaking pages between lines.
    void flow(const QTextLayout* layout, double x, const QColor& color) {
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            ensureRoom(line.height());
            op(LineOp{layout, i, QPointF(x, m_y), color});
            m_y += line.height() + 0.6 * m_pt;
        }
    }

    void place(const ReportTitle& title) {
        if (!title.kicker.isEmpty())
            flow(layoutText(title.kicker.toUpper(), reportFont(9, true), m_body.width()), 0,
                 accent);
        m_y += 1 * m_mm;
        flow(layoutText(title.text, reportFont(17, true), m_body.width()), 0, ink);
        m_y += 4 * m_mm;
    }

    void place(const ReportHeading& heading) {
        const QTextLayout* layout = layoutText(heading.text, reportFont(12, true), m_body.width());
        m_y += 3 * m_mm;
        // A heading stays with the start of what it heads.
        ensureRoom(layout->boundingRect().height() + 25 * m_mm);
        flow(layout, 0, accent);
        m_y += 1.5 * m_mm;
    }

    void place(const ReportParagraph& paragraph) {
        flow(layoutText(paragraph.text, reportFont(paragraph.small ? 8.5 : 10), m_body.width()), 0,
             paragraph.small ? muted : ink);
        m_y += 2 * m_mm;
    }

    void place(const ReportPageBreak& pageBreak) {
        if (m_y > m_body.top())
            newPage();
        if (pageBreak.newDocument && m_documentStarts.last() != m_pages.size() - 1)
            m_documentStarts << int(m_pages.size() - 1);
    }

    void place(const ReportSignatures& signatures) {
        const int count = int(signatures.labels.size());
        if (count == 0)
            return;
        const double gap = 10 * m_mm;
        const double width = (m_body.width() - gap * (count - 1)) / count;
        QList<const QTextLayout*> labels;
        double labelHeight = 0;
        for (const QString& label : signatures.labels) {
            labels << layoutText(label, reportFont(8.5), width);
            labelHeight = qMax(labelHeight, labels.last()->boundingRect().height());
        }
        // Room to write above the line.
        ensureRoom(14 * m_mm + labelHeight);
        m_y += 12 * m_mm;
        for (int i = 0; i < count; ++i) {
            const double x = i * (width + gap);
            op(RuleOp{QLineF(x, m_y, x + width, m_y), 0.7 * m_pt, ink});
            op(LineOp{labels.at(i), 0, QPointF(x, m_y + 1 * m_mm), muted});
        }
        m_y += 1 * m_mm + labelHeight + 4 * m_mm;
    }

    void place(const ReportChart& chart) {
        const double width = m_body.width();
        const double labelWidth = 0.36 * width;
        const double barLeft = labelWidth + 3 * m_mm;
        const double valueWidth = 28 * m_mm;
        const double barSpace = width - barLeft - valueWidth - 2 * m_mm;
        const QFont font = reportFont(8.5);
        const QTextLayout* title = layoutText(chart.title, reportFont(10.5, true), width);
        const QTextLayout* summary = layoutText(chart.summary, reportFont(8.5), width);
        QList<const QTextLayout*> labels;
        QList<const QTextLayout*> values;
        double rows = 0;
        double largest = 0;
        for (const ReportChart::Bar& bar : chart.bars) {
            labels << layoutText(bar.label, font, labelWidth, Qt::AlignRight);
            values << layoutText(bar.valueText, font, valueWidth);
            rows += qMax(labels.last()->boundingRect().height(), 4.2 * m_mm) + 1.2 * m_mm;
            largest = qMax(largest, bar.value);
        }
        const double header = title->boundingRect().height() + summary->boundingRect().height();
        // The chart stays on one page.
        ensureRoom(header + rows + 6 * m_mm);
        flow(title, 0, accent);
        flow(summary, 0, muted);
        m_y += 1.5 * m_mm;
        for (int i = 0; i < chart.bars.size(); ++i) {
            const double height = qMax(labels.at(i)->boundingRect().height(), 4.2 * m_mm);
            const double length = largest > 0 ? barSpace * chart.bars.at(i).value / largest : 0.0;
            for (int line = 0; line < labels.at(i)->lineCount(); ++line)
                op(LineOp{labels.at(i), line, QPointF(0, m_y + labels.at(i)->lineAt(line).y()),
                          ink});
            op(FillOp{QRectF(barLeft, m_y + 0.4 * m_mm, qMax(length, 0.3 * m_mm), 3.4 * m_mm),
                      chart.bars.at(i).value > 0 ? accent : gridColor});
            op(LineOp{values.at(i), 0, QPointF(barLeft + length + 1.5 * m_mm, m_y), ink});
            m_y += height + 1.2 * m_mm;
        }
        if (chart.bars.isEmpty())
            flow(layoutText(ReportRenderer::tr("Nothing to show in this period."), font, width), 0,
                 muted);
        m_y += 4 * m_mm;
    }

    void place(const ReportSpacer& spacer) {
        m_y += spacer.millimetres * m_mm;
        if (m_y > m_body.bottom())
            newPage();
    }

    void place(const ReportTable& table) {
        m_columnX.clear();
        m_columnWidth.clear();
        double totalWeight = 0;
        for (const ReportColumn& column : table.columns)
            totalWeight += column.width;
        double x = 0;
        for (const ReportColumn& column : table.columns) {
            const double width = m_body.width() * column.width / qMax(totalWeight, 0.001);
            m_columnX << x;
            m_columnWidth << width;
            x += width;
        }
        m_table = &table;
        m_padX = (table.grid ? 1.8 : 0) * m_mm;
        m_padY = (table.grid ? 1.4 : 0.6) * m_mm;

        std::optional<RowLayout> header;
        if (table.showHeader) {
            RowLayout row;
            row.header = true;
            for (int c = 0; c < table.columns.size(); ++c)
                row.cells << layoutCell(ReportCell{{table.columns.at(c).header}, false, true}, c);
            finish(row);
            header = row;
        }
        QList<RowLayout> rows;
        for (const ReportRow& reportRow : table.rows) {
            RowLayout row;
            row.emphasised = reportRow.emphasised;
            for (int c = 0; c < table.columns.size(); ++c) {
                ReportCell cell = reportRow.cells.value(c);
                cell.strong = cell.strong || reportRow.emphasised;
                row.cells << layoutCell(cell, c);
            }
            finish(row);
            rows << row;
        }
        const double headerHeight = header ? header->contentHeight + 2 * m_padY : 0;
        auto startPage = [&] {
            newPage();
            if (header)
                placeRow(*header);
        };
        // The header never stands alone at the bottom of a page.
        const double firstHeight = rows.isEmpty() ? 0 : rows.first().contentHeight + 2 * m_padY;
        ensureRoom(headerHeight + qMin(firstHeight, m_body.height() / 3));
        if (header)
            placeRow(*header);
        for (const RowLayout& row : rows) {
            const double height = row.contentHeight + 2 * m_padY;
            if (height > remaining() && height <= m_body.height() - headerHeight)
                startPage();
            if (height <= remaining())
                placeRow(row);
            else
                placeTallRow(row, startPage);
        }
        m_y += (table.grid ? 4 : 2) * m_mm;
        m_table = nullptr;
    }

    CellLayout layoutCell(const ReportCell& cell, int column) {
        CellLayout result;
        const QFont font = reportFont(table().grid ? 9.5 : 10, cell.strong);
        const double width = m_columnWidth.at(column) - 2 * m_padX;
        const Qt::Alignment alignment = table().columns.at(column).alignment;
        const double indent = cell.bullets ? 4 * m_mm : 0;
        double y = 0;
        for (int p = 0; p < cell.paragraphs.size(); ++p) {
            if (p > 0)
                y += 0.8 * m_mm;
            const QTextLayout* text =
                layoutText(cell.paragraphs.at(p), font, width - indent, alignment);
            if (cell.bullets) {
                const QTextLayout* bullet = layoutText(QStringLiteral("•"), font, indent);
                result.lines << CellLine{bullet, 0, QPointF(0.8 * m_mm, y),
                                         bullet->lineAt(0).height()};
            }
            for (int i = 0; i < text->lineCount(); ++i) {
                const QTextLine line = text->lineAt(i);
                result.lines << CellLine{text, i, QPointF(indent, y + line.y()), line.height()};
            }
            y += text->boundingRect().height();
        }
        result.height = y;
        return result;
    }

    void finish(RowLayout& row) const {
        for (const CellLayout& cell : row.cells)
            row.contentHeight = qMax(row.contentHeight, cell.height);
        if (!row.header)
            row.contentHeight = qMax(row.contentHeight, table().minRowHeight * m_mm - 2 * m_padY);
    }

    const ReportTable& table() const { return *m_table; }

    // The lines of each cell from first (inclusive) whose top lies in [from, to).
    void placeRowPart(const RowLayout& row, const QList<double>& from, double partHeight,
                      const QList<double>& to) {
        const double height = partHeight + 2 * m_padY;
        const double right = m_columnX.last() + m_columnWidth.last();
        if (row.header)
            op(FillOp{QRectF(0, m_y, right, height), headerFill});
        else if (row.emphasised)
            op(FillOp{QRectF(0, m_y, right, height), totalFill});
        for (int c = 0; c < row.cells.size(); ++c) {
            for (const CellLine& line : row.cells.at(c).lines) {
                if (line.offset.y() < from.at(c) || line.offset.y() >= to.at(c))
                    continue;
                op(LineOp{line.layout, line.line,
                          QPointF(m_columnX.at(c) + m_padX + line.offset.x(),
                                  m_y + m_padY + line.offset.y() - from.at(c)),
                          ink});
            }
        }
        if (table().grid) {
            const double thin = 0.5 * m_pt;
            const double top = m_y;
            const double bottom = m_y + height;
            op(RuleOp{QLineF(0, top, right, top), row.emphasised ? 1.4 * m_pt : thin,
                      row.emphasised ? ink : gridColor});
            op(RuleOp{QLineF(0, bottom, right, bottom), row.header ? 1.0 * m_pt : thin,
                      row.header ? ink : gridColor});
            for (int c = 0; c <= m_columnX.size(); ++c) {
                const double x = c < m_columnX.size() ? m_columnX.at(c) : right;
                op(RuleOp{QLineF(x, top, x, bottom), thin, gridColor});
            }
        }
        m_y += height;
    }

    void placeRow(const RowLayout& row) {
        QList<double> from(row.cells.size(), 0.0);
        QList<double> to(row.cells.size(), std::numeric_limits<double>::max());
        placeRowPart(row, from, row.contentHeight, to);
    }

    // A row taller than a page: split between lines, continued under a repeated header.
    template <typename StartPage> void placeTallRow(const RowLayout& row, StartPage startPage) {
        QList<int> next(row.cells.size(), 0);
        auto done = [&] {
            for (int c = 0; c < row.cells.size(); ++c) {
                if (next.at(c) < row.cells.at(c).lines.size())
                    return false;
            }
            return true;
        };
        while (!done()) {
            const double available = remaining() - 2 * m_padY;
            QList<double> from(row.cells.size());
            QList<double> to(row.cells.size());
            double partHeight = 0;
            bool any = false;
            for (int c = 0; c < row.cells.size(); ++c) {
                const QList<CellLine>& lines = row.cells.at(c).lines;
                int i = next.at(c);
                from[c] = i < lines.size() ? lines.at(i).offset.y() : 0;
                while (i < lines.size() &&
                       lines.at(i).offset.y() - from.at(c) + lines.at(i).height <= available) {
                    partHeight =
                        qMax(partHeight, lines.at(i).offset.y() - from.at(c) + lines.at(i).height);
                    ++i;
                }
                any = any || i > next.at(c);
                to[c] =
                    i < lines.size() ? lines.at(i).offset.y() : std::numeric_limits<double>::max();
                next[c] = i;
            }
            if (!any && m_y > m_body.top() + 20 * m_mm) {
                startPage();
                continue;
            }
            placeRowPart(row, from, partHeight, to);
            if (!any) // a single line taller than a page: nothing more can be done
                break;
            if (!done())
                startPage();
        }
    }

    QPaintDevice& m_device;
    double m_mm;
    double m_pt;
    QRectF m_body;
    double m_y = 0;
    QList<QList<PageOp>> m_pages;
    QList<int> m_documentStarts{0};
    std::vector<std::unique_ptr<QTextLayout>> m_layouts;

    const ReportTable* m_table = nullptr;
    QList<double> m_columnX;
    QList<double> m_columnWidth;
    double m_padX = 0;
    double m_padY = 0;
};

void paintHeaderAndFooter(QPainter& painter, const ReportDocument& document, QPaintDevice& device,
                          int page, int pageCount) {
    const double mm = device.logicalDpiY() / 25.4;
    const double pt = device.logicalDpiY() / 72.0;
    const double width = device.width();
    const double height = device.height();

    const QFont name = reportFont(9.5, true);
    const QFont small = reportFont(8.5);
    const QRectF headerBox(0, 0, width, 8 * mm);
    painter.setFont(small);
    painter.setPen(muted);
    const QString date = formatDate(document.date);
    painter.drawText(headerBox, Qt::AlignRight | Qt::AlignBottom, date);
    painter.setFont(name);
    painter.setPen(accent);
    const double dateWidth = QFontMetricsF(small, &device).horizontalAdvance(date);
    painter.drawText(
        headerBox.adjusted(0, 0, -dateWidth - 8 * mm, 0), Qt::AlignLeft | Qt::AlignBottom,
        QFontMetricsF(name, &device)
            .elidedText(document.networkName, Qt::ElideRight, width - dateWidth - 8 * mm));
    painter.setPen(QPen(accent, 0.8 * pt));
    painter.drawLine(QLineF(0, 9.5 * mm, width, 9.5 * mm));

    const QRectF footerBox(0, height - 8 * mm, width, 8 * mm);
    painter.setPen(QPen(gridColor, 0.5 * pt));
    painter.drawLine(QLineF(0, footerBox.top() + 1 * mm, width, footerBox.top() + 1 * mm));
    painter.setFont(small);
    painter.setPen(muted);
    const QString pageText = ReportRenderer::tr("Page %1 of %2").arg(page).arg(pageCount);
    const double pageWidth = QFontMetricsF(small, &device).horizontalAdvance(pageText);
    painter.drawText(footerBox, Qt::AlignRight | Qt::AlignBottom, pageText);
    painter.drawText(footerBox.adjusted(0, 0, -pageWidth - 8 * mm, 0),
                     Qt::AlignLeft | Qt::AlignBottom,
                     QFontMetricsF(small, &device)
                         .elidedText(document.title, Qt::ElideRight, width - pageWidth - 8 * mm));
}

} // namespace

QPageLayout ReportRenderer::pageLayout() {
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 12, 18, 12),
                       QPageLayout::Millimeter);
}

Result<int> ReportRenderer::render(const ReportDocument& document, QPagedPaintDevice& device) {
    Layouter layouter(device);
    for (const ReportBlock& block : document.blocks)
        layouter.add(block);
    const auto& pages = layouter.pages();
    const QList<int> starts = layouter.documentStarts();

    QPainter painter;
    if (!painter.begin(&device))
        return Error(ErrorCode::Io, tr("The report could not be drawn on the page."));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (int page = 0; page < pages.size(); ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return Error(ErrorCode::Io, tr("A new page could not be started."));
        }
        // "Page x of y" within the document of the bundle this page belongs to.
        int part = int(starts.size()) - 1;
        while (starts.at(part) > page)
            --part;
        const int first = starts.at(part);
        const int end = part + 1 < starts.size() ? starts.at(part + 1) : int(pages.size());
        paintHeaderAndFooter(painter, document, device, page - first + 1, end - first);
        for (const PageOp& pageOp : pages.at(page)) {
            if (const auto* fill = std::get_if<FillOp>(&pageOp)) {
                painter.fillRect(fill->rect, fill->color);
            } else if (const auto* rule = std::get_if<RuleOp>(&pageOp)) {
                painter.setPen(QPen(rule->color, rule->width, Qt::SolidLine, Qt::FlatCap));
                painter.drawLine(rule->line);
            } else if (const auto* line = std::get_if<LineOp>(&pageOp)) {
                painter.setPen(line->color);
                const QTextLine textLine = line->layout->lineAt(line->line);
                textLine.draw(&painter, line->topLeft - textLine.position());
            }
        }
    }
    painter.end();
    return int(pages.size());
}

Status ReportRenderer::writePdf(const ReportDocument& document, const QString& path) {
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, tr("The file “%1” cannot be written.").arg(shown),
                     file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(pageLayout());
        writer.setResolution(600);
        writer.setTitle(document.title);
        writer.setCreator(QStringLiteral("Verbund"));
        if (auto rendered = render(document, writer); !rendered)
            return rendered.error();
    }
    if (!file.commit())
        return Error(ErrorCode::Io, tr("The file “%1” cannot be written.").arg(shown),
                     file.errorString());
    return {};
}

} // namespace Verbund
