// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordCommand.h"

#include "EmailDomainTable.h"
#include "LinkBinder.h"
#include "SecretStore.h"
#include "SettingKeys.h"
#include "Settings.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

QString tr(const char *text)
{
    // lupdate files tr() calls in free functions under the namespace, so that context is looked up.
    return QCoreApplication::translate("Sluice", text);
}

/// The secret key for the target, or an empty string with *error set.
QString keyFor(const QStringList &target, Settings &settings, QString *error)
{
    if (target.size() == 1 && target.at(0) == "smarthost"_L1) {
        const QString account = settings.stringValue(Keys::SmarthostAccount);
        QString host;
        quint16 port = 0;
        if (!EmailDomainEntry::parseHostPort(settings.stringValue(Keys::Smarthost), &host, &port, error))
            return {};
        if (account.isEmpty()) {
            *error = tr("Set delivery.smarthost_account first.");
            return {};
        }
        return SecretKey::smtpAuth(host, account);
    }
    if (target.size() == 1 && target.at(0) == "dialup"_L1) {
        const QString key = LinkBinder::dialupSecretKey(settings);
        if (key.isEmpty())
            *error = tr("Set dialup.account (and dialup.profile) first.");
        return key;
    }
    if (target.size() == 1 && target.at(0) == "retrieval"_L1) {
        const QString key = LinkBinder::retrievalSecretKey(settings);
        if (key.isEmpty())
            *error = tr("Retrieval uses the smarthost's password unless retrieval.auth and retrieval.account "
                        "are set.");
        return key;
    }
    if (target.size() == 2 && target.at(0) == "domain"_L1) {
        const QString domain = target.at(1).toLower();
        for (const EmailDomainEntry &entry : EmailDomainTable(&settings).entries()) {
            if (entry.domain != domain)
                continue;
            if (entry.account.isEmpty()) {
                *error = tr("The e-mail domain %1 has no account; add one with --account.").arg(domain);
                return {};
            }
            return entry.secretKey();
        }
        *error = tr("There is no e-mail domain %1.").arg(domain);
        return {};
    }
    *error = tr("Usage: sluice password set|delete smarthost | domain NAME | dialup | retrieval  (the "
                "password is read from standard input)");
    return {};
}

} // namespace

int runPasswordCommand(const QStringList &arguments, Settings &settings, SecretStore &secrets,
                       QTextStream &in, QTextStream &err)
{
    const QString verb = arguments.value(0);
    QString error;
    const QString key =
        (verb == "set"_L1 || verb == "delete"_L1) ? keyFor(arguments.mid(1), settings, &error) : QString();
    if (key.isEmpty()) {
        err << (error.isEmpty() ? keyFor({}, settings, &error), error : error) << Qt::endl;
        return 2;
    }
    QEventLoop loop;
    bool ok = false;
    SecretError failure;
    auto done = [&](bool success, const SecretError &problem) {
        ok = success;
        failure = problem;
        loop.quit();
    };
    if (verb == "set"_L1) {
        const QString password = in.readLine();
        if (password.isEmpty()) {
            err << tr("No password on standard input.") << Qt::endl;
            return 2;
        }
        secrets.writeSecret(key, password, &loop, done);
    } else {
        secrets.deleteSecret(key, &loop, done);
    }
    loop.exec();
    if (!ok) {
        err << failure.message << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace Sluice
