#pragma once

#include <QAbstractItemView>
#include <QList>
#include <QWidget>
#include <functional>

class QHBoxLayout;
class QPushButton;
class QTableView;

namespace Verbund {

class RecordListModel;

// A list of records with New, Edit and Delete: double-click or Enter edits, Del deletes.
// What the buttons do is the owner's, through the signals.
class RecordListPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordListPanel)
public:
    RecordListPanel(RecordListModel* model, const QString& newLabel, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    // A list of records as the panel shows one, for a view of its model elsewhere: whole
    // rows chosen, read only, fitted columns.
    static void setUpView(QTableView* view, QAbstractItemView::SelectionMode selection,
                          QObject* owner);
    qint64 currentId() const;
    // Selects the record; one that the list does not show yet is selected once it does
    // (the list reads again after the change that made it).
    void selectId(qint64 id);
    // What the user's role lets them do with the records: add and edit them, delete them.
    void setRights(bool mayWrite, bool mayRemove);
    // A list whose records are made elsewhere has no New button.
    void hideAddButton();
    // What the remove button says, where the records are not deleted ("Disable").
    void setRemoveLabel(const QString& label);
    // A further button after Delete that acts on the chosen record (the panel takes it),
    // enabled while one is chosen and `enabled` allows it for that record.
    void addRecordButton(QPushButton* button, const std::function<void(qint64 id)>& act,
                         const std::function<bool(qint64 id)>& enabled);

signals:
    void addRequested();
    void editRequested(qint64 id);
    void removeRequested(qint64 id);

private:
    void updateButtons();

    RecordListModel* m_model;
    QTableView* m_view;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QHBoxLayout* m_buttons;
    struct RecordButton {
        QPushButton* button;
        std::function<bool(qint64)> enabled;
    };
    QList<RecordButton> m_recordButtons;
    static constexpr int MaxColumnWidth = 320; // a summary or a name list is cut beyond it
    qint64 m_wantedId = 0;                     // the record to select when the list has read again
    bool m_mayWrite = true;
    bool m_mayRemove = true;
};

} // namespace Verbund
