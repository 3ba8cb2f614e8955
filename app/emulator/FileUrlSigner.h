#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

// Signs file-host URLs with an expiry, like a CDN's pre-signed links, so an old download_url
// stops working and a client cannot extend it by editing the query.
class FileUrlSigner final {
public:
    enum class Verdict { Valid, Expired, BadSignature };

    explicit FileUrlSigner(QByteArray secret);

    QUrl sign(const QUrl &filesBase, const QString &jobId, const QString &fileName,
              qint64 expiresAtS) const;
    // Checks a request target such as /files/<id>/<name>?expires=..&sig=..
    Verdict verify(const QString &jobId, const QString &expiresText, const QString &signature,
                   qint64 nowS) const;

private:
    QByteArray signatureFor(const QString &jobId, qint64 expiresAtS) const;
    QByteArray m_secret;
};
