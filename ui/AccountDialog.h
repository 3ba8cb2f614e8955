#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

// The API key, base URL and refresh interval. Also the first-run dialog. When there is no
// keyring, the user picks between keeping the key for this session only and writing it to
// the settings file in plain text, with the consequence spelled out.
class AccountDialog final : public QDialog {
    Q_OBJECT
public:
    enum class KeyStorage { Keyring, SessionOnly, SettingsFile };

    struct Values {
        QString apiKey;
        QUrl baseUrl;
        int refreshIntervalS = 60;
        KeyStorage storage = KeyStorage::Keyring;
    };

    AccountDialog(const Values &current, bool keyringAvailable, const QString &settingsPath,
                  bool firstRun, QWidget *parent = nullptr);

    Values values() const;

private:
    void revalidate();

    QLineEdit *m_keyEdit;
    QLineEdit *m_baseUrlEdit;
    QSpinBox *m_intervalSpin;
    QRadioButton *m_sessionOnly = nullptr;
    QRadioButton *m_settingsFile = nullptr;
    QLabel *m_problemLabel;
    QPushButton *m_okButton;
    bool m_keyringAvailable;
};
