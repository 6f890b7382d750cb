// SPDX-License-Identifier: GPL-3.0-or-later
// The Security page's outbound mail host group, its secret store group, and how the page loads,
// validates and saves. The server, ETRN and ATRN groups are in SecurityPageServer.cpp.
#include "SecurityPage.h"

#include "ConsoleContext.h"
#include "EmailDomainTable.h"
#include "SecretStore.h"
#include "SecretStoreFactory.h"
#include "ServerAccountModel.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "widgets/FormFields.h"
#include "widgets/InlineMessage.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Sluice {

SecurityPage::SecurityPage(ConsoleContext *context, QWidget *parent)
    : PropertyPage(context, parent)
    , m_accounts(new ServerAccountModel(context->accounts(), this))
{
    auto *columns = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    columns->addLayout(left);
    columns->addLayout(right);
    left->addWidget(buildSmarthostGroup());
    left->addWidget(buildSecretStoreGroup());
    left->addStretch();
    right->addWidget(buildServerGroup());
    right->addWidget(buildEtrnGroup());
    right->addStretch();
    connect(this, &PropertyPage::edited, this, &SecurityPage::updateEnabled);
    connect(settings(), &Settings::changed, this, [this](const QString &key) {
        // The sheet's keychain question may switch to the file store after a save: show it.
        if (key == Keys::SecretsStore)
            showStoredSecretStore();
    });
}

SecurityPage::~SecurityPage() = default;

QString SecurityPage::title() const
{
    return tr("Securit&y");
}

QGroupBox *SecurityPage::buildSmarthostGroup()
{
    auto *group = new QGroupBox(tr("Outbound mail host (smarthost)"), this);
    auto *form = new QFormLayout(group);
    m_smarthostTls = new QComboBox(group);
    m_smarthostTls->addItem(tr("Use TLS when offered"), u"opportunistic"_s);
    m_smarthostTls->addItem(tr("Require TLS"), u"required"_s);
    bindings()->bind(
        m_smarthostTls, Keys::SmarthostTls,
        FormFields::addRow(form, tr("&TLS:"), m_smarthostTls,
                           tr("Whether mail to the outbound mail host must be encrypted"),
                           tr("“Use TLS when offered” encrypts whenever the host offers STARTTLS. "
                              "“Require TLS” never sends mail or passwords unencrypted: without "
                              "STARTTLS and a valid certificate the mail waits in the queue.")));
    m_smarthostPin = new QLineEdit(group);
    m_smarthostPin->setPlaceholderText(tr("SHA-256 fingerprint, for a self-signed certificate"));
    InlineMessage *pinMessage = FormFields::addRow(
        form, tr("&Pinned certificate:"), m_smarthostPin,
        tr("The SHA-256 fingerprint of the host's own certificate"),
        tr("For a provider with a self-signed certificate: its SHA-256 fingerprint (64 hexadecimal digits; "
           "colons and spaces, as openssl prints it, are fine). That certificate is then accepted; any other "
           "must be valid as usual."));
    // Accept the fingerprint as tools print it ("AB:CD:..."); the setting keeps bare lower-case hex.
    bindings()->bindCustom(
        m_smarthostPin, Keys::SmarthostPin,
        [this] { return m_smarthostPin->text().remove(u':').remove(u' ').toLower(); },
        [this](const QString &text) { m_smarthostPin->setText(text); }, pinMessage);
    connect(m_smarthostPin, &QLineEdit::textChanged, this, &PropertyPage::edited);
    m_smarthostAuth = new QComboBox(group);
    m_smarthostAuth->addItem(tr("No authentication"), u"none"_s);
    m_smarthostAuth->addItem(tr("Any offered"), u"any"_s);
    m_smarthostAuth->addItem(tr("AUTH LOGIN"), u"login"_s);
    m_smarthostAuth->addItem(tr("AUTH PLAIN"), u"plain"_s);
    m_smarthostAuth->addItem(tr("CRAM-MD5"), u"cram-md5"_s);
    bindings()->bind(
        m_smarthostAuth, Keys::SmarthostAuth,
        FormFields::addRow(form, tr("&Authentication:"), m_smarthostAuth,
                           tr("How Sluice logs in to the outbound mail host"),
                           tr("Most providers want a login before they relay mail. “Any offered” "
                              "picks the best method the host offers; the IMS sent AUTH LOGIN.")));
    m_smarthostAccount = new QLineEdit(group);
    m_smarthostAccountMessage =
        FormFields::addRow(form, tr("A&ccount:"), m_smarthostAccount,
                           tr("The account name at the outbound mail host"), QString());
    bindings()->bind(m_smarthostAccount, Keys::SmarthostAccount, m_smarthostAccountMessage);
    m_smarthostPassword = new QLineEdit(group);
    m_smarthostPassword->setEchoMode(QLineEdit::Password);
    FormFields::addRow(
        form, tr("Pass&word:"), m_smarthostPassword, tr("The password of that account"),
        tr("Kept in the keychain (or the password file), never in the settings. Leave it empty "
           "to keep the stored password."));
    connect(m_smarthostPassword, &QLineEdit::textChanged, this, &PropertyPage::edited);
    m_smarthostPlaintext = new QCheckBox(tr("Allow AUTH in clear te&xt to this host"), group);
    FormFields::describe(m_smarthostPlaintext,
                         tr("Send the password without TLS if the host offers no STARTTLS"),
                         tr("Lets AUTH LOGIN and PLAIN send the password readable over the network when the "
                            "host does not offer TLS. Only for a host on your own network."));
    bindings()->bind(m_smarthostPlaintext, Keys::SmarthostPlaintextAuth);
    form->addRow(m_smarthostPlaintext);
    auto *hint =
        new QLabel(tr("Per-domain security is set in each E-Mail Domain entry (Connections page)."), group);
    hint->setWordWrap(true);
    form->addRow(hint);
    return group;
}

