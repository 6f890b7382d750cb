// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetrievalRunner.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Sluice::Test {

QByteArray meaningName(RetrievalReply::Meaning meaning)
{
    using Meaning = RetrievalReply::Meaning;
    switch (meaning) {
    case Meaning::Started:
        return "Started"_ba;
    case Meaning::NothingWaiting:
        return "NothingWaiting"_ba;
    case Meaning::Refused:
        return "Refused"_ba;
    case Meaning::NotSupported:
        return "NotSupported"_ba;
    case Meaning::AuthRequired:
        return "AuthRequired"_ba;
    case Meaning::Failed:
        break;
    }
    return "Failed"_ba;
}

QByteArray RetrievalRun::meanings() const
{
    QList<QByteArray> parts;
    for (const RetrievalReply &reply : outcome.replies)
        parts.append(QByteArray::number(reply.reply.code) + ':' + meaningName(reply.meaning));
    return parts.join(' ');
}

RetrievalSettings retrievalSettings(RetrievalSettings::Method method, quint16 port,
                                    const QStringList &domains)
{
    RetrievalSettings settings;
    settings.method = method;
    settings.domains = domains;
    settings.host = u"127.0.0.1"_s;
    settings.port = port;
    settings.heloName = u"sluice.test.example"_s;
    return settings;
}

RetrievalRun runRetrieval(const RetrievalSettings &settings, SmtpServer *reverseServer, int timeoutMs,
                          int cancelAfterMs)
{
    RetrievalRun run;
    ProviderRetrieval retrieval;
    QObject::connect(&retrieval, &ProviderRetrieval::commandSent, &retrieval,
                     [&run] { ++run.commandSentSignals; });
    QObject::connect(&retrieval, &ProviderRetrieval::rolesReversed, &retrieval,
                     [&run] { ++run.rolesReversedSignals; });
    QObject::connect(&retrieval, &ProviderRetrieval::finished, &retrieval,
                     [&run](const RetrievalOutcome &outcome) {
                         ++run.finishedSignals;
                         run.finished = true;
                         run.outcome = outcome;
                     });
    if (cancelAfterMs >= 0)
        QTimer::singleShot(cancelAfterMs, &retrieval, [&retrieval] { retrieval.cancel(); });
    retrieval.start(settings, reverseServer);
    if (!QTest::qWaitFor([&run] { return run.finished; }, timeoutMs))
        retrieval.cancel(); // the test fails on run.finished; nothing is left running
    QTest::qWait(50);
    run.transcript = run.outcome.transcript.toText();
    return run;
}

bool Office::start(QString *error)
{
    if (!m_dir.isValid()) {
        *error = u"no temporary folder"_s;
        return false;
    }
    EngineConfig config;
    config.smtp.hostName = u"mx.test.example"_s;
    config.smtp.listenAddress = QHostAddress(QHostAddress::LocalHost);
    config.smtp.listenPort = 0;
    config.smtp.relayNetworks = NetworkList();
    config.local.localDomains = {u"test.example"_s};
    config.local.mailRoot = m_dir.filePath(u"mail"_s);
    // Local mailboxes are folders: someone@test.example exists, nobody else does.
    QDir().mkpath(config.local.mailRoot + u"/someone"_s);
    return m_engine.start(m_dir.filePath(u"queue"_s), config, error);
}

QList<QByteArray> Office::delivered(const QString &mailbox) const
{
    QList<QByteArray> messages;
    const QDir folder(m_dir.filePath(u"mail/"_s + mailbox + u"/new"_s));
    for (const QString &name : folder.entryList(QDir::Files, QDir::Time | QDir::Reversed)) {
        QFile file(folder.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            messages.append(file.readAll());
    }
    return messages;
}

QByteArray providerDelivers(const QByteArray &subject)
{
    return R"(
    S: MAIL FROM:<sender@far.example>
    A: 250 2.1.0
    S: RCPT TO:<someone@test.example>
    A: 250 2.1.5
    S: DATA
    A: 354
    S: Subject: )"_ba +
           subject + R"(
    S:
    S: Held at the provider until now.
    S: .
    A: 250 2.0.0 Ok: queued as
)"_ba;
}

} // namespace Sluice::Test
