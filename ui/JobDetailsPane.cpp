#include "ui/JobDetailsPane.h"

#include "core/jobs/JobListModel.h"
#include "core/transfers/TransferStore.h"

#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// When a signed download link stops working, if it says: the emulator's and many CDNs'
// "expires" (Unix seconds), or S3's X-Amz-Date plus X-Amz-Expires. Invalid when it does not.
QDateTime linkExpiry(const QUrl &link) {
    const QUrlQuery query(link);
    QString amzDate;
    qint64 amzSeconds = -1;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        bool isNumber = false;
        if (key.compare(u"expires"_s, Qt::CaseInsensitive) == 0) {
            const qint64 seconds = value.toLongLong(&isNumber);
            if (isNumber)
                return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
        } else if (key.compare(u"X-Amz-Date"_s, Qt::CaseInsensitive) == 0) {
            amzDate = value;
        } else if (key.compare(u"X-Amz-Expires"_s, Qt::CaseInsensitive) == 0) {
            amzSeconds = value.toLongLong(&isNumber);
            if (!isNumber)
                amzSeconds = -1;
        }
    }
    QDateTime signedAt = QDateTime::fromString(amzDate, u"yyyyMMdd'T'HHmmss'Z'"_s);
    signedAt.setTimeSpec(Qt::UTC);
    if (!signedAt.isValid() || amzSeconds < 0)
        return {};
    return signedAt.addSecs(amzSeconds);
}

QString fullDateTime(const QDateTime &moment) {
    return QLocale().toString(moment.toLocalTime(), QLocale::LongFormat);
}

} // namespace

JobDetailsPane::JobDetailsPane(JobListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_pages(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_form(new QFormLayout) {
    setObjectName(u"jobDetailsPane"_s);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &JobDetailsPane::refresh);
    m_expiryTimer.setInterval(30 * 1000);
    connect(&m_expiryTimer, &QTimer::timeout, this, &JobDetailsPane::refresh);

    m_message->setObjectName(u"detailsMessage"_s);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(fontMetrics().height());
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pages->addWidget(m_message);

    auto *details = new QWidget;
    details->setLayout(m_form);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    m_name = new QLabel;
    m_name->setObjectName(u"detailsName"_s);
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont titleFont = m_name->font();
    titleFont.setBold(true);
    m_name->setFont(titleFont);
    m_form->addRow(m_name);

    m_id = lineField(u"detailsId"_s);
    addRow(tr("ID"), m_id, Qt::AlignVCenter);
    m_streamLink = lineField(u"detailsStreamLink"_s);
    addRow(tr("Stream link"), m_streamLink, Qt::AlignVCenter);
    m_created = textField(u"detailsCreated"_s);
    addRow(tr("Created"), m_created);
    m_saved = textField(u"detailsSaved"_s);
    addRow(tr("Saved"), m_saved);
    m_size = textField(u"detailsSize"_s);
    addRow(tr("Size"), m_size);
    m_linkExpiry = textField(u"detailsLinkExpiry"_s);
    addRow(tr("Download link"), m_linkExpiry);
    m_serverError = textField(u"detailsServerError"_s);
    addRow(tr("Error"), m_serverError);
    m_actionError = textField(u"detailsActionError"_s);
    // Its text names the action that failed.
    m_actionErrorLabel = addRow({}, m_actionError);
    m_transferError = textField(u"detailsTransferError"_s);
    addRow(tr("Save failed"), m_transferError);

    m_fileRow = new QWidget;
    auto *fileLayout = new QHBoxLayout(m_fileRow);
    fileLayout->setContentsMargins({});
    m_path = lineField(u"detailsPath"_s);
    m_openButton = new QPushButton(tr("Open"));
    m_openButton->setObjectName(u"detailsOpenButton"_s);
    m_showInFolderButton = new QPushButton(tr("Show in folder"));
    m_showInFolderButton->setObjectName(u"detailsShowInFolderButton"_s);
    // Room for a useful part of the path: on a narrow pane the row wraps under its label
    // rather than squeezing the path to a few letters.
    m_path->setMinimumWidth(30 * fontMetrics().averageCharWidth());
    fileLayout->addWidget(m_path, 1);
    fileLayout->addWidget(m_openButton);
    fileLayout->addWidget(m_showInFolderButton);
    addRow(tr("File"), m_fileRow, Qt::AlignVCenter);
    m_fileMissing = textField(u"detailsFileMissing"_s);
    m_fileMissing->setText(tr("The file was moved or deleted since it was saved."));
    addRow({}, m_fileMissing);
    connect(m_openButton, &QPushButton::clicked, this,
            [this] { emit openFileRequested(m_model->transfer(m_jobId).savedPath); });
    connect(m_showInFolderButton, &QPushButton::clicked, this,
            [this] { emit showInFolderRequested(m_model->transfer(m_jobId).savedPath); });

    // Scrolls rather than growing: the pane sits under the table and must not push the
    // window past a small screen.
    auto *scroll = new QScrollArea;
    scroll->setWidget(details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_pages->addWidget(scroll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_pages);

    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int row = m_model->rowOf(m_jobId);
                if (row >= topLeft.row() && row <= bottomRight.row())
                    refreshSoon();
            });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &JobDetailsPane::refreshSoon);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &JobDetailsPane::refreshSoon);
    connect(m_model, &QAbstractItemModel::modelReset, this, &JobDetailsPane::refreshSoon);

    refresh();
}

