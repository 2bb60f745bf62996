// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "mergeids.h"
#include "storedcommand.h"

#include <functional>
#include <optional>
#include <utility>

namespace hoego {

// The one command for a simple field edit (a year's title, a section's heading or text, a lesson's text, an
// answer, an area's name or colour): `write` stores a value, the first redo stores `after` and undo `before`.
// `write` holds a copy of the repository it writes through (a repository holds only a connection name). Its second
// argument is the value the edit was made from, given on do and redo: a repository that compares it refuses the
// write when another client changed the field since (issue 16); undo is guarded by StoredCommand instead.
template<typename Value>
class SetValueCommand final : public StoredCommand
{
public:
    using Write = std::function<Status(const Value &value, const std::optional<Value> &shown)>;

    SetValueCommand(const QString &text, Write write, Value before, Value after, QUndoCommand *parent = nullptr)
        : StoredCommand(text, parent)
        , m_write(std::move(write))
        , m_before(std::move(before))
        , m_after(std::move(after))
    { }

    // Successive edits of the same `target` (an item's id) under `mergeId` become one undo step, so undo takes
    // back a writing session rather than each idle save; typing back to where it began leaves nothing to undo.
    SetValueCommand *mergingAs(MergeId mergeId, Id target)
    {
        m_merge = std::make_pair(mergeId, target);
        return this;
    }

    int id() const override { return m_merge ? mergeIdOf(m_merge->first) : -1; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = dynamic_cast<const SetValueCommand *>(other);
        if (!next || next->m_merge != m_merge)
            return false;
        m_after = next->m_after;
        setObsolete(m_after == m_before);
        return true;
    }

protected:
    Status apply() override { return m_write(m_after, m_before); }
    Status revert() override { return m_write(m_before, std::nullopt); }

private:
    Write m_write;
    Value m_before;
    Value m_after;
    std::optional<std::pair<MergeId, Id>> m_merge;
};

} // namespace hoego
