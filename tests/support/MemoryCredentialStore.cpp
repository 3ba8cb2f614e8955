#include "support/MemoryCredentialStore.h"

#include <QTimer>

MemoryCredentialStore::MemoryCredentialStore(QObject *parent, bool available)
    : CredentialStore(parent)
    , m_available(available) {}

void MemoryCredentialStore::readKey(ReadCallback done) {
    QTimer::singleShot(0, this, [this, done] {
        done(ReadResult{m_key, m_available,
                        m_available ? QString() : QStringLiteral("No keyring is available.")});
    });
}

void MemoryCredentialStore::writeKey(const QString &key, WriteCallback done) {
    ++m_writeAttempts;
    const QString error = !m_available ? QStringLiteral("No keyring is available.") : m_writeError;
    if (error.isEmpty())
        m_key = key;
    QTimer::singleShot(0, this, [done, error] { done(error.isEmpty(), error); });
}
