// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "sectioncommands.h"

#include "undo/setvaluecommand.h"

#include <QCoreApplication>

namespace hoego {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::SectionCommand)
};

// Long headings would make the Edit menu unreadable.
QString shortHeading(const QString &heading)
{
    constexpr int kLimit = 30;
    const QString trimmed = heading.trimmed();
    return trimmed.size() > kLimit ? trimmed.left(kLimit - 1) + QChar(0x2026) : trimmed;
}

} // namespace

SectionCommand::SectionCommand(const QString &text, const SectionRepository &sections, QUndoCommand *parent)
    : StoredCommand(text, parent)
    , m_sections(sections)
{ }

AddSectionCommand::AddSectionCommand(const SectionRepository &sections, Id yearId, const QString &heading,
                                     QUndoCommand *parent)
    : SectionCommand(Tr::tr("Add Section"), sections, parent)
{
    m_section.yearId = yearId;
    m_section.heading = heading;
}

Status AddSectionCommand::apply()
{
    if (m_section.id > 0) {
        // A redo: the same row under the same id, so later commands (body edits) still find it.
        if (Status restored = m_sections.restore(m_section); !restored.ok())
            return restored;
    } else {
        auto created = m_sections.create(m_section.yearId, m_section.heading);
        if (!created.ok())
            return created;
        auto stored = m_sections.get(created.value());
        if (!stored.ok())
            return stored;
        m_section = stored.value();
    }
    return {};
}

Status AddSectionCommand::revert()
{
    // Later commands were undone first, so the stored row is the one this command made; keep it for redo.
    auto current = m_sections.get(m_section.id);
    if (!current.ok())
        return current;
    m_section = current.value();
    return m_sections.remove(m_section.id);
}

StoredCommand *renameSectionCommand(const SectionRepository &sections, Id id, const QString &oldHeading,
                                    const QString &newHeading)
{
    return new SetValueCommand<QString>(
            Tr::tr("Rename Section \u201c%1\u201d").arg(shortHeading(newHeading)),
            [repository = sections, id](const QString &heading, const std::optional<QString> &shown) mutable {
                return repository.setHeading(id, heading, shown);
            },
            oldHeading, newHeading);
}

StoredCommand *editSectionBodyCommand(const SectionRepository &sections, Id id, const QString &oldBody,
                                      const QString &newBody)
{
    return (new SetValueCommand<QString>(
                    Tr::tr("Edit Section Text"),
                    // Typed and saved while idle: typing over another computer's change is the page's to resolve
                    // (ReviewPage::refreshShownSection), so the text is not compared here.
                    [repository = sections, id](const QString &body, const std::optional<QString> &) mutable {
                        return repository.setBody(id, body);
                    },
                    oldBody, newBody))
            ->mergingAs(MergeId::SectionBody, id);
}

RemoveSectionCommand::RemoveSectionCommand(const SectionRepository &sections, const LessonRepository &lessons,
                                           const Section &section, QUndoCommand *parent)
    : SectionCommand(Tr::tr("Delete Section \u201c%1\u201d").arg(shortHeading(section.heading)), sections, parent)
    , m_lessons(lessons)
    , m_section(section)
{ }

Status RemoveSectionCommand::apply()
{
    auto current = m_sections.get(m_section.id);
    if (!current.ok())
        return current;
    m_section = current.value();
    auto lessons = m_lessons.forYear(m_section.yearId);
    if (!lessons.ok())
        return lessons;
    m_linkedLessons.clear();
    for (const Lesson &lesson : lessons.value()) {
        if (lesson.sectionId == m_section.id)
            m_linkedLessons << lesson.id;
    }
    return m_sections.remove(m_section.id);
}

Status RemoveSectionCommand::revert()
{
    if (Status restored = m_sections.restore(m_section); !restored.ok())
        return restored;
    for (const Id lessonId : std::as_const(m_linkedLessons)) {
        auto lesson = m_lessons.get(lessonId);
        if (!lesson.ok())
            continue; // deleted since: nothing to link again
        if (Status linked = m_lessons.setLinks(lessonId, lesson->eventId, m_section.id); !linked.ok())
            return linked;
    }
    return {};
}

MoveSectionCommand::MoveSectionCommand(const SectionRepository &sections, Id id, int fromIndex, int toIndex,
                                       QUndoCommand *parent)
    : SectionCommand(Tr::tr("Move Section"), sections, parent)
    , m_id(id)
    , m_fromIndex(fromIndex)
    , m_toIndex(toIndex)
{ }

Status MoveSectionCommand::apply()
{
    return moveTo(m_toIndex);
}

Status MoveSectionCommand::revert()
{
    return moveTo(m_fromIndex);
}

Status MoveSectionCommand::moveTo(int index)
{
    return m_sections.move(m_id, index);
}

} // namespace hoego
