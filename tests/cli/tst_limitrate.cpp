#include "cli/LimitRate.h"

#include <QtTest>

using namespace Qt::StringLiterals;

// fetch --limit-rate reads rates as curl does.
class LimitRateTest final : public QObject {
    Q_OBJECT

private slots:
    void curlsSpelling_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("bytesPerSecond");
        QTest::newRow("bytes") << u"2000"_s << qint64(2000);
        QTest::newRow("K") << u"500K"_s << qint64(500 * 1024);
        QTest::newRow("k") << u"500k"_s << qint64(500 * 1024);
        QTest::newRow("M") << u"5M"_s << qint64(5 * 1024 * 1024);
        QTest::newRow("fraction") << u"1.5M"_s << qint64(3 * 512 * 1024);
        QTest::newRow("G") << u"1G"_s << qint64(1024LL * 1024 * 1024);
        QTest::newRow("blanks") << u" 100K "_s << qint64(100 * 1024);
        for (const QString &bad :
             {u""_s, u"K"_s, u"0"_s, u"0.4"_s, u"-5K"_s, u"5X"_s, u"fast"_s, u"nan"_s, u"inf"_s})
            QTest::addRow("refused: \"%s\"", qPrintable(bad)) << bad << qint64(-1);
    }
    void curlsSpelling() {
        QFETCH(QString, text);
        QFETCH(qint64, bytesPerSecond);
        QCOMPARE(LimitRate::parse(text).value_or(-1), bytesPerSecond);
    }
};

QTEST_GUILESS_MAIN(LimitRateTest)
#include "tst_limitrate.moc"
