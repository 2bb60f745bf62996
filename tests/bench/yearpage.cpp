#include "yearpage.h"

#include "storage/repositories.h"

namespace hoego::bench {

struct YearPageLoader::Parts
{
    explicit Parts(const QString &connection) : repos(connection) {}
    Repositories repos;
};

YearPageLoader::YearPageLoader(const QString &connection) : m_parts(std::make_unique<Parts>(connection)) {}

YearPageLoader::~YearPageLoader() = default;

QString YearPageLoader::description() { return QStringLiteral("repository reads"); }

QString YearPageLoader::load(Id yearId)
{
    Repositories &repos = m_parts->repos;
    auto overview = repos.years.overview(yearId);
    auto events = repos.events.forYear(yearId);
    auto sections = repos.sections.forYear(yearId);
    auto lessons = repos.lessons.forYear(yearId);
    auto unfinished = repos.unfinished.forYear(yearId);
    auto goals = repos.goals.forYear(yearId);
    for (const Status &status : {Status(overview), Status(events), Status(sections), Status(lessons),
                                 Status(unfinished), Status(goals)}) {
        if (!status.ok())
            return status.error().message;
    }
    m_rows = int(events->size() + sections->size() + lessons->size() + unfinished->size() + goals->size());
    return {};
}

} // namespace hoego::bench
