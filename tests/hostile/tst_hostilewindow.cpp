#include "core/account/AccountStore.h"
#include "core/account/AppSettings.h"
#include "core/jobs/JobSession.h"
#include "hostile/HostileHttpServer.h"
#include "support/MemoryCredentialStore.h"
#include "support/TestEnvironment.h"
#include "ui/MainWindow.h"
#include "ui/ProblemBanner.h"

#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

// The real main window, offscreen, against a hostile server: its banner says what the client
// said, in ApiError::describe()'s words, and the window stays usable.
class HostileWindowTest final : public QObject {
    Q_OBJECT

    MemoryCredentialStore m_store;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<AccountStore> m_account;

    // Opens a window with config and returns the first problem its board reported.
    ApiError firstProblem(const ClientConfig &config, std::unique_ptr<JobSession> &session,
                          std::unique_ptr<MainWindow> &window) {
        session = std::make_unique<JobSession>(config);
        window = std::make_unique<MainWindow>(session.get(), m_account.get());
        window->show();
        QSignalSpy problem(session->board(), &JobBoard::problem);
        window->start();
        if (!QTest::qWaitFor([&] { return problem.count() > 0; }, 15000))
            return {};
        return problem.first().first().value<ApiError>();
    }
    static QString bannerText(MainWindow &window) {
        auto *banner = window.findChild<ProblemBanner *>(u"problemBanner"_s);
        return banner && banner->isVisible() ? banner->text() : QString();
    }

private slots:
    void initTestCase() {
        TestEnvironment::makeHermetic();
        m_settings = std::make_unique<AppSettings>();
        m_account = std::make_unique<AccountStore>(&m_store, m_settings.get());
    }

    void bannerNamesTheSizeCap() {
        HostileHttpServer server(HostileHttpServer::Answer{});
        QVERIFY(server.listen());
        ClientConfig config = TestEnvironment::clientFor(server.url());
        config.maxAnswerBytes = 1024 * 1024;
        std::unique_ptr<JobSession> session;
        std::unique_ptr<MainWindow> window;
        const ApiError error = firstProblem(config, session, window);
        QCOMPARE(error.kind(), ApiError::Kind::ResponseTooLarge);
        QTRY_VERIFY(bannerText(*window).contains(error.describe()));
        qInfo("%s", qPrintable(bannerText(*window)));
        QVERIFY2(bannerText(*window).contains(u"1 MB"_s), qPrintable(bannerText(*window)));
    }

    void bannerNamesTheDeadline() {
        HostileHttpServer::Answer answer;
        answer.announcedLength = 1024 * 1024;
        answer.dripIntervalMs = 100;
        HostileHttpServer server(answer);
        QVERIFY(server.listen());
        ClientConfig config = TestEnvironment::clientFor(server.url());
        config.requestDeadlineMs = 2000;
        std::unique_ptr<JobSession> session;
        std::unique_ptr<MainWindow> window;
        const ApiError error = firstProblem(config, session, window);
        QCOMPARE(error.kind(), ApiError::Kind::Timeout);
        QTRY_VERIFY(bannerText(*window).contains(error.describe()));
        QVERIFY2(bannerText(*window).contains(u"within 2 second"_s),
                 qPrintable(bannerText(*window)));
        // The server answered, only too slowly: the banner does not say it cannot be reached.
        QVERIFY2(bannerText(*window).startsWith(u"VideoDB is answering too slowly"_s),
                 qPrintable(bannerText(*window)));
    }
};

QTEST_MAIN(HostileWindowTest)
#include "tst_hostilewindow.moc"
