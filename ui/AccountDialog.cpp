#include "ui/AccountDialog.h"

#include "core/api/ClientConfig.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

AccountDialog::AccountDialog(const Values &current, const Context &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_keyEdit(new QLineEdit(current.apiKey, this))
    , m_baseUrlEdit(new QLineEdit(current.baseUrl.toString(), this))
    , m_intervalSpin(new QSpinBox(this))
    , m_locationLabel(new QLabel(this))
    , m_problemLabel(new QLabel(this))
    , m_initialKey(current.apiKey) {
    setObjectName(QStringLiteral("accountDialog"));
    setWindowTitle(context.firstRun ? tr("Connect to VideoDB") : tr("Account and settings"));
    auto *layout = new QVBoxLayout(this);
    if (context.firstRun) {
        auto *welcome = new QLabel(
            tr("Enter your VideoDB API key (it starts with <b>sk-</b>). You find it in the VideoDB "
               "console. It is sent only to the API address below."),
            this);
        welcome->setWordWrap(true);
        layout->addWidget(welcome);
    }

    m_keyEdit->setObjectName(QStringLiteral("apiKeyEdit"));
    m_keyEdit->setEchoMode(QLineEdit::Password);
    m_keyEdit->setAccessibleName(tr("API key"));
    m_baseUrlEdit->setObjectName(QStringLiteral("baseUrlEdit"));
    m_baseUrlEdit->setAccessibleName(tr("API base URL"));
    m_intervalSpin->setObjectName(QStringLiteral("refreshIntervalSpin"));
    m_intervalSpin->setRange(5, 3600);
    m_intervalSpin->setSuffix(tr(" s"));
    m_intervalSpin->setValue(current.refreshIntervalS);
    m_intervalSpin->setAccessibleName(tr("Refresh interval in seconds"));
    auto *form = new QFormLayout;
    form->addRow(tr("API &key:"), m_keyEdit);
    form->addRow(tr("API &URL:"), m_baseUrlEdit);
    form->addRow(tr("&Refresh every:"), m_intervalSpin);
    layout->addLayout(form);

    if (!context.keyringAvailable) {
        auto *group = new QGroupBox(tr("No keyring is available on this system"), this);
        group->setObjectName(QStringLiteral("keyStorageGroup"));
        auto *groupLayout = new QVBoxLayout(group);
        // QtKeychain says only "Unknown error" when no keyring service answers at all; the
        // title says as much, so no line repeats it.
        if (!context.keyringProblem.isEmpty() &&
            context.keyringProblem != QLatin1String("Unknown error")) {
            auto *reason = new QLabel(
                tr("The system keyring could not be used: %1").arg(context.keyringProblem), group);
            reason->setObjectName(QStringLiteral("keyringProblem"));
            reason->setWordWrap(true);
            groupLayout->addWidget(reason);
        }
        m_sessionOnly = new QRadioButton(tr("Keep the key for this session only"), group);
        m_sessionOnly->setObjectName(QStringLiteral("sessionOnlyRadio"));
        m_settingsFile = new QRadioButton(tr("Save the key in the settings file"), group);
        m_settingsFile->setObjectName(QStringLiteral("settingsFileRadio"));
        auto *warning = new QLabel(
            tr("⚠ The settings file stores the key in plain text. Only your user account can "
               "read it, but anyone who can read %1 can use your VideoDB account.")
                .arg(context.settingsPath),
            group);
        warning->setObjectName(QStringLiteral("plainTextWarning"));
        warning->setWordWrap(true);
        (current.storage == KeyStorage::SettingsFile ? m_settingsFile : m_sessionOnly)
            ->setChecked(true);
        groupLayout->addWidget(m_sessionOnly);
        groupLayout->addWidget(m_settingsFile);
        groupLayout->addWidget(warning);
        layout->addWidget(group);
        connect(m_sessionOnly, &QRadioButton::toggled, this, &AccountDialog::describeKeyLocation);
    }
    m_locationLabel->setObjectName(QStringLiteral("keyLocation"));
    m_locationLabel->setWordWrap(true);
    layout->addWidget(m_locationLabel);

    m_problemLabel->setObjectName(QStringLiteral("accountProblem"));
    m_problemLabel->setWordWrap(true);
    layout->addWidget(m_problemLabel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setText(context.firstRun ? tr("Connect") : tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_keyEdit, &QLineEdit::textChanged, this, &AccountDialog::revalidate);
    connect(m_keyEdit, &QLineEdit::textChanged, this, &AccountDialog::describeKeyLocation);
    connect(m_baseUrlEdit, &QLineEdit::textChanged, this, &AccountDialog::revalidate);
    revalidate();
    describeKeyLocation();
    resize(520, sizeHint().height());
}

AccountDialog::Values AccountDialog::values() const {
    Values values;
    values.apiKey = m_keyEdit->text().trimmed();
    values.baseUrl = QUrl(m_baseUrlEdit->text().trimmed(), QUrl::StrictMode);
    values.refreshIntervalS = m_intervalSpin->value();
    if (m_context.keyringAvailable)
        values.storage = KeyStorage::Keyring;
    else
        values.storage =
            m_settingsFile->isChecked() ? KeyStorage::SettingsFile : KeyStorage::SessionOnly;
    return values;
}

void AccountDialog::describeKeyLocation() {
    using Source = AccountStore::KeySource;
    const bool unchanged = m_keyEdit->text().trimmed() == m_initialKey;
    QString where;
    if (unchanged && m_context.keySource == Source::Environment)
        where = tr("This key comes from the VIDEO_DB_API_KEY environment variable and is not "
                   "stored anywhere else.");
    else if (unchanged && m_context.keySource == Source::Flag)
        where = tr("This key comes from the --api-key option and is not stored anywhere else.");
    else if (m_context.keyringAvailable)
        where = tr("The key will be kept in the system keyring.");
    else if (m_settingsFile->isChecked())
        where = tr("The key will be kept in %1, readable only by you.").arg(m_context.settingsPath);
    else
        where = tr("The key will be kept in memory until you quit; the next start asks again.");
    m_locationLabel->setText(where);
}

void AccountDialog::revalidate() {
    ClientConfig candidate;
    candidate.apiKey = m_keyEdit->text().trimmed();
    candidate.baseUrl = QUrl(m_baseUrlEdit->text().trimmed(), QUrl::StrictMode);
    const QString problem = candidate.problem();
    // An empty key is what a first run starts with: the disabled button says enough until
    // the user has typed something.
    const bool nothingTyped = candidate.apiKey.isEmpty() && candidate.baseUrl.isValid();
    m_problemLabel->setText(problem.isEmpty() || nothingTyped ? QString()
                                                              : tr("Cannot save: %1").arg(problem));
    m_okButton->setEnabled(problem.isEmpty());
}