JobDetailsPane::~JobDetailsPane() = default;

void JobDetailsPane::showJob(const QString &id) {
    m_jobId = id;
    refresh();
}

void JobDetailsPane::setStreamLink(const QString &jobId, const QUrl &link) {
    m_streamLinks.insert(jobId, link);
    if (jobId == m_jobId)
        refreshSoon();
}

void JobDetailsPane::setTransferDatabase(const QString &path) {
    m_transferStore.reset();
    if (!path.isEmpty()) {
        auto store = std::make_unique<TransferStore>(path);
        // An unreadable history only costs the saved time; the table reports the store's
        // problem already.
        if (store->isOpen())
            m_transferStore = std::move(store);
    }
    refreshSoon();
}

void JobDetailsPane::refresh() {
    m_refreshTimer.stop();
    if (m_jobId.isEmpty()) {
        showMessage(tr("Select a job to see its details."));
        return;
    }
    const int row = m_model->rowOf(m_jobId);
    // Called from inside a model change (a selection that moves as rows go), the id index can
    // still point past or beside the row: look again once the change is done.
    if (row >= m_model->rowCount() || (row >= 0 && m_model->rowAt(row).job.id != m_jobId)) {
        refreshSoon();
        return;
    }
    if (row < 0) {
        showMessage(tr("Job %1 is no longer in the list: it was deleted, or the server no "
                       "longer lists it.")
                        .arg(m_jobId));
        return;
    }
    showDetails(row);
}

void JobDetailsPane::showMessage(const QString &text) {
    m_expiryTimer.stop();
    m_message->setText(text);
    m_pages->setCurrentWidget(m_message);
}

