#pragma once

#include "storage/recordkind.h"

#include <QLineEdit>

class QCompleter;
class QTimer;

namespace Verbund {

class Database;
class SearchResultModel;

// The search everywhere (Ctrl+K), in the window's top bar: as one types (once typing pauses),
// the records found show below, grouped by kind; Enter or a click opens the one chosen (the
// first when none is), Esc leaves.
class SearchField final : public QLineEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchField)
public:
    explicit SearchField(QWidget* parent = nullptr);

    void setDatabase(Database* database);
    SearchResultModel* results() const { return m_results; }
    // Room for a name or two: the menu bar places the field by it.
    QSize sizeHint() const override;

signals:
    void openRequested(RecordKind kind, qint64 id);
    void failed(const QString& message);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void search();
    void open(const QModelIndex& index);

    Database* m_database = nullptr;
    SearchResultModel* m_results;
    QCompleter* m_completer;
    QTimer* m_pause;
};

} // namespace Verbund
