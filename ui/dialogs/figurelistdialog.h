#pragma once

#include "services/networkfigures.h"
#include "storage/recordkind.h"

#include <QDialog>

class QTableView;

namespace Verbund {

class Database;
class FigureRecordModel;

// The list behind one bar of the network's figures: the organisations, measures or people it
// counts; Enter or a double click opens one on its page.
class FigureListDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FigureListDialog)
public:
    FigureListDialog(Database& database, const FigureChart& chart, const FigureBar& bar,
                     const FigureScope& scope, QWidget* parent = nullptr);

    FigureRecordModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

signals:
    void openRequested(RecordKind kind, qint64 id);

private:
    void openCurrent();

    RecordKind m_kind;
    FigureRecordModel* m_model;
    QTableView* m_view;
};

} // namespace Verbund
