// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "i18n/particles.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace hoego;
using i18n::Particle;

class TestParticles : public QObject
{
    Q_OBJECT

private slots:
    void theParticleFollowsTheLastSound_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("object");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QString>("direction");
        QTest::addColumn<QString>("with");
        const auto row = [](const char *name, const QString &word, const char *o, const char *s, const char *t,
                            const char *d, const char *w) {
            QTest::newRow(name) << word << QString::fromUtf8(o) << QString::fromUtf8(s) << QString::fromUtf8(t)
                                << QString::fromUtf8(d) << QString::fromUtf8(w);
        };
        // Hangul by its final consonant; ㄹ takes 로 like a vowel
        row("vowel", QStringLiteral("목표"), "를", "가", "는", "로", "와");
        row("consonant", QStringLiteral("책"), "을", "이", "은", "으로", "과");
        row("rieul", QStringLiteral("서울"), "을", "이", "은", "로", "과");
        row("quoted", QStringLiteral("“이사”"), "를", "가", "는", "로", "와");
        row("bracketed", QStringLiteral("회고 (초안)"), "을", "이", "은", "으로", "과");
        // Numbers as Korean reads them
        row("2026 (육)", QStringLiteral("2026"), "을", "이", "은", "으로", "과");
        row("2 (이)", QStringLiteral("2"), "를", "가", "는", "로", "와");
        row("7 (칠)", QStringLiteral("7"), "을", "이", "은", "로", "과");
        row("10 (십)", QStringLiteral("10"), "을", "이", "은", "으로", "과");
        row("2020 (이십)", QStringLiteral("2020"), "을", "이", "은", "으로", "과");
        row("1000 (천)", QStringLiteral("1000"), "을", "이", "은", "으로", "과");
        row("a file name", QStringLiteral("2025.hoego"), "를", "가", "는", "로", "와"); // 고
        row("backup.sqlite", QStringLiteral("backup.sqlite"), "를", "가", "는", "로", "와");
        // Latin letters: acronyms letter by letter, words by their usual Korean spelling
        row("DB (디비)", QStringLiteral("Vector DB"), "를", "가", "는", "로", "와");
        row("LLM (엠)", QStringLiteral("LLM"), "을", "이", "은", "으로", "과");
        row("URL (엘)", QStringLiteral("URL"), "을", "이", "은", "로", "과");
        row("Python (썬)", QStringLiteral("Python"), "을", "이", "은", "으로", "과");
        row("Google (글)", QStringLiteral("Google"), "을", "이", "은", "로", "과");
        row("Docker (커)", QStringLiteral("Docker"), "를", "가", "는", "로", "와");
        row("Git (깃)", QStringLiteral("Git"), "을", "이", "은", "으로", "과");
        row("ChatGPT (티)", QStringLiteral("ChatGPT"), "를", "가", "는", "로", "와");
        row("3B (비)", QStringLiteral("3B 모델"), "을", "이", "은", "로", "과"); // 델 ends in ㄹ
    }

    void theParticleFollowsTheLastSound()
    {
        QFETCH(QString, word);
        QFETCH(QString, object);
        QFETCH(QString, subject);
        QFETCH(QString, topic);
        QFETCH(QString, direction);
        QFETCH(QString, with);
        QCOMPARE(i18n::particle(word, Particle::Object), object);
        QCOMPARE(i18n::particle(word, Particle::Subject), subject);
        QCOMPARE(i18n::particle(word, Particle::Topic), topic);
        QCOMPARE(i18n::particle(word, Particle::Direction), direction);
        QCOMPARE(i18n::particle(word, Particle::And), with);
        QCOMPARE(i18n::withParticle(word, Particle::Object), word + object);
    }

    void fillingAPlaceholderFixesTheParticleWrittenAfterIt()
    {
        QCOMPARE(i18n::fillWords(QStringLiteral("%1을 찾지 못했습니다."), {QStringLiteral("목표")}),
                 QStringLiteral("목표를 찾지 못했습니다."));
        QCOMPARE(i18n::fillWords(QStringLiteral("“%1”를 지웠습니다"), {QStringLiteral("책")}),
                 QStringLiteral("“책”을 지웠습니다"));
        QCOMPARE(i18n::fillWords(QStringLiteral("%1이 %2로 옮겨졌습니다"),
                                 {QStringLiteral("회고"), QStringLiteral("집")}),
                 QStringLiteral("회고가 집으로 옮겨졌습니다"));
        QCOMPARE(i18n::fillWords(QStringLiteral("%1으로, %2와"), {QStringLiteral("서울"), QStringLiteral("밥")}),
                 QStringLiteral("서울로, 밥과"));
        // Not particles: a word that goes on, English, a placeholder without a word
        QCOMPARE(i18n::fillWords(QStringLiteral("%1이라는 %2은행"), {QStringLiteral("목표"), QStringLiteral("A")}),
                 QStringLiteral("목표이라는 A은행"));
        QCOMPARE(i18n::fillWords(QStringLiteral("Cannot read %1: %2"), {QStringLiteral("a.md"), QStringLiteral("x")}),
                 QStringLiteral("Cannot read a.md: x"));
        QCOMPARE(i18n::fillWords(QStringLiteral("%1 and %3"), {QStringLiteral("a")}), QStringLiteral("a and %3"));
        QCOMPARE(i18n::fillWords(QStringLiteral("%1%"), {QStringLiteral("50")}), QStringLiteral("50%"));
        // A translation that still falls back is left as it was
        QCOMPARE(i18n::fillWords(QStringLiteral("%1을(를) 지움"), {QStringLiteral("책")}),
                 QStringLiteral("책을(를) 지움"));
    }

    // The Korean translation never falls back to both forms ("을(를)", "이(가)"): each message that inserts a
    // word writes one form and fills it with i18n::fillWords, which picks the right one (issue 15).
    void theKoreanTranslationHasNoFallbackParticles()
    {
        QFile ts(QStringLiteral(HOEGO_SOURCE_DIR "/resources/translations/hoego_ko.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(ts.readAll());
        static const QRegularExpression fallback(
                QStringLiteral("<translation>[^<]*(?:을\\(를\\)|를\\(을\\)|이\\(가\\)|가\\(이\\)|은\\(는\\)|"
                               "는\\(은\\)|\\(으\\)로|과\\(와\\)|와\\(과\\))[^<]*</translation>"));
        QStringList found;
        for (auto it = fallback.globalMatch(text); it.hasNext();)
            found << it.next().captured(0);
        const QString report = QStringLiteral("%1 fallbacks, first: %2")
                                       .arg(found.size())
                                       .arg(found.mid(0, 5).join(QStringLiteral("\n")));
        QVERIFY2(found.isEmpty(), qPrintable(report));
    }

    // A control with a mnemonic in English keeps one in Korean ("언제(&W):"), so Alt reaches it in both.
    void theKoreanTranslationKeepsEveryMnemonic()
    {
        QFile ts(QStringLiteral(HOEGO_SOURCE_DIR "/resources/translations/hoego_ko.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(ts.readAll());
        static const QRegularExpression message(
                QStringLiteral("<source>([^<]*)</source>\\s*<translation>([^<]*)</translation>"));
        static const QRegularExpression mnemonic(QStringLiteral("&amp;[A-Za-z0-9]"));
        QStringList lost;
        for (auto it = message.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            if (match.captured(1).contains(mnemonic) && !match.captured(2).contains(mnemonic))
                lost << match.captured(1) + QStringLiteral(" -> ") + match.captured(2);
        }
        QVERIFY2(lost.isEmpty(), qPrintable(lost.join(QLatin1Char('\n'))));
    }

    // One word per idea (docs/GLOSSARY.md): the other words for the same thing are read on import but never
    // shown. Each pair is a word the glossary rules out and the one it chose.
    void theKoreanTranslationUsesTheGlossaryWords()
    {
        QFile ts(QStringLiteral(HOEGO_SOURCE_DIR "/resources/translations/hoego_ko.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(ts.readAll());
        const QList<std::pair<QString, QString>> ruledOut{
                {QStringLiteral("결과물"), QStringLiteral("만든 것")},
                {QStringLiteral("이정표"), QStringLiteral("단계")},
                {QStringLiteral("마치지 못한"), QStringLiteral("못다 한 일")},
                {QStringLiteral("그만둠"), QStringLiteral("포기")},
                {QStringLiteral("회고 섹션"), QStringLiteral("회고 글 섹션")},
        };
        static const QRegularExpression message(QStringLiteral("<(?:translation|numerusform)>([^<]*)<"));
        QStringList found;
        for (auto it = message.globalMatch(text); it.hasNext();) {
            const QString translation = it.next().captured(1);
            for (const auto &[word, chosen] : ruledOut) {
                if (translation.contains(word))
                    found << QStringLiteral("%1 (say %2): %3").arg(word, chosen, translation);
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.mid(0, 5).join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestParticles)
#include "tst_particles.moc"
