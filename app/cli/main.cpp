#include "cli/CreateCommand.h"
#include "cli/DeleteCommand.h"
#include "cli/FetchCommand.h"
#include "cli/HelpLayout.h"
#include "cli/LimitRate.h"
#include "cli/ListCommand.h"
#include "cli/RetryCommand.h"
#include "cli/ShowCommand.h"
#include "cli/Terminal.h"
#include "core/account/AccountStore.h"
#include "core/account/AppSettings.h"
#include "core/account/KeychainCredentialStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <memory>
#include <unistd.h>

namespace {

int usageError(const QString &message) {
    QTextStream(stderr) << "videodb-downloads-cli: "
                        << QCoreApplication::translate("cli", "%1 (try --help)").arg(message)
                        << '\n';
    return int(ExitCode::Usage);
}

// "30d", "7d", "12h", "90m", "45s" or "2w" in seconds; 0 when it is none of those.
qint64 parseAge(const QString &text) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,6})([smhdw])$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed().toLower());
    if (!match.hasMatch())
        return 0;
    static const QHash<QString, qint64> unitSeconds{{QStringLiteral("s"), 1},
                                                    {QStringLiteral("m"), 60},
                                                    {QStringLiteral("h"), 60 * 60},
                                                    {QStringLiteral("d"), 24 * 60 * 60},
                                                    {QStringLiteral("w"), 7 * 24 * 60 * 60}};
    return match.captured(1).toLongLong() * unitSeconds.value(match.captured(2));
}

std::optional<JobStatus> parseStatus(const QString &text) {
    const QString word = text.trimmed().toLower();
    if (word == QLatin1String("processing"))
        return JobStatus::Processing;
    if (word == QLatin1String("done"))
        return JobStatus::Done;
    if (word == QLatin1String("failed") || word == QLatin1String("error"))
        return JobStatus::Failed;
    if (word == QLatin1String("unknown"))
        return JobStatus::Unknown;
    return std::nullopt;
}

bool installTranslator(QCoreApplication &app, const QLocale &locale, const QString &name,
                       const QString &folder) {
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, name, QStringLiteral("_"), folder))
        return QCoreApplication::installTranslator(translator);
    delete translator;
    return false;
}

