// The tests' main: a Qt application (with widgets for the UI tests) around Catch2's runner.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef VERBUND_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
// Reports need fonts, which come with a QGuiApplication.
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif

#include <QStandardPaths>

int main(int argc, char* argv[]) {
#ifdef VERBUND_LAPTOP_SCREEN
    // The window tests on a laptop's screen of 1366×768, unless another screen is named.
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (platform.isEmpty() || platform == "offscreen")
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" VERBUND_LAPTOP_SCREEN);
#else
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    // Keeps the tests' window settings and recent files away from the user's own.
    QStandardPaths::setTestModeEnabled(true);
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("VerbundTests"));
    TestApplication::setApplicationName(QStringLiteral("VerbundTests"));
    Catch::Session session;
    if (const int code = session.applyCommandLine(argc, argv); code != 0)
        return code;
    // A filter that names no test fails rather than passes: ctest runs each test by its name,
    // and a name it cannot pass whole (a ";" splits it) would otherwise run nothing, unnoticed.
    const Catch::Config& config = session.config();
    if (config.hasTestFilters() &&
        Catch::filterTests(Catch::getAllTestCasesSorted(config), config.testSpec(), config)
            .empty()) {
        Catch::cerr() << "No test matches the filter.\n";
        return 1;
    }
    return session.run();
}
