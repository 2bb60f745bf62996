// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// Lists of what the author made, in a post (issue 13): a part headed "작성한 글", "발표", "Talks" or "What I made",
// or a list whose items are mostly links, becomes outputs with their links and kinds.
namespace hoego::outputlists {

// The kind a heading names when it lists things made: "작성한 글", "블로그 글", "Posts", "Writing" are posts;
// "발표", "강연", "Talks" talks; "강의한", "Courses I taught" courses; "출간", "Books I wrote" books; "논문",
// "Papers", "Publications" papers; "릴리스", "Releases" releases. A heading about what was read, watched or taken
// ("읽은 글", "들은 강의", "Reading list") names none.
std::optional<QString> kindOfHeading(const QString &heading);

// Whether a part that says nothing else lists outputs: two items or more in `body`, at least two in three of
// them a link (a Markdown link or a bare http(s) address), under a heading that is not about reading or
// references ("읽은 글", "참고", "Links").
bool isListOfLinks(const QString &heading, const QString &body);

// One item of such a list: "[title](url) — venue", "title https://… — venue" or an address alone (titled from
// it). Its kind is `kind`; when that is empty, the address's when it tells (slides are a talk), else "other".
struct LinkedItem
{
    QString title;
    QUrl link;
    QString venue;
    QString kind;
};
LinkedItem readItem(const QString &text, const QString &kind);

} // namespace hoego::outputlists
