#pragma once

#include "core/account/AccountStore.h"

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

// The API key, base URL and refresh interval. Also the first-run dialog. Says where the key
// will be kept; when there is no working keyring, the user picks between keeping the key for
// this session only and writing it to the private settings file, with the consequence
// spelled out.
class AccountDialog final : public QDialog {
    Q_OBJECT
public:
    using Values = AccountStore::Change;
    using KeyStorage = AccountStore::KeyStorage;

    struct Context {
        bool firstRun = false;
        bool keyringAvailable = true;
        // Why the keyring cannot be used, in its own words.
        QString keyringProblem;
        AccountStore::KeySource keySource = AccountStore::KeySource::None;
        QString settingsPath;
    };

    AccountDialog(const Values &current, const Context &context, QWidget *parent = nullptr);

    Values values() const;

private:
    void revalidate();
    void describeKeyLocation();

    Context m_context;
    QLineEdit *m_keyEdit;
    QLineEdit *m_baseUrlEdit;
    QSpinBox *m_intervalSpin;
    QRadioButton *m_sessionOnly = nullptr;
    QRadioButton *m_settingsFile = nullptr;
    QLabel *m_locationLabel;
    QLabel *m_problemLabel;
    QPushButton *m_okButton;
    QString m_initialKey;
};
