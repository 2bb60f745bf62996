// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "command.h"
#include "commandline.h"
#include "opendatabase.h"
#include "search/searchservice.h"

#include <QCoreApplication>

namespace hoego::cli {

// hoego search TEXT...: the words are searched as one text ("--" before a text that starts with a dash).
int runSearch(Context &context)
{
    CommandArguments arguments(context, QStringLiteral("search"));
    if (!arguments.parse({}, 0, -1))
        return Failure;
    const QString text = arguments.positional().join(QLatin1Char(' ')).trimmed();
    if (text.isEmpty())
        return arguments.fail(QCoreApplication::translate("hoego::cli", "give the text to search for."));
    auto database = openDatabase(arguments, false);
    if (!database)
        return CannotOpenDatabase;
    auto hits = SearchService(database->connectionName()).search(text);
    if (!hits.ok())
        return arguments.fail(hits.error().message);
    for (const SearchHit &hit : hits.value())
        context.out << hit.yearNumber << '\t' << hit.kind << '\t' << hit.title << '\n';
    context.out.flush();
    return Success;
}

} // namespace hoego::cli
