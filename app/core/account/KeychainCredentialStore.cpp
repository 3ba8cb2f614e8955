#include "core/account/KeychainCredentialStore.h"

#include <qt6keychain/keychain.h>

namespace {
const QString service = QStringLiteral("videodb-downloads");
const QString account = QStringLiteral("api-key");
} // namespace

KeychainCredentialStore::KeychainCredentialStore(QObject *parent)
    : CredentialStore(parent) {}

void KeychainCredentialStore::readKey(ReadCallback done) {
    auto *job = new QKeychain::ReadPasswordJob(service, this);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [job, done] {
        ReadResult result;
        switch (job->error()) {
        case QKeychain::NoError:
            result.key = job->textData();
            break;
        case QKeychain::EntryNotFound:
            break;
        default:
            // A keyring that cannot be read (no daemon, no session bus, locked, refused) will
            // not keep a key either: the user gets the other places to choose from, and why.
            result.available = false;
            result.error = job->errorString();
        }
        done(result);
    });
    job->start();
}

void KeychainCredentialStore::writeKey(const QString &key, WriteCallback done) {
    auto *job = new QKeychain::WritePasswordJob(service, this);
    job->setKey(account);
    job->setTextData(key);
    connect(job, &QKeychain::Job::finished, this,
            [job, done] { done(job->error() == QKeychain::NoError, job->errorString()); });
    job->start();
}

void KeychainCredentialStore::removeKey() {
    auto *job = new QKeychain::DeletePasswordJob(service, this);
    job->setKey(account);
    job->start();
}
