// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "themeshtml.h"

#include "markdownhtml.h"

#include "io/reportwords.h"

#include <QList>

#include <cmath>
#include <numbers>

namespace hoego {
namespace {

// "Adopt", "사용": state words begin with a capital in a page (Markdown keeps them as written).
QString stateName(ThemeState state, i18n::Language language)
{
    QString word = reportwords::themeStateWord(state, language);
    if (!word.isEmpty())
        word[0] = word[0].toUpper();
    return word;
}

// Adopt in the middle, then Trial, Assess and Hold, as in the window's radar.
int ringOf(ThemeState state)
{
    switch (state) {
    case ThemeState::Adopt:
        return 0;
    case ThemeState::Trial:
        return 1;
    case ThemeState::Assess:
        return 2;
    case ThemeState::Hold:
        return 3;
    }
    return 2;
}

// The year's themes on four rings, each ring's themes spread evenly around it; names beside their dots.
QString radarSvg(const YearData &data, i18n::Language language)
{
    constexpr double kCenter = 160;
    constexpr double kRing = 36;
    QString svg = QStringLiteral("<svg class=\"radar\" viewBox=\"-70 0 460 320\" role=\"img\" aria-label=\"%1\">")
                          .arg(escapeHtml(reportwords::themesHeading(language)));
    for (int ring = 3; ring >= 0; --ring)
        svg += QStringLiteral("<circle cx=\"%1\" cy=\"%1\" r=\"%2\" fill=\"%3\" stroke=\"#bbb\"/>")
                       .arg(kCenter)
                       .arg(kRing * (ring + 1))
                       .arg(ring % 2 ? QStringLiteral("#f4f4f4") : QStringLiteral("#ffffff"));
    const QList<ThemeState> order{ThemeState::Adopt, ThemeState::Trial, ThemeState::Assess, ThemeState::Hold};
    for (int ring = 0; ring < 4; ++ring)
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"9\" fill=\"#666\">%3</text>")
                       .arg(kCenter + 3)
                       .arg(kCenter - kRing * ring - kRing / 2)
                       .arg(escapeHtml(stateName(order[ring], language)));
    for (int ring = 0; ring < 4; ++ring) {
        QList<const YearTheme *> here;
        for (const YearTheme &theme : data.themes) {
            if (ringOf(theme.entry.state) == ring)
                here << &theme;
        }
        for (qsizetype i = 0; i < here.size(); ++i) {
            // Turned away from the vertical axis, where the ring names are, and a little further on each ring.
            const double angle
                    = -std::numbers::pi / 2 + 2 * std::numbers::pi * (i + 0.5) / here.size() + 0.35 + 0.3 * ring;
            const double radius = kRing * ring + kRing * 0.55;
            const double x = kCenter + std::cos(angle) * radius;
            const double y = kCenter + std::sin(angle) * radius;
            const bool left = std::cos(angle) < -0.2;
            svg += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"4\" fill=\"#3d5a80\"/>"
                                  "<text x=\"%3\" y=\"%4\" font-size=\"10\" text-anchor=\"%5\">%6</text>")
                           .arg(x, 0, 'f', 1)
                           .arg(y, 0, 'f', 1)
                           .arg(left ? x - 6 : x + 6, 0, 'f', 1)
                           .arg(y + 3.5, 0, 'f', 1)
                           .arg(left ? QStringLiteral("end") : QStringLiteral("start"),
                                escapeHtml(here[i]->theme.name));
        }
    }
    return svg + QStringLiteral("</svg>");
}

} // namespace

QString themesHtml(const YearData &data, i18n::Language language, bool withRadar, const QString &heading,
                   const QString &headingTag)
{
    if (data.themes.isEmpty())
        return {};
    QString html = QStringLiteral("<%1>%2</%1>").arg(headingTag, escapeHtml(heading));
    if (withRadar)
        html += radarSvg(data, language);
    html += QStringLiteral("<ul class=\"themes\">");
    for (const YearTheme &theme : data.themes) {
        html += QStringLiteral("<li><strong>%1</strong> (%2)")
                        .arg(escapeHtml(theme.theme.name), escapeHtml(stateName(theme.entry.state, language)));
        if (!theme.entry.note.trimmed().isEmpty())
            html += QStringLiteral(" — ") + escapeHtml(theme.entry.note.simplified());
        html += QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ul>");
}

QString questionsHtml(const YearData &data, const QString &heading, const QString &headingTag)
{
    if (data.questions.isEmpty())
        return {};
    QString html = QStringLiteral("<%1>%2</%1>").arg(headingTag, escapeHtml(heading));
    for (const YearQuestion &question : data.questions) {
        html += QStringLiteral("<h3>%1</h3>").arg(escapeHtml(question.question.text));
        if (!question.answer.body.trimmed().isEmpty())
            html += markdownToHtml(question.answer.body);
    }
    return html;
}

} // namespace hoego
