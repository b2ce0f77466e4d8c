#include "mainwindow.h"

#include "application/networkservice.h"
#include "dialogs/backupsdialog.h"
#include "dialogs/connectdialog.h"
#include "dialogs/followuprulesdialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/officedialog.h"
#include "dialogs/periodreportdialog.h"
#include "dialogs/privacydialog.h"
#include "dialogs/programmesdialog.h"
#include "dialogs/usersdialog.h"
#include "pages/curriculapage.h"
#include "pages/measurespage.h"
#include "pages/networkpage.h"
#include "pages/overviewpage.h"
#include "pages/participantspage.h"
#include "services/backup.h"
#include "services/backupfolder.h"
#include "services/indicators.h"
#include "storage/database.h"
#include "storage/datachanges.h"
#include "storage/networkcopy.h"
#include "widgets/dailybackup.h"
#include "widgets/readfailures.h"
#include "widgets/screenfit.h"
#include "widgets/searchfield.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>

namespace Verbund {

namespace {

const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString lastFileKey = QStringLiteral("database/last");
const QString recentKey = QStringLiteral("database/recent");
const QString languageKey = QStringLiteral("ui/language");
constexpr int MaxRecent = 8;

QString fileFilter() {
    return QCoreApplication::translate(
        "Verbund::MainWindow", "Verbund databases (*.verbund *.sqlite *.db);;All files (*)");
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_sidebar(new QListWidget)
    , m_pages(new QStackedWidget)
    , m_overviewPage(new OverviewPage)
    , m_networkPage(new NetworkPage)
    , m_curriculaPage(new CurriculaPage)
    , m_measuresPage(new MeasuresPage)
    , m_participantsPage(new ParticipantsPage)
    , m_pageList{m_overviewPage, m_networkPage, m_curriculaPage, m_measuresPage, m_participantsPage}
    , m_recentMenu(new QMenu(tr("Open &recent")))
    , m_fileLabel(new QLabel)
    , m_userLabel(new QLabel)
    , m_search(new SearchField)
    , m_dailyBackup(new DailyBackup(this)) {
    setWindowTitle(tr("Verbund"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/verbund.svg")));
    // What others save on the same network shows here while the window is in use.
    connect(qApp, &QGuiApplication::applicationStateChanged, this,
            [this](Qt::ApplicationState state) {
                if (m_database)
                    m_database->followOthers(state != Qt::ApplicationHidden &&
                                             state != Qt::ApplicationSuspended);
            });

    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->addItem(
        new QListWidgetItem(QIcon::fromTheme(QStringLiteral("go-home")), tr("Overview")));
    m_sidebar->addItem(
        new QListWidgetItem(QIcon::fromTheme(QStringLiteral("system-users")), tr("Network")));
    m_sidebar->addItem(new QListWidgetItem(QIcon::fromTheme(QStringLiteral("x-office-document")),
                                           tr("Curricula")));
    m_sidebar->addItem(
        new QListWidgetItem(QIcon::fromTheme(QStringLiteral("view-calendar")), tr("Measures")));
    m_sidebar->addItem(
        new QListWidgetItem(QIcon::fromTheme(QStringLiteral("user-identity")), tr("Participants")));
    // As wide as its longest entry (with its icon, where the desktop has one), so that the
    // lists get the room.
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setFixedWidth(m_sidebar->sizeHintForColumn(0) + 2 * m_sidebar->frameWidth() +
                             m_sidebar->fontMetrics().averageCharWidth() * 4);
    // The pages' shortcuts work where the focus is in the page; the sidebar is reached by
    // Ctrl+1, Ctrl+2, … instead of taking the focus itself.
    m_sidebar->setFocusPolicy(Qt::NoFocus);
    for (int row = 0; row < m_sidebar->count(); ++row) {
        auto* show = new QAction(this);
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
        m_sidebar->item(row)->setToolTip(show->shortcut().toString(QKeySequence::NativeText));
        connect(show, &QAction::triggered, this, [this, row] { showPage(row); });
        addAction(show);
    }
    m_sidebar->setCurrentRow(0);
    QFont sidebarFont = m_sidebar->font();
    sidebarFont.setPointSizeF(sidebarFont.pointSizeF() * 1.15);
    m_sidebar->setFont(sidebarFont);
    m_sidebar->setSpacing(3);
    for (Page* page : std::as_const(m_pageList)) {
        m_pages->addWidget(page);
        connect(page, &Page::statusMessage, this,
                [this](const QString& message) { statusBar()->showMessage(message, 5000); });
    }
    // A list of choices that could not be read is said once, not left empty without a word.
    connect(
        &ReadFailures::instance(), &ReadFailures::failed, this,
        [this](const QString& message, bool damaged) {
            if (damaged && m_database) {
                offerNewestBackup(m_database->path(), message);
                return;
            }
            QMessageBox::warning(this, tr("Reading the data"),
                                 tr("Some data could not be read; a list of choices may be "
                                    "incomplete.") +
                                     QStringLiteral("\n\n") + message);
        },
        Qt::QueuedConnection);
    connect(m_dailyBackup, &DailyBackup::finished, this,
            [this](const QString&, const QString& taken) {
                if (!taken.isEmpty())
                    statusBar()->showMessage(tr("Today's backup was taken and checked."), 8000);
            });
    connect(m_dailyBackup, &DailyBackup::failed, this,
            [this](const QString& file, const QString& message, bool damaged) {
                if (damaged)
                    offerNewestBackup(file, message);
                else
                    statusBar()->showMessage(tr("Today's backup failed: %1").arg(message));
            });
    connect(m_overviewPage, &OverviewPage::openRequested, this, &MainWindow::openRecord);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        updateEditMenu();
        m_pages->currentWidget()->setFocus(Qt::OtherFocusReason);
    });

    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newFile = file->addAction(tr("&New database…"), this, &MainWindow::newDatabase);
    newFile->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openDatabaseDialog);
    file->addMenu(m_recentMenu);
    file->addAction(tr("Connect to a ser&ver…"), this, [this] {
        connectToServer(m_database && m_database->location().isServer() ? m_database->location()
                                                                        : DatabaseLocation(),
                        QString());
    });
    m_transferAction = file->addAction(tr("Trans&fer the network to a server…"), this,
                                       &MainWindow::transferToServer);
    file->addSeparator();
    m_importAction = file->addAction(tr("&Import…"), this, [this] {
        if (!m_database || !confirmLeaveAll())
            return;
        ImportDialog dialog(*m_database, this);
        dialog.exec();
    });
    file->addSeparator();
    file->addAction(tr("Create &backup"), this, &MainWindow::createBackup);
    file->addAction(tr("Bac&kups…"), this, &MainWindow::showBackups);
    m_restoreAction = file->addAction(tr("Res&tore a backup…"), this, &MainWindow::restoreBackup);
    file->addAction(tr("Save a cop&y as…"), this, &MainWindow::saveCopy);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    updateEditMenu();

    QMenu* office = menuBar()->addMenu(tr("&Office"));
    m_officeAction =
        office->addAction(tr("&Network, staff and sites…"), this, &MainWindow::openOffice);
    m_programmesAction =
        office->addAction(tr("&Funders and programmes…"), this, &MainWindow::openProgrammes);
    m_usersAction = office->addAction(tr("&Users and rights…"), this, &MainWindow::openUsers);
    m_privacyAction = office->addAction(tr("&Data protection…"), this, &MainWindow::openPrivacy);
    m_followUpRulesAction =
        office->addAction(tr("F&ollow-up rules…"), this, &MainWindow::openFollowUpRules);
    QMenu* language = office->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(this);
    const QString current =
        QLocale().language() == QLocale::German ? QStringLiteral("de") : QStringLiteral("en");
    const QList<std::pair<QString, QString>> names{
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto& choice : names) {
        const QString code = choice.first;
        QAction* action =
            language->addAction(choice.second, this, [this, code] { chooseLanguage(code); });
        action->setCheckable(true);
        action->setChecked(code == current);
        languages->addAction(action);
    }
    office->addSeparator();
    office->addAction(tr("Funding &report…"), this, [this] {
        if (!m_database)
            return;
        PeriodReportDialog dialog(*m_database,
                                  *ReportRegistry::find(QStringLiteral("funding-report")),
                                  tr("Money per funder and programme over the measures running "
                                     "in the period."),
                                  this);
        dialog.exec();
    });
    office->addAction(tr("Participant &indicators…"), this, [this] {
        if (!m_database)
            return;
        PeriodReportDialog dialog(
            *m_database, *ReportRegistry::find(QStringLiteral("indicators")),
            tr("The participant figures funders ask for (ESF Plus): entries by gender, age, "
               "employment and education, exits by status and qualification, the companies "
               "supported; as a report, or as CSV for the funder's template."),
            this);
        dialog.addCsvExport([this](CsvWriter& csv, const ReportRequest& request) -> Status {
            auto indicators = Indicators::read(
                *m_database, {request.from, request.to, request.measureId, request.programmeId});
            if (!indicators)
                return indicators.error();
            indicators->write(csv);
            return {};
        });
        dialog.exec();
    });
    office->addAction(tr("&Activity report…"), this, [this] {
        if (!m_database)
            return;
        PeriodReportDialog dialog(
            *m_database, *ReportRegistry::find(QStringLiteral("activity-report")),
            tr("The network's figures as the overview shows them, with their charts, for the "
               "board and the steering committee."),
            this);
        dialog.exec();
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Verbund"), this, &MainWindow::showAbout);

    // The search everywhere, at the right of the menu bar: no row of the screen's height
    // taken for it.
    menuBar()->setCornerWidget(m_search, Qt::TopRightCorner);
    auto* search = new QAction(this);
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(search, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(search);
    connect(m_search, &SearchField::openRequested, this, &MainWindow::openRecord);
    connect(m_search, &SearchField::failed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 5000); });

    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_fileLabel);

    QSettings settings;
    restoreGeometry(settings.value(geometryKey).toByteArray());
    restoreState(settings.value(stateKey).toByteArray());
    fitToScreen(settings.contains(geometryKey));
    updateRecentMenu();
}

void MainWindow::fitToScreen(bool restored) {
    // A laptop's 1366×768 less the task bar: the window never starts larger than that, and
    // a size kept from a larger screen shrinks to this one.
    resize(sizeWithinScreen(this, restored ? size() : QSize(1520, 900)));
    const QRect available = screen()->availableGeometry();
    if (!available.contains(frameGeometry()))
        move(available.topLeft());
}

MainWindow::~MainWindow() {
    // The pages hold the database pointer; take it from them before it goes.
    for (Page* page : std::as_const(m_pageList))
        page->setDatabase(nullptr);
}

void MainWindow::showPage(int index) {
    if (!m_sidebar->item(index)->isHidden())
        m_sidebar->setCurrentRow(index);
}

void MainWindow::openRecord(RecordKind kind, qint64 id) {
    if (!m_database)
        return;
    RecordPage* page = nullptr;
    switch (kind) {
    case RecordKind::Contact: {
        auto contact = NetworkService(*m_database).contact(id);
        if (!contact) {
            statusBar()->showMessage(contact.error().message(), 5000);
            return;
        }
        id = contact->organisationId;
        page = m_networkPage;
        break;
    }
    case RecordKind::Organisation:
        page = m_networkPage;
        break;
    case RecordKind::Participant:
        page = m_participantsPage;
        break;
    case RecordKind::Measure:
        page = m_measuresPage;
        break;
    case RecordKind::Curriculum:
        page = m_curriculaPage;
        break;
    default:
        statusBar()->showMessage(tr("Funders are kept under Office → Funders and programmes."),
                                 5000);
        return;
    }
    const int index = int(m_pageList.indexOf(page));
    if (m_sidebar->item(index)->isHidden())
        return;
    showPage(index);
    if (m_pages->currentWidget() == page)
        page->openRecord(id);
}

void MainWindow::applyRights() {
    const bool seesPeople = m_database && seesParticipants(m_database->user().role);
    QListWidgetItem* people = m_sidebar->item(int(m_pageList.indexOf(m_participantsPage)));
    people->setHidden(!seesPeople);
    if (!seesPeople && m_pages->currentWidget() == m_participantsPage)
        showPage(0);
    const auto allows = [this](const char* table) {
        return m_database &&
               roleAllows(m_database->user().role, QLatin1String(table), Access::Write);
    };
    m_importAction->setEnabled(allows("organisation"));
    m_officeAction->setEnabled(allows("staff"));
    m_programmesAction->setEnabled(allows("programme"));
    m_usersAction->setEnabled(allows("app_user"));
    m_privacyAction->setEnabled(m_database && mayErase(m_database->user().role));
    m_followUpRulesAction->setEnabled(m_database != nullptr);
    m_restoreAction->setEnabled(allows("app_user"));
    m_transferAction->setEnabled(allows("app_user"));
    m_userLabel->setText(
        m_database ? tr("%1 · %2").arg(m_database->user().login, enumLabel(m_database->user().role))
                   : QString());
}

Database* MainWindow::databaseFor(const Page* page) const {
    // The participants' page reads nothing of a role that may not see them.
    const bool seesPeople = m_database && seesParticipants(m_database->user().role);
    return page == m_participantsPage && !seesPeople ? nullptr : m_database.get();
}

void MainWindow::openUsers() {
    if (!m_database || !confirmLeaveAll())
        return;
    UsersDialog dialog(*m_database, this);
    dialog.exec();
    // One's own role may have changed.
    for (Page* page : std::as_const(m_pageList))
        page->setDatabase(databaseFor(page));
    applyRights();
}

void MainWindow::openPrivacy() {
    if (!m_database || !m_participantsPage->confirmLeave())
        return;
    PrivacyDialog dialog(*m_database, this);
    dialog.exec();
    // People erased there are shown anew.
    m_participantsPage->setDatabase(databaseFor(m_participantsPage));
}

void MainWindow::openFollowUpRules() {
    if (!m_database)
        return;
    FollowUpRulesDialog dialog(*m_database, this);
    dialog.exec();
}

bool MainWindow::confirmLeaveAll() {
    for (Page* page : std::as_const(m_pageList)) {
        if (!page->confirmLeave())
            return false;
    }
    return true;
}

void MainWindow::updateEditMenu() {
    m_editMenu->clear();
    const auto* page = qobject_cast<Page*>(m_pages->currentWidget());
    if (!page)
        return;
    for (QAction* action : page->editActions()) {
        if (action)
            m_editMenu->addAction(action);
        else
            m_editMenu->addSeparator();
    }
}

QString MainWindow::startupDatabasePath() {
    const QString last = QSettings().value(lastFileKey).toString();
    // A server is tried again; a file only when it is still there.
    if (!last.isEmpty() && (DatabaseLocation::namesServer(last) || QFileInfo::exists(last)))
        return last;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/verbund.sqlite");
}

Status MainWindow::openDatabase(const QString& path, bool remember) {
    auto location = DatabaseLocation::parse(path);
    if (!location)
        return location.error();
    return openDatabase(*location, remember);
}

Status MainWindow::openDatabase(const DatabaseLocation& location, bool remember) {
    ReadFailures::instance().reset();
    auto opened =
        Database::open(location, Database::OpenMode::OpenOrCreate, &BackupFolder::beforeMigration);
    if (!opened)
        return opened.error();
    // The lists' indexes and search of a state-wide network stay in memory.
    if (Status cached = (*opened)->setCacheMebibytes(32); !cached)
        return cached.error();
    // While another program writes, a save waits and says so instead of failing.
    const bool server = (*opened)->location().isServer();
    (*opened)->setBusyWait([this, server](int waited) {
        constexpr int Patience = 120 * 1000;
        const QString waiting =
            server ? tr("Somebody else is saving a large change in the network; Verbund waits "
                        "(%1 s) …")
                   : tr("The file is being written by another program; Verbund waits (%1 s) …");
        statusBar()->showMessage(waiting.arg(waited / 1000), 2000);
        statusBar()->repaint();
        return waited < Patience;
    });
    for (Page* page : std::as_const(m_pageList))
        page->setDatabase(nullptr);
    m_search->setDatabase(nullptr);
    m_database = std::move(*opened);
    for (Page* page : std::as_const(m_pageList))
        page->setDatabase(databaseFor(page));
    m_search->setDatabase(m_database.get());
    m_database->followOthers(true);
    // A server's connection that fell and cannot be made anew is said until it stands again.
    connect(&m_database->changes(), &DataChanges::connectionLost, this,
            [this](const QString& message) { statusBar()->showMessage(message); });
    connect(&m_database->changes(), &DataChanges::connectionRestored, this, [this] {
        statusBar()->showMessage(tr("The server can be reached again; the lists show its "
                                    "current state."),
                                 8000);
    });
    // A server's network by its database, server and user; a file by its path.
    const QString& path = location.path();
    const QString shown = location.isServer()
                              ? location.displayName()
                              : QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    const QString title =
        location.isServer() ? location.databaseName() : QFileInfo(path).fileName();
    // A file Verbund may only read says so before anybody types into it.
    const QString name = m_database->isReadOnly() ? tr("%1 (read only)").arg(title) : title;
    m_fileLabel->setText(m_database->isReadOnly() ? tr("Database: %1 (read only)").arg(shown)
                                                  : tr("Database: %1").arg(shown));
    setWindowTitle(tr("%1 — Verbund").arg(name));
    if (remember)
        rememberFile(location.isServer() ? location.text() : QFileInfo(path).absoluteFilePath());
    // The day's backup of a whole network, by whoever may read all of it.
    if (!m_database->isReadOnly() &&
        (!location.isServer() || m_database->user().role >= UserRole::Coordinator))
        m_dailyBackup->start(m_database->location());
    applyRights();
    return {};
}

void MainWindow::tellOpenFailure(const QString& path, const Error& error) {
    // A server that wants a password (or another user) asks for it in the connect dialog.
    if (error.code() == ErrorCode::Authentication) {
        if (auto location = DatabaseLocation::parse(path); location && location->isServer()) {
            connectToServer(*location, error.message());
            return;
        }
    }
    const bool once = error.code() == ErrorCode::Damaged || error.code() == ErrorCode::NotSqlite;
    if (once && !BackupFolder::of(path).entries().isEmpty()) {
        offerNewestBackup(path, error.message());
        return;
    }
    QMessageBox::warning(this, tr("Open database"), error.fullText());
}

void MainWindow::offerNewestBackup(const QString& file, const QString& message) {
    const QList<BackupFolder::Entry> backups = BackupFolder::of(file).entries();
    QMessageBox box(QMessageBox::Critical, tr("The file is damaged"),
                    message + QStringLiteral("\n\n") + BackupFolder::newestBackupHint(file),
                    QMessageBox::Close, this);
    QAbstractButton* restore = nullptr;
    if (!backups.isEmpty())
        restore = box.addButton(tr("&Restore the newest backup"), QMessageBox::AcceptRole);
    box.exec();
    if (restore && box.clickedButton() == restore)
        restoreFrom(backups.constFirst().path, file);
}

void MainWindow::openWithMessage(const QString& path) {
    if (!confirmLeaveAll())
        return;
    if (Status opened = openDatabase(path); !opened)
        tellOpenFailure(path, opened.error());
}

void MainWindow::newDatabase() {
    if (!confirmLeaveAll())
        return;
    QString path = QFileDialog::getSaveFileName(
        this, tr("New database"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
            QStringLiteral("/Verbund.verbund"),
        fileFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".verbund");
    if (Status created = Database::createFile(path); !created) {
        QMessageBox::warning(this, tr("New database"), created.error().fullText());
        return;
    }
    openWithMessage(path);
}

void MainWindow::createBackup() {
    if (!m_database || !confirmLeaveAll())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto taken =
        BackupFolder::of(m_database->path()).take(*m_database, BackupFolder::Occasion::ByHand);
    QApplication::restoreOverrideCursor();
    if (!taken) {
        QMessageBox::warning(this, tr("Create backup"), taken.error().fullText());
        return;
    }
    statusBar()->showMessage(tr("The backup was taken and checked; File → Backups… lists it."),
                             8000);
}

void MainWindow::showBackups() {
    if (!m_database || !confirmLeaveAll())
        return;
    BackupsDialog dialog(m_database->path(), this);
    if (dialog.exec() == QDialog::Accepted)
        askAndRestore(dialog.chosenBackup(), dialog.chosenDescription());
}

void MainWindow::saveCopy() {
    if (!m_database || !confirmLeaveAll())
        return;
    const QFileInfo current(m_database->path());
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save a copy as"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') +
            tr("%1 copy %2.verbund")
                .arg(current.completeBaseName(),
                     QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"))),
        fileFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".verbund");
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = Backup::write(*m_database, path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(this, tr("Save a copy as"), written.error().fullText());
        return;
    }
    statusBar()->showMessage(
        tr("Wrote the copy “%1” and checked it.").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::restoreBackup() {
    if (!m_database || !confirmLeaveAll())
        return;
    const QString backup = QFileDialog::getOpenFileName(
        this, tr("Restore a backup"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), fileFilter());
    if (!backup.isEmpty())
        askAndRestore(backup, tr("“%1”").arg(QFileInfo(backup).fileName()));
}

void MainWindow::askAndRestore(const QString& backup, const QString& shownAs) {
    const QString file = m_database->path();
    if (Status possible = Backup::restorable(file); !possible) {
        QMessageBox::information(this, tr("Restore a backup"), possible.error().message());
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Restore a backup"),
        tr("Put the backup %1 in the place of “%2”? Everything entered since the backup is no "
           "longer in the network; the file as it is now is kept as a backup first.")
            .arg(shownAs, QDir::toNativeSeparators(file)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        restoreFrom(backup, file);
}

void MainWindow::restoreFrom(const QString& backup, const QString& file) {
    // The file is closed while it is replaced, and opened again in any case.
    if (m_database && m_database->path() == file) {
        for (Page* page : std::as_const(m_pageList))
            page->setDatabase(nullptr);
        m_search->setDatabase(nullptr);
        m_database.reset();
    }
    const BackupFolder folder = BackupFolder::of(file);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto safety = Backup::restore(backup, file, folder);
    QApplication::restoreOverrideCursor();
    const Status opened = openDatabase(file, false);
    if (!safety)
        QMessageBox::warning(this, tr("Restore a backup"), safety.error().fullText());
    else if (!opened)
        tellOpenFailure(file, opened.error());
    else if (safety->startsWith(folder.path()))
        QMessageBox::information(this, tr("Restore a backup"),
                                 tr("Restored “%1” from the backup. The file as it was is kept "
                                    "as a backup (File → Backups…).")
                                     .arg(QDir::toNativeSeparators(file)));
    else
        QMessageBox::information(
            this, tr("Restore a backup"),
            tr("Restored “%1” from the backup. The file as it was is kept in “%2”.")
                .arg(QDir::toNativeSeparators(file), QDir::toNativeSeparators(*safety)));
}

void MainWindow::connectToServer(const DatabaseLocation& start, const QString& message) {
    if (!confirmLeaveAll())
        return;
    ConnectDialog dialog(ConnectDialog::Purpose::Open, start, message, this);
    while (dialog.exec() == QDialog::Accepted) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const Status opened = openDatabase(dialog.location());
        QApplication::restoreOverrideCursor();
        if (opened)
            return;
        dialog.showFailure(opened.error().message());
    }
}

void MainWindow::transferToServer() {
    if (!m_database || !confirmLeaveAll())
        return;
    const DatabaseLocation source = m_database->location();
    ConnectDialog dialog(ConnectDialog::Purpose::Transfer, source, QString(), this);
    while (dialog.exec() == QDialog::Accepted) {
        const DatabaseLocation target = dialog.location();
        QProgressDialog progress(
            tr("The network is being copied to %1 …").arg(target.displayName()), tr("Cancel"), 0,
            100, this);
        progress.setWindowTitle(tr("Transfer the network to a server"));
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(0);
        progress.setValue(0);
        auto copied = NetworkCopy::copyToNew(*m_database, target, [&progress](int percent) {
            progress.setValue(percent);
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        });
        progress.reset();
        if (!copied) {
            if (copied.error().code() == ErrorCode::Cancelled)
                return;
            dialog.showFailure(copied.error().message());
            continue;
        }
        const auto answer = QMessageBox::question(
            this, tr("Transfer the network to a server"),
            tr("The network is on the server now: %1, %2 records in %3 tables, each table "
               "compared with the original. The file “%4” stays as it is.\n\nWork on with the "
               "network on the server from now on?")
                .arg(target.displayName())
                .arg(NetworkCopy::records(*copied))
                .arg(copied->size())
                .arg(source.displayName()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer == QMessageBox::Yes) {
            if (Status opened = openDatabase(target); !opened)
                tellOpenFailure(target.text(), opened.error());
        }
        return;
    }
}

void MainWindow::openDatabaseDialog() {
    const QString start = m_database ? QFileInfo(m_database->path()).absolutePath() : QString();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open database"), start, fileFilter());
    if (!path.isEmpty())
        openWithMessage(path);
}

void MainWindow::openOffice() {
    if (!m_database || !confirmLeaveAll())
        return;
    OfficeDialog dialog(*m_database, this);
    dialog.exec();
}

void MainWindow::openProgrammes() {
    if (!m_database || !confirmLeaveAll())
        return;
    ProgrammesDialog dialog(*m_database, this);
    dialog.exec();
}

QString MainWindow::chosenLanguage() {
    const QString chosen = QSettings().value(languageKey).toString();
    return chosen == QLatin1String("de") || chosen == QLatin1String("en") ? chosen : QString();
}

void MainWindow::chooseLanguage(const QString& language) {
    QSettings().setValue(languageKey, language);
    QMessageBox::information(this, tr("Language"),
                             language == QLatin1String("de")
                                 ? tr("Verbund speaks German from its next start on.")
                                 : tr("Verbund speaks English from its next start on."));
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About Verbund"),
                       tr("<h3>Verbund %1</h3><p>The desk of a training-network coordinator: "
                          "company network, consultations and, step by step, measures, "
                          "curricula, attendance and reports.</p><p>Licensed under the GNU "
                          "General Public License, version 3 or later.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::rememberFile(const QString& path) {
    QSettings settings;
    QStringList recent = settings.value(recentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    settings.setValue(recentKey, recent);
    settings.setValue(lastFileKey, path);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu() {
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(recentKey).toStringList();
    for (const QString& path : recent) {
        QAction* action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openWithMessage(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!confirmLeaveAll()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    event->accept();
}

} // namespace Verbund
