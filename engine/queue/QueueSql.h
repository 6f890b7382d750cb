// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Sluice::QueueSql {

/// "?, ?, ?" for n bound values.
inline QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

template<typename T> void bindAll(QSqlQuery &query, const QList<T> &values)
{
    for (const T &value : values)
        query.addBindValue(value);
}

} // namespace Sluice::QueueSql
