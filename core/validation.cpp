// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "validation.h"

#include "i18n/particles.h"

#include <QCoreApplication>

namespace hoego::validation {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::validation)
};

bool hasControlCharacter(const QString &text, bool allowLineBreaks)
{
    for (const QChar c : text) {
        if (allowLineBreaks && (c == QLatin1Char('\n') || c == QLatin1Char('\t') || c == QLatin1Char('\r')))
            continue;
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

// A surrogate without its partner (from a broken paste or file) cannot be stored as UTF-8.
bool hasBrokenCharacter(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return true;
    }
    return false;
}

Result<QString> checkLine(const QString &text, const QString &what, bool required)
{
    const QString trimmed = text.trimmed();
    if (required && trimmed.isEmpty())
        return Error::invalid(i18n::fillWords(Tr::tr("%1 cannot be empty."), what));
    if (trimmed.size() > kMaxTitleLength)
        return Error::invalid(i18n::fillWords(Tr::tr("%1 is too long (%2 characters; at most %3)."), what,
                                              trimmed.size(), kMaxTitleLength));
    if (hasControlCharacter(trimmed, false))
        return Error::invalid(Tr::tr("%1 contains a line break or control character.").arg(what));
    if (hasBrokenCharacter(trimmed))
        return Error::invalid(Tr::tr("%1 contains an invalid character.").arg(what));
    return trimmed;
}

} // namespace

Result<QString> title(const QString &text, const QString &what)
{
    return checkLine(text, what, true);
}

Result<QString> line(const QString &text, const QString &what)
{
    return checkLine(text, what, false);
}

Result<QString> body(const QString &text, const QString &what)
{
    if (text.size() > kMaxTextLength)
        return Error::invalid(i18n::fillWords(Tr::tr("%1 is too long (%2 characters; at most %3)."), what, text.size(),
                                              kMaxTextLength));
    if (hasControlCharacter(text, true))
        return Error::invalid(Tr::tr("%1 contains a control character.").arg(what));
    if (hasBrokenCharacter(text))
        return Error::invalid(Tr::tr("%1 contains an invalid character.").arg(what));
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return normalized;
}

Result<int> yearNumber(int number)
{
    if (number < kMinYear || number > kMaxYear)
        return Error::invalid(
                Tr::tr("The year must be between %1 and %2 (got %3).").arg(kMinYear).arg(kMaxYear).arg(number));
    return number;
}

Status date(const PartialDate &date)
{
    if (date.year() < kMinYear || date.year() > kMaxYear)
        return Error::invalid(Tr::tr("The year must be between %1 and %2.").arg(kMinYear).arg(kMaxYear));
    if (!date.isValid())
        return Error::invalid(i18n::fillWords(Tr::tr("%1 is not a date in the calendar."), date.toIsoString()));
    return {};
}

Status count(int value, const QString &what)
{
    if (value < 0)
        return Error::invalid(i18n::fillWords(Tr::tr("%1 cannot be negative."), what));
    if (value > 1'000'000)
        return Error::invalid(i18n::fillWords(Tr::tr("%1 is too large."), what));
    return {};
}

Result<QUrl> url(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::invalid(Tr::tr("The link is empty."));
    const QUrl parsed(trimmed, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || scheme.isEmpty())
        return Error::invalid(i18n::fillWords(Tr::tr("\"%1\" is not a valid link."), trimmed));
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https") && scheme != QLatin1String("mailto")
        && scheme != QLatin1String("file"))
        return Error::invalid(Tr::tr("Links must start with http, https, mailto or file (got \"%1\").").arg(scheme));
    if ((scheme == QLatin1String("http") || scheme == QLatin1String("https")) && parsed.host().isEmpty())
        return Error::invalid(Tr::tr("\"%1\" has no host.").arg(trimmed));
    return parsed;
}

} // namespace hoego::validation
