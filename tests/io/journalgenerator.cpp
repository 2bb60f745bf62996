// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "journalgenerator.h"

#include "iotestsupport.h"

#include <QDate>
#include <QDir>

#include <yaml-cpp/yaml.h>

namespace hoego::test {
namespace {

std::string utf8(const QString &text)
{
    return text.toStdString();
}

void count(GeneratedJournal &journal, const QString &tag)
{
    ++journal.tagCounts[tag];
}

} // namespace

GeneratedJournal writeJournal(const QString &folder, int firstYear, int years, int charactersPerDay)
{
    GeneratedJournal journal;
    QDir().mkpath(folder);
    const QString filler = QStringLiteral("오늘은 모델 평가 파이프라인을 손봤다. Evaluated the new retrieval setup. ");
    for (int year = firstYear; year < firstYear + years; ++year) {
        for (int month = 1; month <= 12; ++month) {
            YAML::Emitter out;
            out << YAML::BeginMap;
            const int days = QDate(year, month, 1).daysInMonth();
            int written = 0;
            for (int day = 1; day <= days; ++day) {
                const int serial = year * 400 + month * 31 + day;
                if (serial % 13 == 0)
                    continue; // a day without an entry
                out << YAML::Key << day << YAML::Value << YAML::BeginMap;
                QString text = QStringLiteral("%1-%2-%3 기록 #일기")
                                       .arg(year)
                                       .arg(month, 2, 10, QLatin1Char('0'))
                                       .arg(day, 2, 10, QLatin1Char('0'));
                count(journal, QStringLiteral("일기"));
                if (serial % 3 == 0) {
                    text += QStringLiteral(" #운동");
                    count(journal, QStringLiteral("운동"));
                }
                text += QLatin1Char('\n');
                while (text.size() < charactersPerDay)
                    text += filler;
                if (serial % 4 == 0) {
                    text += QStringLiteral("\nC# 코드를 봤다, not a tag. #work");
                    count(journal, QStringLiteral("work"));
                }
                out << YAML::Key << "text" << YAML::Value;
                if (serial % 2 == 0)
                    out << YAML::Literal;
                out << utf8(text);
                if (serial % 7 == 0) {
                    out << YAML::Key << "Ideas" << YAML::Value << YAML::BeginMap << YAML::Key
                        << utf8(QStringLiteral("글감: 평가")) << YAML::Value << YAML::Null << YAML::EndMap;
                    count(journal, QStringLiteral("Ideas"));
                }
                if (serial % 10 == 0) {
                    out << YAML::Key << "Tags" << YAML::Value << YAML::BeginMap << YAML::Key << "family" << YAML::Value
                        << YAML::Null << YAML::EndMap;
                    count(journal, QStringLiteral("family"));
                }
                out << YAML::EndMap;
                ++journal.daysWithText;
                journal.characters += text.size();
                ++written;
            }
            out << YAML::EndMap;
            if (written == 0)
                continue;
            const QString path
                    = QStringLiteral("%1/%2-%3.txt").arg(folder).arg(year).arg(month, 2, 10, QLatin1Char('0'));
            writeFile(path, QByteArray(out.c_str()));
            ++journal.files;
        }
    }
    return journal;
}

} // namespace hoego::test
