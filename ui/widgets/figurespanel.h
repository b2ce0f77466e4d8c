#pragma once

#include "services/networkfigures.h"
#include "storage/recordkind.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QGridLayout;
class QLabel;
class QToolButton;

namespace Verbund {

class Database;
class DateEdit;

// The overview's Kennzahlen: the network's figures of a period (this month, quarter or year,
// the last one, or days of one's own) and a site, each a bar chart with its headline. A click
// on a bar, or its line in the chart's "List" menu, opens the records it counts.
class FiguresPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FiguresPanel)
public:
    explicit FiguresPanel(QWidget* parent = nullptr);

    // The network and its site chosen together, so that the figures are read once, and never
    // of a network that is being closed.
    void setDatabase(Database* database, qint64 siteId);
    void setSite(qint64 siteId);
    // Reads the figures again now, or when the panel is next shown.
    void refresh();

    FigureScope scope() const;
    const QList<FigureChart>& charts() const { return m_charts; }
    // Opens the list behind a bar, as a click on it does.
    void openList(Figure figure, const QString& key);

signals:
    void openRequested(RecordKind kind, qint64 id);
    void failed(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct ChartFrame {
        QLabel* title;
        QLabel* summary;
        QChartView* view;
        QToolButton* list;
    };
    void periodChosen();
    void read();
    void show(const FigureChart& chart, ChartFrame& frame);
    void printReport();

    Database* m_database = nullptr;
    qint64 m_siteId = 0;
    bool m_stale = true;
    QComboBox* m_period;
    DateEdit* m_from;
    DateEdit* m_to;
    QList<ChartFrame> m_frames;
    QList<FigureChart> m_charts;
};

} // namespace Verbund
