// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataDirectory.h"

#include <smtp/SmtpAddress.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Sluice {

QString resolveDataDirectory(const QString &commandLineValue)
{
    if (!commandLineValue.isEmpty())
        return QDir::cleanPath(QDir::current().absoluteFilePath(commandLineValue));
    const QString fromEnvironment = qEnvironmentVariable("SLUICE_DATA_DIR");
    if (!fromEnvironment.isEmpty())
        return QDir::cleanPath(QDir::current().absoluteFilePath(fromEnvironment));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString configDatabasePath(const QString &dataDirectory)
{
    return dataDirectory + "/sluice.db"_L1;
}

bool createDataDirectory(const QString &path, QString *errorMessage)
{
    const QFileInfo info(path);
    if (info.isDir())
        return true;
    // Parents are ordinary folders (umask applies); only the data folder itself is private. mkdir with
    // permissions avoids a window in which the new folder is readable by others.
    const QString absolute = info.absoluteFilePath();
    const QString parent = QFileInfo(absolute).absolutePath();
    QDir root;
    const bool created =
        root.mkpath(parent) &&
        root.mkdir(absolute, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // Another process may have created it in the meantime: that is fine.
    if (created || QFileInfo(absolute).isDir())
        return true;
    if (errorMessage) {
        *errorMessage =
            QCoreApplication::translate("Sluice::DataDirectory", "Could not create the folder “%1”.")
                .arg(QDir::toNativeSeparators(absolute));
    }
    return false;
}

QString machineHostName()
{
    QString name = QHostInfo::localHostName();
    const QString domain = QHostInfo::localDomainName();
    if (!name.isEmpty() && !domain.isEmpty() && !name.contains(u'.'))
        name += u'.' + domain;
    // The default must pass general.hostname's own validation, or a fresh install would greet with
    // a name it refuses when the user tries to set it back.
    if (name.isEmpty() || !isValidDomainName(name.toLatin1()))
        return u"localhost"_s;
    return name;
}

} // namespace Sluice