QGroupBox *SecurityPage::buildSecretStoreGroup()
{
    auto *group = new QGroupBox(tr("Where passwords are kept"), this);
    auto *layout = new QVBoxLayout(group);
    m_keychain = new QRadioButton(tr("In the desktop's &keychain"), group);
    m_keychain->setProperty("choice", u"keychain"_s);
    FormFields::describe(
        m_keychain, tr("GNOME Keyring, KWallet or another Secret Service keychain"),
        tr("The passwords are encrypted by the desktop's keychain and unlocked when you log in. "
           "Use this wherever a keychain runs."));
    m_fileStore = new QRadioButton(tr("In a password &file in the data folder (not encrypted)"), group);
    m_fileStore->setProperty("choice", u"file"_s);
    FormFields::describe(m_fileStore, tr("For a server without a keychain"),
                         tr("The passwords are kept in a file that only your user can read, but they are not "
                            "encrypted: anyone with access to your account or its backups can read them."));
    auto *choices = new QButtonGroup(this);
    choices->addButton(m_keychain);
    choices->addButton(m_fileStore);
    bindings()->bind(choices, Keys::SecretsStore);
    connect(m_fileStore, &QRadioButton::clicked, this, &SecurityPage::askAboutFileStore);
    m_storeExplanation = new QLabel(group);
    m_storeExplanation->setWordWrap(true);
    m_storeExplanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_keychain);
    layout->addWidget(m_fileStore);
    layout->addWidget(m_storeExplanation);
    return group;
}

void SecurityPage::askAboutFileStore()
{
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Keep passwords in a file?"),
                        tr("The password file is readable only by you, but it is not encrypted: anyone "
                           "who can read your files or their backups can read the passwords.\n\n"
                           "Passwords already in the keychain stay there; type them again after "
                           "switching. Keep passwords in the file?"),
                        QMessageBox::Yes | QMessageBox::No, this);
    box->setDefaultButton(QMessageBox::No);
    box->setObjectName(u"fileStoreQuestion"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result != QMessageBox::Yes)
            m_keychain->setChecked(true);
    });
    box->open();
}

void SecurityPage::showStoredSecretStore()
{
    const bool file = settings()->stringValue(Keys::SecretsStore) == u"file"_s;
    const QString dataFolder = QFileInfo(settings()->databasePath()).absolutePath();
    m_storeExplanation->setText(file ? tr("In use now: the password file %1 (owner-only, not encrypted).")
                                           .arg(secretsFilePath(dataFolder))
                                     : tr("In use now: the desktop's keychain. If none is running when a "
                                          "password is saved, Sluice asks "
                                          "before using the file instead."));
    (file ? m_fileStore : m_keychain)->setChecked(true);
}

