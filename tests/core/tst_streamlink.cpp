#include "core/api/StreamLink.h"

#include <QtTest>

using namespace Qt::StringLiterals;

// The one stream-link rule the app's dialog and the CLI share.
class StreamLinkTest final : public QObject {
    Q_OBJECT

private slots:
    void rules_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<StreamLink::Problem>("problem");
        QTest::addColumn<QString>("sent");
        const auto none = StreamLink::Problem::None;
        QTest::newRow("https") << u"https://stream.videodb.io/v/a.m3u8"_s << none
                               << u"https://stream.videodb.io/v/a.m3u8"_s;
        QTest::newRow("http") << u"http://cdn.example/a.m3u8"_s << none
                              << u"http://cdn.example/a.m3u8"_s;
        QTest::newRow("spaces around")
            << u"  https://s.example/a  "_s << none << u"https://s.example/a"_s;
        QTest::newRow("no scheme")
            << u"stream.videodb.io/v/a.m3u8"_s << none << u"https://stream.videodb.io/v/a.m3u8"_s;
        QTest::newRow("no scheme, with port")
            << u"stream.videodb.io:8443/v/a"_s << none << u"https://stream.videodb.io:8443/v/a"_s;
        QTest::newRow("empty") << u"  "_s << StreamLink::Problem::Empty << QString();
        QTest::newRow("a word") << u"not-a-url"_s << StreamLink::Problem::NotAUrl << QString();
        QTest::newRow("words") << u"not a url"_s << StreamLink::Problem::NotAUrl << QString();
        QTest::newRow("no host") << u"https://"_s << StreamLink::Problem::NotAUrl << QString();
        QTest::newRow("ftp") << u"ftp://s.example/a"_s << StreamLink::Problem::UnsupportedScheme
                             << QString();
        QTest::newRow("file") << u"file:///tmp/a.mp4"_s << StreamLink::Problem::NotAUrl
                              << QString();
    }
    void rules() {
        QFETCH(QString, text);
        QFETCH(StreamLink::Problem, problem);
        QFETCH(QString, sent);
        const StreamLink link(text);
        QCOMPARE(link.problem(), problem);
        QCOMPARE(link.isUsable(), problem == StreamLink::Problem::None);
        QCOMPARE(link.url().toString(QUrl::FullyEncoded), sent);
    }
};

QTEST_GUILESS_MAIN(StreamLinkTest)
#include "tst_streamlink.moc"
