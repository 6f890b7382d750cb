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
    // lupdate files tr() calls in free functions under the namespace, so that context is looked up.
    return QCoreApplication::translate("Sluice", text);
}

} // namespace

bool isControlCommand(const QString &command)
{
    static const QStringList commands = {u"connect-now"_s, u"hang-up"_s, u"status"_s,
                                         u"pause"_s,       u"resume"_s,  u"reload"_s};
    return commands.contains(command);
}

QString controlSocketPath(const QString &dataDirectory)
{
    return dataDirectory + u"/control.sock"_s;
}

CommandAnswer sendControlRequest(const QString &dataDirectory, const ControlRequest &request)
{
    CommandAnswer result;
    QLocalSocket socket;
    socket.connectToServer(controlSocketPath(dataDirectory));
    if (!socket.waitForConnected(AnswerTimeoutMs)) {
        result.error = tr("Sluice is not running on %1 (%2).").arg(dataDirectory, socket.errorString());
        return result;
    }
    socket.write(request.toLine() + '\n');
    QByteArray answer;
    // The engine answers and closes; read until it has.
    while (socket.state() == QLocalSocket::ConnectedState && socket.waitForReadyRead(AnswerTimeoutMs))
        answer += socket.readAll();
    answer += socket.readAll();
    if (answer.startsWith("ok\n")) {
        result.status = CommandAnswer::Status::Ok;
        result.body = answer.mid(3);
        return result;
    }
    result.status = CommandAnswer::Status::Refused;
    result.error = answer.isEmpty() ? tr("Sluice did not answer.") : QString::fromUtf8(answer).trimmed();
    return result;
}

int runControlCommand(const QString &dataDirectory, const QString &command, QTextStream &out,
                      QTextStream &err)
{
    ControlRequest request;
    request.verb = command.toUtf8();
    return printControlAnswer(sendControlRequest(dataDirectory, request), out, err);
}

int reportControlFailure(const CommandAnswer &answer, QTextStream &err)
{
    err << answer.error << Qt::endl;
    return answer.status == CommandAnswer::Status::NotRunning ? 3 : 1;
}

int printControlAnswer(const CommandAnswer &answer, QTextStream &out, QTextStream &err)
{
    if (answer.status != CommandAnswer::Status::Ok)
        return reportControlFailure(answer, err);
    out << QString::fromUtf8(answer.body) << Qt::flush;
    return 0;
}

} // namespace Sluice
