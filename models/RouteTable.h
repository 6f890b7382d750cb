// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

namespace Sluice {

class Settings;

/// One row of the Routing page's reroute table (applied when routing.reroute is on): mail "Sent to" a
/// domain is accepted from any client and delivered towards "Route to" instead of the domain's own MX.
/// sentTo "example.com" matches the domain and its subdomains (the most specific row wins);
/// "#example.com" matches that domain exactly. routeTo is a domain (its MX is used) or HOST:PORT / [IP].
/// The Routing page's "accepted as inbound" rows are routing.local_domains, not this table.
struct RouteEntry
{
    Q_DECLARE_TR_FUNCTIONS(Sluice::RouteTable)
public:
    QString sentTo;  ///< lower case; optional leading '#'
    QString routeTo; ///< lower case domain, or HOST[:PORT]

    QString validate() const; ///< empty when valid, else a translated reason
    bool exact() const { return sentTo.startsWith(u'#'); }
    QString domain() const { return exact() ? sentTo.mid(1) : sentTo; }
    bool operator==(const RouteEntry &other) const
    {
        return sentTo == other.sentTo && routeTo == other.routeTo;
    }
};

/// The reroute table in the configuration database.
class RouteTable : public QObject
{
    Q_OBJECT
public:
    explicit RouteTable(Settings *settings, QObject *parent = nullptr);

    QList<RouteEntry> entries() const; ///< sorted by sentTo
    static QList<RouteEntry> read(const Settings &settings);
    QString put(const RouteEntry &entry); ///< adds or replaces by sentTo; returns a translated error
    QString remove(const QString &sentTo);

Q_SIGNALS:
    void changed(); ///< through this object or another process

private:
    Settings *m_settings;
};

} // namespace Sluice
