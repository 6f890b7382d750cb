// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace Sluice::Bench {

/// The mail server under load: started on a fresh folder, it accepts on 127.0.0.1:port(), delivers
/// the local domain's mailboxes as Maildirs under mailRoot() and relays the remote domain to the
/// benchmark's sink.
class LoadTarget
{
public:
    explicit LoadTarget(const QString &name);
    virtual ~LoadTarget();
    LoadTarget(const LoadTarget &) = delete;
    LoadTarget &operator=(const LoadTarget &) = delete;

    QString name() const { return m_name; }
    /// False (with *error) when the target could not be set up; *missingPrerequisite says whether
    /// that was for want of something on this machine rather than a failure.
    virtual bool start(quint16 sinkPort, QString *error, bool *missingPrerequisite) = 0;
    virtual void stop() = 0;
    virtual quint16 port() const = 0;
    virtual QString mailRoot() const = 0;
    /// The process to sample, and whether its children count too.
    virtual qint64 pid() const = 0;
    virtual bool withChildren() const = 0;
    /// Empty while the target runs; what went wrong once it died.
    virtual QString deathNote() const { return {}; }
    /// Where its logs and data are (kept with --keep).
    QString folder() const { return m_folder.path(); }
    void keepFolder() { m_folder.setAutoRemove(false); }

    static const QByteArrayList &mailboxes();
    static QByteArray localDomain() { return QByteArrayLiteral("local.example"); }
    static QByteArray remoteDomain() { return QByteArrayLiteral("remote.example"); }

protected:
    QTemporaryDir m_folder;

private:
    QString m_name;
};

/// The real `sluice --headless`, configured through `sluice config set` (the settings are listed in
/// tests/bench/README.md, "Load benchmark").
class SluiceTarget : public LoadTarget
{
public:
    explicit SluiceTarget(const QString &binary);
    ~SluiceTarget() override;

    bool start(quint16 sinkPort, QString *error, bool *missingPrerequisite) override;
    void stop() override;
    quint16 port() const override { return m_port; }
    QString mailRoot() const override;
    qint64 pid() const override { return m_process.processId(); }
    bool withChildren() const override { return false; }
    QString deathNote() const override;
    QString dataFolder() const;

private:
    bool configure(const QString &key, const QString &value, QString *error);

    QString m_binary;
    QProcess m_process;
    quint16 m_port = 0;
};

/// A private Postfix instance set up and started by tests/bench/load_postfix.sh.
class PostfixTarget : public LoadTarget
{
public:
    explicit PostfixTarget(const QString &script);
    ~PostfixTarget() override;

    bool start(quint16 sinkPort, QString *error, bool *missingPrerequisite) override;
    void stop() override;
    quint16 port() const override { return m_port; }
    QString mailRoot() const override;
    qint64 pid() const override { return m_masterPid; }
    bool withChildren() const override { return true; }
    QString deathNote() const override;

private:
    QString m_script;
    quint16 m_port = 0;
    qint64 m_masterPid = 0;
    bool m_started = false;
};

} // namespace Sluice::Bench
