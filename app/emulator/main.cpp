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

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("videodb-emulator"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A local implementation of VideoDB's download API, on 127.0.0.1 only."));
    parser.addHelpOption();
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
    };
    parser.addOptions(options);
    parser.process(app);

    EmulatorOptions settings;
    qint64 port = 0;
    qint64 filePort = 0;
    qint64 seed = 0;
    qint64 failFirst = 0;
    qint64 latency = 0;
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
        !readInteger(parser, QStringLiteral("file-rate"), 0, &settings.fileBytesPerSecond))
        return 2;
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
    if (parser.isSet(QStringLiteral("fail-rate"))) {
        bool ok = false;
        settings.failRate = parser.value(QStringLiteral("fail-rate")).toDouble(&ok);
        if (!ok || settings.failRate < 0 || settings.failRate > 1) {
            QTextStream(stderr) << "videodb-emulator: --fail-rate needs a number from 0 to 1\n";
            return 2;
        }
    }
    if (parser.isSet(QStringLiteral("files-base-url"))) {
        settings.filesBaseUrl =
            QUrl(parser.value(QStringLiteral("files-base-url")), QUrl::StrictMode);
        if (!settings.filesBaseUrl.isValid() || settings.filesBaseUrl.host().isEmpty()) {
            QTextStream(stderr) << "videodb-emulator: --files-base-url is not a valid URL\n";
            return 2;
        }
    }

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
