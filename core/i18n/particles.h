// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QString>
#include <QStringList>

#include <type_traits>

namespace hoego::i18n {

// Korean particles that change with the sound a word ends in.
enum class Particle {
    Object, // 을 / 를
    Subject, // 이 / 가
    Topic, // 은 / 는
    Direction, // 으로 / 로 (로 after ㄹ too)
    And, // 과 / 와
};

// How a word ends when read aloud in Korean: with a final consonant (받침), with ㄹ, or with a vowel.
// Hangul syllables by their 받침; digits as Korean reads numbers ("3" 삼, "10" 십, "2026" 육, "1000" 천);
// Latin letters as Korean reads them (an acronym letter by letter: "DB" 디비, "HTML" 엘; a word by its
// usual ending: "Python" 파이썬, "Google" 구글). Quotes, brackets and punctuation at the end are skipped.
enum class Ending { Vowel, Consonant, Rieul };
Ending endingOf(const QString &word);

// The particle that fits the word: particle("목표", Object) == "를", particle("책", Object) == "을",
// particle("서울", Direction) == "로".
QString particle(const QString &word, Particle kind);
// The word followed by its particle: "목표를", "“2026”을".
QString withParticle(const QString &word, Particle kind);

// Fills %1, %2... like QString::arg and makes each Korean particle written right after a placeholder fit the
// word put there: fillWords("%1을 찾지 못했습니다.", {"목표"}) == "목표를 찾지 못했습니다.". A particle is
// one of 을/를, 이/가, 은/는, 으로/로, 과/와 standing alone (followed by a space, punctuation or the end), so
// "%1이라는" and English text are left as they are. Translations write whichever form reads best.
QString fillWords(const QString &pattern, const QStringList &words);

namespace detail {
inline QString word(const QString &text)
{
    return text;
}
template<typename Number>
requires std::is_arithmetic_v<Number> QString word(Number number)
{
    return QString::number(number);
}
} // namespace detail

// fillWords with the words as arguments, as QString::arg takes them: fillWords(tr("%1 has %2 goals"), name, 3).
template<typename... Words>
QString fillWords(const QString &pattern, const Words &...words)
{
    return fillWords(pattern, QStringList{detail::word(words)...});
}

} // namespace hoego::i18n
