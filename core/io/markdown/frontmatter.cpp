// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "frontmatter.h"

#include <yaml-cpp/yaml.h>

namespace hoego {
namespace {

QString unquoted(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2 && (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\''))))
        value = value.mid(1, value.size() - 2).replace(QLatin1String("\\\""), QLatin1String("\""));
    return value;
}

// The line where `key:` is written at the block's top level (its value may span lines), 0 if none.
int lineOfKey(const QStringList &lines, qsizetype end, const QString &key)
{
    for (qsizetype i = 1; i < end; ++i) {
        if (lines[i].startsWith(key + QLatin1Char(':')))
            return int(i) + 1;
    }
    return 0;
}

QString scalarOf(const YAML::Node &node)
{
    return node && node.IsScalar() ? QString::fromStdString(node.Scalar()).trimmed() : QString();
}

QStringList tagsOf(const YAML::Node &node)
{
    QStringList tags;
    if (node && node.IsSequence()) {
        for (const YAML::Node &tag : node) {
            if (const QString text = scalarOf(tag); !text.isEmpty())
                tags << text;
        }
    } else if (const QString line = scalarOf(node); !line.isEmpty()) {
        for (const QString &tag : line.split(QLatin1Char(','), Qt::SkipEmptyParts))
            tags << tag.trimmed();
    }
    tags.removeAll(QString());
    return tags;
}

// Read as YAML; false when YAML refuses the block.
bool readYaml(const QStringList &lines, qsizetype end, FrontMatter *front)
{
    try {
        const YAML::Node root = YAML::Load(lines.mid(1, end - 1).join(QLatin1Char('\n')).toStdString());
        if (!root.IsMap())
            return root.IsNull();
        front->title = scalarOf(root["title"]);
        front->date = scalarOf(root["date"]);
        for (const char *key : {"tags", "keywords", "categories"}) {
            front->tags = tagsOf(root[key]);
            if (!front->tags.isEmpty()) {
                front->tagsLine = lineOfKey(lines, end, QString::fromLatin1(key));
                break;
            }
        }
        return true;
    } catch (const YAML::Exception &) {
        return false;
    }
}

} // namespace

FrontMatter readFrontMatter(const QStringList &lines)
{
    FrontMatter front;
    if (lines.isEmpty() || lines.first().trimmed() != QLatin1String("---"))
        return front;
    qsizetype end = 1;
    while (end < lines.size() && lines[end].trimmed() != QLatin1String("---")
           && lines[end].trimmed() != QLatin1String("..."))
        ++end;
    if (end >= lines.size())
        return front; // no closing line: a thematic break, not front matter
    front.bodyStart = end + 1;
    if (!readYaml(lines, end, &front)) {
        // Hand-written front matter YAML refuses ("title: 2024: 회고") still names its title and date.
        for (qsizetype i = 1; i < end; ++i) {
            if (lines[i].startsWith(QLatin1String("title:")))
                front.title = unquoted(lines[i].mid(6));
            else if (lines[i].startsWith(QLatin1String("date:")))
                front.date = lines[i].mid(5).trimmed();
        }
    }
    front.titleLine = front.title.isEmpty() ? 0 : lineOfKey(lines, end, QStringLiteral("title"));
    front.dateLine = front.date.isEmpty() ? 0 : lineOfKey(lines, end, QStringLiteral("date"));
    return front;
}

} // namespace hoego
