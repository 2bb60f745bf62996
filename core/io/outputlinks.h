// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QString>
#include <QUrl>

// What an output's address says about it (issue 13), for the paste on the Outputs tab and the Markdown importer.
namespace hoego::outputlinks {

// The kind well-known sites imply: slides and videos are talks, arXiv and ACL papers are papers, a release page
// is a release; `fallback` otherwise.
QString kindOf(const QUrl &url, const QString &fallback);
// A title from the address when the text gives none: its last path part that says something
// ("llm-recsys-review" → "llm recsys review"), else the host.
QString titleOf(const QUrl &url);

} // namespace hoego::outputlinks
