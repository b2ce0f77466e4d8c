#include "mainwindow.h"

#include "dialogs/officedialog.h"
#include "pages/networkpage.h"
#include "storage/database.h"

#include <QAction>
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
    , m_networkPage(new NetworkPage)
    , m_recentMenu(new QMenu(tr("Open &recent")))
    , m_fileLabel(new QLabel) {
    setWindowTitle(tr("Verbund"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/verbund.svg")));

    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->addItem(
        new QListWidgetItem(QIcon::fromTheme(QStringLiteral("system-users")), tr("Network")));
    m_sidebar->setFixedWidth(140);
    m_sidebar->setCurrentRow(0);
    QFont sidebarFont = m_sidebar->font();
    sidebarFont.setPointSizeF(sidebarFont.pointSizeF() * 1.15);
    m_sidebar->setFont(sidebarFont);
    m_sidebar->setSpacing(3);
    m_pages->addWidget(m_networkPage);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

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
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_networkPage->newAction());
    edit->addAction(m_networkPage->saveAction());
    edit->addAction(m_networkPage->deleteAction());
    edit->addSeparator();
    edit->addAction(m_networkPage->filterAction());
    addAction(m_networkPage->newAction());
    addAction(m_networkPage->saveAction());
    addAction(m_networkPage->filterAction());

    QMenu* office = menuBar()->addMenu(tr("&Office"));
    office->addAction(tr("&Staff and sites…"), this, &MainWindow::openOffice);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Verbund"), this, &MainWindow::showAbout);

    statusBar()->addPermanentWidget(m_fileLabel);
    connect(m_networkPage, &NetworkPage::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 5000); });

    QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1520, 900);
    restoreState(settings.value(stateKey).toByteArray());
    updateRecentMenu();
}

MainWindow::~MainWindow() {
    // The pages hold the database pointer; take it from them before it goes.
    m_networkPage->setDatabase(nullptr);
}

QString MainWindow::startupDatabasePath() {
    const QString last = QSettings().value(lastFileKey).toString();
    if (!last.isEmpty() && QFileInfo::exists(last))
        return last;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/verbund.sqlite");
}

Status MainWindow::openDatabase(const QString& path, bool remember) {
    auto opened = Database::open(path);
    if (!opened)
        return opened.error();
    m_networkPage->setDatabase(nullptr);
    m_database = std::move(*opened);
    m_networkPage->setDatabase(m_database.get());
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    m_fileLabel->setText(tr("Database: %1").arg(shown));
    setWindowTitle(tr("%1 — Verbund").arg(QFileInfo(path).fileName()));
    if (remember)
        rememberFile(QFileInfo(path).absoluteFilePath());
    return {};
}

void MainWindow::openWithMessage(const QString& path) {
    if (!m_networkPage->confirmLeave())
        return;
    if (Status opened = openDatabase(path); !opened)
        QMessageBox::warning(this, tr("Open database"), opened.error().fullText());
}

void MainWindow::newDatabase() {
    if (!m_networkPage->confirmLeave())
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
    auto created = Database::open(path, Database::OpenMode::CreateNew);
    if (!created) {
        QMessageBox::warning(this, tr("New database"), created.error().fullText());
        return;
    }
    created->reset();
    openWithMessage(path);
}

void MainWindow::openDatabaseDialog() {
    const QString start = m_database ? QFileInfo(m_database->path()).absolutePath() : QString();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open database"), start, fileFilter());
    if (!path.isEmpty())
        openWithMessage(path);
}

void MainWindow::openOffice() {
    if (!m_database || !m_networkPage->confirmLeave())
        return;
    OfficeDialog dialog(*m_database, this);
    dialog.exec();
    m_networkPage->refreshChoices();
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
    if (!m_networkPage->confirmLeave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    event->accept();
}

} // namespace Verbund
