#pragma once

#include "searchchoice.h"

#include <QStyledItemDelegate>
#include <functional>

namespace Verbund {

// Edits a cell by picking from a list, or by searching among thousands: the model's EditRole
// holds the value, DisplayRole the label. Columns with neither get the usual editor.
class ChoiceDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChoiceDelegate)
public:
    using ChoicesFor = std::function<QList<Choice>(const QModelIndex& index)>;
    // The search for the cell's value; an empty function where the cell has none.
    using SearchFor = std::function<SearchChoice::Search(const QModelIndex& index)>;
    ChoiceDelegate(ChoicesFor choices, SearchFor search, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

protected:
    // A search's list of hits takes the focus for a moment: the editor stays open.
    bool eventFilter(QObject* object, QEvent* event) override;

private:
    ChoicesFor m_choices;
    SearchFor m_search;
};

} // namespace Verbund
