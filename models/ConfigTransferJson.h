// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Sluice {

/// The outer checks of a configuration import, before any field is looked at: size, UTF-8, JSON syntax,
/// nesting depth and duplicate keys (QJsonDocument silently keeps the last of two equal keys, which
/// would let a hand-edited file say two things at once). An import file may come from anywhere, so
/// every way it can be malformed gets its own clear sentence.
class ConfigTransferJson
{
    Q_DECLARE_TR_FUNCTIONS(Sluice::ConfigTransfer)
public:
    /// The document's top-level object, or false with a translated one-sentence error.
    static bool parse(const QByteArray &data, QJsonObject *root, QString *error);

private:
    /// Walks a document QJsonDocument accepted, checking depth and duplicate keys.
    static bool checkStructure(const QByteArray &data, QString *error);
};

} // namespace Sluice
