// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FirstRunPlan.h"

#include "dial/ConnectionProfile.h"

#include <QWizard>

namespace Sluice {

class ConnectionWizardPage;
class ConsoleContext;
class DomainsWizardPage;
class FirstRunPage;
class ProviderWizardPage;
class RetrievalWizardPage;
class SummaryWizardPage;

/// The first-run wizard, like the Small Business Server's Internet connection wizard: the office's
/// domains, the provider's mail host and login, how mail is collected, the connection and schedule,
/// then a summary. Every page starts from the current settings, so the wizard can be run again from
/// the menu. Finish writes the same settings the property pages edit (checked first, stopping with a
/// message at the first error), stores the passwords, and sets console.first_run_done.
class FirstRunWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { WelcomePage, DomainsPage, ProviderPage, RetrievalPage, ConnectionPage, SummaryPage };

    /// Lists the dial-up connections this machine knows (ProfileDiscovery) for the connection page.
    explicit FirstRunWizard(ConsoleContext *context, QWidget *parent = nullptr);
    /// With the connections given instead of discovered (tests, or a caller that has them already).
    FirstRunWizard(ConsoleContext *context, const QList<ConnectionProfile> &profiles,
                   QWidget *parent = nullptr);

    DomainsWizardPage *domainsPage() const { return m_domains; }
    ProviderWizardPage *providerPage() const { return m_provider; }
    RetrievalWizardPage *retrievalPage() const { return m_retrieval; }
    ConnectionWizardPage *connectionPage() const { return m_connection; }
    SummaryWizardPage *summaryPage() const { return m_summary; }

    /// What Finish will write, from the pages' current answers.
    FirstRunPlan plan() const;

public Q_SLOTS:
    /// Finish: writes the plan and the passwords; closes the wizard only when all was saved.
    void accept() override;

Q_SIGNALS:
    /// Everything was written; emitted before the wizard closes.
    void saved();

private:
    void storeSecrets(QList<std::pair<QString, QString>> pending);
    void finishSaving();
    void fail(const QString &message);
    void askAboutKeychain(const QString &reason);

    ConsoleContext *m_context;
    QList<FirstRunPage *> m_pages;
    DomainsWizardPage *m_domains;
    ProviderWizardPage *m_provider;
    RetrievalWizardPage *m_retrieval;
    ConnectionWizardPage *m_connection;
    SummaryWizardPage *m_summary;
    bool m_saving = false;
};

} // namespace Sluice
