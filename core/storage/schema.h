#pragma once

#include <QStringList>

namespace hoego::schema {

// The schema version this build writes; stored in PRAGMA user_version.
constexpr int kCurrentVersion = 3;

// The statements that take a database from version `toVersion - 1` to `toVersion`. Steps are append-only:
// a released step is never edited, a change is a new step.
QStringList migrationStep(int toVersion);

} // namespace hoego::schema
