#include "core/api/StreamLink.h"

#include <QRegularExpression>

StreamLink::StreamLink(const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        m_problem = Problem::Empty;
        return;
    }
    static const QRegularExpression hasScheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    const bool schemeGiven = hasScheme.match(trimmed).hasMatch();
    const QUrl url(schemeGiven ? trimmed : QStringLiteral("https://") + trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (!schemeGiven && !url.host().contains(QLatin1Char('.')))) {
        m_problem = Problem::NotAUrl;
        return;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        m_problem = Problem::UnsupportedScheme;
        return;
    }
    m_url = url;
}

QString StreamLink::suggestedJobName() const {
    QString base = m_url.fileName();
    const int dot = base.lastIndexOf(QLatin1Char('.'));
    if (dot > 0)
        base.truncate(dot);
    return base.isEmpty() ? QString() : base + QStringLiteral(".mp4");
}
