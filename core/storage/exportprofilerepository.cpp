// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "exportprofilerepository.h"

#include "sql.h"
#include "validation.h"

#include <QCoreApplication>

namespace hoego {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::ExportProfileRepository)
};

} // namespace

Result<QStringList> ExportProfileRepository::names() const
{
    return sql::readAll<QString>(
            sql::exec(m_connection, QStringLiteral("SELECT name FROM export_profile ORDER BY lower(name), name")),
            [](const QSqlQuery &query) { return query.value(0).toString(); });
}

Result<ExportProfile> ExportProfileRepository::byName(const QString &name) const
{
    auto found = sql::single(m_connection,
                             QStringLiteral("SELECT id, name FROM export_profile WHERE lower(name) = lower(?)"),
                             {name.trimmed()}, Tr::tr("The export profile \"%1\"").arg(name.trimmed()));
    if (!found.ok())
        return found.error();
    ExportProfile profile;
    const Id id = found.value().value(0).toLongLong();
    profile.name = found.value().value(1).toString();
    auto headings = sql::exec(m_connection,
                              QStringLiteral("SELECT part, heading FROM export_heading WHERE profile_id = ?"), {id});
    if (!headings.ok())
        return headings.error();
    while (headings.value().next()) {
        if (const auto part = yearPartFromKey(headings.value().value(0).toString()))
            profile.headings.insert(*part, headings.value().value(1).toString());
    }
    return profile;
}

Status ExportProfileRepository::save(const ExportProfile &profile)
{
    auto name = validation::title(profile.name, Tr::tr("The profile's name"));
    if (!name.ok())
        return name.error();
    for (auto it = profile.headings.cbegin(); it != profile.headings.cend(); ++it) {
        if (it.key() == YearPart::Section)
            return Error::invalid(Tr::tr("A section keeps its own heading."));
        if (!it.value().trimmed().isEmpty()) {
            if (auto heading = validation::title(it.value(), Tr::tr("The heading")); !heading.ok())
                return heading.error();
        }
    }
    return sql::inTransaction(m_connection, [&]() -> Status {
        // Names match without regard to ASCII case (lower() folds only ASCII on SQLite, and under the "C" collation
        // the server's columns use): saving "Blog" over "blog" renames it.
        auto existing = sql::exec(
                m_connection, QStringLiteral("SELECT id FROM export_profile WHERE lower(name) = lower(?)"), {*name});
        if (!existing.ok())
            return existing.error();
        Id profileId = existing.value().next() ? existing.value().value(0).toLongLong() : 0;
        existing.value().finish();
        if (profileId != 0) {
            if (auto renamed
                = sql::exec(m_connection, QStringLiteral("UPDATE export_profile SET name = ? WHERE id = ?"),
                            {*name, profileId});
                !renamed.ok())
                return renamed.error();
        } else {
            auto inserted
                    = sql::insert(m_connection, QStringLiteral("export_profile"), QStringLiteral("name"), {*name});
            if (!inserted.ok())
                return inserted.error();
            profileId = inserted.value();
        }
        auto cleared = sql::exec(m_connection, QStringLiteral("DELETE FROM export_heading WHERE profile_id = ?"),
                                 {profileId});
        if (!cleared.ok())
            return cleared.error();
        for (auto it = profile.headings.cbegin(); it != profile.headings.cend(); ++it) {
            if (it.value().trimmed().isEmpty())
                continue;
            auto inserted = sql::exec(
                    m_connection,
                    QStringLiteral("INSERT INTO export_heading (profile_id, part, heading) VALUES (?, ?, ?)"),
                    {profileId, yearPartKey(it.key()), it.value().simplified()});
            if (!inserted.ok())
                return inserted.error();
        }
        return Status();
    });
}

Status ExportProfileRepository::remove(const QString &name)
{
    return sql::expectOneRow(sql::exec(m_connection,
                                       QStringLiteral("DELETE FROM export_profile WHERE lower(name) = lower(?)"),
                                       {name.trimmed()}),
                             Tr::tr("The export profile \"%1\"").arg(name.trimmed()));
}

} // namespace hoego
