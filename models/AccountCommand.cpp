// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountCommand.h"

#include "CommandOutput.h"
#include "SecretStore.h"
#include "ServerAccountTable.h"
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

void printUsage(QTextStream &err)
{
    err << tr("Usage:\n"
              "  sluice account list\n"
              "  sluice account add NAME [--domains DOMAIN,DOMAIN...]   (password on standard input)\n"
              "  sluice account remove NAME\n"
              "Accounts log in to Sluice's SMTP server (AUTH); the domains are what each may pull\n"
              "with ATRN or TURN. Adding an existing account replaces its domains and password.\n")
        << Qt::flush;
}

/// Runs one secret store operation to its end; false with *error set when it failed.
template<typename Start> bool waitForStore(Start start, QString *error)
{
    QEventLoop loop;
    bool ok = false;
    start(&loop, [&](bool success, const SecretError &problem) {
        ok = success;
        *error = problem.message;
        loop.quit();
    });
    loop.exec();
    return ok;
}

int add(const QStringList &arguments, ServerAccountTable &table, SecretStore &secrets, QTextStream &in,
        QTextStream &err)
{
    ServerAccountEntry entry;
    entry.name = arguments.value(0);
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) != "--domains"_L1 || i + 1 >= arguments.size()) {
            printUsage(err);
            return 2;
        }
        entry.domains += arguments.at(++i).split(u',', Qt::SkipEmptyParts);
    }
    const QString problem = entry.validate();
    if (!problem.isEmpty())
        return reportOutcome(err, problem, 2);
    const QString password = in.readLine();
    if (password.isEmpty()) {
        err << tr("No password on standard input.") << Qt::endl;
        return 2;
    }
    // The secret first: an account in the table without its password could never log in.
    const QString key = SecretKey::serverAccount(entry.name);
    QString error;
    if (!waitForStore([&](QObject *context, auto done) { secrets.writeSecret(key, password, context, done); },
                      &error)) {
        err << error << Qt::endl;
        return 1;
    }
    error = table.put(entry);
    if (!error.isEmpty())
        return reportOutcome(err, error, 1);
    return 0;
}

int remove(const QString &name, ServerAccountTable &table, SecretStore &secrets, QTextStream &err)
{
    QString error = table.remove(name);
    if (!error.isEmpty())
        return reportOutcome(err, error, 2);
    if (!waitForStore([&](QObject *context,
                          auto done) { secrets.deleteSecret(SecretKey::serverAccount(name), context, done); },
                      &error)) {
        err << tr("The account is removed, but its password could not be deleted: %1").arg(error) << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace

int runAccountCommand(const QStringList &arguments, Settings &settings, SecretStore &secrets, QTextStream &in,
                      QTextStream &out, QTextStream &err)
{
    ServerAccountTable table(&settings);
    const QString verb = arguments.value(0);
    if (verb == "list"_L1 && arguments.size() == 1) {
        // One line per account: its name, a tab, the domains it may pull ("-" for none).
        for (const ServerAccountEntry &entry : table.entries())
            out << entry.name << '\t' << (entry.domains.isEmpty() ? u"-"_s : entry.domains.join(u','))
                << '\n';
        out << Qt::flush;
        return 0;
    }
    if (verb == "add"_L1 && arguments.size() >= 2)
        return add(arguments.mid(1), table, secrets, in, err);
    if (verb == "remove"_L1 && arguments.size() == 2)
        return remove(arguments.at(1), table, secrets, err);
    printUsage(err);
    return 2;
}

} // namespace Sluice
