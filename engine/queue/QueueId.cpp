// SPDX-License-Identifier: GPL-3.0-or-later
#include "queue/QueueId.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QRandomGenerator>

namespace Sluice {

QString nextQueueId()
{
    static QAtomicInteger<quint32> counter;
    const quint32 sequence = counter.fetchAndAddRelaxed(1) % (36 * 36 * 36);
    const quint32 random = QRandomGenerator::global()->bounded(36u * 36u * 36u);
    const QString time = QString::number(QDateTime::currentMSecsSinceEpoch(), 36).toUpper();
    return time + QString::number(sequence, 36).toUpper().rightJustified(3, u'0') +
           QString::number(random, 36).toUpper().rightJustified(3, u'0');
}

} // namespace Sluice
