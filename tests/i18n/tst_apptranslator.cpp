#include "core/api/ApiError.h"
#include "support/TestEnvironment.h"
#include "ui/AppTranslator.h"
#include "ui/CreateJobDialog.h"
#include "ui/DeleteConfirmationDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QProcess>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Set in the child this test starts to see what the system's locale selects.
constexpr char expectedDeleteButtonVariable[] = "VIDEODB_EXPECT_DELETE_BUTTON";

QVector<DownloadJob> jobs(int count) {
    QVector<DownloadJob> made;
    for (int i = 1; i <= count; ++i) {
        DownloadJob job;
        job.id = u"dl-%1"_s.arg(i);
        job.name = u"Clip %1.mp4"_s.arg(i);
        job.status = JobStatus::Done;
        made.append(job);
    }
    return made;
}

QString deleteButtonFor(int count) {
    return DeleteConfirmationDialog(jobs(count)).deleteButton()->text();
}

QString cancelButtonText() {
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    return box.button(QDialogButtonBox::Cancel)->text();
}

} // namespace

class AppTranslatorTest final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::makeHermetic(); }

    void germanReplacesOurWordsAndQts() {
        AppTranslator::install(*qApp, QLocale(QLocale::German));
        QCOMPARE(CreateJobDialog(QString()).windowTitle(), u"Neuer Download-Auftrag"_s);
        const DeleteConfirmationDialog confirmation(jobs(3));
        QVERIFY2(confirmation.informativeText().contains(
                     u"Bereits gespeicherte Dateien bleiben auf diesem Computer erhalten."_s),
                 qPrintable(confirmation.informativeText()));
        QCOMPARE(ApiError(ApiError::Kind::Authentication, u"bad key"_s, 401).describe(),
                 u"Anmeldung fehlgeschlagen (HTTP 401): bad key"_s);
        QCOMPARE(cancelButtonText(), u"Abbrechen"_s);
    }

    void germanPlurals() {
        AppTranslator::install(*qApp, QLocale(QLocale::German));
        QCOMPARE(deleteButtonFor(1), u"1 Auftrag löschen"_s);
        QCOMPARE(deleteButtonFor(2), u"2 Aufträge löschen"_s);
    }

    void englishPlurals_data() {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("cancel");
        QTest::newRow("English") << QLocale(QLocale::English) << u"Cancel"_s;
        QTest::newRow("C") << QLocale::c() << u"Cancel"_s;
        // No words of ours in French: English ones, with their plurals, but Qt's in French.
        QTest::newRow("French") << QLocale(QLocale::French) << u"Annuler"_s;
    }

    void englishPlurals() {
        QFETCH(QLocale, locale);
        QFETCH(QString, cancel);
        // German first, so the English must replace it rather than be added behind it.
        AppTranslator::install(*qApp, QLocale(QLocale::German));
        AppTranslator::install(*qApp, locale);
        QCOMPARE(deleteButtonFor(1), u"Delete 1 job"_s);
        QCOMPARE(deleteButtonFor(2), u"Delete 2 jobs"_s);
        QCOMPARE(cancelButtonText(), cancel);
    }

    void systemLanguage_data() {
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<QString>("deleteButton");
        QTest::newRow("LANGUAGE=de beats LANG=C.UTF-8")
            << QStringList{u"LANG=C.UTF-8"_s, u"LANGUAGE=de"_s} << u"2 Aufträge löschen"_s;
        QTest::newRow("LANG=de_DE.UTF-8")
            << QStringList{u"LANG=de_DE.UTF-8"_s} << u"2 Aufträge löschen"_s;
        QTest::newRow("LANG=C.UTF-8") << QStringList{u"LANG=C.UTF-8"_s} << u"Delete 2 jobs"_s;
        QTest::newRow("LC_ALL=POSIX") << QStringList{u"LC_ALL=POSIX"_s} << u"Delete 2 jobs"_s;
    }

    // The system locale is read once per process, so a child of this test, started with
    // that environment, installs for it and checks.
    void systemLanguage() {
        QFETCH(QStringList, environment);
        QFETCH(QString, deleteButton);
        QStringList childEnvironment{u"QT_QPA_PLATFORM=offscreen"_s,
                                     u"HOME="_s + qEnvironmentVariable("HOME")};
        childEnvironment += environment;
        childEnvironment += QString::fromLatin1(expectedDeleteButtonVariable) + u'=' + deleteButton;
        QProcess child;
        child.setEnvironment(childEnvironment);
        child.start(QCoreApplication::applicationFilePath(), {u"installedForTheSystem"_s});
        QVERIFY(child.waitForFinished(60000));
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                 child.readAllStandardOutput().constData());
    }

    void installedForTheSystem() {
        if (!qEnvironmentVariableIsSet(expectedDeleteButtonVariable))
            QSKIP("run by systemLanguage in a child process");
        AppTranslator::install(*qApp);
        QCOMPARE(deleteButtonFor(2), qEnvironmentVariable(expectedDeleteButtonVariable));
        // German words come with German numbers and dates, whatever LANG says.
        const bool german = deleteButtonFor(2) == u"2 Aufträge löschen"_s;
        QCOMPARE(QLocale().toString(1.5), german ? u"1,5"_s : u"1.5"_s);
    }
};

QTEST_MAIN(AppTranslatorTest)
#include "tst_apptranslator.moc"
