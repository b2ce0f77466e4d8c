#include "choicedelegate.h"

#include <QComboBox>
#include <QFocusEvent>
#include <QPointer>

namespace Verbund {

ChoiceDelegate::ChoiceDelegate(ChoicesFor choices, SearchFor search, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_choices(std::move(choices))
    , m_search(std::move(search)) {}

QWidget* ChoiceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                      const QModelIndex& index) const {
    if (SearchChoice::Search search = m_search(index)) {
        auto* field = new SearchChoice(std::move(search), parent);
        auto* self = const_cast<ChoiceDelegate*>(this);
        connect(field, &SearchChoice::chosen, self, [self, field] {
            emit self->commitData(field);
            // A hit taken from the list ends the edit, as Enter in the field does (the view may
            // have closed the editor already, for that Enter).
            QMetaObject::invokeMethod(
                self,
                [self, guarded = QPointer<SearchChoice>(field)] {
                    if (guarded && guarded->isVisible())
                        emit self->closeEditor(guarded);
                },
                Qt::QueuedConnection);
        });
        return field;
    }
    const QList<Choice> choices = m_choices(index);
    if (choices.isEmpty())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto* combo = new QComboBox(parent);
    fillChoices(combo, choices);
    // A choice counts as soon as it is made, not only when the cell is left.
    connect(combo, &QComboBox::activated, this,
            [this, combo] { emit const_cast<ChoiceDelegate*>(this)->commitData(combo); });
    return combo;
}

bool ChoiceDelegate::eventFilter(QObject* object, QEvent* event) {
    if (event->type() == QEvent::FocusOut && qobject_cast<SearchChoice*>(object) &&
        static_cast<QFocusEvent*>(event)->reason() == Qt::PopupFocusReason)
        return false;
    return QStyledItemDelegate::eventFilter(object, event);
}

void ChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    if (auto* field = qobject_cast<SearchChoice*>(editor)) {
        field->setChoice({index.data(Qt::DisplayRole).toString(), index.data(Qt::EditRole)});
        return;
    }
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        selectChoice(combo, index.data(Qt::EditRole));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                  const QModelIndex& index) const {
    if (auto* field = qobject_cast<SearchChoice*>(editor)) {
        // Text that names nothing found changes nothing: the cell keeps its value.
        if (field->value().isValid())
            model->setData(index, field->value(), Qt::EditRole);
        return;
    }
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace Verbund
