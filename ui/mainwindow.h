#pragma once

#include "common/result.h"
#include "storage/recordkind.h"

#include <QMainWindow>
#include <memory>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace Verbund {

class CurriculaPage;
class DailyBackup;
class MeasuresPage;
class ParticipantsPage;
class Database;
class DatabaseLocation;
class NetworkPage;
class OverviewPage;
class SearchField;
class Page;

// The main window: the areas in a sidebar, the open database named in the status bar,
// the File menu with new, open and recent databases.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the file (creating it if needed) and shows it; remember adds it to the recent
    // files and opens it again next time.
    Status openDatabase(const QString& path, bool remember = true);
    // As above, a server's network with a password given for this connection only.
    Status openDatabase(const DatabaseLocation& location, bool remember = true);
    // Says why a file could not be opened; a damaged one with backups gets the newest offered.
    void tellOpenFailure(const QString& path, const Error& error);
    // The file to open when none is given: the last one used, else one in the data folder.
    static QString startupDatabasePath();
    // The language chosen in the window ("de" or "en"), empty when none was.
    static QString chosenLanguage();
    Database* database() const { return m_database.get(); }
    OverviewPage* overviewPage() const { return m_overviewPage; }
    NetworkPage* networkPage() const { return m_networkPage; }
    CurriculaPage* curriculaPage() const { return m_curriculaPage; }
    MeasuresPage* measuresPage() const { return m_measuresPage; }
    ParticipantsPage* participantsPage() const { return m_participantsPage; }
    // Shows the page with this index in the sidebar.
    void showPage(int index);
    // Shows the record on its page (a contact with its organisation); nothing for a record
    // that no page shows (a funder) or that the user may not see.
    void openRecord(RecordKind kind, qint64 id);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // Sizes the window to fit the available screen (restored: keeps the size the user had
    // where it fits).
    void fitToScreen(bool restored);
    void newDatabase();
    void openDatabaseDialog();
    // Asks where the server's network is (start fills the fields; message says why it is
    // asked again) and opens it.
    void connectToServer(const DatabaseLocation& start, const QString& message);
    // Copies the open network into an empty server database, with progress, and offers to
    // work on there.
    void transferToServer();
    void createBackup();
    void showBackups();
    void saveCopy();
    void restoreBackup();
    // shownAs: how the question names the backup (its file name, or when it was taken).
    void askAndRestore(const QString& backup, const QString& shownAs);
    void restoreFrom(const QString& backup, const QString& file);
    void offerNewestBackup(const QString& file, const QString& message);
    void openOffice();
    void openProgrammes();
    void showAbout();
    // Keeps the language for the next start and says so.
    void chooseLanguage(const QString& language);
    void updateRecentMenu();
    void rememberFile(const QString& path);
    void openWithMessage(const QString& path);
    // Asks every page about its unsaved changes; false when the user wants to stay.
    bool confirmLeaveAll();
    void updateEditMenu();
    void openUsers();
    void openPrivacy();
    void openFollowUpRules();
    // Shows and lets the user do what their role allows: the participants' page only to
    // those who may see them, the menus' actions to those who may take them.
    void applyRights();
    // The database as the page may have it: none for a page of what the role may not see.
    Database* databaseFor(const Page* page) const;

    std::unique_ptr<Database> m_database;
    QListWidget* m_sidebar;
    QStackedWidget* m_pages;
    OverviewPage* m_overviewPage;
    NetworkPage* m_networkPage;
    CurriculaPage* m_curriculaPage;
    MeasuresPage* m_measuresPage;
    ParticipantsPage* m_participantsPage;
    QList<Page*> m_pageList;
    QMenu* m_editMenu;
    QMenu* m_recentMenu;
    QLabel* m_fileLabel;
    QLabel* m_userLabel;
    SearchField* m_search;
    QAction* m_transferAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QAction* m_officeAction = nullptr;
    QAction* m_programmesAction = nullptr;
    QAction* m_usersAction = nullptr;
    QAction* m_privacyAction = nullptr;
    QAction* m_followUpRulesAction = nullptr;
    DailyBackup* m_dailyBackup;
};

} // namespace Verbund
