#include "topicdelegate.h"

#include "domain/curriculum.h"
#include "models/topictablemodel.h"

#include <QPlainTextEdit>
#include <QSpinBox>

namespace Verbund {

QWidget* TopicDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const {
    if (index.column() == TopicTableModel::Contents) {
        auto* editor = new QPlainTextEdit(parent);
        editor->setTabChangesFocus(true);
        editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        return editor;
    }
    if (index.column() == TopicTableModel::Ue) {
        auto* editor = new QSpinBox(parent);
        editor->setRange(MinTopicUe, MaxTopicUe);
        editor->setAlignment(Qt::AlignRight);
        connect(editor, &QSpinBox::valueChanged, this,
                [this, editor] { emit const_cast<TopicDelegate*>(this)->commitData(editor); });
        return editor;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void TopicDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                         const QModelIndex& index) const {
    if (index.column() != TopicTableModel::Contents) {
        QStyledItemDelegate::updateEditorGeometry(editor, option, index);
        return;
    }
    // Room for a few more items than the cell shows.
    QRect rect = option.rect;
    rect.setHeight(qMax(rect.height(), option.fontMetrics.lineSpacing() * 6 + 8));
    editor->setGeometry(rect);
}

} // namespace Verbund
