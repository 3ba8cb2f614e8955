// Loads N jobs from a running videodb-emulator into the real model, proxy and view, and prints
// load time, the longest main-thread stall, sort time per column, search time and memory.
// Run it through run-list-bench.sh, which starts the emulator and a plain-script peer.
#include "core/account/AccountStore.h"
#include "core/account/AppSettings.h"
#include "core/jobs/JobSession.h"
#include "support/MemoryCredentialStore.h"
#include "support/TestEnvironment.h"
#include "ui/JobFilterProxyModel.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <iterator>
#include <malloc.h>

namespace {

// Live heap bytes over every malloc arena (mallinfo2 sees only the main one, and pages are
// decoded on worker threads): what the arenas hold from the system, less what is free in them,
// plus large blocks mapped directly.
qint64 heapInUseKb() {
    char *buffer = nullptr;
    size_t size = 0;
    FILE *stream = open_memstream(&buffer, &size);
    malloc_info(0, stream);
    fclose(stream);
    const QString xml = QString::fromLatin1(buffer, qsizetype(size));
    free(buffer);
    // The totals for the whole process follow the last </heap>.
    const QString totals = xml.mid(xml.lastIndexOf(QStringLiteral("</heap>")));
    const auto value = [&totals](const QString &pattern) {
        return QRegularExpression(pattern).match(totals).captured(1).toLongLong();
    };
    const qint64 fast =
        value(QStringLiteral("<total type=\"fast\" count=\"\\d+\" size=\"(\\d+)\""));
    const qint64 rest =
        value(QStringLiteral("<total type=\"rest\" count=\"\\d+\" size=\"(\\d+)\""));
    const qint64 mmapped =
        value(QStringLiteral("<total type=\"mmap\" count=\"\\d+\" size=\"(\\d+)\""));
    const qint64 current = value(QStringLiteral("<system type=\"current\" size=\"(\\d+)\""));
    return (current - fast - rest + mmapped) / 1024;
}

qint64 residentKb() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const auto match = QRegularExpression(QStringLiteral("VmRSS:\\s+(\\d+) kB"))
                           .match(QString::fromLatin1(status.readAll()));
    return match.captured(1).toLongLong();
}

// Records the longest gap between ticks of a 5 ms timer: how long the event loop was blocked.
class StallMeter final : public QObject {
public:
    StallMeter() {
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this,
                [this] { m_longest = qMax(m_longest, m_clock.restart()); });
    }
    void start() {
        m_longest = 0;
        m_clock.start();
        m_timer.start();
    }
    qint64 stop() {
        m_timer.stop();
        return qMax(m_longest, m_clock.elapsed());
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

} // namespace

int main(int argc, char *argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestEnvironment::makeHermetic();
    if (argc < 2) {
        QTextStream(stderr) << "usage: bench_joblist API_URL\n";
        return 2;
    }
    QTextStream out(stdout);
    ClientConfig config;
    config.baseUrl = QUrl(QString::fromLocal8Bit(argv[1]));
    config.apiKey = QStringLiteral("sk-demo");
    config.transferTimeoutMs = 120 * 1000;

    malloc_trim(0);
    const qint64 rssBeforeKb = residentKb();
    const qint64 heapBeforeKb = heapInUseKb();
    JobSession session(config);
    JobBoard &board = *session.board();
    MemoryCredentialStore store;
    AppSettings settings;
    AccountStore account(&store, &settings);
    MainWindow window(&session, &account);
    window.show();
    auto *view = window.findChild<QTableView *>(QStringLiteral("jobTable"));

    StallMeter stalls;
    QSignalSpy loaded(&board, &JobBoard::refreshFinished);
    QElapsedTimer clock;
    clock.start();
    stalls.start();
    board.refresh();
    while (loaded.isEmpty())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const qint64 loadMs = clock.elapsed();
    const qint64 longestStall = stalls.stop();
    QCoreApplication::processEvents();
    malloc_trim(0);
    const qint64 rssAfterKb = residentKb();
    const qint64 heapAfterKb = heapInUseKb();
    const int jobs = board.model()->rowCount();

    out << "jobs loaded:            " << jobs << '\n';
    out << "load time:              " << loadMs << " ms (target <= 2000)\n";
    out << "longest main stall:     " << longestStall << " ms (target <= 100)\n";
    out << "memory (live heap):     " << (heapAfterKb - heapBeforeKb) / 1024
        << " MB (target <= 60)\n";
    out << "memory (RSS growth):    " << (rssAfterKb - rssBeforeKb) / 1024 << " MB\n";

    const char *columns[] = {"name", "status", "created", "id", "download", "message"};
    static_assert(std::size(columns) == JobListModel::ColumnCount, "one name per column");
    qint64 worstSort = 0;
    for (int column = 0; column < JobListModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            clock.restart();
            view->sortByColumn(column, order);
            QCoreApplication::processEvents();
            const qint64 ms = clock.elapsed();
            worstSort = qMax(worstSort, ms);
            out << "sort " << QString::fromLatin1(columns[column]).leftJustified(9)
                << (order == Qt::AscendingOrder ? "asc:  " : "desc: ") << ms << " ms\n";
        }
    }
    out << "worst sort:             " << worstSort << " ms (target <= 600)\n";

    qint64 worstSearch = 0;
    for (const char *text : {"keynote", "dl-0999", "tutorial 00", "zzz-no-match", ""}) {
        clock.restart();
        window.proxy()->setSearchText(QString::fromLatin1(text));
        QCoreApplication::processEvents();
        const qint64 ms = clock.elapsed();
        worstSearch = qMax(worstSearch, ms);
        out << "search \"" << text << "\": " << ms << " ms, " << window.proxy()->rowCount()
            << " rows\n";
    }
    out << "worst search:           " << worstSearch << " ms (target <= 150)\n";
    out << "RESULT load_ms=" << loadMs << " stall_ms=" << longestStall << " sort_ms=" << worstSort
        << " search_ms=" << worstSearch << " heap_mb=" << (heapAfterKb - heapBeforeKb) / 1024
        << " rss_mb=" << (rssAfterKb - rssBeforeKb) / 1024 << '\n';
    return jobs > 0 ? 0 : 1;
}
