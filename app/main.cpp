#include "core/account/AppSettings.h"
#include "core/account/KeychainCredentialStore.h"
#include "ui/AppLauncher.h"
#include "ui/AppTranslator.h"
#include "ui/MainWindow.h"
#include "ui/SingleInstance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

const QString demoName = u"demo"_s;
const QString demoUnlessConfiguredName = u"demo-unless-configured"_s;
const QString baseUrlName = u"base-url"_s;
const QString apiKeyName = u"api-key"_s;

void describeCommandLine(QCommandLineParser *parser) {
    parser->setApplicationDescription(
        QCoreApplication::translate("main", "Manage VideoDB download jobs."));
    parser->addHelpOption();
    parser->addVersionOption();
    parser->addOptions({
        {demoName, QCoreApplication::translate("main", "Run against a local demo server.")},
        {demoUnlessConfiguredName,
         QCoreApplication::translate("main", "Run the demo when no API key is configured.")},
        {baseUrlName, QCoreApplication::translate("main", "API base URL."), u"URL"_s},
        {apiKeyName,
         QCoreApplication::translate("main",
                                     "API key (default: $VIDEO_DB_API_KEY, then the keyring)."),
         u"KEY"_s},
    });
    parser->addPositionalArgument(
        u"url"_s,
        QCoreApplication::translate("main",
                                    "Stream URLs to open in the New job dialog. When the app "
                                    "already runs, they open in its window."),
        u"[url...]"_s);
}

QStringList argumentsOf(int argc, char *argv[]) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

// --help and --version only print, so they need no display: a QApplication would refuse to
// start without one. Any other mistake waits for the QApplication, which first takes away its
// own options (-platform, -style).
bool onlyPrints(const QStringList &arguments) {
    QCommandLineParser parser;
    describeCommandLine(&parser);
    return parser.parse(arguments) &&
           (parser.isSet(u"help"_s) || parser.isSet(u"help-all"_s) || parser.isSet(u"version"_s));
}

void printAndExit(int &argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    AppTranslator::install(app);
    QCommandLineParser parser;
    describeCommandLine(&parser);
    parser.process(app);
}

// The running window keeps its account: a second launch hands over only its URLs, so it says
// which of its options went unused (by name; a key's value is never printed).
void warnAboutOptionsNotApplied(const QCommandLineParser &parser) {
    QStringList unused;
    // Not --demo-unless-configured: a launcher script passes it every time, the user did not.
    for (const QString &name : {demoName, baseUrlName, apiKeyName}) {
        if (parser.isSet(name))
            unused.append(u"--"_s + name);
    }
    if (unused.isEmpty())
        return;
    std::fprintf(stderr, "%s\n",
                 qPrintable(QCoreApplication::translate(
                                "main", "VideoDB Downloads is already running; these options were "
                                        "not applied: %1. Quit it first to use them.")
                                .arg(unused.join(u", "_s))));
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication::setApplicationName(u"videodb-downloads"_s);
    QCoreApplication::setOrganizationName(u"VideoDB"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(VIDEODB_DOWNLOADS_VERSION));
    if (onlyPrints(argumentsOf(argc, argv)))
        printAndExit(argc, argv);

    QApplication app(argc, argv);
    AppTranslator::install(app);
    QApplication::setApplicationDisplayName(u"VideoDB Downloads"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/videodb-downloads.svg"_s));
    // One id everywhere: the .desktop file, the AppStream id, the icon and notifications.
    QApplication::setDesktopFileName(u"io.videodb.Downloads"_s);

    QCommandLineParser parser;
    describeCommandLine(&parser);
    parser.process(app);
    const QStringList streamUrls = parser.positionalArguments();

    SingleInstance instance(AppSettings::configFolder());
    switch (instance.claim(streamUrls)) {
    case SingleInstance::Role::Primary:
        break;
    case SingleInstance::Role::Forwarded:
        warnAboutOptionsNotApplied(parser);
        return 0;
    case SingleInstance::Role::Unanswered:
        QMessageBox::critical(nullptr, QApplication::translate("main", "VideoDB Downloads"),
                              instance.errorString());
        return 1;
    case SingleInstance::Role::Alone:
        std::fprintf(stderr, "%s\n", qPrintable(instance.errorString()));
        break;
    }

    AppLauncher::Options options;
    options.demo = parser.isSet(demoName);
    options.demoUnlessConfigured = parser.isSet(demoUnlessConfiguredName);
    options.apiKey = parser.value(apiKeyName);
    if (parser.isSet(baseUrlName))
        options.baseUrl = QUrl(parser.value(baseUrlName), QUrl::StrictMode);

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
    QObject::connect(&instance, &SingleInstance::activated, &launcher, &AppLauncher::activate);
    launcher.activate(streamUrls);
    launcher.launch(options);
    return app.exec();
}
