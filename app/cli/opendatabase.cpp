#include "opendatabase.h"

#include <QCoreApplication>

namespace hoego::cli {

std::unique_ptr<Database> openDatabase(Context &context, bool forWriting)
{
    Database::Options options;
    options.readOnly = !forWriting;
    options.create = forWriting;
    options.lock = forWriting;
    auto opened = Database::open(context.databasePath, options);
    if (!opened.ok()) {
        context.err << QCoreApplication::translate("hoego::cli", "hoego: cannot open the database: %1")
                           .arg(opened.error().message)
                    << Qt::endl;
        return nullptr;
    }
    return std::move(opened).value();
}

} // namespace hoego::cli
