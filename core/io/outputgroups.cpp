// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "outputgroups.h"

#include "model/outputkinds.h"

#include <algorithm>

namespace hoego {

QList<OutputGroup> outputsByKind(const QList<Output> &outputs)
{
    QList<OutputGroup> groups;
    for (const QString &kind : outputkinds::builtinKeys())
        groups << OutputGroup{kind, {}};
    for (const Output &output : outputs) {
        auto group = std::find_if(groups.begin(), groups.end(),
                                  [&](const OutputGroup &g) { return g.kind == output.kind; });
        if (group == groups.end()) {
            groups << OutputGroup{output.kind, {}};
            group = groups.end() - 1;
        }
        group->outputs << output;
    }
    groups.removeIf([](const OutputGroup &g) { return g.outputs.isEmpty(); });
    return groups;
}

} // namespace hoego