void SecurityPage::updateEnabled()
{
    const bool auth = m_smarthostAuth->currentData().toString() != u"none"_s;
    m_smarthostAccount->setEnabled(auth);
    m_smarthostPassword->setEnabled(auth);
    m_smarthostPlaintext->setEnabled(auth);
    const bool etrn = m_etrnEnabled->isChecked();
    for (QAbstractButton *button : m_etrnAccess->buttons())
        button->setEnabled(etrn);
    m_etrnHosts->setEnabled(etrn && etrnAccessButton(u"listed"_s)->isChecked());
    m_atrnListen->setEnabled(m_atrnEnabled->isChecked());
}

QString SecurityPage::smarthostSecretKey() const
{
    // The key the engine reads (EngineBinder::neededSecretKeys): the smarthost's host without its port.
    QString host;
    quint16 port = 0;
    QString error;
    EmailDomainEntry::parseHostPort(settings()->stringValue(Keys::Smarthost), &host, &port, &error);
    return SecretKey::smtpAuth(host, settings()->stringValue(Keys::SmarthostAccount));
}

void SecurityPage::load()
{
    PropertyPage::load();
    m_accounts->reload();
    m_accountPasswords.clear();
    m_smarthostPassword->clear();
    m_smarthostPassword->setPlaceholderText(QString());
    context()->readSecret(smarthostSecretKey(), this, [this](const QString &secret) {
        m_smarthostPassword->setPlaceholderText(secret.isEmpty() ? QString() : tr("(stored)"));
    });
    showStoredSecretStore();
    updateEnabled();
}

bool SecurityPage::hasChanges() const
{
    return PropertyPage::hasChanges() || m_accounts->hasChanges() || !m_smarthostPassword->text().isEmpty() ||
           !m_accountPasswords.isEmpty();
}

QList<PageProblem> SecurityPage::validate()
{
    QList<PageProblem> problems = PropertyPage::validate();
    const auto add = [&problems](InlineMessage *message, QWidget *field, const QString &text) {
        if (message->hasProblem())
            return; // the registry's own reason is shown already
        message->showProblem(text);
        problems.append({field, text});
    };
    if (m_smarthostAuth->currentData().toString() != u"none"_s &&
        m_smarthostAccount->text().trimmed().isEmpty())
        add(m_smarthostAccountMessage, m_smarthostAccount,
            tr("Give the account name the outbound mail host knows you by, or choose No authentication."));
    if (m_etrnEnabled->isChecked() && etrnAccessButton(u"listed"_s)->isChecked() &&
        m_etrnHosts->text().trimmed().isEmpty())
        add(m_etrnHostsMessage, m_etrnHosts,
            tr("List the hosts or networks that may send ETRN, such as 192.0.2.7 or 198.51.100.0/24."));
    if (m_atrnEnabled->isChecked() && m_atrnListen->text().trimmed().isEmpty())
        add(m_atrnMessage, m_atrnListen, tr("Give the address and port to accept ATRN on, such as *:366."));
    // The sheet focuses the first problem: keep them in the order of the fields on the page.
    const QList<const QWidget *> order{m_smarthostTls, m_smarthostPin, m_smarthostAuth, m_smarthostAccount,
                                       m_etrnHosts,    m_holdTimeout,  m_atrnListen};
    std::stable_sort(problems.begin(), problems.end(), [&order](const PageProblem &a, const PageProblem &b) {
        return order.indexOf(a.field) < order.indexOf(b.field);
    });
    return problems;
}

QString SecurityPage::save()
{
    // Settings first: a changed secrets.store switches ConsoleContext's store before the passwords below.
    if (const QString error = PropertyPage::save(); !error.isEmpty())
        return error;
    const QStringList removed = m_accounts->removedNames();
    if (const QString error = m_accounts->save(); !error.isEmpty())
        return error;
    for (const QString &name : removed)
        context()->storeSecret(SecretKey::serverAccount(name), QString(), this, {});
    storePasswords();
    return {};
}

void SecurityPage::storePasswords()
{
    if (const QString password = m_smarthostPassword->text(); !password.isEmpty()) {
        context()->storeSecret(smarthostSecretKey(), password, this, [this](bool ok, const QString &) {
            if (ok)
                m_smarthostPassword->setPlaceholderText(tr("(stored)"));
        });
        m_smarthostPassword->clear();
    }
    for (auto it = m_accountPasswords.cbegin(); it != m_accountPasswords.cend(); ++it) {
        if (m_accounts->rowOfKey(it.key()) >= 0)
            context()->storeSecret(SecretKey::serverAccount(it.key()), it.value(), this, {});
    }
    m_accountPasswords.clear();
}

} // namespace Sluice
