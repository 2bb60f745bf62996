// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/entities.h"

#include <QList>
#include <QString>

// Several pasted lines become outputs of a year, one per line: "2024-03 LLM 추천 후기 https://…" or a bare URL
// list. A line's URL becomes the output's link; a line without other words is titled from the URL's last path
// part ("llm-recsys-review" → "llm recsys review"). A leading date (2024, 2024-03, 2024-03-14) of that year dates
// it; the kind is guessed from well-known sites (slides and videos: talk, arXiv: paper, releases: release), else
// `defaultKind`. Blank lines and list markers are skipped.
namespace hoego::outputpaste {

QList<Output> parse(const QString &text, Id yearId, int yearNumber, const QString &defaultKind);

} // namespace hoego::outputpaste
