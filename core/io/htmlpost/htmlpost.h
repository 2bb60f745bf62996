// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace hoego {

// A saved blog page (Velog, Tistory, a Notion export, any HTML) read as the Markdown of its article.
struct HtmlPost
{
    QString markdown; // the article: headings, lists, task lists, quotes, code, tables, links, emphasis
    QStringList leftOut; // page clutter found inside the article and dropped (share buttons, comments...)
};

// Whether the bytes look like an HTML page rather than Markdown.
bool looksLikeHtml(const QByteArray &bytes);

// Finds the article (an <article>, an element whose class or id names the post body such as entry-content or
// page-body, else the element holding the most paragraph text), drops scripts, navigation, forms, share
// buttons, related posts and comments, and writes the rest as Markdown for the retrospective reader. The page's
// <title> becomes the # title when the article has no <h1>. Pages nested deeper than any real page are refused.
Result<HtmlPost> readHtmlPost(const QByteArray &html, const QString &fileName);

} // namespace hoego
