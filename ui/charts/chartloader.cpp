// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "chartviews.h"

#include <QCoreApplication>
#include <QLibrary>

namespace hoego::charts {
namespace {

struct Loaded
{
    Factory *factory = nullptr;
    QString error;
    bool tried = false;
};

Loaded &loaded()
{
    static Loaded state;
    return state;
}

} // namespace

Factory *factory(QString *error)
{
    Loaded &state = loaded();
    if (!state.tried) {
        state.tried = true;
        // Beside the executable as installed (bin/ and lib/…/hoego/), and the same in the build tree, so that
        // the app, the bench and the tests load the module built with them, never another one.
        QLibrary library(QCoreApplication::applicationDirPath() + QStringLiteral("/" HOEGO_CHARTS_MODULE));
        // Never unloaded: the charts' widgets and vtables live in it.
        if (library.load()) {
            using Entry = Factory *(*)();
            if (auto entry = reinterpret_cast<Entry>(library.resolve("hoego_charts_factory")))
                state.factory = entry();
        }
        if (!state.factory)
            state.error = library.errorString();
    }
    if (error)
        *error = state.error;
    return state.factory;
}

bool isLoaded()
{
    return loaded().factory != nullptr;
}

} // namespace hoego::charts
