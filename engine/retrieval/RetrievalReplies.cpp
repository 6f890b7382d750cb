// SPDX-License-Identifier: GPL-3.0-or-later
#include "retrieval/RetrievalOutcome.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

using Meaning = RetrievalReply::Meaning;

QString tr(const char *text)
{
    // lupdate files tr() calls in free functions under the namespace, so that context is looked up.
    return QCoreApplication::translate("Sluice", text);
}

RetrievalReply make(const QString &node, const SmtpReply &reply, Meaning meaning, const QString &text)
{
    RetrievalReply result;
    result.node = node;
    result.reply = reply;
    result.meaning = meaning;
    result.text = text;
    return result;
}

// RFC 1985 gives "253 OK, <n> pending messages for node <x> started": the first number in the text.
int pendingCount(const SmtpReply &reply)
{
    static const QRegularExpression number(u"\\b(\\d{1,9})\\b"_s);
    const QRegularExpressionMatch match = number.match(QString::fromUtf8(reply.text()));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// A reply outside the command's own list: temporary or permanent, in words that show the code.
RetrievalReply unexpected(const QString &node, const SmtpReply &reply, const char *command)
{
    const QString words =
        tr("unexpected reply %1 to %2").arg(QString::number(reply.code), QString::fromLatin1(command));
    return make(node, reply, reply.isPermanentFailure() ? Meaning::Refused : Meaning::Failed, words);
}

} // namespace

RetrievalReply interpretEtrnReply(const QString &node, const SmtpReply &reply)
{
    switch (reply.code) {
    case 250:
        // Postfix says 250 whether or not anything is queued: mail may come, or not.
        return make(node, reply, Meaning::Started,
                    tr("the provider accepted ETRN for %1; held mail, if any, will follow").arg(node));
    case 251:
        return make(node, reply, Meaning::NothingWaiting, tr("no mail is waiting for %1").arg(node));
    case 252:
        return make(node, reply, Meaning::Started,
                    tr("the provider started delivering the mail waiting for %1").arg(node));
    case 253: {
        RetrievalReply result = make(node, reply, Meaning::Started, QString());
        result.waitingCount = pendingCount(reply);
        result.text = result.waitingCount >= 0
                          ? tr("the provider started delivering %1 message(s) waiting for %2")
                                .arg(QString::number(result.waitingCount), node)
                          : tr("the provider started delivering the mail waiting for %1").arg(node);
        return result;
    }
    case 458:
        return make(node, reply, Meaning::Refused,
                    tr("the provider cannot release the mail for %1 now (it may be busy with it)").arg(node));
    case 459:
        return make(node, reply, Meaning::Refused, tr("the provider does not allow ETRN for %1").arg(node));
    case 500:
    case 502:
        return make(node, reply, Meaning::NotSupported, tr("the provider does not accept ETRN"));
    case 501:
        return make(node, reply, Meaning::NotSupported,
                    tr("the provider does not accept \"%1\" as an ETRN node").arg(node));
    case 504:
        return make(node, reply, Meaning::NotSupported,
                    tr("the provider does not support this form of ETRN (%1)").arg(node));
    case 530:
        return make(node, reply, Meaning::AuthRequired,
                    tr("the provider wants authentication before ETRN; set up an account for it"));
    default:
        return unexpected(node, reply, "ETRN");
    }
}

RetrievalReply interpretAtrnReply(const QString &node, const SmtpReply &reply)
{
    const QString what = node.isEmpty() ? tr("this account") : node;
    switch (reply.code) {
    case 250:
        return make(node, reply, Meaning::Started,
                    tr("the provider is releasing the mail for %1 over this connection").arg(what));
    case 450:
        return make(node, reply, Meaning::Refused,
                    tr("ATRN for %1 is not permitted, or a release for it is already running").arg(what));
    case 451:
        return make(node, reply, Meaning::Failed,
                    tr("the provider could not check access to %1 now; try again later").arg(what));
    case 453:
        return make(node, reply, Meaning::NothingWaiting, tr("no mail is waiting for %1").arg(what));
    case 530:
        return make(node, reply, Meaning::AuthRequired, tr("the provider wants authentication before ATRN"));
    case 500:
    case 502:
        return make(node, reply, Meaning::NotSupported, tr("the provider does not accept ATRN"));
    default:
        return unexpected(node, reply, "ATRN");
    }
}

RetrievalReply interpretTurnReply(const SmtpReply &reply)
{
    switch (reply.code) {
    case 250:
        return make(QString(), reply, Meaning::Started,
                    tr("the provider accepted TURN and is releasing the mail over this connection"));
    case 500:
    case 502:
        return make(QString(), reply, Meaning::NotSupported, tr("the provider does not accept TURN"));
    case 530:
        return make(QString(), reply, Meaning::Refused,
                    tr("the provider refused TURN: it wants authentication first"));
    default:
        if (reply.isPermanentFailure())
            return make(QString(), reply, Meaning::Refused, tr("the provider refused TURN"));
        return unexpected(QString(), reply, "TURN");
    }
}

} // namespace Sluice
