#pragma once

#include "choices.h"

#include <QStyledItemDelegate>
#include <functional>

namespace Verbund {

// Edits a cell by picking from a list: the model's EditRole holds the value, DisplayRole the
// label. Columns without choices get the usual editor.
class ChoiceDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChoiceDelegate)
public:
    using ChoicesFor = std::function<QList<Choice>(const QModelIndex& index)>;
    ChoiceDelegate(ChoicesFor choices, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

private:
    ChoicesFor m_choices;
};

} // namespace Verbund
