// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "outputshtml.h"

#include "io/outputgroups.h"
#include "io/outputtables.h"
#include "io/reportwords.h"
#include "markdownhtml.h"

namespace hoego {
namespace {

QString linked(const QString &title, const QUrl &url)
{
    if (url.isEmpty())
        return QStringLiteral("<strong>%1</strong>").arg(escapeHtml(title));
    return QStringLiteral("<a href=\"%1\"><strong>%2</strong></a>")
            .arg(escapeHtml(url.toString(QUrl::FullyEncoded)), escapeHtml(title));
}

// Alignment by attribute rather than style: the PDF's QTextDocument reads `align` on cells.
QString tableHtml(const CountTable &table, const QString &headingTag)
{
    const auto cells = [](const QStringList &texts, const char *tag) -> QString {
        QString row = QStringLiteral("<tr>");
        for (qsizetype column = 0; column < texts.size(); ++column)
            row += QStringLiteral("<%1 align=\"%2\">%3</%1>")
                           .arg(QLatin1String(tag), column == 0 ? QStringLiteral("left") : QStringLiteral("right"),
                                escapeHtml(texts.at(column)));
        return row + QStringLiteral("</tr>");
    };
    QString html = QStringLiteral("<%1>%2</%1>").arg(headingTag, escapeHtml(table.heading));
    html += QStringLiteral("<table class=\"counts\" cellspacing=\"0\" cellpadding=\"4\"><thead>")
            + cells(table.columns, "th") + QStringLiteral("</thead><tbody>");
    for (const QStringList &row : table.rows)
        html += cells(row, "td");
    return html + QStringLiteral("</tbody></table>");
}

} // namespace

QString outputsHtml(const YearReport &report, i18n::Language language, const QString &heading,
                    const QString &headingTag)
{
    const YearData &data = report.data;
    if (data.outputs.isEmpty())
        return {};
    QStringList out;
    out << QStringLiteral("<%1>%2</%1>").arg(headingTag, escapeHtml(heading));
    // One level below the part's heading, as the events' groups are.
    const QString groupTag = headingTag == QLatin1String("h2") ? QStringLiteral("h3") : QStringLiteral("h4");
    for (const OutputGroup &group : outputsByKind(data.outputs)) {
        out << QStringLiteral("<%1>%2</%1><ul class=\"outputs\">")
                        .arg(groupTag, escapeHtml(reportwords::outputKindHeading(group.kind, language)));
        for (const Output &output : group.outputs) {
            QString item = QStringLiteral("<li>");
            if (const QString date = reportwords::dateText(output.date, language); !date.isEmpty())
                item += QStringLiteral("<time datetime=\"%1\">%2</time> ")
                                .arg(output.date.toIsoString(), escapeHtml(date));
            item += linked(output.title, output.link);
            if (!output.venue.isEmpty())
                item += QStringLiteral(" — %1").arg(escapeHtml(output.venue));
            if (!output.notes.trimmed().isEmpty())
                item += QStringLiteral("<div class=\"notes\">%1</div>").arg(markdownToHtml(output.notes));
            out << item + QStringLiteral("</li>");
        }
        out << QStringLiteral("</ul>");
    }
    for (const CountTable &table : outputCountTables(report, language))
        out << tableHtml(table, groupTag);
    return out.join(QLatin1Char('\n'));
}

QStringList evidenceHtml(const YearData &data, Id goalId)
{
    QStringList items;
    for (const EvidenceItem &item : data.evidence) {
        if (item.link.goalId == goalId)
            items << QStringLiteral("&#8627; ") + linked(item.title, item.url);
    }
    return items;
}

} // namespace hoego
