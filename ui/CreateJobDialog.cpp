#include "ui/CreateJobDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

CreateJobDialog::CreateJobDialog(const QString &streamUrl, QWidget *parent)
    : QDialog(parent)
    , m_urlEdit(new QLineEdit(this))
    , m_nameEdit(new QLineEdit(this))
    , m_problemLabel(new QLabel(this)) {
    setObjectName(QStringLiteral("createJobDialog"));
    setWindowTitle(tr("New download job"));
    m_urlEdit->setObjectName(QStringLiteral("streamUrlEdit"));
    m_urlEdit->setPlaceholderText(QStringLiteral("https://stream.videodb.io/v/…"));
    m_urlEdit->setAccessibleName(tr("Stream URL"));
    m_nameEdit->setObjectName(QStringLiteral("jobNameEdit"));
    m_nameEdit->setAccessibleName(tr("Job name"));
    m_problemLabel->setObjectName(QStringLiteral("streamUrlProblem"));
    m_problemLabel->setStyleSheet(QStringLiteral("color: palette(highlight);"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Stream URL:"), m_urlEdit);
    form->addRow(QString(), m_problemLabel);
    form->addRow(tr("&Name:"), m_nameEdit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_createButton = buttons->addButton(tr("Create job"), QDialogButtonBox::AcceptRole);
    m_createButton->setObjectName(QStringLiteral("createJobButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());

    connect(m_urlEdit, &QLineEdit::textChanged, this, &CreateJobDialog::revalidate);
    connect(m_nameEdit, &QLineEdit::textEdited, this,
            [this](const QString &text) { m_nameEditedByUser = !text.isEmpty(); });
    m_urlEdit->setText(streamUrl.trimmed());
    revalidate();
}

QString CreateJobDialog::streamUrl() const {
    return m_urlEdit->text().trimmed();
}

QString CreateJobDialog::jobName() const {
    return m_nameEdit->text().trimmed();
}

QString CreateJobDialog::problemWith(const QString &streamUrl) {
    const QString text = streamUrl.trimmed();
    if (text.isEmpty())
        return tr("Paste the stream link of a VideoDB video.");
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return tr("This is not a valid URL.");
    if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        return tr("The stream URL must start with https://");
    return {};
}

QString CreateJobDialog::suggestedName(const QString &streamUrl) {
    QString base = QUrl(streamUrl.trimmed()).fileName();
    const int dot = base.lastIndexOf(QLatin1Char('.'));
    if (dot > 0)
        base.truncate(dot);
    return base.isEmpty() ? QString() : base + QStringLiteral(".mp4");
}

void CreateJobDialog::revalidate() {
    const QString problem = problemWith(m_urlEdit->text());
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
    m_createButton->setEnabled(problem.isEmpty());
    if (!m_nameEditedByUser)
        m_nameEdit->setText(problem.isEmpty() ? suggestedName(m_urlEdit->text()) : QString());
}
