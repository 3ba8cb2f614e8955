#include "ui/CreateJobDialog.h"

#include "core/api/StreamLink.h"

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
    // What the user typed, completed the way StreamLink reads it (a missing https:// added).
    const StreamLink link(m_urlEdit->text());
    return link.isUsable() ? link.url().toString(QUrl::FullyEncoded) : m_urlEdit->text().trimmed();
}

QString CreateJobDialog::jobName() const {
    return m_nameEdit->text().trimmed();
}

QString CreateJobDialog::problemWith(const QString &streamUrl) {
    switch (StreamLink(streamUrl).problem()) {
    case StreamLink::Problem::None:
        break;
    case StreamLink::Problem::Empty:
        return tr("Paste the stream link of a VideoDB video.");
    case StreamLink::Problem::NotAUrl:
        return tr("This is not a valid URL.");
    case StreamLink::Problem::UnsupportedScheme:
        return tr("The stream URL must start with https:// or http://");
    }
    return {};
}

void CreateJobDialog::revalidate() {
    const QString problem = problemWith(m_urlEdit->text());
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
    m_createButton->setEnabled(problem.isEmpty());
    if (!m_nameEditedByUser)
        m_nameEdit->setText(problem.isEmpty() ? StreamLink(m_urlEdit->text()).suggestedJobName()
                                              : QString());
}