// The app's choice (ui/AppTranslator, which the CLI may not include): Qt's words and ours in
// the user's UI languages; English, for its plural forms, when ours has none of them.
void installTranslations(QCoreApplication &app) {
    const QString ours = QStringLiteral("videodb-downloads");
    const QString oursFolder = QStringLiteral(":/i18n");
    installTranslator(app, QLocale(), QStringLiteral("qtbase"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (!installTranslator(app, QLocale(), ours, oursFolder))
        installTranslator(app, QLocale(QLocale::English), ours, oursFolder);
}

template <typename Command>
std::unique_ptr<CliCommand> make(const ClientConfig &config, const CliRequest &request) {
    return std::make_unique<Command>(config, request);
}

std::unique_ptr<CliCommand> makeCommand(const QString &name, const ClientConfig &config,
                                        const CliRequest &request) {
    using Factory = std::unique_ptr<CliCommand> (*)(const ClientConfig &, const CliRequest &);
    static const std::pair<QLatin1String, Factory> commands[] = {
        {QLatin1String("list"), &make<ListCommand>},
        {QLatin1String("show"), &make<ShowCommand>},
        {QLatin1String("create"), &make<CreateCommand>},
        {QLatin1String("retry"), &make<RetryCommand>},
        {QLatin1String("delete"), &make<DeleteCommand>},
        {QLatin1String("fetch"), &make<FetchCommand>},
    };
    for (const auto &[commandName, factory] : commands) {
        if (name == commandName)
            return factory(config, request);
    }
    return nullptr;
}

} // namespace

int main(int argc, char *argv[]) {
    // Qt's own warnings (a read after a timeout, a TLS connection torn down) are noise to a
    // user of a command-line tool, which says what went wrong in its own words. Critical and
    // fatal messages still reach stderr.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &text) {
        if (type == QtCriticalMsg || type == QtFatalMsg)
            QTextStream(stderr) << text << '\n';
    });
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("videodb-downloads-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIDEODB_DOWNLOADS_VERSION));
    installTranslations(app);

    QCommandLineParser parser;
    // Kept within 60 columns: a narrow terminal must not wrap the command list.
    //: Keep every line within 60 columns, and the commands and options as they are.
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Manage VideoDB download jobs.\n\n"
               "Commands:\n"
               "  list [--status S] [--json | --pretty | --jsonl]\n"
               "      every job, from every page, printed as it arrives\n"
               "  show ID [--json]\n"
               "      one job\n"
               "  create STREAM_URL [--name NAME]\n"
               "      start a job and print its id; a link without a\n"
               "      scheme is read as https://\n"
               "  retry ID\n"
               "  retry --all-failed [--older-than AGE] [--dry-run]\n"
               "      retry failed jobs\n"
               "  delete ID... [--yes]\n"
               "  delete --status S | --all-done [--older-than AGE]\n"
               "         [--dry-run] [--yes]\n"
               "      delete (cancel) jobs permanently, e.g.\n"
               "      delete --status failed --older-than 30d\n"
               "  fetch ID... [--output DIR] [--parallel N]\n"
               "        [--limit-rate RATE] [--wait] [--again]\n"
               "      save done jobs' files; a rerun resumes, and an\n"
               "      intact saved file is not fetched again\n\n"
               "AGE is a number with s, m, h, d or w: 45m, 12h, 30d.\n"
               "A rule is applied to one listing, and the jobs it\n"
               "selects are shown before anything is sent. delete asks\n"
               "on a terminal; without one it needs --yes.\n\n"
               "Exit codes: 0 ok, 1 failure, 2 usage, 3 authentication,\n"
               "4 not found, 5 declined at the prompt (nothing changed).\n\n"
               "The API key comes from --api-key, then VIDEO_DB_API_KEY,\n"
               "then what the VideoDB Downloads app saved (its keyring\n"
               "entry or its settings file)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption baseUrlOption(
        QStringLiteral("base-url"),
        QCoreApplication::translate(
            "cli", "API base URL (default: the app's, else https://api.videodb.io)."),
        QStringLiteral("URL"));
    const QCommandLineOption apiKeyOption(
        QStringLiteral("api-key"),
        QCoreApplication::translate(
            "cli", "API key (default: $VIDEO_DB_API_KEY, then the app's saved key)."),
        QStringLiteral("KEY"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        QCoreApplication::translate("cli", "Print JSON (list: one compact array)."));
    const QCommandLineOption prettyOption(
        QStringLiteral("pretty"),
        QCoreApplication::translate("cli", "list: an indented JSON array."));
    const QCommandLineOption jsonLinesOption(
        QStringLiteral("jsonl"),
        QCoreApplication::translate("cli", "list: one JSON job per line."));
    const QCommandLineOption statusOption(
        QStringLiteral("status"),
        QCoreApplication::translate(
            "cli", "list: only jobs in S; delete: every job in S. S is processing, done, "
                   "failed or unknown."),
        QStringLiteral("S"));
    const QCommandLineOption allDoneOption(
        QStringLiteral("all-done"), QCoreApplication::translate("cli", "delete: every done job."));
    const QCommandLineOption allFailedOption(
        QStringLiteral("all-failed"),
        QCoreApplication::translate("cli", "retry: every failed job."));
    const QCommandLineOption olderThanOption(
        QStringLiteral("older-than"),
        QCoreApplication::translate("cli", "delete, retry: only jobs created longer ago than AGE."),
        QStringLiteral("AGE"));
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"),
        QCoreApplication::translate(
            "cli", "delete, retry by rule: list what would be done, send nothing."));
    const QCommandLineOption nameOption(
        QStringLiteral("name"), QCoreApplication::translate("cli", "create: the job's name."),
        QStringLiteral("NAME"));
    const QCommandLineOption yesOption(
        QStringLiteral("yes"),
        QCoreApplication::translate("cli", "delete: do not ask for confirmation."));
    const QCommandLineOption outputOption(
        QStringLiteral("output"),
        QCoreApplication::translate(
            "cli", "fetch: the folder to save into (default: the app's download folder)."),
        QStringLiteral("DIR"));
    const QCommandLineOption parallelOption(
        QStringLiteral("parallel"),
        QCoreApplication::translate("cli", "fetch: files transferred at once."),
        QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption limitRateOption(
        QStringLiteral("limit-rate"),
        QCoreApplication::translate("cli",
                                    "fetch: at most RATE bytes per second in all, as 500K or 5M."),
        QStringLiteral("RATE"));
    const QCommandLineOption waitOption(
        QStringLiteral("wait"),
        QCoreApplication::translate("cli",
                                    "fetch: wait while another process saves the same job."));
    const QCommandLineOption againOption(
        QStringLiteral("again"),
        QCoreApplication::translate("cli", "fetch: save a new copy of a job already saved."));
    const QCommandLineOption timeoutOption(
        QStringLiteral("timeout-s"),
        QCoreApplication::translate("cli", "Give up when the server sends nothing for S seconds."),
        QStringLiteral("S"), QStringLiteral("30"));
    const QCommandLineOption deadlineOption(
        QStringLiteral("deadline-s"),
        QCoreApplication::translate(
            "cli", "Give up on an API request unfinished after S seconds, retries included."),
        QStringLiteral("S"), QStringLiteral("120"));
    parser.addOptions({baseUrlOption, apiKeyOption, jsonOption, prettyOption, jsonLinesOption,
                       statusOption, allDoneOption, allFailedOption, olderThanOption, dryRunOption,
                       nameOption, yesOption, timeoutOption, deadlineOption, outputOption,
                       parallelOption, limitRateOption, waitOption, againOption});
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("cli", "list, show, create, retry, delete or fetch"));

    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        const int width = isatty(STDOUT_FILENO) == 1 ? Terminal::columns(STDOUT_FILENO) : 0;
        QTextStream(stdout) << HelpLayout::fit(parser.helpText(), width);
        return int(ExitCode::Ok);
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << "videodb-downloads-cli " << VIDEODB_DOWNLOADS_VERSION << '\n';
        return int(ExitCode::Ok);
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(QCoreApplication::translate("cli", "no command given"));

    CliRequest request;
    request.command = positional.takeFirst();
    request.arguments = positional;
    const int formats = int(parser.isSet(jsonOption)) + int(parser.isSet(prettyOption)) +
                        int(parser.isSet(jsonLinesOption));
    if (formats > 1)
        return usageError(
            QCoreApplication::translate("cli", "--json, --pretty and --jsonl exclude each other"));
    if (parser.isSet(jsonOption))
        request.format = CliRequest::Format::Json;
    else if (parser.isSet(prettyOption))
        request.format = CliRequest::Format::PrettyJson;
    else if (parser.isSet(jsonLinesOption))
        request.format = CliRequest::Format::JsonLines;
    request.dryRun = parser.isSet(dryRunOption);
    request.assumeYes = parser.isSet(yesOption);
    request.stdinIsTerminal = isatty(STDIN_FILENO) == 1;
    request.name = parser.value(nameOption);
    request.outputFolder = parser.value(outputOption);
    bool parallelOk = false;
    request.parallelTransfers = parser.value(parallelOption).toInt(&parallelOk);
    if (!parallelOk || request.parallelTransfers < 1 || request.parallelTransfers > 16)
        return usageError(
            QCoreApplication::translate("cli", "--parallel takes a number from 1 to 16"));
    if (parser.isSet(limitRateOption)) {
        const std::optional<qint64> rate = LimitRate::parse(parser.value(limitRateOption));
        if (!rate)
            return usageError(
                QCoreApplication::translate("cli", "--limit-rate takes a rate such as 500K or 5M"));
        request.limitRate = *rate;
    }
    request.waitForOtherProcess = parser.isSet(waitOption);
    request.fetchAgain = parser.isSet(againOption);
    request.stderrIsTerminal = isatty(STDERR_FILENO) == 1;
    if (request.stderrIsTerminal)
        request.errorColumns = Terminal::columns(STDERR_FILENO);
    if (isatty(STDOUT_FILENO) == 1)
        request.outputColumns = Terminal::columns(STDOUT_FILENO);
    // Shared with the desktop app, so either can continue what the other started.
    request.transferDatabase = AccountStore::transferDatabasePath();
    if (parser.isSet(statusOption)) {
        request.status = parseStatus(parser.value(statusOption));
        if (!request.status)
            return usageError(QCoreApplication::translate(
                "cli", "--status takes processing, done, failed or unknown"));
    }
    if (parser.isSet(allDoneOption) + parser.isSet(allFailedOption) + parser.isSet(statusOption) >
        1)
        return usageError(QCoreApplication::translate(
            "cli", "--status, --all-done and --all-failed exclude each other"));
    if (parser.isSet(allDoneOption))
        request.status = JobStatus::Done;
    if (parser.isSet(allFailedOption))
        request.status = JobStatus::Failed;
    if (parser.isSet(allDoneOption) && request.command != QLatin1String("delete"))
        return usageError(QCoreApplication::translate("cli", "--all-done is for delete"));
    if (parser.isSet(allFailedOption) && request.command != QLatin1String("retry"))
        return usageError(QCoreApplication::translate("cli", "--all-failed is for retry"));
    if (request.command == QLatin1String("retry") && request.status &&
        *request.status != JobStatus::Failed)
        return usageError(QCoreApplication::translate(
            "cli", "only failed jobs can be retried: use --all-failed"));
    if (parser.isSet(olderThanOption)) {
        request.olderThanS = parseAge(parser.value(olderThanOption));
        if (request.olderThanS <= 0)
            return usageError(QCoreApplication::translate(
                "cli", "--older-than takes a number with s, m, h, d or w, such as 30d"));
        if (request.command != QLatin1String("delete") && request.command != QLatin1String("retry"))
            return usageError(
                QCoreApplication::translate("cli", "--older-than is for delete and retry"));
    }
    if (request.dryRun && !request.selectsByRule())
        return usageError(
            QCoreApplication::translate("cli", "--dry-run goes with a rule: --status, --all-done, "
                                               "--all-failed or --older-than"));

    bool timeoutOk = false;
    const double timeoutS = parser.value(timeoutOption).toDouble(&timeoutOk);
    if (!timeoutOk || timeoutS <= 0)
        return usageError(
            QCoreApplication::translate("cli", "--timeout-s needs a positive number"));
    bool deadlineOk = false;
    const double deadlineS = parser.value(deadlineOption).toDouble(&deadlineOk);
    if (!deadlineOk || deadlineS <= 0)
        return usageError(
            QCoreApplication::translate("cli", "--deadline-s needs a positive number"));
    // An empty flag is a mistake (an unset variable in a script), not a wish for the default.
    if (parser.isSet(apiKeyOption) && parser.value(apiKeyOption).trimmed().isEmpty())
        return usageError(QCoreApplication::translate("cli", "--api-key is empty"));
    if (parser.isSet(baseUrlOption) && parser.value(baseUrlOption).trimmed().isEmpty())
        return usageError(QCoreApplication::translate("cli", "--base-url is empty"));
    AccountStore::Overrides overrides;
    overrides.apiKey = parser.value(apiKeyOption);
    if (parser.isSet(baseUrlOption))
        overrides.baseUrl = QUrl(parser.value(baseUrlOption), QUrl::StrictMode);

    // The same account the app uses: its keyring entry and its settings file.
    KeychainCredentialStore keyring;
    AppSettings settings;
    AccountStore account(&keyring, &settings);
    if (!parser.isSet(outputOption)) {
        // Where the app saves, so a file fetched here is the one the app shows as saved. The
        // desktop's own Downloads folder is created like the app does; another one is not.
        request.outputFolder = settings.downloadFolder();
        if (QDir(request.outputFolder) ==
            QDir(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)))
            QDir().mkpath(request.outputFolder);
    }
    std::unique_ptr<CliCommand> command;
    const auto run = [&](const AccountStore::Account &loaded) {
        ClientConfig config = loaded.config;
        config.transferTimeoutMs = int(timeoutS * 1000);
        config.requestDeadlineMs = int(deadlineS * 1000);
        if (config.apiKey.trimmed().isEmpty()) {
            QTextStream(stderr)
                << "videodb-downloads-cli: "
                << (loaded.savedKeyWithheld
                        ? QCoreApplication::translate(
                              "cli", "no API key for this --base-url: the saved key is only sent "
                                     "to the saved server; pass --api-key or set VIDEO_DB_API_KEY")
                        : QCoreApplication::translate(
                              "cli", "no API key: pass --api-key, set VIDEO_DB_API_KEY, or enter "
                                     "it in the VideoDB Downloads app"))
                << '\n';
            return QCoreApplication::exit(int(ExitCode::Authentication));
        }
        const QString problem = config.problem();
        if (!problem.isEmpty())
            return QCoreApplication::exit(usageError(problem));
        command = makeCommand(request.command, config, request);
        if (!command)
            return QCoreApplication::exit(usageError(
                QCoreApplication::translate("cli", "unknown command \"%1\"").arg(request.command)));
        QObject::connect(command.get(), &CliCommand::finished, &app,
                         [](int code) { QCoreApplication::exit(code); });
        command->start();
    };
    // From the event loop: a command that ends at once must still reach exit().
    QTimer::singleShot(0, &app, [&] { account.load(overrides, run); });
    return app.exec();
}
