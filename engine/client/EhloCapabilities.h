// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "smtp/SmtpReply.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace Sluice {

/// The service extensions a server listed in its EHLO (or LHLO) reply, RFC 5321 4.1.1.1. Keywords are
/// compared case-insensitively. An empty set stands for HELO (no extensions may be used).
class EhloCapabilities
{
public:
    EhloCapabilities() = default;
    /// Every reply line after the first (which names the server) is one "keyword [params]".
    static EhloCapabilities fromReply(const SmtpReply &reply);

    QList<QByteArray> lines() const { return m_lines; }
    bool has(QByteArrayView keyword) const;
    /// The parameters after the keyword, split at spaces.
    QList<QByteArray> parameters(QByteArrayView keyword) const;
    /// RFC 1870: nullopt when SIZE is not offered, 0 when offered without a fixed limit.
    std::optional<qint64> sizeLimit() const;
    /// Upper-case SASL mechanism names from "AUTH ..." and the old "AUTH=..." form some servers still use.
    QList<QByteArray> authMechanisms() const;

private:
    static QByteArray keywordOf(const QByteArray &line);

    QList<QByteArray> m_lines;
};

} // namespace Sluice
