// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "ids.h"
#include "partialdate.h"

#include <QColor>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// Plain value types of Hoego's domain. They carry data between storage, services and the UI; rules live in
// core/validation and the repositories.
namespace hoego {

struct Year
{
    Id id = 0;
    int number = 0;
    QString title;
    QString summary;
    QString closingNote;
};

// A year with the counts the timeline and the year list show, read in one query.
struct YearOverview
{
    Year year;
    int eventCount = 0;
    int sectionCount = 0;
    int lessonCount = 0;
    int unfinishedCount = 0;
    int goalCount = 0;
    int goalsDone = 0;
    int goalsDropped = 0;
    int goalsCarried = 0; // carried over to a later year
};

// Whether both lists hold the same years in the same order (their counts and titles may differ).
bool hasSameYears(const QList<YearOverview> &a, const QList<YearOverview> &b);

struct Area
{
    Id id = 0;
    QString name;
    QColor color;
    int position = 0;
    bool isPrivate = false; // left out of a public export (issue 14)
};

struct Event
{
    Id id = 0;
    Id yearId = 0;
    QString title;
    PartialDate date;
    Id areaId = 0;
    QString notes;
    QStringList tags;
    int position = 0;
    bool isPrivate = false; // left out of a public export (issue 14)
    // The row's version as read (issue 16); an edit from it is refused on a server when the row changed since.
    // 0: not read from the database, nothing to compare.
    int version = 0;
};

struct Section
{
    Id id = 0;
    Id yearId = 0;
    QString heading;
    QString body;
    int position = 0;
    bool isPrivate = false; // left out of a public export (issue 14)

    friend bool operator==(const Section &, const Section &) = default;
};

struct Lesson
{
    Id id = 0;
    Id yearId = 0;
    QString text;
    Id eventId = 0;
    Id sectionId = 0;
    int position = 0;
    bool isPrivate = false; // left out of a public export (issue 14)
};

struct UnfinishedItem
{
    Id id = 0;
    Id yearId = 0;
    QString text;
    Id goalId = 0;
    int position = 0;
    bool isPrivate = false; // left out of a public export (issue 14)
};

enum class GoalKind { Check, Count, Milestones };
enum class GoalStatus { Open, Done, Dropped, CarriedOver };

QString goalKindKey(GoalKind kind);
bool goalKindFromKey(const QString &key, GoalKind *kind);
QString goalStatusKey(GoalStatus status);
bool goalStatusFromKey(const QString &key, GoalStatus *status);

struct Milestone
{
    Id id = 0;
    Id goalId = 0;
    QString title;
    bool done = false;
    QDate doneOn;
    int position = 0;
};

struct EvidenceLink
{
    Id id = 0;
    Id goalId = 0;
    QString label;
    QUrl url;
    int position = 0;
};

struct Goal
{
    Id id = 0;
    Id yearId = 0;
    QString title;
    Id areaId = 0;
    QString notes;
    GoalKind kind = GoalKind::Check;
    int target = 0; // count goals only
    int current = 0; // count goals only
    GoalStatus status = GoalStatus::Open;
    QDate doneOn; // set exactly when status is Done
    QString dropReason; // set when status is Dropped
    Id carriedFromId = 0; // the goal of an earlier year this one continues
    int position = 0;
    bool isPrivate = false; // left out of a public export (issue 14)
    // A counted goal whose count is the number of outputs and events linked to it as evidence (issue 13).
    bool countsEvidence = false;
    int version = 0; // as Event::version
    QList<Milestone> milestones;
    QList<EvidenceLink> links;
};

// Where a theme stands in a year, on the rings of a technology radar (outermost first: Assess).
enum class ThemeState { Assess, Trial, Adopt, Hold };

QString themeStateKey(ThemeState state);
bool themeStateFromKey(const QString &key, ThemeState *state);

// Something followed across years: a technology, a field, an interest.
struct Theme
{
    Id id = 0;
    QString name;
    Id areaId = 0;
    QString notes;
};

// A theme in one year: its state on the radar and that year's note.
struct ThemeYear
{
    Id id = 0;
    Id themeId = 0;
    Id yearId = 0;
    ThemeState state = ThemeState::Assess;
    QString note;
    int position = 0;
    bool isPrivate = false; // left out of a public export (issue 14)
};

// A year's theme with the theme itself, as the year's lists show it.
struct YearTheme
{
    ThemeYear entry;
    Theme theme;
};

// What a theme link points at: one goal, event or section of any year.
enum class ThemeLinkTarget { Goal, Event, Section };

struct ThemeLink
{
    Id id = 0;
    Id themeId = 0;
    ThemeLinkTarget target = ThemeLinkTarget::Goal;
    Id targetId = 0;
};

// A question asked across years ("What should I learn?"). Built-in questions carry a key so they are added once.
struct Question
{
    Id id = 0;
    QString text;
    QString builtinKey;
};

// A question's answer in one year (Markdown, may be empty while the user has not answered yet).
struct Answer
{
    Id id = 0;
    Id questionId = 0;
    Id yearId = 0;
    QString body;
    int position = 0;
    bool isPrivate = false; // left out of a public export (issue 14)
};

struct YearQuestion
{
    Answer answer;
    Question question;
};

// Something made or given in a year (issue 13): a post, a talk, a course, a book... `kind` is one of the built-in
// keys of outputkinds.h or a kind the user named.
struct Output
{
    Id id = 0;
    Id yearId = 0;
    QString kind;
    QString title;
    PartialDate date;
    QUrl link;
    QString venue; // where it was given or published: a conference, a blog, a publisher
    Id areaId = 0;
    QString notes;
    int position = 0;
    bool isPrivate = false; // left out of a public export (issue 14)
};

// What a goal's evidence is: an output or an event, of any year.
enum class EvidenceSource { Output, Event };

// An output or event linked to a goal as evidence that it advanced.
struct GoalEvidence
{
    Id id = 0;
    Id goalId = 0;
    EvidenceSource source = EvidenceSource::Output;
    Id sourceId = 0;
};

// A goal's evidence with what the goal's details and the exports show of it.
struct EvidenceItem
{
    GoalEvidence link;
    QString title;
    QString kind; // an output's kind; empty for an event
    PartialDate date;
    QUrl url; // an output's link
    bool sourcePrivate = false; // the output or event is private, or in a private area (issue 14)
};

} // namespace hoego