void JobDetailsPane::showDetails(int row) {
    const JobListModel::Row &entry = m_model->rowAt(row);
    const DownloadJob &job = entry.job;
    const TransferProgress transfer = m_model->transfer(m_jobId);
    const bool saved = transfer.phase == TransferProgress::Phase::Saved ||
                       transfer.phase == TransferProgress::Phase::SavedFileMissing;

    m_name->setText(job.name.isEmpty() ? tr("(no name)") : job.name);
    setLine(m_id, job.id);
    setLine(m_streamLink, m_streamLinks.value(m_jobId).toString());
    m_form->setRowVisible(m_streamLink, !m_streamLink->text().isEmpty());
    setRow(m_created, job.createdAt.isValid() ? fullDateTime(job.createdAt) : QString());

    QDateTime savedAt;
    if (saved && m_transferStore) {
        const std::optional<TransferRecord> record = m_transferStore->find(m_jobId);
        if (record && record->state == TransferRecord::State::Done)
            savedAt = record->finishedAt;
    }
    setRow(m_saved, savedAt.isValid() ? fullDateTime(savedAt) : QString());
    setRow(m_size, transfer.totalBytes >= 0 ? QLocale().formattedDataSize(transfer.totalBytes, 1,
                                                                          QLocale::DataSizeSIFormat)
                                            : QString());

    const QDateTime expiry =
        job.status == JobStatus::Done ? linkExpiry(job.downloadUrl()) : QDateTime();
    if (expiry.isValid()) {
        setRow(m_linkExpiry, expiryText(QDateTime::currentDateTimeUtc().secsTo(expiry.toUTC())));
        m_linkExpiry->setToolTip(tr("Valid until %1").arg(fullDateTime(expiry)));
        m_expiryTimer.start();
    } else {
        setRow(m_linkExpiry, {});
        m_expiryTimer.stop();
    }

    setRow(m_serverError, job.errorReason);
    const JobListModel::Failure &failure = entry.failure;
    m_actionErrorLabel->setText(failure.action == JobListModel::Activity::Deleting
                                    ? tr("Delete failed")
                                    : tr("Retry failed"));
    setRow(m_actionError, failure.action != JobListModel::Activity::None && failure.error.isError()
                              ? failure.error.describe()
                              : QString());
    setRow(m_transferError,
           transfer.phase == TransferProgress::Phase::Failed ? transfer.error : QString());

    const bool fileThere = transfer.phase == TransferProgress::Phase::Saved;
    setLine(m_path, saved ? QDir::toNativeSeparators(transfer.savedPath) : QString());
    m_form->setRowVisible(m_fileRow, saved && !transfer.savedPath.isEmpty());
    m_form->setRowVisible(m_fileMissing, saved && !fileThere);
    m_openButton->setEnabled(fileThere);
    m_showInFolderButton->setEnabled(fileThere);

    m_pages->setCurrentIndex(1);
}

QLineEdit *JobDetailsPane::lineField(const QString &objectName) {
    // A line rather than a label: ids, links and paths have no spaces to wrap at, and a line
    // scrolls where a label would widen the pane.
    auto *field = new QLineEdit;
    field->setObjectName(objectName);
    field->setReadOnly(true);
    // Read-only text, not an input: no frame, no padding, the pane's background, so it lines
    // up with the labels around it.
    field->setStyleSheet(u"QLineEdit { border: none; padding: 0; background: transparent; }"_s);
    // QLineEdit indents its text by a fixed 2 px that labels do not have.
    field->setTextMargins(-2, 0, 0, 0);
    return field;
}

QLabel *JobDetailsPane::addRow(const QString &text, QWidget *field,
                               Qt::Alignment verticalAlignment) {
    auto *label = new QLabel(text);
    label->setAlignment(Qt::AlignLeft | verticalAlignment);
    m_form->addRow(label, field);
    return label;
}

QLabel *JobDetailsPane::textField(const QString &objectName) {
    auto *field = new QLabel;
    field->setObjectName(objectName);
    field->setWordWrap(true);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return field;
}

void JobDetailsPane::setRow(QLabel *field, const QString &text) {
    // Only a changed text is set: setting it again would drop the user's selection at every
    // progress tick.
    if (field->text() != text)
        field->setText(text);
    m_form->setRowVisible(field, !text.isEmpty());
}

void JobDetailsPane::setLine(QLineEdit *field, const QString &text) {
    if (field->text() == text)
        return;
    field->setText(text);
    // The whole of a long path or link, where the line shows only part.
    field->setToolTip(text);
    // The start of a long path or link says the most.
    field->setCursorPosition(0);
}

QString JobDetailsPane::expiryText(qint64 secondsLeft) {
    if (secondsLeft <= 0)
        return tr("Expired");
    const qint64 minutes = secondsLeft / 60;
    if (minutes < 1)
        return tr("Expires in less than a minute");
    if (minutes < 60)
        return tr("Expires in %n min", nullptr, int(minutes));
    const int hours = int(minutes / 60);
    if (minutes % 60 == 0)
        return tr("Expires in %n h", nullptr, hours);
    // Both units are abbreviations, which do not change with the count; the hours carry the
    // numerus form.
    return tr("Expires in %n h %1 min", nullptr, hours).arg(minutes % 60);
}
