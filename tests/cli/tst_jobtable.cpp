#include "cli/JobTable.h"
#include "cli/Terminal.h"

#include <QtTest>

#include <clocale>

using namespace Qt::StringLiterals;

// The list command's table on its own: every terminal width, whole rows when piped, and text
// from the server that must not act on the terminal.
class JobTableTest final : public QObject {
    Q_OBJECT

    static DownloadJob job(const QString &id = u"download-abc123"_s) {
        DownloadJob job;
        job.id = id;
        job.status = JobStatus::Processing;
        job.name = u"Quarterly keynote, the long cut with questions.mp4"_s;
        job.createdAt = QDateTime(QDate(2026, 11, 28), QTime(10, 0, 5), Qt::UTC);
        return job;
    }

private slots:
    void initTestCase() {
        // Dates are shown in local time; wide characters are known in a UTF-8 locale.
        qputenv("TZ", "UTC");
        QVERIFY(std::setlocale(LC_CTYPE, "C.UTF-8"));
    }

    void neverWiderThanTheTerminal() {
        for (int width = 32; width <= 300; ++width) {
            const JobTable table(width, {job()});
            QVERIFY2(table.header().size() < width, qPrintable(table.header()));
            const QString row = table.row(job());
            QVERIFY2(row.size() < width, qPrintable(row));
            QVERIFY2(row.startsWith(u"download-abc123  processing  "_s), qPrintable(row));
        }
    }

    void shortensTheNameBeforeDroppingTheCreatedColumn() {
        const QString sixty = JobTable(60, {job()}).row(job());
        QVERIFY2(sixty.size() <= 59, qPrintable(sixty));
        QVERIFY2(sixty.contains(u" 2026-11-28 "_s), qPrintable(sixty));
        QVERIFY2(sixty.endsWith(u"  Quarterly k…"_s), qPrintable(sixty));
        // Twelve columns are enough for a name; two are not, and the date makes way.
        const QString fifty = JobTable(50, {job()}).row(job());
        QCOMPARE(fifty, u"download-abc123  processing  Quarterly keynote,…"_s);
        QVERIFY(JobTable(200, {job()}).row(job()).endsWith(job().name));
    }

    void theIdColumnFitsTheFirstPage() {
        const JobTable table(0, {job(u"dl-000001"_s), job(u"dl-000002"_s)});
        QVERIFY2(table.header().startsWith(u"ID         STATUS"_s), qPrintable(table.header()));
        QVERIFY(table.row(job(u"dl-000002"_s)).startsWith(u"dl-000002  processing  "_s));
        // A longer id later shifts only its own row, which still fits.
        const QString longer = JobTable(60, {job(u"dl-1"_s)}).row(job());
        QVERIFY2(longer.startsWith(u"download-abc123 processing"_s) && longer.size() <= 59,
                 qPrintable(longer));
    }

    void serverTextCannotActOnTheTerminal() {
        DownloadJob hostile = job(u"dl-\x1b]0;owned\x07"_s);
        hostile.name = u"clip\x1b[2J\nrm -rf\t.mp4"_s;
        for (const int width : {0, 200}) {
            const QString row = JobTable(width, {hostile}).row(hostile);
            QVERIFY2(std::none_of(row.cbegin(), row.cend(),
                                  [](QChar c) { return c.category() == QChar::Other_Control; }),
                     qPrintable(row));
            QVERIFY2(row.contains(u"clip?[2J?rm -rf?.mp4"_s), qPrintable(row));
        }
    }

    void wideAndPairedCharactersAreCutWhole() {
        // Each of these takes two columns; the emoji is also two UTF-16 units.
        const QString wide = u"会議の録画 🎬🎬🎬 最終版.mp4"_s;
        QCOMPARE(Terminal::displayWidth(u"会議"_s), 4);
        QCOMPARE(Terminal::displayWidth(u"🎬"_s), 2);
        for (int columns = 1; columns <= Terminal::displayWidth(wide) + 1; ++columns) {
            const QString cut = Terminal::cutToWidth(wide, columns);
            QVERIFY2(Terminal::displayWidth(cut) <= qMax(1, columns), qPrintable(cut));
            QVERIFY2(!cut.isEmpty() && !cut.back().isHighSurrogate() &&
                         !cut.at(qMax(0, cut.size() - 2)).isHighSurrogate(),
                     qPrintable(cut));
        }
        DownloadJob named = job();
        named.name = wide;
        const QString row = JobTable(50, {named}).row(named);
        QVERIFY2(Terminal::displayWidth(row) <= 49, qPrintable(row));
        QVERIFY2(row.endsWith(u"…"_s), qPrintable(row));
    }

    void pipedRowsKeepEverything() {
        const QString row = JobTable(0, {job()}).row(job());
        QVERIFY2(row.contains(u"2026-11-28T10:00:05Z"_s), qPrintable(row));
        QVERIFY(row.endsWith(job().name));
        QVERIFY(JobTable(0, {job()}).header().endsWith(u"NAME"_s));
    }
};

QTEST_GUILESS_MAIN(JobTableTest)
#include "tst_jobtable.moc"
