// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "contextfallbacktranslator.h"

#include <QFile>
#include <QLoggingCategory>
#include <QXmlStreamReader>

Q_LOGGING_CATEGORY(hoegoI18n, "hoego.i18n", QtWarningMsg)

namespace hoego::i18n {
namespace {

QString keyOf(const QString &source, const QString &disambiguation)
{
    return source + QChar(0x1F) + disambiguation;
}

struct Message
{
    QString source;
    QString disambiguation;
    QStringList forms;
    bool usable = true;
};

// Reads <translation>: its text, or its <numerusform> children. Obsolete, vanished and empty ones don't count.
void readTranslation(QXmlStreamReader &xml, Message &message)
{
    const QStringView type = xml.attributes().value(QLatin1String("type"));
    if (type == QLatin1String("obsolete") || type == QLatin1String("vanished"))
        message.usable = false;
    QString text;
    while (xml.readNext() != QXmlStreamReader::EndElement || xml.name() != QLatin1String("translation")) {
        if (xml.atEnd())
            return;
        if (xml.isCharacters())
            text += xml.text();
        else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
            message.forms << xml.readElementText();
    }
    if (message.forms.isEmpty() && !text.trimmed().isEmpty())
        message.forms << text;
    message.forms.removeAll(QString());
}

Message readMessage(QXmlStreamReader &xml)
{
    Message message;
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source"))
            message.source = xml.readElementText();
        else if (xml.name() == QLatin1String("comment"))
            message.disambiguation = xml.readElementText();
        else if (xml.name() == QLatin1String("translation"))
            readTranslation(xml, message);
        else
            xml.skipCurrentElement();
    }
    return message;
}

} // namespace

ContextFallbackTranslator::ContextFallbackTranslator(const QString &tsFile, QObject *parent)
    : QTranslator(parent)
    , m_file(tsFile)
{ }

// Cheap on purpose: installTranslator() asks at start-up, and the file is only read on the first lookup.
bool ContextFallbackTranslator::isEmpty() const
{
    return !QFile::exists(m_file);
}

qsizetype ContextFallbackTranslator::messageCount() const
{
    load();
    return m_translations.size();
}

void ContextFallbackTranslator::load() const
{
    std::call_once(m_loaded, [this] {
        QFile file(m_file);
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(hoegoI18n) << "cannot read" << m_file << file.errorString();
            return;
        }
        QXmlStreamReader xml(&file);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != QLatin1String("message"))
                continue;
            const Message message = readMessage(xml);
            if (message.usable && !message.forms.isEmpty())
                m_translations.insert(keyOf(message.source, message.disambiguation), message.forms);
        }
        if (xml.hasError())
            qCWarning(hoegoI18n) << m_file << "line" << xml.lineNumber() << xml.errorString();
    });
}

QString ContextFallbackTranslator::translate(const char *context, const char *sourceText, const char *disambiguation,
                                             int n) const
{
    if (!context || qstrncmp(context, "hoego", 5) != 0 || !sourceText)
        return {};
    load();
    const auto found = m_translations.constFind(
            keyOf(QString::fromUtf8(sourceText), disambiguation ? QString::fromUtf8(disambiguation) : QString()));
    if (found == m_translations.constEnd())
        return {};
    qCDebug(hoegoI18n) << "translated outside its context:" << context << sourceText;
    // Korean has one plural form, English two (singular for exactly one).
    const QStringList &forms = *found;
    return forms.value(forms.size() > 1 && n != 1 ? 1 : 0);
}

} // namespace hoego::i18n
