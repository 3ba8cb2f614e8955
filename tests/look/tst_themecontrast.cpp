#include "core/jobs/JobListModel.h"
#include "look/ThemePalettes.h"
#include "support/TestEnvironment.h"
#include "ui/JobFilterProxyModel.h"
#include "ui/ProblemBanner.h"
#include "ui/ReadableColour.h"
#include "ui/StatusPalette.h"
#include "ui/TransferProgressDelegate.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QSignalSpy>
#include <QTableView>
#include <QVBoxLayout>
#include <QtTest>

using namespace Qt::StringLiterals;

// Every colour that carries meaning, under a light, a dark and a high-contrast palette, must
// reach WCAG 2.x's 4.5:1 against the background it is shown on.
class ThemeContrastTest final : public QObject {
    Q_OBJECT

    static constexpr double minimum = ReadableColour::textContrast;
    static constexpr JobStatus allStatuses[] = {JobStatus::Processing, JobStatus::Done,
                                                JobStatus::Failed, JobStatus::Unknown};

    static void addThemes() {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light (Fusion)") << ThemePalettes::light();
        QTest::newRow("dark") << ThemePalettes::dark();
        QTest::newRow("high contrast") << ThemePalettes::highContrast();
    }

    static QList<QColor> rowBackgrounds(const QPalette &palette) {
        return {palette.color(QPalette::Base), palette.color(QPalette::AlternateBase)};
    }

    static void verifyReadable(const QColor &text, const QList<QColor> &backgrounds,
                               const char *what) {
        for (const QColor &background : backgrounds) {
            const double ratio = ReadableColour::contrastRatio(text, background);
            QVERIFY2(ratio >= minimum, qPrintable(u"%1: %2 on %3 is %4:1"_s.arg(
                                           QString::fromLatin1(what), text.name(),
                                           background.name(), QString::number(ratio, 'f', 2))));
        }
    }

    static DownloadJob job(int number, JobStatus status) {
        DownloadJob made;
        made.id = u"dl-%1"_s.arg(number);
        made.name = u"Video %1"_s.arg(number);
        made.status = status;
        made.rawStatus = status == JobStatus::Unknown ? u"queued"_s : made.statusText();
        made.createdAt = QDateTime::currentDateTimeUtc();
        return made;
    }

private slots:
    void initTestCase() { TestEnvironment::makeHermetic(); }

