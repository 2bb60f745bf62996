// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "particles.h"

#include <array>
#include <utility>

namespace hoego::i18n {
namespace {

constexpr char16_t kFirstSyllable = 0xAC00; // 가
constexpr char16_t kLastSyllable = 0xD7A3; // 힣
constexpr int kRieulFinal = 8; // the index of ㄹ among the final consonants

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool isVowelLetter(QChar c)
{
    return QStringLiteral("aeiouy").contains(c.toLower());
}

// A number as Korean reads it ends with its last non-zero digit, or with the unit of its trailing zeros.
Ending numberEnding(QStringView digits)
{
    qsizetype zeros = 0;
    while (zeros < digits.size() && digits[digits.size() - 1 - zeros].digitValue() == 0)
        ++zeros;
    if (zeros == digits.size())
        return Ending::Consonant; // 영
    if (zeros == 0) {
        // 영 일 이 삼 사 오 육 칠 팔 구
        static constexpr std::array<Ending, 10> byDigit{
                Ending::Consonant, Ending::Rieul,     Ending::Vowel, Ending::Consonant, Ending::Vowel,
                Ending::Vowel,     Ending::Consonant, Ending::Rieul, Ending::Rieul,     Ending::Vowel};
        return byDigit[digits.back().digitValue()];
    }
    // 십 백 천, then 만 (up to 천만), 억 (up to 천억), 조
    return zeros < 12 ? Ending::Consonant : Ending::Vowel;
}

// A Latin letter's Korean name: 엘 and 알 end in ㄹ, 엠 and 엔 in a consonant, the others (에이, 비, 씨...) in a
// vowel.
Ending letterEnding(QChar letter)
{
    const QChar c = letter.toLower();
    if (c == QLatin1Char('l') || c == QLatin1Char('r'))
        return Ending::Rieul;
    if (c == QLatin1Char('m') || c == QLatin1Char('n'))
        return Ending::Consonant;
    return Ending::Vowel;
}

// An English word as Korean writes it: "Python" 파이썬, "Spring" 스프링, "Google" 구글, "Facebook" 페이스북,
// "Git" 깃; most other endings become a vowel ("Docker" 도커, "Rust" 러스트, "Velog" 벨로그).
Ending wordEnding(QStringView word)
{
    const QString w = word.toString().toLower();
    if (w.endsWith(QLatin1String("ng")) || w.endsWith(QLatin1Char('m')) || w.endsWith(QLatin1Char('n')))
        return Ending::Consonant;
    if (w.endsWith(QLatin1Char('l')) || w.endsWith(QLatin1String("le")))
        return Ending::Rieul;
    if (w.endsWith(QLatin1String("ck")) || w.endsWith(QLatin1String("ook")))
        return Ending::Consonant;
    // A short vowel before a final t or p: 깃, 봇, 챗, 컵.
    const qsizetype n = w.size();
    if (n >= 3 && (w.back() == QLatin1Char('t') || w.back() == QLatin1Char('p')) && isVowelLetter(w[n - 2])
        && !isVowelLetter(w[n - 3]))
        return Ending::Consonant;
    return Ending::Vowel;
}

Ending latinEnding(QStringView letters)
{
    // A capital run at the end ("DB", "ChatGPT", "LLM") is read letter by letter.
    qsizetype capitals = 0;
    while (capitals < letters.size() && letters[letters.size() - 1 - capitals].isUpper())
        ++capitals;
    if (letters.size() == 1 || capitals >= 2)
        return letterEnding(letters.back());
    return wordEnding(letters);
}

struct Forms
{
    Particle kind;
    const char16_t *consonant;
    const char16_t *vowel;
};

// Longer forms first, so 으로 is found before 로 would be.
constexpr std::array<Forms, 5> kForms{{
        {Particle::Direction, u"으로", u"로"},
        {Particle::Object, u"을", u"를"},
        {Particle::Subject, u"이", u"가"},
        {Particle::Topic, u"은", u"는"},
        {Particle::And, u"과", u"와"},
}};

bool startsParticle(QStringView text, QStringView form)
{
    if (!text.startsWith(form))
        return false;
    // Only a particle standing alone: "이라는", "으로서" and "로부터" are left alone, and so is an old
    // translation's "을(를)".
    if (text.size() == form.size())
        return true;
    const QChar next = text[form.size()];
    return !next.isLetterOrNumber() && next != QLatin1Char('(');
}

} // namespace

Ending endingOf(const QString &word)
{
    qsizetype end = word.size();
    while (end > 0 && !word[end - 1].isLetterOrNumber())
        --end;
    if (end == 0)
        return Ending::Vowel;
    const QChar last = word[end - 1];
    const char16_t code = last.unicode();
    if (code >= kFirstSyllable && code <= kLastSyllable) {
        const int final = (code - kFirstSyllable) % 28;
        return final == 0 ? Ending::Vowel : final == kRieulFinal ? Ending::Rieul : Ending::Consonant;
    }
    if (code >= 0x3131 && code <= 0x314E) // a consonant letter by its name: 기역, 니은, 리을...
        return code == 0x3139 ? Ending::Rieul : Ending::Consonant;
    if (last.isDigit()) {
        qsizetype start = end;
        while (start > 0 && word[start - 1].isDigit())
            --start;
        return numberEnding(QStringView(word).mid(start, end - start));
    }
    if (isAsciiLetter(last)) {
        qsizetype start = end;
        while (start > 0 && isAsciiLetter(word[start - 1]))
            --start;
        return latinEnding(QStringView(word).mid(start, end - start));
    }
    return Ending::Vowel;
}

QString particle(const QString &word, Particle kind)
{
    const Ending ending = endingOf(word);
    for (const Forms &forms : kForms) {
        if (forms.kind != kind)
            continue;
        const bool consonant = kind == Particle::Direction ? ending == Ending::Consonant : ending != Ending::Vowel;
        return QString::fromUtf16(consonant ? forms.consonant : forms.vowel);
    }
    return {};
}

QString withParticle(const QString &word, Particle kind)
{
    return word + particle(word, kind);
}

QString fillWords(const QString &pattern, const QStringList &words)
{
    QString out;
    out.reserve(pattern.size() + 16 * words.size());
    qsizetype i = 0;
    while (i < pattern.size()) {
        const QChar c = pattern[i];
        if (c != QLatin1Char('%') || i + 1 >= pattern.size() || !pattern[i + 1].isDigit()) {
            out += c;
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        int number = 0;
        while (j < pattern.size() && pattern[j].isDigit() && number < 10)
            number = number * 10 + pattern[j++].digitValue();
        if (number < 1 || number > words.size()) {
            out += pattern.mid(i, j - i);
            i = j;
            continue;
        }
        const QString &word = words[number - 1];
        out += word;
        i = j;
        // Closing quotes and brackets stand between a word and its particle: “%1”을, (%1)이.
        static const QString closers = QStringLiteral("\u201D\u2019\"')]}\u300D\u300F>");
        while (i < pattern.size() && closers.contains(pattern[i]))
            out += pattern[i++];
        const QStringView rest = QStringView(pattern).mid(i);
        for (const Forms &forms : kForms) {
            const QStringView consonant(forms.consonant);
            const QStringView vowel(forms.vowel);
            const QStringView written = startsParticle(rest, consonant) ? consonant
                    : startsParticle(rest, vowel)                       ? vowel
                                                                        : QStringView();
            if (written.isEmpty())
                continue;
            out += particle(word, forms.kind);
            i += written.size();
            break;
        }
    }
    return out;
}

} // namespace hoego::i18n
