// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QHash>
#include <QStringList>
#include <QTranslator>

#include <mutex>

namespace hoego::i18n {

// Finds a translation by its source text alone when the exact context has none.
//
// Why: code outside QObject classes translates through small helpers such as
//     QString tr(const char *t) { return QCoreApplication::translate("hoego::Database", t); }
// lupdate cannot see the context inside the helper and files the string under the enclosing namespace or
// class instead ("hoego", "hoego::AddEventCommand"), so the .qm lookup with the real context misses and the
// Korean UI would show English. Installed behind the .qm translator, this one answers only for Hoego's
// own contexts ("hoego..."), never for Qt's. Misses are logged under the hoego.i18n category.
class ContextFallbackTranslator final : public QTranslator
{
    Q_OBJECT

public:
    // tsFile: a Qt Linguist .ts file, read on the first lookup.
    explicit ContextFallbackTranslator(const QString &tsFile, QObject *parent = nullptr);

    bool isEmpty() const override;
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
    // The number of translated messages in the file (reads it if needed); for tests.
    qsizetype messageCount() const;

private:
    void load() const;

    QString m_file;
    mutable std::once_flag m_loaded;
    // "source\x1Fdisambiguation" -> the translation, or its plural forms.
    mutable QHash<QString, QStringList> m_translations;
};

} // namespace hoego::i18n
