#pragma once

#include <QStyledItemDelegate>

namespace Verbund {

// Edits a curriculum's topics in place: contents in a multi-line editor (one item per line,
// Enter starts a new item, Tab moves on), UE in a spin box whose every step counts at once,
// so that the totals follow as you type.
class TopicDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopicDelegate)
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;
};

} // namespace Verbund
