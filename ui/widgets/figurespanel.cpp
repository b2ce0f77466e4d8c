#include "figurespanel.h"

#include "application/overviewservice.h"
#include "common/dates.h"
#include "dialogs/figurelistdialog.h"
#include "dialogs/periodreportdialog.h"
#include "reports/reportregistry.h"
#include "storage/database.h"
#include "widgets/dateedit.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFrame>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

namespace Verbund {

namespace {

enum Period { ThisMonth, ThisQuarter, ThisYear, LastMonth, LastQuarter, LastYear, Custom };

// The first and last day of the period chosen, as of the day.
std::pair<QDate, QDate> periodDays(int period, const QDate& day) {
    const QDate month(day.year(), day.month(), 1);
    const QDate quarter(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
    const QDate year(day.year(), 1, 1);
    switch (period) {
    case ThisMonth:
        return {month, month.addMonths(1).addDays(-1)};
    case ThisQuarter:
        return {quarter, quarter.addMonths(3).addDays(-1)};
    case LastMonth:
        return {month.addMonths(-1), month.addDays(-1)};
    case LastQuarter:
        return {quarter.addMonths(-3), quarter.addDays(-1)};
    case LastYear:
        return {year.addYears(-1), year.addDays(-1)};
    default:
        return {year, year.addYears(1).addDays(-1)};
    }
}

// What a bar shows: euros whole, other values as they are.
double barValue(const FigureChart& chart, const FigureBar& bar) {
    return chart.money ? double(qRound64(double(bar.value) / 100.0)) : double(bar.value);
}

} // namespace

FiguresPanel::FiguresPanel(QWidget* parent)
    : QWidget(parent)
    , m_period(new QComboBox)
    , m_from(new DateEdit)
    , m_to(new DateEdit) {
    m_period->setObjectName(QStringLiteral("figurePeriod"));
    m_period->addItem(tr("this month"), ThisMonth);
    m_period->addItem(tr("this quarter"), ThisQuarter);
    m_period->addItem(tr("this year"), ThisYear);
    m_period->addItem(tr("last month"), LastMonth);
    m_period->addItem(tr("last quarter"), LastQuarter);
    m_period->addItem(tr("last year"), LastYear);
    m_period->addItem(tr("days of my own"), Custom);
    m_period->setCurrentIndex(m_period->findData(ThisYear));
    m_from->setObjectName(QStringLiteral("figureFrom"));
    m_to->setObjectName(QStringLiteral("figureTo"));
    for (DateEdit* edit : {m_from, m_to})
        edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("00.00.00000")) +
                              40);
    auto* periodLabel = new QLabel(tr("&Period:"));
    periodLabel->setBuddy(m_period);
    auto* fromLabel = new QLabel(tr("&from"));
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("t&o"));
    toLabel->setBuddy(m_to);
    auto* report = new QPushButton(tr("&Activity report…"));
    report->setObjectName(QStringLiteral("activityReport"));
    auto* head = new QHBoxLayout;
    head->addWidget(periodLabel);
    head->addWidget(m_period);
    head->addWidget(fromLabel);
    head->addWidget(m_from);
    head->addWidget(toLabel);
    head->addWidget(m_to);
    head->addStretch();
    head->addWidget(report);

    auto* charts = new QWidget;
    auto* grid = new QGridLayout(charts);
    const int columns = 3;
    const QList<Figure> figures = NetworkFigures::all();
    for (int i = 0; i < figures.size(); ++i) {
        auto* frame = new QFrame;
        frame->setFrameShape(QFrame::StyledPanel);
        ChartFrame parts{new QLabel, new QLabel, new QChartView, new QToolButton};
        QFont bold = parts.title->font();
        bold.setBold(true);
        parts.title->setFont(bold);
        parts.title->setWordWrap(true);
        parts.summary->setWordWrap(true);
        parts.view->setRenderHint(QPainter::Antialiasing);
        parts.view->setObjectName(QStringLiteral("figure%1").arg(int(figures.at(i))));
        parts.view->setFocusPolicy(Qt::NoFocus);
        parts.list->setText(tr("List"));
        parts.list->setObjectName(QStringLiteral("figureList%1").arg(int(figures.at(i))));
        parts.list->setPopupMode(QToolButton::InstantPopup);
        parts.list->setToolTip(tr("The records behind a bar"));
        parts.list->setMenu(new QMenu(parts.list));
        auto* top = new QHBoxLayout;
        top->addWidget(parts.title, 1);
        top->addWidget(parts.list, 0, Qt::AlignTop);
        auto* layout = new QVBoxLayout(frame);
        layout->setContentsMargins(8, 6, 8, 6);
        layout->addLayout(top);
        layout->addWidget(parts.summary);
        layout->addWidget(parts.view, 1);
        grid->addWidget(frame, i / columns, i % columns);
        m_frames << parts;
    }
    for (int column = 0; column < columns; ++column)
        grid->setColumnStretch(column, 1);
    auto* scroll = new QScrollArea;
    scroll->setWidget(charts);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(head);
    layout->addWidget(scroll, 1);

    periodChosen();
    connect(m_period, &QComboBox::currentIndexChanged, this, &FiguresPanel::periodChosen);
    for (DateEdit* edit : {m_from, m_to})
        connect(edit, &DateEdit::editingFinished, this, [this] {
            if (m_from->isAcceptable() && m_to->isAcceptable())
                refresh();
        });
    connect(report, &QPushButton::clicked, this, &FiguresPanel::printReport);
}

