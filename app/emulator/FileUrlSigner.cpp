#include "emulator/FileUrlSigner.h"

#include <QMessageAuthenticationCode>
#include <QUrlQuery>

FileUrlSigner::FileUrlSigner(QByteArray secret)
    : m_secret(std::move(secret)) {}

QByteArray FileUrlSigner::signatureFor(const QString &jobId, qint64 expiresAtS) const {
    const QByteArray message = jobId.toUtf8() + '|' + QByteArray::number(expiresAtS);
    return QMessageAuthenticationCode::hash(message, m_secret, QCryptographicHash::Sha256)
        .toHex()
        .left(32);
}

QUrl FileUrlSigner::sign(const QUrl &filesBase, const QString &jobId, const QString &fileName,
                         qint64 expiresAtS) const {
    QUrl url = filesBase;
    QString basePath = url.path(QUrl::FullyEncoded);
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + QStringLiteral("/files/") +
                    QString::fromLatin1(QUrl::toPercentEncoding(jobId)) + QLatin1Char('/') +
                    QString::fromLatin1(QUrl::toPercentEncoding(fileName)),
                QUrl::StrictMode);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("expires"), QString::number(expiresAtS));
    query.addQueryItem(QStringLiteral("sig"), QString::fromLatin1(signatureFor(jobId, expiresAtS)));
    url.setQuery(query);
    return url;
}

FileUrlSigner::Verdict FileUrlSigner::verify(const QString &jobId, const QString &expiresText,
                                             const QString &signature, qint64 nowS) const {
    bool isNumber = false;
    const qint64 expiresAtS = expiresText.toLongLong(&isNumber);
    if (!isNumber || signatureFor(jobId, expiresAtS) != signature.toLatin1())
        return Verdict::BadSignature;
    return nowS >= expiresAtS ? Verdict::Expired : Verdict::Valid;
}
