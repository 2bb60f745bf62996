// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "i18n/language.h"
#include "io/importbatch.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hoego {

class Vocabulary;

// One heading of a retrospective post and what its content becomes.
struct MarkdownPart
{
    enum class Kind {
        Section, // the heading and its text become a section (the default)
        Events, // list items become events (### subheadings naming an area set the area)
        TechEvents, // list items become events in the Tech area
        Themes, // list items become the year's themes: "Name (state) — note"
        Questions, // subheadings (or list items) become questions, the text under each its answer
        Lessons, // list items become lessons
        Unfinished, // list items become unfinished items
        Goals, // task list items become goals of goalYear
        ClosingNote, // the text becomes the year's closing note
        Skip, // left out
        Outputs, // list items become the year's outputs (issue 13): ### subheadings name the kind
        Summary, // the text becomes the year's one-line summary (a longer text stays a section)
    };

    QString heading;
    int line = 0; // 1-based line of the heading
    int level = 2; // of the heading: a recognised subheading inside a part is a part of its own
    Kind detected = Kind::Section;
    Kind kind = Kind::Section; // what will be written; starts as `detected`, the preview may change it
    int goalYear = 0; // for Goals: the year the heading names, or the next year
    QString body; // the raw Markdown under the heading
    int bodyLine = 0; // 1-based line where the body starts
};

// A parsed Markdown retrospective, before anything is written: the import preview shows and edits it.
struct MarkdownDocument
{
    QString fileName;
    int year = 0;
    QString title;
    QString summary;
    QString intro; // text before the first part, other than the title and the summary quote
    int introLine = 0;
    i18n::Language language = i18n::Language::Korean; // of the post, for the words Hoego adds
    // The level of the part headings: headings deeper than it inside a body are stored that many levels up.
    int partLevel = 2;
    QList<MarkdownPart> parts;
    QStringList leftOut; // page clutter dropped from a saved web page (share buttons, comments...), to show
    QStringList tags; // of the front matter: those that name a subject become the year's themes
    int tagsLine = 0;
};

// Reads a post with cmark-gfm. The title is the first `#` heading wherever it is (or the front matter's); a later
// `#` heading is a part like the `##` ones, so a post can never end early. Text before the title is kept with the
// introduction. The year comes from `givenYear` when non-zero, else from the title ("2023년 회고",
// "My 2023 in review"), the front matter, the first lines or the headings (see yearsignals.h); a post without
// one is refused, naming the file and line. A title, summary or part heading over the app's limits is refused
// with its line, never cut.
Result<MarkdownDocument> parseMarkdownRetrospective(const QString &text, const QString &fileName, int givenYear = 0);

// Turns the parts into content to write, by each part's `kind`. `knownAreas` are the database's area names:
// a ### subheading under events that names one sets the events' area. Nothing is cut: an item over the app's
// limits is kept whole and its origin names the line at fault, so writeImportBatch refuses the whole file there.
ImportBatch markdownBatch(const MarkdownDocument &document, const QStringList &knownAreas);
// What the part at `index` alone would create (the others skipped, the intro left out), for the import
// previews' count per part.
ImportBatch markdownPartBatch(const MarkdownDocument &document, qsizetype index, const QStringList &knownAreas);

// Appends `part` to `out`, split into sub-parts: a section whose subheadings name a kind gives one part per
// subheading at the first level below it (recursively); an events part's dated subheadings with a paragraph
// under them become list items.
void expandPart(MarkdownPart part, int documentYear, QList<MarkdownPart> *out);

// Stable names of the kinds for the command line: section, events, tech-events, themes, questions, lessons,
// unfinished, goals, closing-note, skip, outputs.
QString partKindKey(MarkdownPart::Kind kind);
std::optional<MarkdownPart::Kind> partKindFromKey(const QString &key);

// What a heading's wording says its list holds (Section when it says nothing), by the built-in vocabulary or
// another, and for goals which year.
MarkdownPart::Kind detectPartKind(const QString &heading);
MarkdownPart::Kind detectPartKind(const QString &heading, const Vocabulary &vocabulary);
int goalYearOf(const QString &heading, int documentYear);

} // namespace hoego
