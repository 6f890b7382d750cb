// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigTransferJson.h"

#include "ConfigTransferSnapshot.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QList>
#include <QSet>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Sluice {

namespace {

int lineAt(const QByteArray &data, qsizetype offset)
{
    return int(QByteArrayView(data).first(std::min(offset, data.size())).count('\n')) + 1;
}

int columnAt(const QByteArray &data, qsizetype offset)
{
    offset = std::min(offset, data.size());
    const qsizetype lineStart = data.lastIndexOf('\n', offset - 1) + 1;
    return int(QString::fromUtf8(data.mid(lineStart, offset - lineStart)).size()) + 1;
}

/// Decodes the inside of a JSON string (escapes included) that QJsonDocument already accepted.
QString decodeJsonString(QByteArrayView raw)
{
    QString text;
    qsizetype plainStart = 0;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw.at(i) != '\\')
            continue;
        text += QString::fromUtf8(raw.sliced(plainStart, i - plainStart));
        const char escaped = raw.at(i + 1);
        switch (escaped) {
        case 'b':
            text += u'\b';
            break;
        case 'f':
            text += u'\f';
            break;
        case 'n':
            text += u'\n';
            break;
        case 'r':
            text += u'\r';
            break;
        case 't':
            text += u'\t';
            break;
        case 'u':
            text += QChar(char16_t(QByteArray(raw.sliced(i + 2, 4).toByteArray()).toUShort(nullptr, 16)));
            i += 4;
            break;
        default: // " \ /
            text += QLatin1Char(escaped);
            break;
        }
        ++i;
        plainStart = i + 1;
    }
    text += QString::fromUtf8(raw.sliced(plainStart));
    return text;
}

} // namespace

bool ConfigTransferJson::parse(const QByteArray &input, QJsonObject *root, QString *error)
{
    if (input.size() > ConfigFormat::MaxInputBytes) {
        *error =
            tr("The file is larger than %1 MiB, far more than any Sluice configuration, and was not read.")
                .arg(ConfigFormat::MaxInputBytes / (1024 * 1024));
        return false;
    }
    // Editors on some systems begin UTF-8 files with a byte order mark; it carries no meaning here.
    const QByteArray data = input.startsWith("\xEF\xBB\xBF") ? input.mid(3) : input;
    if (data.trimmed().isEmpty()) {
        *error = tr("The file is empty; a Sluice configuration export is a JSON document.");
        return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder.decode(data); // EncodedData decodes on conversion only
    Q_UNUSED(decoded);
    if (decoder.hasError() || data.contains('\0')) {
        *error = tr("The file is not UTF-8 text, so it cannot be a Sluice configuration export.");
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error == QJsonParseError::DeepNesting) {
        *error = tr("The document nests deeper than %1 levels; a Sluice configuration never does.")
                     .arg(ConfigFormat::MaxNesting);
        return false;
    }
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("The file is not valid JSON: line %1, column %2: %3.")
                     .arg(lineAt(data, parseError.offset))
                     .arg(columnAt(data, parseError.offset))
                     .arg(parseError.errorString());
        return false;
    }
    if (!document.isObject()) {
        *error = tr("The document is not a JSON object; a Sluice configuration export is one.");
        return false;
    }
    if (!checkStructure(data, error))
        return false;
    *root = document.object();
    return true;
}

bool ConfigTransferJson::checkStructure(const QByteArray &data, QString *error)
{
    struct Frame
    {
        bool object = false;
        bool expectKey = false;
        QSet<QString> keys;
    };
    QList<Frame> stack;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data.at(i);
        if (c == '{' || c == '[') {
            stack.append(Frame{c == '{', c == '{', {}});
            if (stack.size() > ConfigFormat::MaxNesting) {
                *error = tr("Line %1: the document nests deeper than %2 levels; a Sluice configuration "
                            "never does.")
                             .arg(lineAt(data, i))
                             .arg(ConfigFormat::MaxNesting);
                return false;
            }
        } else if (c == '}' || c == ']') {
            if (!stack.isEmpty())
                stack.removeLast();
        } else if (c == ',') {
            if (!stack.isEmpty() && stack.last().object)
                stack.last().expectKey = true;
        } else if (c == '"') {
            const qsizetype start = i + 1;
            for (++i; i < data.size() && data.at(i) != '"'; ++i) {
                if (data.at(i) == '\\')
                    ++i;
            }
            if (stack.isEmpty() || !stack.last().object || !stack.last().expectKey)
                continue;
            Frame &frame = stack.last();
            frame.expectKey = false;
            const QString key = decodeJsonString(QByteArrayView(data).sliced(start, i - start));
            if (frame.keys.contains(key)) {
                *error = tr("Line %1: the key “%2” appears twice in the same object.")
                             .arg(lineAt(data, start))
                             .arg(key);
                return false;
            }
            frame.keys.insert(key);
        }
    }
    return true;
}

} // namespace Sluice
