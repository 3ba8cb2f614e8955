#include "cli/CliSession.h"
#include "cli/LimitRate.h"
#include "core/account/AccountStore.h"
#include "core/account/AppSettings.h"
#include "core/account/KeychainCredentialStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include <memory>

#include <unistd.h>

namespace {

int usageError(const QString &message) {
    QTextStream(stderr) << "videodb-downloads-cli: " << message << " (try --help)\n";
    return int(ExitCode::Usage);
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("videodb-downloads-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIDEODB_DOWNLOADS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Manage VideoDB download jobs.\n\n"
        "Commands:\n"
        "  list [--status S] [--json]      every job, from every page\n"
        "  show ID [--json]                one job\n"
        "  create STREAM_URL [--name NAME] start a job; prints its id\n"
        "  retry ID                        retry a job\n"
        "  delete ID... [--yes]            delete (cancel) jobs permanently\n"
        "  fetch ID... [--output DIR] [--parallel N] [--limit-rate RATE]\n"
        "        [--wait] [--again]        save done jobs' files; a rerun resumes,\n"
        "                                  and an intact saved file is not fetched again\n\n"
        "Exit codes: 0 ok, 1 failure, 2 usage, 3 authentication, 4 not found.\n"
        "The API key comes from --api-key, then VIDEO_DB_API_KEY, then what the\n"
        "VideoDB Downloads app saved (system keyring or its settings file)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption baseUrlOption(
        QStringLiteral("base-url"),
        QStringLiteral("API base URL (default: the app's, else https://api.videodb.io)."),
        QStringLiteral("URL"));
    const QCommandLineOption apiKeyOption(
        QStringLiteral("api-key"),
        QStringLiteral("API key (default: $VIDEO_DB_API_KEY, then the app's saved key)."),
        QStringLiteral("KEY"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption statusOption(
        QStringLiteral("status"), QStringLiteral("list: only processing, done, failed or unknown."),
        QStringLiteral("S"));
    const QCommandLineOption nameOption(
        QStringLiteral("name"), QStringLiteral("create: the job's name."), QStringLiteral("NAME"));
    const QCommandLineOption yesOption(QStringLiteral("yes"),
                                       QStringLiteral("delete: do not ask for confirmation."));
    const QCommandLineOption outputOption(QStringLiteral("output"),
                                          QStringLiteral("fetch: the folder to save into."),
                                          QStringLiteral("DIR"), QStringLiteral("."));
    const QCommandLineOption parallelOption(QStringLiteral("parallel"),
                                            QStringLiteral("fetch: files transferred at once."),
                                            QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption limitRateOption(
        QStringLiteral("limit-rate"),
        QStringLiteral("fetch: at most RATE bytes per second in all, as 500K or 5M."),
        QStringLiteral("RATE"));
    const QCommandLineOption waitOption(
        QStringLiteral("wait"),
        QStringLiteral("fetch: wait while another process saves the same job."));
    const QCommandLineOption againOption(
        QStringLiteral("again"), QStringLiteral("fetch: save a new copy of a job already saved."));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout-s"),
                                           QStringLiteral("Give up on a request after S seconds."),
                                           QStringLiteral("S"), QStringLiteral("30"));
    parser.addOptions({baseUrlOption, apiKeyOption, jsonOption, statusOption, nameOption, yesOption,
                       timeoutOption, outputOption, parallelOption, limitRateOption, waitOption,
                       againOption});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("list, show, create, retry or delete"));

    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return int(ExitCode::Ok);
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << "videodb-downloads-cli " << VIDEODB_DOWNLOADS_VERSION << '\n';
        return int(ExitCode::Ok);
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(QStringLiteral("no command given"));

    CliSession::Request request;
    request.command = positional.takeFirst();
    request.arguments = positional;
    request.json = parser.isSet(jsonOption);
    request.assumeYes = parser.isSet(yesOption);
    request.stdinIsTerminal = isatty(STDIN_FILENO) == 1;
    request.name = parser.value(nameOption);
    request.outputFolder = parser.value(outputOption);
    bool parallelOk = false;
    request.parallelTransfers = parser.value(parallelOption).toInt(&parallelOk);
    if (!parallelOk || request.parallelTransfers < 1 || request.parallelTransfers > 16)
        return usageError(QStringLiteral("--parallel takes a number from 1 to 16"));
    if (parser.isSet(limitRateOption)) {
        const std::optional<qint64> rate = LimitRate::parse(parser.value(limitRateOption));
        if (!rate)
            return usageError(QStringLiteral("--limit-rate takes a rate such as 500K or 5M"));
        request.limitRate = *rate;
    }
    request.waitForOtherProcess = parser.isSet(waitOption);
    request.fetchAgain = parser.isSet(againOption);
    request.stderrIsTerminal = isatty(STDERR_FILENO) == 1;
    request.transferDatabase = AccountStore::transferDatabasePath();
    request.statusFilter = parser.value(statusOption).trimmed().toLower();
    if (request.statusFilter == QLatin1String("error"))
        request.statusFilter = QStringLiteral("failed");
    static const QStringList statuses{QStringLiteral("processing"), QStringLiteral("done"),
                                      QStringLiteral("failed"), QStringLiteral("unknown")};
    if (!request.statusFilter.isEmpty() && !statuses.contains(request.statusFilter))
        return usageError(QStringLiteral("--status takes processing, done, failed or unknown"));

    bool timeoutOk = false;
    const double timeoutS = parser.value(timeoutOption).toDouble(&timeoutOk);
    if (!timeoutOk || timeoutS <= 0)
        return usageError(QStringLiteral("--timeout-s needs a positive number"));
    AccountStore::Overrides overrides;
    overrides.apiKey = parser.value(apiKeyOption);
    if (parser.isSet(baseUrlOption))
        overrides.baseUrl = QUrl(parser.value(baseUrlOption), QUrl::StrictMode);

    // The same account the app uses: its keyring entry and its settings file.
    KeychainCredentialStore keyring;
    AppSettings settings;
    AccountStore account(&keyring, &settings);
    std::unique_ptr<CliSession> session;
    const auto run = [&](const AccountStore::Account &loaded) {
        ClientConfig config = loaded.config;
        config.transferTimeoutMs = int(timeoutS * 1000);
        if (config.apiKey.trimmed().isEmpty()) {
            QTextStream(stderr) << "videodb-downloads-cli: no API key: pass --api-key, set "
                                   "VIDEO_DB_API_KEY, or enter it in the VideoDB Downloads app\n";
            return QCoreApplication::exit(int(ExitCode::Authentication));
        }
        const QString problem = config.problem();
        if (!problem.isEmpty())
            return QCoreApplication::exit(usageError(problem));
        session = std::make_unique<CliSession>(config, request);
        QObject::connect(session.get(), &CliSession::finished, &app,
                         [](int code) { QCoreApplication::exit(code); });
        session->start();
    };
    // From the event loop: a command that ends at once must still reach exit().
    QTimer::singleShot(0, &app, [&] { account.load(overrides, run); });
    return app.exec();
}
