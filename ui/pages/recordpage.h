#pragma once

#include "common/result.h"
#include "page.h"
#include "storage/recordkind.h"

class QHBoxLayout;
class QLabel;
class QModelIndex;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace Verbund {

class HistoryView;
class ListPane;
class PagedTableModelBase;

// The words a record page uses for its records.
struct RecordPageTexts {
    QString newRecord;         // "&New organisation"
    QString deleteRecord;      // "&Delete organisation…"
    QString saveRecord;        // "&Save organisation"
    QString filterPlaceholder; // "Filter by name, city … (Ctrl+F)"
    QString hint;              // shown while no record is chosen
    QString errorTitle;        // title of message boxes
    QString listName;          // "Organisations", the exported list's file name
};

// A page of records: the list filtered as you type on the left, the chosen record in an
// editor on the right. Keeps list and editor in step, and never loses an edit silently:
// choosing another record, a new one, or leaving asks first. Subclasses provide the editor.
class RecordPage : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordPage)
public:
    void setDatabase(Database* database) override;
    bool confirmLeave() override;

    // Shows the record, asking first about unsaved edits of another; a filter that hides it
    // is cleared.
    void openRecord(qint64 id);

    // The list.
    PagedTableModelBase* model() const { return m_model; }
    QTableView* view() const { return m_view; }

protected:
    // Takes the model (made without a parent) as its child.
    RecordPage(PagedTableModelBase* model, const RecordPageTexts& texts, QWidget* parent = nullptr);

    // A row of buttons for the actions, then Discard changes and Save on the right.
    QHBoxLayout* saveButtons(const QList<QAction*>& actions = {});
    // Puts the list beside the detail (the title above body), sharing the width
    // listShare : detailShare.
    void setUpLayout(QWidget* body, int listShare, int detailShare);

    // The editor, as the subclass has it.
    virtual bool isEdited() const = 0;
    virtual void discardEdits() = 0;
    virtual QString unsavedQuestion() const = 0;
    virtual bool saveRecord() = 0;
    // Fills the editor with the stored record and returns its title, or why it cannot.
    virtual Result<QString> loadRecord(qint64 id) = 0;
    virtual void clearRecord() = 0;
    virtual void focusNewRecord() = 0;
    virtual void deleteRecord() = 0;
    virtual void showFieldErrors(const QList<FieldError>& errors) = 0;
    // "12 organisations"
    virtual QString countText(int count) const = 0;
    // Called with the new database before the list is read, for the subclass's own models.
    virtual void databaseChanged(Database* database);
    // After a committed change anywhere (this page, a dialog, an import): the list reads
    // again when it shows a kind that changed, unless only the record in the editor did,
    // which the page updated itself. Subclasses refresh their choices and figures too.
    virtual void dataChanged(const ChangeSet& changes);
    // The kinds of record the list shows (its own and those its columns name or count).
    void setListKinds(std::initializer_list<RecordKind> kinds) { m_listKinds = kinds; }
    // What "Export all fields" writes: a kind of `verbund export` ("organisations", …).
    void setExportKind(const QString& kind) { m_exportKind = kind; }
    virtual void updateCounts();
    virtual void updateActions();
    // The table of the page's records, whose rights (rights.h) the page follows.
    void setRecordTable(const QString& table) { m_recordTable = table; }
    // Whether the user's role lets them write or delete the page's records.
    bool mayWrite() const;
    bool mayDelete() const;
    // Makes the editor and its panels take input, or only show, as the role lets the user;
    // called with each database.
    virtual void setEditable(bool editable) = 0;

    void showRecord(qint64 id);
    void showEmpty();
    void newRecord();
    // After a successful save of the record with this id and title.
    void recordSaved(qint64 id, const QString& title);
    // After a failed save: field messages in the editor, a conflict offered to reload, else
    // the message. Always false, for the caller to return.
    bool saveFailed(const Error& error, qint64 id);
    // After the current record was deleted; the list moves on to its neighbour.
    void recordDeleted(const QString& title);
    void selectRecord(qint64 id);
    void revertRecord();
    void showError(const QString& message);

    Database* m_database = nullptr;
    qint64 m_currentId = 0;     // the record in the editor; 0 for a new one
    bool m_editing = false;     // the editor shows a record (existing or new)
    int m_maxColumnWidth = 240; // of the list's columns as they are fitted to their contents
    // The record's "History" tab, when the subclass gives it one: it follows the record.
    HistoryView* m_history = nullptr;

    QAction* m_newAction;
    QAction* m_deleteAction;
    QAction* m_filterAction;
    QAction* m_saveAction;
    QAction* m_exportListAction; // the list as shown, as CSV
    QAction* m_exportAllAction;  // every record with all its fields, as the command line does
    ListPane* m_list;
    QTableView* m_view;
    QStackedWidget* m_detail;
    QLabel* m_title;
    QPushButton* m_save;
    QPushButton* m_revert;

private:
    void onCurrentRowChanged(const QModelIndex& current, const QModelIndex& previous);
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    // Shares the splitter's width between list and detail, until the user moves it.
    void shareWidth();
    void followHistory();

    PagedTableModelBase* m_model;
    QSplitter* m_splitter = nullptr;
    int m_listShare = 1;
    int m_detailShare = 1;
    bool m_splitterMoved = false; // by the user: then their sizes stay
    QList<RecordKind> m_listKinds;
    QString m_exportKind;
    QMetaObject::Connection m_changesConnection;
    QString m_listName;
    QString m_recordTable;
    QString m_errorTitle;
};

} // namespace Verbund
