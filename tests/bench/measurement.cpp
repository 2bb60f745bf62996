// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "measurement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

#include <time.h>

namespace hoego::bench {
namespace {

double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double medianOf(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

QList<double> sorted(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values;
}

QString number(double value)
{
    return value >= 100 ? QString::number(value, 'f', 0) : QString::number(value, 'f', value >= 10 ? 1 : 2);
}

// Columns in a terminal: Hangul and other East Asian wide characters take two.
qsizetype displayWidth(const QString &text)
{
    qsizetype width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
                || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFF00 && u <= 0xFF60);
        width += wide ? 2 : 1;
    }
    return width;
}

QString padded(const QString &text, qsizetype width, bool right)
{
    const QString fill(std::max<qsizetype>(0, width - displayWidth(text)), QLatin1Char(' '));
    return right ? fill + text : text + fill;
}

QString &measurementFilter()
{
    static QString filter;
    return filter;
}

} // namespace

void setMeasurementFilter(const QString &part)
{
    measurementFilter() = part;
}

double Measurement::min() const
{
    return samples.isEmpty() ? 0 : sorted(samples).first();
}

double Measurement::max() const
{
    return samples.isEmpty() ? 0 : sorted(samples).last();
}

double Measurement::median() const
{
    return medianOf(samples);
}

double Measurement::cpuMedian() const
{
    return medianOf(cpuSamples);
}

bool Measurement::meetsTarget() const
{
    return target <= 0 || (!samples.isEmpty() && median() < target);
}

Measurement namedRow(const QString &database, const QString &name, const QString &note)
{
    Measurement row;
    row.database = database;
    row.name = name;
    row.note = note;
    return row;
}

Measurement timeRepeated(const QString &database, const QString &name, int repeats, double target,
                         const std::function<QString()> &body, bool warmUp)
{
    Measurement row;
    row.database = database;
    row.name = name;
    row.target = target;
    const QStringList wanted = measurementFilter().split(QLatin1Char(','), Qt::SkipEmptyParts);
    const bool selected = wanted.isEmpty() || std::any_of(wanted.cbegin(), wanted.cend(), [&](const QString &part) {
                              return name.contains(part, Qt::CaseInsensitive);
                          });
    if (!selected) {
        row.note = QStringLiteral("skipped (--only)");
        return row;
    }
    if (const QString failed = warmUp ? body() : QString(); !failed.isEmpty()) {
        row.note = failed;
        return row;
    }
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        const double cpuStart = cpuMs();
        timer.start();
        const QString failed = body();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        row.cpuSamples << cpuMs() - cpuStart;
        if (!failed.isEmpty()) {
            row.note = failed;
            row.samples.clear();
            row.cpuSamples.clear();
            return row;
        }
        row.samples << ms;
    }
    return row;
}

QString formatTable(const QList<Measurement> &rows)
{
    const QStringList header{QStringLiteral("database"), QStringLiteral("measurement"), QStringLiteral("min"),
                             QStringLiteral("median"),   QStringLiteral("max"),         QStringLiteral("cpu"),
                             QStringLiteral("target"),   QStringLiteral("ok"),          QStringLiteral("note")};
    QList<QStringList> cells{header};
    for (const Measurement &row : rows) {
        const bool timed = !row.samples.isEmpty();
        const QString unit = row.unit == QLatin1String("ms") ? QString() : QLatin1Char(' ') + row.unit;
        cells << QStringList{row.database,
                             row.name,
                             timed ? number(row.min()) + unit : QStringLiteral("-"),
                             timed ? number(row.median()) + unit : QStringLiteral("-"),
                             timed ? number(row.max()) + unit : QStringLiteral("-"),
                             row.cpuSamples.isEmpty() ? QString() : number(row.cpuMedian()),
                             row.target > 0 ? QStringLiteral("< ") + number(row.target) + unit : QString(),
                             !timed ? QStringLiteral("n/a")
                                    : (row.target > 0
                                               ? (row.meetsTarget() ? QStringLiteral("yes") : QStringLiteral("NO"))
                                               : QString()),
                             row.note};
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &line : cells)
        for (qsizetype i = 0; i < line.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(line[i]));
    QString text;
    for (qsizetype r = 0; r < cells.size(); ++r) {
        QStringList line;
        for (qsizetype i = 0; i < cells[r].size(); ++i)
            line << padded(cells[r][i], widths[i], i >= 2 && i <= 6);
        text += QStringLiteral("| ") + line.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
        if (r == 0) {
            QStringList rule;
            for (qsizetype i = 0; i < widths.size(); ++i)
                rule << QString(widths[i], QLatin1Char('-'));
            text += QStringLiteral("|-") + rule.join(QStringLiteral("-|-")) + QStringLiteral("-|\n");
        }
    }
    return text;
}

QByteArray formatJson(const QList<Measurement> &rows)
{
    QJsonArray array;
    for (const Measurement &row : rows) {
        QJsonArray samples;
        for (double sample : row.samples)
            samples.append(sample);
        QJsonObject object{{QStringLiteral("database"), row.database},
                           {QStringLiteral("name"), row.name},
                           {QStringLiteral("unit"), row.unit},
                           {QStringLiteral("samples"), samples},
                           {QStringLiteral("note"), row.note}};
        if (!row.samples.isEmpty()) {
            object.insert(QStringLiteral("min"), row.min());
            object.insert(QStringLiteral("median"), row.median());
            object.insert(QStringLiteral("max"), row.max());
        }
        if (!row.cpuSamples.isEmpty()) {
            QJsonArray cpu;
            for (double sample : row.cpuSamples)
                cpu.append(sample);
            object.insert(QStringLiteral("cpuSamples"), cpu);
            object.insert(QStringLiteral("cpuMedian"), row.cpuMedian());
        }
        if (row.target > 0) {
            object.insert(QStringLiteral("target"), row.target);
            object.insert(QStringLiteral("meetsTarget"), row.meetsTarget());
        }
        array.append(object);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("measurements"), array}}).toJson(QJsonDocument::Indented);
}

} // namespace hoego::bench
