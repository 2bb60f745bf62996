// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "outputkinds.h"

#include <array>

namespace hoego::outputkinds {
namespace {

struct Kind
{
    const char *key;
    const char *label;
    const char *plural;
    const char *korean; // read back from posts and pastes written in Korean whatever the interface language
};

// QT_TRANSLATE_NOOP keeps the words in the catalogue; label() translates them when shown.
constexpr std::array kKinds{
        Kind{"post", QT_TRANSLATE_NOOP("hoego::outputkinds", "Post"), QT_TRANSLATE_NOOP("hoego::outputkinds", "Posts"),
             "글"},
        Kind{"talk", QT_TRANSLATE_NOOP("hoego::outputkinds", "Talk"), QT_TRANSLATE_NOOP("hoego::outputkinds", "Talks"),
             "발표"},
        Kind{"course", QT_TRANSLATE_NOOP("hoego::outputkinds", "Course"),
             QT_TRANSLATE_NOOP("hoego::outputkinds", "Courses"), "강의"},
        Kind{"book", QT_TRANSLATE_NOOP("hoego::outputkinds", "Book"), QT_TRANSLATE_NOOP("hoego::outputkinds", "Books"),
             "책"},
        Kind{"paper", QT_TRANSLATE_NOOP("hoego::outputkinds", "Paper"),
             QT_TRANSLATE_NOOP("hoego::outputkinds", "Papers"), "논문"},
        Kind{"release", QT_TRANSLATE_NOOP("hoego::outputkinds", "Release"),
             QT_TRANSLATE_NOOP("hoego::outputkinds", "Releases"), "릴리스"},
        Kind{"other", QT_TRANSLATE_NOOP("hoego::outputkinds", "Other"),
             QT_TRANSLATE_NOOP("hoego::outputkinds", "Other outputs"), "기타"},
};

const Kind *find(const QString &key)
{
    for (const Kind &kind : kKinds) {
        if (key == QLatin1String(kind.key))
            return &kind;
    }
    return nullptr;
}

} // namespace

QStringList builtinKeys()
{
    QStringList keys;
    for (const Kind &kind : kKinds)
        keys << QLatin1String(kind.key);
    return keys;
}

bool isBuiltin(const QString &kind)
{
    return find(kind) != nullptr;
}

QString label(const QString &kind)
{
    const Kind *builtin = find(kind);
    return builtin ? QCoreApplication::translate("hoego::outputkinds", builtin->label) : kind;
}

QString pluralLabel(const QString &kind)
{
    const Kind *builtin = find(kind);
    return builtin ? QCoreApplication::translate("hoego::outputkinds", builtin->plural) : kind;
}

QString fromText(const QString &text)
{
    const QString trimmed = text.simplified();
    for (const Kind &kind : kKinds) {
        const QString key = QLatin1String(kind.key);
        const bool matches = trimmed.compare(key, Qt::CaseInsensitive) == 0
                || trimmed.compare(QLatin1String(kind.label), Qt::CaseInsensitive) == 0
                || trimmed.compare(QLatin1String(kind.plural), Qt::CaseInsensitive) == 0
                || trimmed == QString::fromUtf8(kind.korean) || trimmed == label(key) || trimmed == pluralLabel(key);
        if (matches)
            return key;
    }
    return trimmed;
}

} // namespace hoego::outputkinds