void FiguresPanel::setDatabase(Database* database, qint64 siteId) {
    m_database = database;
    m_siteId = siteId;
    refresh();
}

void FiguresPanel::setSite(qint64 siteId) {
    m_siteId = siteId;
    refresh();
}

void FiguresPanel::refresh() {
    m_stale = true;
    if (isVisible())
        read();
}

FigureScope FiguresPanel::scope() const {
    return {m_from->date(), m_to->date(), m_siteId, today()};
}

void FiguresPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale)
        read();
}

void FiguresPanel::periodChosen() {
    const int period = m_period->currentData().toInt();
    const bool custom = period == Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (!custom) {
        const auto [from, to] = periodDays(period, today());
        m_from->setDate(from);
        m_to->setDate(to);
    }
    refresh();
}

void FiguresPanel::read() {
    m_stale = false;
    m_charts.clear();
    if (m_database) {
        auto charts = OverviewService(*m_database).figures(scope());
        if (charts)
            m_charts = *charts;
        else
            emit failed(charts.error().message());
    }
    for (int i = 0; i < m_frames.size(); ++i) {
        FigureChart none;
        none.figure = NetworkFigures::all().at(i);
        show(i < m_charts.size() ? m_charts.at(i) : none, m_frames[i]);
    }
}

void FiguresPanel::show(const FigureChart& figure, ChartFrame& frame) {
    frame.title->setText(figure.title);
    frame.summary->setText(figure.summary);
    QMenu* menu = frame.list->menu();
    menu->clear();
    for (const FigureBar& bar : figure.bars) {
        QAction* action =
            menu->addAction(tr("%1: %2").arg(bar.label, figure.valueText(bar.value)), this,
                            [this, fig = figure.figure, key = bar.key] { openList(fig, key); });
        action->setEnabled(bar.value > 0);
    }
    frame.list->setEnabled(!figure.bars.isEmpty());

    // Bars from the top down: the axis counts from below.
    auto* set = new QBarSet(figure.title);
    QStringList categories;
    double largest = 0;
    for (auto bar = figure.bars.crbegin(); bar != figure.bars.crend(); ++bar) {
        *set << barValue(figure, *bar);
        // Long names (the WZ sections) shortened; the menu and the list say them whole.
        categories << fontMetrics().elidedText(bar->label, Qt::ElideRight,
                                               fontMetrics().averageCharWidth() * 22);
        largest = qMax(largest, barValue(figure, *bar));
    }
    set->setColor(QColor(0x1f, 0x4e, 0x79));
    set->setLabelColor(palette().color(QPalette::WindowText));
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(12);
    series->setLabelsFormat(figure.money ? tr("@value €") : QStringLiteral("@value"));
    const int count = int(figure.bars.size());
    connect(set, &QBarSet::clicked, this,
            [this, count, fig = figure.figure, keys = figure.bars](int index) {
                if (index >= 0 && index < count)
                    openList(fig, keys.at(count - 1 - index).key);
            });
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->legend()->hide();
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    auto* axisY = new QBarCategoryAxis;
    axisY->append(categories);
    axisY->setGridLineVisible(false);
    axisY->setTruncateLabels(false);
    auto* axisX = new QValueAxis;
    // Room after the longest bar for its value.
    axisX->setRange(0, largest > 0 ? largest * 1.3 : 1);
    axisX->setVisible(false);
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    QChart* old = frame.view->chart();
    frame.view->setChart(chart);
    delete old;
    frame.view->setMinimumHeight(qMax(110, 30 + 26 * count));
}

void FiguresPanel::openList(Figure figure, const QString& key) {
    if (!m_database)
        return;
    for (const FigureChart& chart : std::as_const(m_charts)) {
        if (chart.figure != figure)
            continue;
        for (const FigureBar& bar : chart.bars) {
            if (bar.key != key)
                continue;
            auto* dialog = new FigureListDialog(*m_database, chart, bar, scope(), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &FigureListDialog::openRequested, this, &FiguresPanel::openRequested);
            dialog->open();
            return;
        }
    }
}

void FiguresPanel::printReport() {
    const Report* report = ReportRegistry::find(QStringLiteral("activity-report"));
    if (!m_database || !report)
        return;
    PeriodReportDialog dialog(*m_database, *report,
                              tr("The network's figures as the overview shows them, with their "
                                 "charts, for the board and the steering committee."),
                              this);
    dialog.setRequest(scope().from, scope().to, m_siteId);
    dialog.exec();
}

} // namespace Verbund
