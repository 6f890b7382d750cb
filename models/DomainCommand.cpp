// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainCommand.h"

#include "CommandOutput.h"
#include "EmailDomainTable.h"
#include "Settings.h"

#include <QCoreApplication>
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
              "  sluice domain list\n"
              "  sluice domain add NAME [--route HOST[:PORT]] [--tls opportunistic|required] [--pin SHA256]\n"
              "                         [--auth none|any|login|plain|cram-md5] [--account NAME]\n"
              "                         [--plaintext-auth] [--hold]\n"
              "  sluice domain remove NAME\n")
        << Qt::flush;
}

QString describe(const EmailDomainEntry &entry)
{
    QString route = u"dns"_s;
    if (entry.forward)
        route = (entry.host.contains(u':') ? u"[%1]:%2"_s : u"%1:%2"_s).arg(entry.host).arg(entry.port);
    return u"%1 route=%2 tls=%3 auth=%4 account=%5 plaintext-auth=%6 pin=%7 hold=%8"_s.arg(
        entry.domain, route, entry.tls, entry.auth, entry.account.isEmpty() ? u"-"_s : entry.account,
        entry.plaintextAuth ? u"yes"_s : u"no"_s, entry.pinnedSha256.isEmpty() ? u"-"_s : entry.pinnedSha256,
        entry.hold ? u"yes"_s : u"no"_s);
}

/// Fills entry from "--option value" pairs; returns a translated error.
QString applyOptions(const QStringList &options, EmailDomainEntry *entry)
{
    for (qsizetype i = 0; i < options.size(); ++i) {
        const QString &option = options.at(i);
        auto value = [&]() -> QString {
            return i + 1 < options.size() ? options.at(++i) : QString();
        };
        if (option == "--route"_L1) {
            QString error;
            if (!EmailDomainEntry::parseHostPort(value(), &entry->host, &entry->port, &error))
                return error;
            entry->forward = true;
        } else if (option == "--tls"_L1) {
            entry->tls = value().toLower();
        } else if (option == "--pin"_L1) {
            entry->pinnedSha256 = value().toLower().remove(u':');
        } else if (option == "--auth"_L1) {
            entry->auth = value().toLower();
        } else if (option == "--account"_L1) {
            entry->account = value();
        } else if (option == "--plaintext-auth"_L1) {
            entry->plaintextAuth = true;
        } else if (option == "--hold"_L1) {
            entry->hold = true;
        } else {
            return tr("Unknown option “%1”.").arg(option);
        }
    }
    return entry->validate();
}

} // namespace

int runDomainCommand(const QStringList &arguments, Settings &settings, QTextStream &out, QTextStream &err)
{
    EmailDomainTable table(&settings);
    const QString verb = arguments.value(0);
    if (verb == "list"_L1 && arguments.size() == 1) {
        for (const EmailDomainEntry &entry : table.entries())
            out << describe(entry) << '\n';
        out << Qt::flush;
        return 0;
    }
    if (verb == "add"_L1 && arguments.size() >= 2) {
        EmailDomainEntry entry;
        entry.domain = arguments.at(1).toLower();
        const QString problem = applyOptions(arguments.mid(2), &entry);
        if (!problem.isEmpty())
            return reportOutcome(err, problem, 2);
        return reportOutcome(err, table.put(entry), 1);
    }
    if (verb == "remove"_L1 && arguments.size() == 2) {
        return reportOutcome(err, table.remove(arguments.at(1)), 2);
    }
    printUsage(err);
    return 2;
}

} // namespace Sluice
