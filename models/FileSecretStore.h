// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStore.h"

#include <QMap>

#include <functional>

namespace Sluice {

/// Secrets in a JSON file next to the configuration database, for headless servers that have no
/// keychain. The file is NOT encrypted; it is only as safe as its permissions, so:
/// - it is created owner-only (0600) and rewritten atomically (QSaveFile), keeping its permissions;
/// - a file that other users may read or write is refused with a message saying how to fix it, since
///   its passwords must be taken as already leaked and silently tightening it would hide that.
/// Used only when secrets.store is "file"; the caller shows warningText() at start.
class FileSecretStore : public SecretStore
{
    Q_OBJECT
public:
    /// The file's name inside the data folder.
    static QString fileName();
    /// The translated warning to show (or log) whenever this store is in use.
    static QString warningText();

    explicit FileSecretStore(const QString &filePath, QObject *parent = nullptr);

    QString filePath() const { return m_filePath; }

    void readSecret(const QString &key, QObject *context, ReadCallback callback) override;
    void writeSecret(const QString &key, const QString &secret, QObject *context,
                     WriteCallback callback) override;
    void deleteSecret(const QString &key, QObject *context, DeleteCallback callback) override;

private:
    using Secrets = QMap<QString, QString>;

    /// Reads the whole file; a missing file is an empty store. On failure returns false and sets *error.
    bool load(Secrets *secrets, SecretError *error) const;
    /// Replaces the file with secrets, atomically and owner-only.
    bool save(const Secrets &secrets, SecretError *error) const;
    /// Locks the file against other processes, loads it, applies change and saves when change
    /// returns true (something changed). Returns the error, if any.
    SecretError modify(const std::function<bool(Secrets &)> &change) const;
    SecretError failure(const QString &message) const;

    QString m_filePath;
};

} // namespace Sluice
