// SPDX-License-Identifier: GPL-3.0-or-later
#include "ControlCommand.h"

#include <QCoreApplication>
#include <QLocalSocket>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

constexpr int AnswerTimeoutMs = 10000;

QString tr(const char *text)
{
    return QCoreApplication::translate("Sluice::ControlCommand", text);
}

} // namespace

QString controlSocketPath(const QString &dataDirectory)
{
    return dataDirectory + u"/control.sock"_s;
}

int runControlCommand(const QString &dataDirectory, const QString &command, QTextStream &out,
                      QTextStream &err)
{
    QLocalSocket socket;
    socket.connectToServer(controlSocketPath(dataDirectory));
    if (!socket.waitForConnected(AnswerTimeoutMs)) {
        err << tr("Sluice is not running on %1 (%2).").arg(dataDirectory, socket.errorString()) << Qt::endl;
        return 3;
    }
    socket.write(command.toUtf8() + '\n');
    QByteArray answer;
    // The engine answers and closes; read until it has.
    while (socket.state() == QLocalSocket::ConnectedState && socket.waitForReadyRead(AnswerTimeoutMs))
        answer += socket.readAll();
    answer += socket.readAll();
    if (answer.startsWith("ok\n")) {
        out << QString::fromUtf8(answer.mid(3)) << Qt::flush;
        return 0;
    }
    err << (answer.isEmpty() ? tr("Sluice did not answer.") : QString::fromUtf8(answer).trimmed())
        << Qt::endl;
    return 1;
}

} // namespace Sluice
