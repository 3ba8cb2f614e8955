#pragma once

#include <QHash>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <QWidget>

#include <memory>

class JobListModel;
class TransferStore;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

// Everything known about one job, read-only but selectable. It follows the model: when the
// job's row changes the pane shows the change, and when the row goes the pane says so.
class JobDetailsPane final : public QWidget {
    Q_OBJECT
public:
    explicit JobDetailsPane(JobListModel *model, QWidget *parent = nullptr);
    ~JobDetailsPane() override;

    // An empty id asks the user to select a job.
    void showJob(const QString &id);
    QString jobId() const { return m_jobId; }
    // The API never gives a job's stream link back; only the links this app sent are known.
    void setStreamLink(const QString &jobId, const QUrl &link);
    // The transfer database (see TransferStore), which remembers when each file was saved.
    // Empty, as in the demo, leaves the saved time out.
    void setTransferDatabase(const QString &path);

signals:
    void openFileRequested(const QString &path);
    void showInFolderRequested(const QString &path);

private:
    // Model signals arrive mid-change (the id index is rebuilt after the last removed run), so
    // the pane reads the model one event-loop turn later, once per burst.
    void refreshSoon() { m_refreshTimer.start(); }
    void refresh();
    void showMessage(const QString &text);
    void showDetails(int row);
    // Returns the row's label. Top-aligned by default, beside the first line of a field that
    // wraps (errors); single-line fields taller than a label want it centred.
    QLabel *addRow(const QString &text, QWidget *field,
                   Qt::Alignment verticalAlignment = Qt::AlignTop);
    void setRow(QLabel *field, const QString &text);
    static QLineEdit *lineField(const QString &objectName);
    static QLabel *textField(const QString &objectName);
    static void setLine(QLineEdit *field, const QString &text);
    static QString expiryText(qint64 secondsLeft);

    JobListModel *m_model;
    QString m_jobId;
    QHash<QString, QUrl> m_streamLinks;
    std::unique_ptr<TransferStore> m_transferStore;
    QTimer m_refreshTimer;
    // The time left on a download link counts down while nothing in the model changes.
    QTimer m_expiryTimer;

    QStackedWidget *m_pages;
    QLabel *m_message;
    QFormLayout *m_form;
    QLabel *m_name;
    QLineEdit *m_id;
    QLineEdit *m_streamLink;
    QLabel *m_created;
    QLabel *m_saved;
    QLabel *m_size;
    QLabel *m_linkExpiry;
    QLabel *m_serverError;
    QLabel *m_actionErrorLabel;
    QLabel *m_actionError;
    QLabel *m_transferError;
    QWidget *m_fileRow;
    QLineEdit *m_path;
    QLabel *m_fileMissing;
    QPushButton *m_openButton;
    QPushButton *m_showInFolderButton;
};
