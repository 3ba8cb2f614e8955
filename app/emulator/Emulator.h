#pragma once

#include "emulator/EmulatorOptions.h"
#include "emulator/FileUrlSigner.h"
#include "emulator/JobRepository.h"

#include <QObject>
#include <QUrl>

class ApiServer;
class FileHost;
class QSslConfiguration;

// A local VideoDB: the API on one loopback port and the file host on another, so the
// download_url is on a different origin than the API, as with the real CDN.
class Emulator final : public QObject {
    Q_OBJECT
public:
    explicit Emulator(const EmulatorOptions &options, QObject *parent = nullptr);

    // Binds both listeners to 127.0.0.1, the API over TLS when a certificate and key are set;
    // false, with errorString(), when a port is taken or the certificate or key is unusable.
    bool start();
    QString errorString() const { return m_errorString; }

    QUrl apiUrl() const;
    QUrl filesUrl() const;
    const EmulatorOptions &options() const { return m_options; }
    JobRepository &jobs() { return m_jobs; }
    const FileHost &fileHost() const { return *m_fileHost; }
    const ApiServer &apiServer() const { return *m_apiServer; }
    ApiServer &apiServer() { return *m_apiServer; }

private:
    bool loadTls(QSslConfiguration *configuration);

    EmulatorOptions m_options;
    JobRepository m_jobs;
    FileUrlSigner m_signer;
    ApiServer *m_apiServer;
    FileHost *m_fileHost;
    QString m_errorString;
};
