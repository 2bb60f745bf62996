// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "datagenerator.h"

#include "storage/repositories.h"
#include "storage/sql.h"

#include <QDate>
#include <QRandomGenerator>

namespace hoego::bench {
namespace {

// Sentences are put together from parts, so the text varies the way a diary does (thousands of different
// sentences) while staying reproducible. "졸업" (the two-syllable search word) sits in a rare part on purpose:
// a realistic word has hundreds of hits over 30 years, not thousands. "회의" is common.
const char *const kKoreanSubjects[] = {
        "오늘은",      "아침에", "점심 먹고", "퇴근 후에", "주말에",    "오랜만에",      "팀원들과",   "혼자서",
        "회의 끝나고", "밤늦게", "출근길에",  "저녁에는",  "비가 와서", "날씨가 좋아서", "연구실에서", "카페에서",
};
const char *const kKoreanObjects[] = {
        "모델 학습을",           "데이터 파이프라인을",
        "논문 초안을",           "데이터베이스 마이그레이션을",
        "추천 시스템 평가를",    "코드 리뷰를",
        "발표 자료를",           "실험 결과를",
        "하이퍼파라미터 탐색을", "회의록을",
        "GPU 서버 설정을",       "임베딩 품질 분석을",
        "주간 회의 안건을",      "가족 여행 계획을",
        "운동 루틴을",           "책 한 권을",
        "A/B 테스트 결과를",     "분산 학습 스크립트를",
        "신입 온보딩 문서를",    "로그 수집 대시보드를",
};
const char *const kKoreanVerbs[] = {
        "끝냈다.",          "다시 정리했다.", "처음부터 다시 썼다.", "꼼꼼히 검토했다.",
        "겨우 마무리했다.", "팀에 공유했다.", "조금씩 진행했다.",    "미뤄 두었다.",
        "개선해 보았다.",   "같이 고민했다.", "드디어 배포했다.",    "기록해 두었다.",
};
const char *const kKoreanRare[] = {
        "대학원 졸업 준비 때문에 마음이 바빴다.",
        "친구의 졸업식에 다녀왔다.",
        "졸업 논문 심사 일정이 잡혔다.",
        "동생이 무사히 졸업했다.",
};
const char *const kEnglishSubjects[] = {
        "Spent the morning", "Finally managed",  "Paired with a colleague", "Took an hour",
        "Stayed late",       "Started the week", "Used the afternoon",      "Blocked two hours",
};
const char *const kEnglishObjects[] = {
        "debugging the data loader",
        "reading a paper on transformer attention",
        "tuning the learning rate schedule",
        "upgrading the Kubernetes cluster",
        "writing unit tests for the feature store",
        "profiling GPU memory",
        "cleaning up the evaluation notebook",
        "reviewing the ranking model",
        "migrating the database schema",
        "preparing the quarterly roadmap",
        "fixing a flaky CI pipeline",
        "benchmarking vector search",
};
const char *const kEnglishEndings[] = {
        " and it went well.",  ", which took longer than planned.", "; still need a follow-up.",
        " with good results.", " and wrote notes about it.",        ", mostly done.",
};
const char *const kTags[] = {
        "work",    "study", "health", "family", "ml",   "paper",    "travel",
        "reading", "회고",  "운동",   "연구",   "가족", "프로젝트", "독서",
};
const char *const kHeadings[] = {
        "한 해 요약", "일",        "공부",    "건강",    "사람들", "기술 트렌드",
        "잘한 점",    "아쉬운 점", "배운 것", "읽은 책", "여행",   "내년에는",
};

template<typename T, std::size_t N>
QString pick(QRandomGenerator &random, const T (&items)[N])
{
    return QString::fromUtf8(items[random.bounded(int(N))]);
}

QString koreanSentence(QRandomGenerator &random)
{
    if (random.bounded(40) == 0)
        return pick(random, kKoreanRare);
    return pick(random, kKoreanSubjects) + QLatin1Char(' ') + pick(random, kKoreanObjects) + QLatin1Char(' ')
            + pick(random, kKoreanVerbs);
}

QString englishSentence(QRandomGenerator &random)
{
    return pick(random, kEnglishSubjects) + QLatin1Char(' ') + pick(random, kEnglishObjects)
            + pick(random, kEnglishEndings);
}

// Mixed text of about `length` characters: mostly Korean, one English sentence in three, numbers sprinkled.
QString paragraph(QRandomGenerator &random, int length)
{
    QString text;
    while (text.size() < length) {
        if (!text.isEmpty())
            text += random.bounded(6) == 0 ? QStringLiteral("\n") : QStringLiteral(" ");
        text += random.bounded(3) == 0 ? englishSentence(random) : koreanSentence(random);
        if (random.bounded(8) == 0)
            text += QStringLiteral(" (%1%)").arg(random.bounded(100));
    }
    return text;
}

QString utf8Sized(QRandomGenerator &random, int minBytes, int maxBytes)
{
    const int target = minBytes + random.bounded(maxBytes - minBytes + 1);
    QString text;
    while (text.toUtf8().size() < target)
        text += (text.isEmpty() ? QString() : QStringLiteral("\n\n")) + paragraph(random, 300);
    return text;
}

Result<int> writeEvents(Repositories &repos, Id yearId, int year, QRandomGenerator &random, qint64 &characters)
{
    int count = 0;
    for (QDate day(year, 1, 1); day.year() == year; day = day.addDays(1)) {
        Event event;
        event.yearId = yearId;
        event.date = PartialDate::ofDay(year, day.month(), day.day());
        event.title = koreanSentence(random);
        event.notes = paragraph(random, 300 + random.bounded(501) - int(event.title.size()));
        event.areaId = 1 + random.bounded(6);
        const int tags = 1 + random.bounded(3);
        for (int i = 0; i < tags; ++i)
            event.tags << pick(random, kTags);
        auto created = repos.events.create(event);
        if (!created.ok())
            return created.error();
        characters += event.title.size() + event.notes.size();
        ++count;
    }
    return count;
}

Status writeGoals(Repositories &repos, Id yearId, int year, int goalsPerYear, QRandomGenerator &random)
{
    for (int i = 0; i < goalsPerYear; ++i) {
        Goal goal;
        goal.yearId = yearId;
        goal.title = QStringLiteral("%1 — 목표 %2").arg(pick(random, kKoreanObjects)).arg(i + 1);
        goal.notes = paragraph(random, 80);
        goal.areaId = 1 + random.bounded(6);
        switch (i % 3) {
        case 0:
            goal.kind = GoalKind::Milestones;
            for (int m = 0, n = 3 + random.bounded(3); m < n; ++m) {
                Milestone milestone;
                milestone.title = QStringLiteral("단계 %1: %2").arg(m + 1).arg(pick(random, kEnglishObjects));
                milestone.done = random.bounded(2) == 0;
                if (milestone.done)
                    milestone.doneOn = QDate(year, 1 + random.bounded(12), 1 + random.bounded(28));
                goal.milestones << milestone;
            }
            break;
        case 1:
            goal.kind = GoalKind::Count;
            goal.target = 12 + random.bounded(40);
            goal.current = random.bounded(goal.target);
            break;
        default:
            goal.kind = GoalKind::Check;
            if (random.bounded(2) == 0) {
                goal.status = GoalStatus::Done;
                goal.doneOn = QDate(year, 1 + random.bounded(12), 1 + random.bounded(28));
            }
        }
        if (random.bounded(4) == 0) {
            EvidenceLink link;
            link.label = QStringLiteral("notes");
            link.url = QUrl(QStringLiteral("https://example.org/%1/%2").arg(year).arg(i));
            goal.links << link;
        }
        if (auto created = repos.goals.create(goal); !created.ok())
            return created.error();
    }
    return {};
}

Result<GeneratedCounts> writeYear(Repositories &repos, int year, const GeneratorOptions &options,
                                  QRandomGenerator &random, GeneratedCounts counts)
{
    auto yearId = repos.years.create(year, QStringLiteral("%1년 — %2").arg(year).arg(pick(random, kHeadings)),
                                     koreanSentence(random));
    if (!yearId.ok())
        return yearId.error();
    auto events = writeEvents(repos, *yearId, year, random, counts.characters);
    if (!events.ok())
        return events.error();
    counts.events += *events;
    for (int i = 0; i < options.sectionsPerYear; ++i) {
        const QString body = utf8Sized(random, 2048, 5120);
        auto section = repos.sections.create(*yearId, pick(random, kHeadings), body);
        if (!section.ok())
            return section.error();
        counts.characters += body.size();
        ++counts.sections;
    }
    for (int i = 0; i < options.lessonsPerYear; ++i) {
        Lesson lesson;
        lesson.yearId = *yearId;
        lesson.text = koreanSentence(random) + QLatin1Char(' ') + englishSentence(random);
        if (auto created = repos.lessons.create(lesson); !created.ok())
            return created.error();
        ++counts.lessons;
    }
    if (Status goals = writeGoals(repos, *yearId, year, options.goalsPerYear, random); !goals.ok())
        return goals.error();
    counts.goals += options.goalsPerYear;
    ++counts.years;
    return counts;
}

} // namespace

Result<GeneratedCounts> generateJournal(const QString &connection, const GeneratorOptions &options)
{
    Repositories repos(connection);
    QRandomGenerator random(options.seed);
    GeneratedCounts counts;
    for (int year = options.firstYear; year < options.firstYear + options.years; ++year) {
        auto written = sql::inTransaction(connection, [&] { return writeYear(repos, year, options, random, counts); });
        if (!written.ok())
            return written.error();
        counts = *written;
    }
    return counts;
}

} // namespace hoego::bench
