#include "ui/AboutDialog.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_versionLabel(new QLabel(this))
    , m_linksLabel(new QLabel(this)) {
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About VideoDB Downloads"));

    auto *title = new QLabel(tr("VideoDB Downloads"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    title->setFont(titleFont);

    auto *summary = new QLabel(tr("See, save, retry and delete your VideoDB download jobs."), this);
    summary->setWordWrap(true);

    m_versionLabel->setObjectName(u"aboutVersion"_s);
    m_versionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_versionLabel->setWordWrap(true);
    m_versionLabel->setText(tr("Version %1\nMIT License\nRunning on Qt %2 (built with Qt %3)")
                                .arg(QCoreApplication::applicationVersion(),
                                     QString::fromLatin1(qVersion()),
                                     QString::fromLatin1(QT_VERSION_STR)));

    m_linksLabel->setObjectName(u"aboutLinks"_s);
    m_linksLabel->setTextFormat(Qt::RichText);
    m_linksLabel->setWordWrap(true);
    m_linksLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_linksLabel->setText(tr("<a href=\"%1\">videodb.io</a> · <a href=\"%2\">Documentation</a>")
                              .arg(u"https://videodb.io"_s, u"https://docs.videodb.io"_s));
    // Opened through QDesktopServices rather than by the label itself, so tests can stand in
    // for the browser.
    connect(m_linksLabel, &QLabel::linkActivated, this,
            [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *aboutQt = buttons->addButton(tr("About Qt"), QDialogButtonBox::ActionRole);
    aboutQt->setObjectName(u"aboutQtButton"_s);
    connect(aboutQt, &QPushButton::clicked, this, [this] { QMessageBox::aboutQt(this); });
    // Return closes, as in every About box; About Qt is only a click or Alt+letter away.
    aboutQt->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Wide enough that the Qt line stays whole, never wider than a small screen.
    setMinimumWidth(qMin(400, screen()->availableGeometry().width() * 9 / 10));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(summary);
    layout->addWidget(m_versionLabel);
    layout->addWidget(m_linksLabel);
    layout->addStretch();
    layout->addWidget(buttons);
}
