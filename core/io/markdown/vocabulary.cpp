// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "vocabulary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtDebug>

namespace hoego {

const Vocabulary &Vocabulary::builtIn()
{
    static const Vocabulary vocabulary = [] {
        QFile file(QStringLiteral(":/import/vocabulary.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("The importer's vocabulary is missing from the build: no heading will name a kind.");
            return Vocabulary();
        }
        return fromJson(file.readAll());
    }();
    return vocabulary;
}

Vocabulary Vocabulary::fromJson(const QByteArray &json)
{
    Vocabulary vocabulary;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    for (auto group = root.constBegin(); group != root.constEnd(); ++group) {
        const QJsonObject lists = group.value().toObject();
        for (auto list = lists.constBegin(); list != lists.constEnd(); ++list) {
            if (!list.value().isArray())
                continue; // "about" notes
            QStringList words;
            for (const QJsonValue &word : list.value().toArray()) {
                if (const QString text = word.toString().trimmed().toLower(); !text.isEmpty())
                    words << text;
            }
            vocabulary.m_lists.insert(group.key() + QLatin1Char('/') + list.key(), words);
        }
    }
    return vocabulary;
}

bool Vocabulary::holdsWord(const QString &text, const QString &word)
{
    if (word.isEmpty())
        return false;
    const bool latin = word.front().unicode() < 128;
    if (!latin && word.size() > 1)
        return text.contains(word);
    // A Latin word ends where Latin letters do ("talk을" holds "talk"); a Korean syllable at any letter.
    const auto joins = [latin](QChar c) { return latin ? (c.unicode() < 128 && c.isLetter()) : c.isLetter(); };
    for (qsizetype at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        const qsizetype end = at + word.size();
        if ((at == 0 || !joins(text.at(at - 1))) && (end == text.size() || !joins(text.at(end))))
            return true;
    }
    return false;
}

} // namespace hoego
