// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

namespace Sluice {

class Settings;

/// One row of the E-Mail Domain list (Connections page, "E-Mail Domain..."): how mail for a domain
/// leaves, and how that connection is secured. The password for account lives in the secret store
/// under secretKey(), never here.
struct EmailDomainEntry
{
    Q_DECLARE_TR_FUNCTIONS(Sluice::EmailDomainTable)
public:
    QString domain;       ///< lower case, no trailing dot; also matches its subdomains
    bool forward = false; ///< forward to host:port instead of using DNS
    QString host;
    quint16 port = 25;
    QString tls = QStringLiteral("opportunistic"); ///< opportunistic | required
    QString pinnedSha256; ///< lower-case hex SHA-256 of a self-signed provider certificate, or empty
    QString auth = QStringLiteral("none"); ///< none | any | login | plain | cram-md5
    QString account;
    bool plaintextAuth = false; ///< allow PLAIN/LOGIN without TLS for this host
    bool hold = false;          ///< "Queue messages for ETRN" (provider side)

    /// Empty when the entry is valid, else a translated reason naming the bad field.
    QString validate() const;
    QString secretKey() const;

    static const QStringList &tlsChoices();
    static const QStringList &authChoices();
    /// Parses "host" or "host:port" ("[v6]:port" for IPv6); false with a translated reason.
    static bool parseHostPort(const QString &text, QString *host, quint16 *port, QString *error);
    static bool isValidHost(const QString &host);
    bool operator==(const EmailDomainEntry &other) const
    {
        return domain == other.domain && forward == other.forward && host == other.host &&
               port == other.port && tls == other.tls && pinnedSha256 == other.pinnedSha256 &&
               auth == other.auth && account == other.account && plaintextAuth == other.plaintextAuth &&
               hold == other.hold;
    }
};

/// The E-Mail Domain list in the configuration database, beside the settings.
class EmailDomainTable : public QObject
{
    Q_OBJECT
public:
    explicit EmailDomainTable(Settings *settings, QObject *parent = nullptr);

    QList<EmailDomainEntry> entries() const; ///< sorted by domain
    /// Adds or replaces the entry for entry.domain after validating it; returns a translated error.
    QString put(const EmailDomainEntry &entry);
    QString remove(const QString &domain);

Q_SIGNALS:
    void changed(); ///< through this object or another process

private:
    Settings *m_settings;
};

} // namespace Sluice
