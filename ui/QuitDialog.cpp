#include "ui/QuitDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

QuitDialog::QuitDialog(int transfersInFlight, int deletesInFlight, bool keepRunningOffered,
                       QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("quitDialog"));
    setWindowTitle(tr("Quit VideoDB Downloads?"));
    auto *layout = new QVBoxLayout(this);
    auto addParagraph = [this, layout](const QString &objectName, const QString &text) {
        auto *label = new QLabel(text, this);
        label->setObjectName(objectName);
        label->setWordWrap(true);
        layout->addWidget(label);
    };
    if (transfersInFlight > 0)
        addParagraph(QStringLiteral("transfersText"),
                     tr("%n file(s) are still being saved. Quitting pauses them; they can be "
                        "resumed where they stopped the next time you start the app.",
                        nullptr, transfersInFlight));
    if (deletesInFlight > 0)
        addParagraph(QStringLiteral("deletesText"),
                     tr("%n job(s) are still being deleted. If you quit now, some of them may "
                        "not be deleted.",
                        nullptr, deletesInFlight));
    if (keepRunningOffered)
        addParagraph(QStringLiteral("keepRunningText"),
                     tr("To let the work finish, keep the app running in the tray."));

    m_remember = new QCheckBox(tr("Do not ask again"), this);
    m_remember->setObjectName(QStringLiteral("rememberChoice"));
    layout->addWidget(m_remember);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *quit = buttons->addButton(tr("Quit"), QDialogButtonBox::DestructiveRole);
    quit->setObjectName(QStringLiteral("quitButton"));
    connect(quit, &QPushButton::clicked, this, [this] { done(Quit); });
    if (keepRunningOffered) {
        QPushButton *keep =
            buttons->addButton(tr("Keep running in the tray"), QDialogButtonBox::AcceptRole);
        keep->setObjectName(QStringLiteral("keepRunningButton"));
        connect(keep, &QPushButton::clicked, this, [this] { done(KeepRunning); });
    }
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    // Enter must not quit by accident: the safe answer is the default.
    for (QAbstractButton *button : buttons->buttons())
        qobject_cast<QPushButton *>(button)->setAutoDefault(false);
    cancel->setDefault(true);
    cancel->setFocus();
    layout->addWidget(buttons);
}

bool QuitDialog::remembersChoice() const {
    return m_remember->isChecked();
}
