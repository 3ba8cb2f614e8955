#include "ui/TransferSettingsDialog.h"

#include "ui/FolderChooser.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace {
constexpr double bytesPerMegabyte = 1000.0 * 1000.0;
} // namespace

TransferSettingsDialog::TransferSettingsDialog(const Values &values, QWidget *parent)
    : QDialog(parent)
    , m_folderEdit(new QLineEdit(values.folder, this))
    , m_concurrentSpin(new QSpinBox(this))
    , m_speedSpin(new QDoubleSpinBox(this)) {
    setObjectName(QStringLiteral("transferSettingsDialog"));
    setWindowTitle(tr("Download settings"));
    m_folderEdit->setObjectName(QStringLiteral("downloadFolderEdit"));
    m_folderEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    auto *browseButton = new QPushButton(tr("Browse…"), this);
    browseButton->setObjectName(QStringLiteral("browseFolderButton"));
    connect(browseButton, &QPushButton::clicked, this, &TransferSettingsDialog::browse);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folderEdit, 1);
    folderRow->addWidget(browseButton);

    m_concurrentSpin->setObjectName(QStringLiteral("maxTransfersSpin"));
    m_concurrentSpin->setRange(1, 10);
    m_concurrentSpin->setValue(values.maxConcurrent);

    m_speedSpin->setObjectName(QStringLiteral("speedLimitSpin"));
    m_speedSpin->setRange(0, 10000);
    m_speedSpin->setDecimals(1);
    m_speedSpin->setSingleStep(0.5);
    m_speedSpin->setSuffix(tr(" MB/s"));
    // 0 is shown as words: a limit of zero would mean nothing is ever saved.
    m_speedSpin->setSpecialValueText(tr("No limit"));
    m_speedSpin->setValue(double(values.speedLimit) / bytesPerMegabyte);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Save files into:"), folderRow);
    form->addRow(tr("Files saved at once:"), m_concurrentSpin);
    form->addRow(tr("Speed limit:"), m_speedSpin);
    form->addRow(buttons);
}

TransferSettingsDialog::Values TransferSettingsDialog::values() const {
    Values values;
    values.folder = m_folderEdit->text().trimmed();
    values.maxConcurrent = m_concurrentSpin->value();
    values.speedLimit = qint64(m_speedSpin->value() * bytesPerMegabyte);
    return values;
}

void TransferSettingsDialog::browse() {
    const QString folder = FolderChooser::choose(this, m_folderEdit->text());
    if (!folder.isEmpty())
        m_folderEdit->setText(folder);
}
