// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

// A child process for tst_crashsafety: writes edits through the core as fast as it can and prints each one
// only after the call returned success, so every printed line is an acknowledged edit. The test kills it with
// SIGKILL at random moments and then checks that every printed edit is in the database.
//
// Usage: hoego_crashwriter DATABASE FIRST_COUNTER
// Output lines: "E <event id> <title>" for a new event, "S <year id> <counter>" for a new year summary.

#include "storage/database.h"
#include "storage/repositories.h"

#include <QCoreApplication>

#include <cstdio>

using namespace hoego;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        std::fprintf(stderr, "usage: hoego_crashwriter DATABASE FIRST_COUNTER\n");
        return 1;
    }
    auto opened = Database::open(arguments[1]);
    if (!opened.ok()) {
        std::fprintf(stderr, "open: %s\n", qPrintable(opened.error().message));
        return 3;
    }
    Repositories repos(opened.value()->connectionName());
    Id yearId = 0;
    if (auto year = repos.years.byNumber(2023); year.ok()) {
        yearId = year->id;
    } else if (auto created = repos.years.create(2023); created.ok()) {
        yearId = created.value();
    } else {
        std::fprintf(stderr, "year: %s\n", qPrintable(created.error().message));
        return 4;
    }

    for (qint64 counter = arguments[2].toLongLong();; ++counter) {
        if (counter % 3 == 2) {
            const Status saved = repos.years.setSummary(yearId, QStringLiteral("요약 %1").arg(counter));
            if (!saved.ok()) {
                std::fprintf(stderr, "summary: %s\n", qPrintable(saved.error().message));
                return 4;
            }
            std::printf("S %lld %lld\n", static_cast<long long>(yearId), static_cast<long long>(counter));
        } else {
            Event event;
            event.yearId = yearId;
            event.title = QStringLiteral("편집 %1").arg(counter);
            event.date = PartialDate::ofYear(2023);
            event.notes = QStringLiteral("메모 %1").arg(counter).repeated(20);
            auto created = repos.events.create(event);
            if (!created.ok()) {
                std::fprintf(stderr, "event: %s\n", qPrintable(created.error().message));
                return 4;
            }
            std::printf("E %lld %s\n", static_cast<long long>(created.value()), event.title.toUtf8().constData());
        }
        std::fflush(stdout);
    }
}
