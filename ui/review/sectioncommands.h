// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/entities.h"
#include "storage/lessonrepository.h"
#include "storage/sectionrepository.h"
#include "undo/mergeids.h"
#include "undo/storedcommand.h"

namespace hoego {

// Undoable edits of a year's sections. Each keeps its own copy of the repository (only a connection name) and
// writes through it alone: the page shows what is stored when the change feed announces it. A failed write is
// dropped and announced by StoredCommand; the page that pushed it shows the message in place.
class SectionCommand : public StoredCommand
{
public:
    SectionCommand(const QString &text, const SectionRepository &sections, QUndoCommand *parent);

protected:
    SectionRepository m_sections;
};

class AddSectionCommand final : public SectionCommand
{
public:
    AddSectionCommand(const SectionRepository &sections, Id yearId, const QString &heading,
                      QUndoCommand *parent = nullptr);
    Id sectionId() const { return m_section.id; }

protected:
    Status apply() override;
    Status revert() override;

private:
    Section m_section;
};

StoredCommand *renameSectionCommand(const SectionRepository &sections, Id id, const QString &oldHeading,
                                    const QString &newHeading);
// Typing in one section's body: consecutive saves of the same section merge into one undo step.
StoredCommand *editSectionBodyCommand(const SectionRepository &sections, Id id, const QString &oldBody,
                                      const QString &newBody);

// Deleting a section unlinks the lessons that pointed at it (the schema sets their link to null); undo links
// them again.
class RemoveSectionCommand final : public SectionCommand
{
public:
    RemoveSectionCommand(const SectionRepository &sections, const LessonRepository &lessons, const Section &section,
                         QUndoCommand *parent = nullptr);

protected:
    Status apply() override;
    Status revert() override;

private:
    LessonRepository m_lessons;
    Section m_section;
    QList<Id> m_linkedLessons;
};

class MoveSectionCommand final : public SectionCommand
{
public:
    MoveSectionCommand(const SectionRepository &sections, Id id, int fromIndex, int toIndex,
                       QUndoCommand *parent = nullptr);

protected:
    Status apply() override;
    Status revert() override;

private:
    Status moveTo(int index);

    Id m_id;
    int m_fromIndex;
    int m_toIndex;
};

} // namespace hoego
