// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

class QObject;

namespace Sluice {

class SecretStore;
class Settings;

/// The store secrets.store selects: "keychain" (the default) or "file", a FileSecretStore next to the
/// configuration database. When the file is chosen *warning receives FileSecretStore::warningText(),
/// which the caller must show or log at start; otherwise it is cleared.
std::unique_ptr<SecretStore> createSecretStore(const Settings &settings, QString *warning);

/// Where the file store keeps its secrets inside a data folder.
QString secretsFilePath(const QString &dataDirectory);

} // namespace Sluice
