#pragma once

#include <optional>

#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

// Keeps one app per user and configuration folder. The first launch listens on a local socket;
// later launches hand it their stream URLs and exit. A QLocalServer rather than D-Bus: it
// needs no session bus, so it also works under Xvfb, over ssh and in containers, where D-Bus
// is often absent. The socket name hashes the configuration folder, so a hermetic test with a
// home of its own never reaches the user's running app.
class SingleInstance final : public QObject {
    Q_OBJECT
public:
    enum class Role {
        // This process listens: it is the one app.
        Primary,
        // Another process runs the app and has taken the URLs: this one should exit.
        Forwarded,
        // The app runs but did not take the URLs in time (see errorString()): this one should
        // not open a second window either.
        Unanswered,
        // No app runs and this one could not listen (see errorString()): it runs on without
        // the guarantee; TransferClaim still keeps two processes off one file.
        Alone
    };

    explicit SingleInstance(const QString &configFolder, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Hands streamUrls to the running app, or becomes the running app. Blocks for at most a
    // few seconds, before the event loop runs.
    Role claim(const QStringList &streamUrls);
    QString errorString() const { return m_error; }
    QString serverName() const { return m_serverName; }

    static QString serverNameFor(const QString &configFolder);
    // Held while a launch decides whether it is the app: racing launches take turns there.
    static QString decisionLockFor(const QString &configFolder);
    // How long a launch waits for the running app to take its URLs.
    static constexpr int answerTimeoutMs = 10000;

signals:
    // Another launch asked for the window, with these stream URLs (maybe none) to open.
    void activated(const QStringList &streamUrls);

private:
    enum class Handover { Delivered, NobodyListens, Unanswered };
    Handover handOver(const QStringList &streamUrls);
    // The role a hand-over decides, or none when nobody listens.
    std::optional<Role> roleAfterHandOver(const QStringList &streamUrls);
    bool listen();
    void accept();
    void read(QLocalSocket *socket);

    QString m_configFolder;
    QString m_serverName;
    QString m_error;
    QLocalServer *m_server = nullptr;
};
