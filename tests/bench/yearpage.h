#pragma once

#include "model/ids.h"

#include <QString>

#include <memory>

namespace hoego::bench {

// Loads everything a year's page shows, the way the app does, so "load a year" and "switch years" time what
// the user waits for. Returns an error message, empty on success.
class YearPageLoader
{
public:
    explicit YearPageLoader(const QString &connection);
    ~YearPageLoader();
    YearPageLoader(const YearPageLoader &) = delete;
    YearPageLoader &operator=(const YearPageLoader &) = delete;

    QString load(Id yearId);
    // How many rows the last load produced (a check that the page really holds the year).
    int rowCount() const { return m_rows; }
    // What is being timed: repository reads or the UI's models.
    static QString description();

private:
    struct Parts;
    std::unique_ptr<Parts> m_parts;
    int m_rows = 0;
};

} // namespace hoego::bench
