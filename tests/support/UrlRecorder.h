#pragma once

#include <QList>
#include <QObject>
#include <QUrl>

// Stands in for the desktop's file manager, player or browser: install with
// QDesktopServices::setUrlHandler(scheme, &recorder, "open").
class UrlRecorder final : public QObject {
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls.append(url); }
};
