#include "core/account/MemoryCredentialStore.h"

#include <QTimer>

MemoryCredentialStore::MemoryCredentialStore(QObject *parent, bool available)
    : CredentialStore(parent)
    , m_available(available) {}

void MemoryCredentialStore::readKey(ReadCallback done) {
    QTimer::singleShot(0, this, [this, done] { done(ReadResult{m_key, m_available, {}}); });
}

void MemoryCredentialStore::writeKey(const QString &key, WriteCallback done) {
    if (!m_available) {
        QTimer::singleShot(0, this, [done] { done(false, tr("No keyring is available.")); });
        return;
    }
    m_key = key;
    QTimer::singleShot(0, this, [done] { done(true, {}); });
}

QString MemoryCredentialStore::location() const {
    return tr("memory (this session only)");
}
