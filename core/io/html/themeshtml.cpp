#include "themeshtml.h"

#include "markdownhtml.h"

#include "io/reportwords.h"

namespace hoego {

QString themesHtml(const YearData &data, i18n::Language language, const QString &headingTag)
{
    if (data.themes.isEmpty())
        return {};
    QString html = QStringLiteral("<%1>%2</%1><ul class=\"themes\">")
                       .arg(headingTag, escapeHtml(reportwords::themesHeading(language)));
    for (const YearTheme &theme : data.themes) {
        html += QStringLiteral("<li><strong>%1</strong> (%2)")
                    .arg(escapeHtml(theme.theme.name), escapeHtml(reportwords::themeStateWord(theme.entry.state, language)));
        if (!theme.entry.note.trimmed().isEmpty())
            html += QStringLiteral(" — ") + escapeHtml(theme.entry.note.simplified());
        html += QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ul>");
}

QString questionsHtml(const YearData &data, i18n::Language language, const QString &headingTag)
{
    if (data.questions.isEmpty())
        return {};
    QString html = QStringLiteral("<%1>%2</%1>").arg(headingTag, escapeHtml(reportwords::questionsHeading(language)));
    for (const YearQuestion &question : data.questions) {
        html += QStringLiteral("<h3>%1</h3>").arg(escapeHtml(question.question.text));
        if (!question.answer.body.trimmed().isEmpty())
            html += markdownToHtml(question.answer.body);
    }
    return html;
}

} // namespace hoego
