#include "core/account/AppSettings.h"
#include "core/account/KeychainCredentialStore.h"
#include "ui/AppLauncher.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("videodb-downloads"));
    QApplication::setApplicationDisplayName(QStringLiteral("VideoDB Downloads"));
    QApplication::setOrganizationName(QStringLiteral("VideoDB"));
    QApplication::setApplicationVersion(QStringLiteral(VIDEODB_DOWNLOADS_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/videodb-downloads.svg")));
    QApplication::setDesktopFileName(QStringLiteral("videodb-downloads"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Manage VideoDB download jobs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "Run against a local demo server."));
    const QCommandLineOption demoUnlessConfiguredOption(
        QStringLiteral("demo-unless-configured"),
        QApplication::translate("main", "Run the demo when no API key is configured."));
    const QCommandLineOption baseUrlOption(QStringLiteral("base-url"),
                                           QApplication::translate("main", "API base URL."),
                                           QStringLiteral("URL"));
    const QCommandLineOption apiKeyOption(
        QStringLiteral("api-key"),
        QApplication::translate("main", "API key (default: $VIDEO_DB_API_KEY, then the keyring)."),
        QStringLiteral("KEY"));
    parser.addOptions({demoOption, demoUnlessConfiguredOption, baseUrlOption, apiKeyOption});
    parser.process(app);

    AppLauncher::Options options;
    options.demo = parser.isSet(demoOption);
    options.demoUnlessConfigured = parser.isSet(demoUnlessConfiguredOption);
    options.apiKey = parser.value(apiKeyOption);
    if (parser.isSet(baseUrlOption))
        options.baseUrl = QUrl(parser.value(baseUrlOption), QUrl::StrictMode);

    KeychainCredentialStore keychain;
    AppSettings settings;
    AppLauncher launcher(&keychain, &settings);
    QObject::connect(&launcher, &AppLauncher::windowReady, &app, [](MainWindow *window) {
        window->show();
        window->start();
    });
    QObject::connect(&launcher, &AppLauncher::failed, &app, [](const QString &reason) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "VideoDB Downloads"),
                              reason);
        QApplication::exit(1);
    });
    launcher.launch(options);
    return app.exec();
}