    void theRatioIsWcags() {
        QCOMPARE(ReadableColour::contrastRatio(Qt::black, Qt::white), 21.0);
        QCOMPARE(ReadableColour::contrastRatio(Qt::white, Qt::white), 1.0);
        // WCAG's own example of a grey that just passes on white.
        QCOMPARE(qRound(ReadableColour::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) * 100),
                 454);
        QCOMPARE(ReadableColour::contrastRatio(QColor(0x11, 0x55, 0x99), QColor(0xee, 0xdd, 0xcc)),
                 ReadableColour::contrastRatio(QColor(0xee, 0xdd, 0xcc), QColor(0x11, 0x55, 0x99)));
    }

    void aReadableColourKeepsItsHue() {
        const QColor blue(0x1e, 0x88, 0xe5);
        const QColor onWhite = ReadableColour::against(blue, {Qt::white});
        const QColor onBlack = ReadableColour::against(blue, {QColor(0x10, 0x10, 0x10)});
        QVERIFY(onWhite.lightnessF() < blue.lightnessF());
        QVERIFY(onBlack.lightnessF() >= blue.lightnessF());
        QCOMPARE(onWhite.hslHue(), blue.hslHue());
        // Just far enough: a colour that already passes is left alone.
        QCOMPARE(ReadableColour::against(onWhite, {Qt::white}), onWhite);
        QVERIFY(ReadableColour::contrastRatio(onWhite, Qt::white) < minimum + 0.1);
    }

    void statusColoursReadOnEveryRow_data() { addThemes(); }
    void statusColoursReadOnEveryRow() {
        QFETCH(QPalette, palette);
        for (JobStatus status : allStatuses)
            verifyReadable(StatusPalette(palette).status(status), rowBackgrounds(palette),
                           qPrintable(jobStatusWord(status)));
    }

    // What the view is actually handed, after the proxy was told the view's palette.
    void theTablesStatusColumnReadsOnEveryRow_data() { addThemes(); }
    void theTablesStatusColumnReadsOnEveryRow() {
        QFETCH(QPalette, palette);
        JobListModel model;
        JobFilterProxyModel proxy(&model);
        model.beginRefresh();
        model.mergePage({job(1, JobStatus::Processing), job(2, JobStatus::Done),
                         job(3, JobStatus::Failed), job(4, JobStatus::Unknown)});
        model.endRefresh();
        QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);
        proxy.setPalette(palette);
        // One signal for the whole column tells the view to repaint every status.
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 3);
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const QModelIndex status = proxy.index(row, JobListModel::StatusColumn);
            verifyReadable(status.data(Qt::ForegroundRole).value<QColor>(), rowBackgrounds(palette),
                           qPrintable(status.data().toString()));
        }
    }

    // A theme switched while the app runs recolours the statuses of a view the proxy follows.
    void theStatusColoursFollowAThemeSwitch() {
        const QPalette before = QApplication::palette();
        JobListModel model;
        JobFilterProxyModel proxy(&model);
        model.beginRefresh();
        model.mergePage({job(1, JobStatus::Failed)});
        model.endRefresh();
        QTableView view;
        view.setModel(&proxy);
        QApplication::setPalette(ThemePalettes::light());
        proxy.followPaletteOf(&view);
        const QModelIndex status = proxy.index(0, JobListModel::StatusColumn);
        QCOMPARE(status.data(Qt::ForegroundRole).value<QColor>(),
                 StatusPalette(ThemePalettes::light()).status(JobStatus::Failed));
        QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);

        QApplication::setPalette(ThemePalettes::dark());
        QTRY_COMPARE(status.data(Qt::ForegroundRole).value<QColor>(),
                     StatusPalette(ThemePalettes::dark()).status(JobStatus::Failed));
        QVERIFY(changed.count() >= 1);
        verifyReadable(status.data(Qt::ForegroundRole).value<QColor>(),
                       rowBackgrounds(ThemePalettes::dark()), "failed after a theme switch");
        QApplication::setPalette(before);
    }

    void progressTextReadsOnEveryRow_data() { addThemes(); }
    void progressTextReadsOnEveryRow() {
        QFETCH(QPalette, palette);
        QStyleOptionViewItem option;
        option.palette = palette;
        verifyReadable(TransferProgressDelegate::textColour(option), rowBackgrounds(palette),
                       "progress text");
    }

    // The words painted above the bar, read back from the pixels: the darkest or lightest
    // glyph pixel is the text colour itself.
    void paintedProgressTextReads_data() { addThemes(); }
    void paintedProgressTextReads() {
        QFETCH(QPalette, palette);
        JobListModel model;
        JobFilterProxyModel proxy(&model);
        model.beginRefresh();
        model.mergePage({job(1, JobStatus::Done)});
        model.endRefresh();
        TransferProgress running;
        running.phase = TransferProgress::Phase::Running;
        running.bytesDone = 400;
        running.totalBytes = 1000;
        model.setTransfer(u"dl-1"_s, running);
        QTableView view;
        view.setPalette(palette);
        view.setModel(&proxy);
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.palette = palette;
        option.rect = QRect(0, 0, 300, 30);
        option.state = QStyle::State_Enabled;
        option.widget = &view;
        QImage image(option.rect.size(), QImage::Format_RGB32);
        const QColor base = palette.color(QPalette::Base);
        image.fill(base);
        QPainter painter(&image);
        TransferProgressDelegate delegate;
        delegate.paint(&painter, option, proxy.index(0, JobListModel::TransferColumn));
        painter.end();
        // The text sits above the bar, which takes the bottom fifth.
        double best = 1;
        QColor strongest = base;
        for (int y = 0; y < 20; ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor pixel = image.pixelColor(x, y);
                const double ratio = ReadableColour::contrastRatio(pixel, base);
                if (ratio > best) {
                    best = ratio;
                    strongest = pixel;
                }
            }
        }
        QVERIFY2(best >= minimum, qPrintable(u"the painted text is at most %1 on %2 (%3:1)"_s.arg(
                                      strongest.name(), base.name(), QString::number(best))));
    }

    void bannerTextReadsOnItsTint_data() { addThemes(); }
    void bannerTextReadsOnItsTint() {
        QFETCH(QPalette, palette);
        QWidget window;
        window.setPalette(palette);
        auto *layout = new QVBoxLayout(&window);
        auto *problem = new ProblemBanner(ProblemBanner::Tone::Problem, &window);
        auto *information = new ProblemBanner(ProblemBanner::Tone::Information, &window);
        layout->addWidget(problem);
        layout->addWidget(information);
        problem->showProblem(u"The server could not be reached."_s, u"Retry"_s);
        information->showProblem(u"This is a demo."_s, {});
        window.resize(500, 200);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (ProblemBanner *banner : {problem, information}) {
            const QColor tint = tintOf(banner);
            // A tint, not the window's own background.
            QVERIFY(tint != palette.color(QPalette::Window));
            verifyReadable(textOf(banner), {tint}, qPrintable(banner->objectName()));
        }
    }

    // A theme switched while the app runs recolours the banner.
    void theBannerFollowsAPaletteChange() {
        QWidget window;
        window.setPalette(ThemePalettes::light());
        auto *layout = new QVBoxLayout(&window);
        auto *banner = new ProblemBanner(ProblemBanner::Tone::Problem, &window);
        layout->addWidget(banner);
        banner->showProblem(u"The server could not be reached."_s, {});
        window.resize(500, 100);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QColor lightTint = tintOf(banner);
        const QColor lightText = textOf(banner);

        window.setPalette(ThemePalettes::dark());
        QTRY_VERIFY(textOf(banner) != lightText);
        QVERIFY(tintOf(banner) != lightTint);
        QVERIFY(ReadableColour::relativeLuminance(tintOf(banner)) <
                ReadableColour::relativeLuminance(lightTint));
        verifyReadable(textOf(banner), {tintOf(banner)}, "banner after a theme change");
    }

private:
    // A pixel of the banner's fill, left of its text and inside its border.
    static QColor tintOf(ProblemBanner *banner) {
        return banner->grab().toImage().pixelColor(5, banner->height() / 2);
    }
    static QColor textOf(ProblemBanner *banner) {
        return banner->findChild<QLabel *>(u"problemText"_s)->palette().color(QPalette::WindowText);
    }
};

QTEST_MAIN(ThemeContrastTest)
#include "tst_themecontrast.moc"
