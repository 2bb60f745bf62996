#include "command.h"
#include "opendatabase.h"
#include "search/searchservice.h"

#include <QCoreApplication>

namespace hoego::cli {

int runSearch(Context &context)
{
    const QString text = context.arguments.join(QLatin1Char(' ')).trimmed();
    if (text.isEmpty()) {
        context.err << QCoreApplication::translate("hoego::cli", "hoego search: give the text to search for.")
                    << Qt::endl;
        return Failure;
    }
    auto database = openDatabase(context, false);
    if (!database)
        return CannotOpenDatabase;
    auto hits = SearchService(database->connectionName()).search(text);
    if (!hits.ok()) {
        context.err << QCoreApplication::translate("hoego::cli", "hoego search: %1").arg(hits.error().message)
                    << Qt::endl;
        return Failure;
    }
    for (const SearchHit &hit : hits.value())
        context.out << hit.yearNumber << '\t' << hit.kind << '\t' << hit.title << '\n';
    context.out.flush();
    return Success;
}

} // namespace hoego::cli
