<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>QObject</name>
    <message>
        <source>Hoego cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego</name>
    <message>
        <source>(input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area&apos;s colour is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An area named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Hoego database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SQLite database (it may be damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Year Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Year Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Closing Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::AddEventCommand</name>
    <message>
        <source>Add Event “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::AddNoteCommand</name>
    <message>
        <source>Add Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Unfinished Item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::AreaRepository</name>
    <message>
        <source>The area&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::Database</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only on request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open in another Hoego (process %2). Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Hoego (database version %2; this Hoego knows up to version %3). It was not changed; open it with a newer Hoego.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program, not a Hoego database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty and read-only, so Hoego cannot set it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses an older format (version %2) and is read-only, so it cannot be upgraded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::DeleteEventCommand</name>
    <message>
        <source>Delete Event “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::EditEventCommand</name>
    <message>
        <source>Edit Event “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::EditNoteTextCommand</name>
    <message>
        <source>Edit Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Unfinished Item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::EmptyState</name>
    <message>
        <source>Looking back starts here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the year you want to look back on, or open a sample retrospective to see how events, sections, lessons and goals fit together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Sample</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::EventRepository</name>
    <message>
        <source>A tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag &quot;%1...&quot; is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event&apos;s year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is not in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a stored event can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::GoalRepository</name>
    <message>
        <source>The goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A counted goal needs a target of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A milestone&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link&apos;s label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a stored goal can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a counted goal has a count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A goal that is done is not carried over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This goal was already carried over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen a dropped goal before carrying it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal&apos;s year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A goal of %1 can only be carried into a later year, not into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carried goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This goal was not carried over from an earlier year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal was not found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::ImportResult</name>
    <message>
        <source>years created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::InlineMessage</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::LinkNoteCommand</name>
    <message>
        <source>Remove Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link Unfinished Item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::MainWindow</name>
    <message>
        <source>%1 — Hoego</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Year…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoego</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::MoveEventToMonthCommand</name>
    <message>
        <source>Move Event to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::MoveNoteCommand</name>
    <message>
        <source>Move Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Unfinished Item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::NoteStore</name>
    <message>
        <source>Goal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::NotesModel</name>
    <message>
        <source>Linked item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::RemoveNoteCommand</name>
    <message>
        <source>Delete Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Unfinished Item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::SectionRepository</name>
    <message>
        <source>The section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section&apos;s heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::YearListModel</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n goal(s) done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::YearRepository</name>
    <message>
        <source>The year&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year&apos;s summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closing note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::cli</name>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run hoego --help for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hoego [--db PATH] [--lang ko|en] [COMMAND ...]

Hoego keeps your yearly retrospectives and goals. Without a command it opens the window.

Options:
  --db PATH      use this database file instead of the default
  --lang CODE    user interface language (ko or en)
  --help         show this help
  --version      show the version

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all years; prints year, kind and title per match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a year&apos;s goals (default: the latest year with goals): id, status, progress and title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a goal off, uncheck it, or set a counted goal&apos;s count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no year %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year needs a year number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;. Usage: hoego goals [--year N] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: hoego goal check ID | goal uncheck ID | goal progress ID N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a goal id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a count (a whole number, 0 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hoego: cannot open the database: %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hoego: cannot open the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hoego search: give the text to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hoego search: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::ordering</name>
    <message>
        <source>The item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::sql</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full; the change was not saved. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy in another program. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing a query failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::textitems</name>
    <message>
        <source>The lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unfinished item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a stored item can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hoego::validation</name>
    <message>
        <source>%1 cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a line break or control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year must be between %1 and %2 (got %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links must start with http, https, mailto or file (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no host.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
