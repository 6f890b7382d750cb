// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace Sluice {

/// Begins a write transaction on construction and rolls it back on destruction unless commit()
/// succeeded, so that every early return of a multi-statement change leaves the database as it was.
///
/// "BEGIN IMMEDIATE" takes the write lock up front: two processes opening the same file at once then
/// queue on the busy timeout instead of both reading the schema version and failing half-way.
class SqlTransaction
{
public:
    explicit SqlTransaction(const QSqlDatabase &database)
        : m_database(database)
    {
        m_active = run(QStringLiteral("BEGIN IMMEDIATE"));
    }

    ~SqlTransaction()
    {
        if (m_active)
            run(QStringLiteral("ROLLBACK"));
    }

    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    /// False when BEGIN failed (database locked past the busy timeout, read-only file); see errorText().
    bool isActive() const { return m_active; }

    bool commit()
    {
        if (!m_active)
            return false;
        if (!run(QStringLiteral("COMMIT")))
            return false; // still active: the destructor rolls back
        m_active = false;
        return true;
    }

    /// The database's reason for the last failed BEGIN or COMMIT.
    QString errorText() const { return m_errorText; }

private:
    bool run(const QString &statement)
    {
        QSqlQuery query(m_database);
        if (query.exec(statement))
            return true;
        m_errorText = query.lastError().text();
        return false;
    }

    QSqlDatabase m_database;
    QString m_errorText;
    bool m_active = false;
};

} // namespace Sluice
