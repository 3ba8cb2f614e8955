#include "cli/ProgressLine.h"

#include <QtTest>

using namespace Qt::StringLiterals;

// The fetch progress line on its own: every width it can meet, and long waits.
class ProgressLineTest final : public QObject {
    Q_OBJECT

private slots:
    void neverWiderThanTheTerminal() {
        const ProgressLine::Totals cases[] = {
            {0, -1, 0},
            {123456789, 987654321, 12345678},
            {5, 10 * 1000 * 1000 * 1000LL, 1},
            {10 * 1000 * 1000 * 1000LL, 10 * 1000 * 1000 * 1000LL, 999999999},
        };
        for (const ProgressLine::Totals &totals : cases) {
            for (int width = 1; width <= 300; ++width) {
                const QString line = ProgressLine::format(totals, width);
                QVERIFY2(line.size() < qMax(2, width), qPrintable(line));
            }
        }
    }

    void usesTheRoomThereIs() {
        const ProgressLine::Totals half{500, 1000, 100};
        QVERIFY(!ProgressLine::format(half, 40).contains(QLatin1Char('[')));
        const QString wide = ProgressLine::format(half, 200);
        QVERIFY(wide.startsWith(u"["_s));
        QVERIFY(wide.contains(u" 50%"_s));
        QVERIFY(wide.contains(u"0:05 left"_s));
        QVERIFY(wide.size() > 80);
    }

    void durationsTurnIntoHoursWhenLong_data() {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("shown");
        QTest::newRow("seconds") << qint64(7) << u"0:07"_s;
        QTest::newRow("minutes") << qint64(754) << u"12:34"_s;
        QTest::newRow("an hour") << qint64(3600) << u"1:00:00"_s;
        QTest::newRow("hours") << qint64(3 * 3600 + 2 * 60 + 1) << u"3:02:01"_s;
        QTest::newRow("days") << qint64(100 * 3600) << u"100:00:00"_s;
    }
    void durationsTurnIntoHoursWhenLong() {
        QFETCH(qint64, seconds);
        QFETCH(QString, shown);
        QCOMPARE(ProgressLine::duration(seconds), shown);
    }
};

QTEST_GUILESS_MAIN(ProgressLineTest)
#include "tst_progressline.moc"
