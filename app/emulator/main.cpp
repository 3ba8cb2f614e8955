#include "emulator/Emulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace {

bool readInteger(const QCommandLineParser &parser, const QString &name, qint64 minimum,
                 qint64 *value) {
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const qint64 parsed = parser.value(name).toLongLong(&ok);
    if (!ok || parsed < minimum) {
        QTextStream(stderr) << "videodb-emulator: --" << name
                            << " needs a whole number of at least " << minimum << ", got \""
                            << parser.value(name) << "\"\n";
        return false;
    }
    *value = parsed;
    return true;
}

bool readShare(const QCommandLineParser &parser, const QString &name, double *value) {
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const double parsed = parser.value(name).toDouble(&ok);
    if (!ok || parsed < 0 || parsed > 1) {
        QTextStream(stderr) << "videodb-emulator: --" << name << " needs a number from 0 to 1\n";
        return false;
    }
    *value = parsed;
    return true;
}

// The index of the option's value among choices (0, the first, when unset); -1, with a
// message, when the value is none of them.
int readChoice(const QCommandLineParser &parser, const QString &name, const QStringList &choices) {
    if (!parser.isSet(name))
        return 0;
    const int index = int(choices.indexOf(parser.value(name)));
    if (index < 0)
        QTextStream(stderr) << "videodb-emulator: --" << name << " takes "
                            << choices.join(QStringLiteral(" or ")) << ", got \""
                            << parser.value(name) << "\"\n";
    return index;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("videodb-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIDEODB_DOWNLOADS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A local implementation of VideoDB's download API, on 127.0.0.1 only."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QList<QCommandLineOption> options{
        {QStringLiteral("port"), QStringLiteral("API port; 0 picks a free one."),
         QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("file-port"), QStringLiteral("File host port; 0 picks a free one."),
         QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("api-key"), QStringLiteral("The key clients must send."),
         QStringLiteral("KEY"), QStringLiteral("sk-demo")},
        {QStringLiteral("seed"), QStringLiteral("Create N deterministic jobs."),
         QStringLiteral("N")},
        {QStringLiteral("processing-ms"), QStringLiteral("How long a job stays processing."),
         QStringLiteral("MS")},
        {QStringLiteral("file-size"), QStringLiteral("Bytes in every served file."),
         QStringLiteral("BYTES")},
        {QStringLiteral("url-ttl-s"),
         QStringLiteral("Lifetime of a download_url after completion."), QStringLiteral("S")},
        {QStringLiteral("files-base-url"),
         QStringLiteral("Point download_url at this host instead."), QStringLiteral("URL")},
        {QStringLiteral("fail-rate"), QStringLiteral("Share of API requests answered with 503."),
         QStringLiteral("P")},
        {QStringLiteral("fail-first"), QStringLiteral("Answer the first N API requests with 503."),
         QStringLiteral("N")},
        {QStringLiteral("latency-ms"), QStringLiteral("Delay every API answer."),
         QStringLiteral("MS")},
        {QStringLiteral("file-rate"),
         QStringLiteral("File host: send each download at most this many bytes per second."),
         QStringLiteral("BYTES")},
        {QStringLiteral("drop-after"),
         QStringLiteral("File host: cut the first download after BYTES of body."),
         QStringLiteral("BYTES")},
        {QStringLiteral("drop-rate"),
         QStringLiteral("File host: cut this share of downloads partway, at random."),
         QStringLiteral("P")},
        {QStringLiteral("async-ids"),
         QStringLiteral("same: async answers carry the download's id; distinct: ids of their "
                        "own (job-…), with download_id in /async-response."),
         QStringLiteral("same|distinct")},
        {QStringLiteral("async-wrapper"),
         QStringLiteral("response: wrap async answers' data in {\"response\": …}."),
         QStringLiteral("none|response")},
        {QStringLiteral("max-page-size"),
         QStringLiteral("Serve at most N jobs a page, whatever count asks for."),
         QStringLiteral("N")},
        {QStringLiteral("tls-cert"),
         QStringLiteral("Serve the API over HTTPS with this PEM certificate (chain)."),
         QStringLiteral("FILE")},
        {QStringLiteral("tls-key"),
         QStringLiteral("The certificate's unencrypted PEM key (EC or RSA)."),
         QStringLiteral("FILE")},
        {QStringLiteral("status-words"),
         QStringLiteral("alt: pending/completed/success instead of processing/done."),
         QStringLiteral("standard|alt")},
    };
    parser.addOptions(options);
    parser.process(app);

    EmulatorOptions settings;
    qint64 port = 0;
    qint64 filePort = 0;
    qint64 seed = 0;
    qint64 failFirst = 0;
    qint64 latency = 0;
    qint64 maxPageSize = settings.maxPageSize;
    const int asyncIds = readChoice(parser, QStringLiteral("async-ids"),
                                    {QStringLiteral("same"), QStringLiteral("distinct")});
    const int asyncWrapper = readChoice(parser, QStringLiteral("async-wrapper"),
                                        {QStringLiteral("none"), QStringLiteral("response")});
    const int statusWords = readChoice(parser, QStringLiteral("status-words"),
                                       {QStringLiteral("standard"), QStringLiteral("alt")});
    if (asyncIds < 0 || asyncWrapper < 0 || statusWords < 0)
        return 2;
    if (!readInteger(parser, QStringLiteral("port"), 0, &port) ||
        !readInteger(parser, QStringLiteral("file-port"), 0, &filePort) ||
        !readInteger(parser, QStringLiteral("seed"), 0, &seed) ||
        !readInteger(parser, QStringLiteral("processing-ms"), 0, &settings.processingMs) ||
        !readInteger(parser, QStringLiteral("file-size"), 0, &settings.fileSize) ||
        !readInteger(parser, QStringLiteral("url-ttl-s"), 0, &settings.urlTtlS) ||
        !readInteger(parser, QStringLiteral("fail-first"), 0, &failFirst) ||
        !readInteger(parser, QStringLiteral("latency-ms"), 0, &latency) ||
        !readInteger(parser, QStringLiteral("drop-after"), 0,
                     &settings.dropFirstFileResponseAfter) ||
        !readInteger(parser, QStringLiteral("file-rate"), 0, &settings.fileBytesPerSecond) ||
        !readInteger(parser, QStringLiteral("max-page-size"), 1, &maxPageSize))
        return 2;
    settings.asyncIds = asyncIds == 1 ? EmulatorOptions::AsyncIds::Distinct
                                      : EmulatorOptions::AsyncIds::SameAsDownload;
    settings.wrapAsyncInResponse = asyncWrapper == 1;
    settings.statusWords = statusWords == 1 ? EmulatorOptions::StatusWords::Alternative
                                            : EmulatorOptions::StatusWords::Standard;
    settings.maxPageSize = int(qMin<qint64>(maxPageSize, 5000));
    if (port > 65535 || filePort > 65535) {
        QTextStream(stderr) << "videodb-emulator: ports go up to 65535\n";
        return 2;
    }
    settings.port = quint16(port);
    settings.filePort = quint16(filePort);
    settings.seed = int(seed);
    settings.failFirst = int(failFirst);
    settings.latencyMs = int(latency);
    settings.apiKey = parser.value(QStringLiteral("api-key"));
    if (!readShare(parser, QStringLiteral("fail-rate"), &settings.failRate) ||
        !readShare(parser, QStringLiteral("drop-rate"), &settings.fileDropRate))
        return 2;
    if (parser.isSet(QStringLiteral("files-base-url"))) {
        settings.filesBaseUrl =
            QUrl(parser.value(QStringLiteral("files-base-url")), QUrl::StrictMode);
        if (!settings.filesBaseUrl.isValid() || settings.filesBaseUrl.host().isEmpty()) {
            QTextStream(stderr) << "videodb-emulator: --files-base-url is not a valid URL\n";
            return 2;
        }
    }

    settings.tlsCertificateFile = parser.value(QStringLiteral("tls-cert"));
    settings.tlsKeyFile = parser.value(QStringLiteral("tls-key"));

    Emulator emulator(settings);
    if (!emulator.start()) {
        QTextStream(stderr) << "videodb-emulator: " << emulator.errorString() << '\n';
        return 1;
    }
    QTextStream out(stdout);
    out << "listening on " << emulator.apiUrl().toString() << '\n';
    out << "files on " << emulator.filesUrl().toString() << '\n';
    out.flush();
    return app.exec();
}
