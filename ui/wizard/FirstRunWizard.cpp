// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirstRunWizard.h"

#include "ConnectionWizardPage.h"
#include "ConsoleContext.h"
#include "DomainsWizardPage.h"
#include "ProviderWizardPage.h"
#include "RetrievalWizardPage.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "SummaryWizardPage.h"
#include "WelcomeWizardPage.h"
#include "dial/ProfileDiscovery.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QWhatsThis>

using namespace Qt::StringLiterals;

namespace Sluice {

FirstRunWizard::FirstRunWizard(ConsoleContext *context, QWidget *parent)
    : FirstRunWizard(context, ProfileDiscovery::discover(), parent)
{}

FirstRunWizard::FirstRunWizard(ConsoleContext *context, const QList<ConnectionProfile> &profiles,
                               QWidget *parent)
    : QWizard(parent)
    , m_context(context)
    , m_domains(new DomainsWizardPage(context, this))
    , m_provider(new ProviderWizardPage(context, this))
    , m_retrieval(new RetrievalWizardPage(context, m_domains, m_provider, this))
    , m_connection(new ConnectionWizardPage(context, profiles, this))
    , m_summary(new SummaryWizardPage(context, this))
{
    setWindowTitle(tr("Sluice Setup Wizard"));
    setAccessibleName(tr("Sluice setup wizard"));
    setOption(QWizard::HaveHelpButton);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::HelpButton, tr("What's This?"));
    connect(this, &QWizard::helpRequested, this, [] { QWhatsThis::enterWhatsThisMode(); });
    m_pages = {
        new WelcomeWizardPage(context, this), m_domains, m_provider, m_retrieval, m_connection, m_summary};
    for (int id = 0; id < m_pages.size(); ++id)
        setPage(id, m_pages.at(id));
    setStartId(WelcomePage);
    // Word-wrapped explanations give the pages no reliable minimum height: start large enough for the
    // tallest page (mail retrieval) rather than squeezing it.
    resize(680, 760);
    connect(m_context, &ConsoleContext::keychainUnavailable, this, &FirstRunWizard::askAboutKeychain);
}

FirstRunPlan FirstRunWizard::plan() const
{
    FirstRunPlan result;
    for (const FirstRunPage *page : m_pages)
        page->addTo(&result);
    return result;
}

void FirstRunWizard::accept()
{
    if (m_saving)
        return;
    // Pages are complete before Finish is enabled; check again in case an earlier page was changed
    // through Back without being left through Next.
    for (FirstRunPage *page : std::as_const(m_pages)) {
        if (const QList<WizardProblem> problems = page->problems(); !problems.isEmpty()) {
            fail(tr("Nothing was saved: %1").arg(problems.constFirst().message));
            return;
        }
    }
    const FirstRunPlan planned = plan();
    if (const QString error = planned.write(m_context->settings()); !error.isEmpty()) {
        fail(tr("Saving stopped: %1").arg(error));
        return;
    }
    // The keys depend on the host and account just written: computed now, as the engine will.
    QList<std::pair<QString, QString>> secrets;
    for (const FirstRunPlan::Secret &secret : planned.secrets())
        secrets.append({FirstRunPlan::secretKey(secret.target, *m_context->settings()), secret.password});
    m_saving = true;
    m_summary->showStatus(tr("Saving…"), false);
    storeSecrets(secrets);
}

void FirstRunWizard::storeSecrets(QList<std::pair<QString, QString>> pending)
{
    if (pending.isEmpty()) {
        finishSaving();
        return;
    }
    const auto [key, password] = pending.takeFirst();
    m_context->storeSecret(key, password, this, [this, pending](bool ok, const QString &error) {
        if (!ok) {
            fail(tr("The settings were saved, but the password was not: %1").arg(error));
            return;
        }
        storeSecrets(pending);
    });
}

void FirstRunWizard::finishSaving()
{
    m_saving = false;
    if (const QString error = m_context->settings()->setText(Keys::FirstRunDone, u"true"_s);
        !error.isEmpty()) {
        fail(error);
        return;
    }
    m_context->secretsChanged(); // a running engine reads settings and passwords again
    m_summary->showStatus(tr("Saved."), false);
    Q_EMIT saved();
    QWizard::accept();
}

void FirstRunWizard::fail(const QString &message)
{
    m_saving = false;
    if (currentId() != SummaryPage) {
        // Only reachable through accept() called directly; show the message where it is read.
        auto *box = new QMessageBox(QMessageBox::Warning, windowTitle(), message, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    m_summary->showStatus(message, true);
}

void FirstRunWizard::askAboutKeychain(const QString &reason)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("No keychain available"),
                                tr("Sluice could not reach a keychain to store the password (%1).\n\n"
                                   "It can keep passwords in a file in its data folder instead, readable "
                                   "only by you, but not encrypted. Store passwords in that file?")
                                    .arg(reason),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(u"keychainQuestion"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, m_context,
            [context = m_context](int result) { context->useFileStore(result == QMessageBox::Yes); });
    box->open();
}

} // namespace Sluice
