// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "link/LinkConfig.h"
#include "outbound/OutboundConfig.h"

#include <QHash>
#include <QStringList>

namespace Sluice {

class Settings;

/// The link half of EngineBinder: the Dial-up Connections and Mail Retrieval settings (and the custom
/// profiles) as the engine's LinkConfig.
namespace LinkBinder {

/// outbound: the already translated outbound settings (ETRN and TURN go to its smarthost by default,
/// with its security unless retrieval.auth says otherwise). localDomains: for "ask for the local
/// domains". Problems that make a part unusable are logged and that part is left off.
LinkConfig linkConfig(const Settings &settings, const OutboundConfig &outbound, const QString &heloName,
                      const QStringList &localDomains, const QHash<QString, QString> &passwords);

/// The secret keys the link settings need: the dial-up password, the retrieval password.
QStringList secretKeys(const Settings &settings);
/// "dialup/<profile>/<account>", or empty when no account is set.
QString dialupSecretKey(const Settings &settings);
/// The key of retrieval's own password (retrieval.auth not smarthost and not none), else empty.
QString retrievalSecretKey(const Settings &settings);

} // namespace LinkBinder

} // namespace Sluice
