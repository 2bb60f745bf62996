// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "entities.h"

#include <algorithm>

#include <array>
#include <utility>

namespace hoego {
namespace {

constexpr std::array kKindKeys{std::pair{GoalKind::Check, "check"}, std::pair{GoalKind::Count, "count"},
                               std::pair{GoalKind::Milestones, "milestones"}};
constexpr std::array kStatusKeys{std::pair{GoalStatus::Open, "open"}, std::pair{GoalStatus::Done, "done"},
                                 std::pair{GoalStatus::Dropped, "dropped"},
                                 std::pair{GoalStatus::CarriedOver, "carried"}};
constexpr std::array kThemeStateKeys{std::pair{ThemeState::Assess, "assess"}, std::pair{ThemeState::Trial, "trial"},
                                     std::pair{ThemeState::Adopt, "adopt"}, std::pair{ThemeState::Hold, "hold"}};

template<typename Enum, typename Table>
QString keyOf(const Table &table, Enum value)
{
    for (const auto &[candidate, key] : table) {
        if (candidate == value)
            return QString::fromLatin1(key);
    }
    return {};
}

template<typename Enum, typename Table>
bool valueOf(const Table &table, const QString &key, Enum *value)
{
    for (const auto &[candidate, candidateKey] : table) {
        if (key == QLatin1String(candidateKey)) {
            *value = candidate;
            return true;
        }
    }
    return false;
}

} // namespace

QString goalKindKey(GoalKind kind)
{
    return keyOf(kKindKeys, kind);
}
bool goalKindFromKey(const QString &key, GoalKind *kind)
{
    return valueOf(kKindKeys, key, kind);
}
QString goalStatusKey(GoalStatus status)
{
    return keyOf(kStatusKeys, status);
}
bool goalStatusFromKey(const QString &key, GoalStatus *status)
{
    return valueOf(kStatusKeys, key, status);
}

QString themeStateKey(ThemeState state)
{
    return keyOf(kThemeStateKeys, state);
}
bool themeStateFromKey(const QString &key, ThemeState *state)
{
    return valueOf(kThemeStateKeys, key, state);
}

bool hasSameYears(const QList<YearOverview> &a, const QList<YearOverview> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const YearOverview &x, const YearOverview &y) { return x.year.id == y.year.id; });
}

} // namespace hoego
