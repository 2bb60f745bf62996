#include "yearprogress.h"

#include "goalprogress.h"

namespace hoego::progress {

Summary summarize(const QList<Goal> &goals)
{
    Summary summary;
    double fractions = 0.0;
    for (const Goal &goal : goals) {
        if (!counts(goal))
            continue;
        ++summary.total;
        if (isDone(goal))
            ++summary.done;
        fractions += fraction(goal);
    }
    if (summary.total > 0) {
        summary.rate = double(summary.done) / double(summary.total);
        summary.average = fractions / double(summary.total);
    }
    return summary;
}

QList<AreaProgress> byArea(const QList<Goal> &goals)
{
    QList<Id> order;
    QList<QList<Goal>> groups;
    for (const Goal &goal : goals) {
        if (!counts(goal))
            continue;
        qsizetype index = order.indexOf(goal.areaId);
        if (index < 0) {
            order << goal.areaId;
            groups.append(QList<Goal>());
            index = order.size() - 1;
        }
        groups[index] << goal;
    }
    QList<AreaProgress> result;
    for (qsizetype i = 0; i < order.size(); ++i)
        result << AreaProgress{order[i], summarize(groups[i])};
    return result;
}

} // namespace hoego::progress
