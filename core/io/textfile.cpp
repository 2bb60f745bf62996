// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "textfile.h"

#include "importresult.h"
#include "safefile.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace hoego {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::textfile)
};

} // namespace

Result<QByteArray> readInputFile(const QString &path)
{
    return readRegularFile(path);
}

Result<QString> decodeUtf8(const QByteArray &data, const QString &fileName)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError()) {
        // Find the first bad line by decoding line by line; only on the error path, so the cost does not matter.
        int line = 1;
        for (const QByteArray &bytes : data.split('\n')) {
            QStringDecoder lineDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString decoded = lineDecoder.decode(bytes); // decoding is lazy: converting runs it
            Q_UNUSED(decoded)
            if (lineDecoder.hasError())
                break;
            ++line;
        }
        return importError(fileName, line, Tr::tr("the text is not valid UTF-8."));
    }
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    return text;
}

} // namespace hoego
