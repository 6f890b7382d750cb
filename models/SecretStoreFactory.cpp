// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretStoreFactory.h"

#include "FileSecretStore.h"
#include "KeychainSecretStore.h"
#include "SettingKeys.h"
#include "Settings.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Sluice {

QString secretsFilePath(const QString &dataDirectory)
{
    return dataDirectory + u'/' + FileSecretStore::fileName();
}

std::unique_ptr<SecretStore> createSecretStore(const Settings &settings, QString *warning)
{
    if (settings.stringValue(Keys::SecretsStore) == "file"_L1) {
        if (warning)
            *warning = FileSecretStore::warningText();
        // The configuration database's folder is the data folder, which is already owner-only.
        const QString dataDirectory = QFileInfo(settings.databasePath()).absolutePath();
        return std::make_unique<FileSecretStore>(secretsFilePath(dataDirectory));
    }
    if (warning)
        warning->clear();
    return std::make_unique<KeychainSecretStore>();
}

} // namespace Sluice
