#pragma once

#include "io/yearreport.h"

namespace hoego {

// A year summary as a blog-ready Markdown post: optional front matter, title and summary, events by area or
// by month, the sections, lessons, unfinished items, the year's goals and the next year's goals as task lists
// with progress and evidence links, and the closing note. MarkdownImporter reads it back.
QString exportMarkdown(const YearReport &report, const ReportOptions &options);

} // namespace hoego
