// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;

namespace Sluice {

class InlineMessage;

/// Add… / Edit… of one domain of the Mail Retrieval list. "@example.com" asks the provider for the
/// domain and all its subdomains (RFC 1985). OK is refused for a name that is not a domain and for one
/// already in the list.
class RetrievalDomainDialog : public QDialog
{
    Q_OBJECT
public:
    /// others: the rest of the list, compared without regard to case.
    RetrievalDomainDialog(const QString &domain, const QStringList &others, QWidget *parent = nullptr);

    QString domain() const; ///< trimmed, lower-case
    bool validate();
    void accept() override;
    QLineEdit *domainField() const { return m_domain; }

    /// Empty when domain may join others, else why not (translated).
    static QString problem(const QString &domain, const QStringList &others);

private:
    QStringList m_others;
    QLineEdit *m_domain;
    InlineMessage *m_message;
};

} // namespace Sluice
