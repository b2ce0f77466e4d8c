// Verbund's entry point: a command (`verbund init …`) runs in the core without a window;
// anything else opens the main window.

#include "cli/commandline.h"
#include "common/logfile.h"
#include "demo/demonetwork.h"
#include "mainwindow.h"
#include "storage/database.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <cstdio>
#include <memory>
#include <optional>

namespace {

// The language asked for with --lang, else the one chosen in the window, else English on an
// English system and German on any other (also under a C or POSIX locale).
QString languageOf(const Verbund::Invocation& invocation) {
    if (!invocation.language.isEmpty() && invocation.knownLanguage())
        return invocation.language;
    const QString chosen = Verbund::MainWindow::chosenLanguage();
    if (!chosen.isEmpty())
        return chosen;
    return QLocale::system().language() == QLocale::English ? QStringLiteral("en")
                                                            : QStringLiteral("de");
}

void installTranslations(QCoreApplication& app, const QString& language) {
    const bool german = language == QLatin1String("de");
    if (german) {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        auto* qt = new QTranslator(&app);
        if (qt->load(QStringLiteral("qtbase_de"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
    }
    // English uses its file for the plural forms only.
    auto* own = new QTranslator(&app);
    if (own->load(german ? QStringLiteral(":/i18n/verbund_de.qm")
                         : QStringLiteral(":/i18n/verbund_en.qm")))
        QCoreApplication::installTranslator(own);
}

// Without XDG_RUNTIME_DIR (cron, ssh, CI) Qt warns on every start; give it a private one.
void ensureRuntimeDirectory() {
    if (qEnvironmentVariableIsSet("XDG_RUNTIME_DIR"))
        return;
    const QString path = QDir::temp().filePath(
        QStringLiteral("verbund-runtime-%1").arg(qEnvironmentVariable("USER")));
    if (QDir().mkpath(path) &&
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                        QFileDevice::ExeOwner))
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(path));
}

// Warnings and the details behind failures go to the log in the user's data folder.
void installLog() {
    Verbund::LogFile::install(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                              QStringLiteral("/verbund.log"));
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication::setOrganizationName(QStringLiteral("Verbund"));
    QCoreApplication::setApplicationName(QStringLiteral("Verbund"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VERBUND_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const Verbund::Invocation invocation = Verbund::CommandLine::read(arguments);
    const QString language = languageOf(invocation);

    if (!invocation.opensWindow()) {
        // Commands, help and usage errors never show a window; reports still need fonts,
        // which come with a QGuiApplication, and that one must not ask for a display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        ensureRuntimeDirectory();
        QGuiApplication app(argc, argv);
        installLog();
        installTranslations(app, language);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return Verbund::CommandLine(out, err).run(invocation);
    }

    QApplication app(argc, argv);
    installLog();
    installTranslations(app, language);

    // The demo copy lives in a folder of its own that goes when the program ends, after the
    // window (declared later, destroyed first) has closed the database.
    std::optional<QTemporaryDir> demoFolder;
    Verbund::MainWindow window;
    QString path = invocation.value(QStringLiteral("database"));
    bool remember = true;
    if (invocation.isSet(QStringLiteral("demo"))) {
        demoFolder.emplace(QDir::temp().filePath(QStringLiteral("verbund-demo-XXXXXX")));
        path = demoFolder->filePath(QStringLiteral("Demo-Netzwerk.verbund"));
        if (Verbund::Status created =
                Verbund::Database::createFile(path, Verbund::createDemoNetwork);
            !created) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Verbund"),
                                  created.error().fullText());
            return 1;
        }
        remember = false;
    } else if (path.isEmpty()) {
        path = Verbund::MainWindow::startupDatabasePath();
    }
    const Verbund::Status opened = window.openDatabase(path, remember);
    window.show();
    if (!opened)
        window.tellOpenFailure(path, opened.error());

    if (invocation.isSet(QStringLiteral("screenshots"))) {
        // Each area with its first record chosen, as a coordinator opens it; one after the
        // other, each given time to be drawn.
        const QDir folder(invocation.value(QStringLiteral("screenshots")));
        const QStringList names{QStringLiteral("network"), QStringLiteral("curricula"),
                                QStringLiteral("measures"), QStringLiteral("participants")};
        auto failed = std::make_shared<bool>(!QDir().mkpath(folder.path()));
        for (int page = 0; page < names.size(); ++page) {
            QTimer::singleShot(700 + 600 * page, &window,
                               [&window, page] { window.showPage(page); });
            QTimer::singleShot(1100 + 600 * page, &window, [&window, folder, names, page, failed] {
                const QString file = folder.filePath(names.at(page) + QStringLiteral(".png"));
                *failed = !window.grab().save(file) || *failed;
            });
        }
        QTimer::singleShot(1300 + 600 * int(names.size()), &window,
                           [failed] { QCoreApplication::exit(*failed ? 1 : 0); });
    }
    return app.exec();
}
