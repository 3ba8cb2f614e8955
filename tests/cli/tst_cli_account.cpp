#include "support/EmulatorProcess.h"
#include "support/TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

// videodb-downloads-cli with no flag and no VIDEO_DB_API_KEY: it uses what the app saved.
class CliAccountTest final : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;

    QProcessEnvironment environment() const {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"VIDEO_DB_API_KEY"_s);
        environment.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        environment.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        // No session bus: the system keyring is out of reach, never the real one.
        environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent"_s);
        return environment;
    }
    // Writes the settings file the app writes when the user keeps the key there.
    void saveAsTheAppWould(const QUrl &baseUrl, const QString &key) {
        QSettings settings(m_home.filePath(u"config/videodb-downloads/settings.ini"_s),
                           QSettings::IniFormat);
        settings.setValue(u"api/baseUrl"_s, baseUrl.toString());
        settings.setValue(u"api/key"_s, key);
    }
    QProcess *run(const QStringList &arguments) {
        auto *process = new QProcess(this);
        process->setProcessEnvironment(environment());
        process->setStandardInputFile(QProcess::nullDevice());
        process->start(QStringLiteral(VIDEODB_CLI_PATH), arguments);
        if (!process->waitForFinished(30000))
            qFatal("videodb-downloads-cli did not finish");
        return process;
    }

private slots:
    void initTestCase() { TestEnvironment::makeHermetic(); }

    void listWorksWithOnlyTheAppsSavedAccount() {
        EmulatorProcess emulator;
        QVERIFY2(emulator.start({u"--seed"_s, u"7"_s, u"--api-key"_s, u"sk-saved"_s}),
                 qPrintable(emulator.errorText()));
        saveAsTheAppWould(emulator.apiUrl(), u"sk-saved"_s);
        QProcess *listed = run({u"list"_s, u"--json"_s});
        QCOMPARE(listed->exitStatus(), QProcess::NormalExit);
        QCOMPARE(listed->exitCode(), 0);
        QCOMPARE(QJsonDocument::fromJson(listed->readAllStandardOutput()).array().size(), 7);

        // The saved key belongs to the saved server: another --base-url does not get it.
        QUrl elsewhere = emulator.apiUrl();
        elsewhere.setHost(u"localhost"_s);
        QProcess *redirected = run({u"list"_s, u"--base-url"_s, elsewhere.toString()});
        QCOMPARE(redirected->exitCode(), 3);
        QVERIFY(redirected->readAllStandardError().contains("only sent to the saved server"));
    }

    void withNothingSavedItSaysWhereAKeyCanComeFrom() {
        QDir(m_home.filePath(u"config"_s)).removeRecursively();
        QProcess *listed = run({u"list"_s});
        QCOMPARE(listed->exitStatus(), QProcess::NormalExit);
        QCOMPARE(listed->exitCode(), 3);
        const QString error = QString::fromUtf8(listed->readAllStandardError());
        QVERIFY2(error.contains(u"pass --api-key, set VIDEO_DB_API_KEY, or enter it in the "
                                u"VideoDB Downloads app"_s),
                 qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(CliAccountTest)
#include "tst_cli_account.moc"
