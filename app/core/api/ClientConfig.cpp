#include "core/api/ClientConfig.h"

#include <QHostAddress>

bool ClientConfig::isLoopbackHost(const QString &host) {
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString ClientConfig::problem() const {
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return QStringLiteral("the base URL \"%1\" is not a valid URL")
            .arg(baseUrl.toString(QUrl::RemoveUserInfo));
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return QStringLiteral("the base URL must start with https://");
    if (scheme == QLatin1String("http") && !isLoopbackHost(baseUrl.host()))
        return QStringLiteral("https is required: the API key would travel in clear text to %1 "
                              "(plain http is only allowed to this machine)")
            .arg(baseUrl.host());
    if (apiKey.trimmed().isEmpty())
        return QStringLiteral("no API key is configured");
    return {};
}
