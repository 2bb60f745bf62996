// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "rednotebookimport.h"

#include "i18n/particles.h"

#include "io/textfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <map>

namespace hoego {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::RedNotebookImport)
};

const QRegularExpression kMonthFile(QStringLiteral("^(\\d{4})-(\\d{2})\\.txt$"));

QString fromYaml(const std::string &text)
{
    return QString::fromStdString(text);
}

// RedNotebook keeps categories as {Category: {entry: null}}; older versions wrote a "Tags" category whose
// entries are the tags.
bool isTagsCategory(const QString &name)
{
    return name.compare(QLatin1String("tags"), Qt::CaseInsensitive) == 0 || name == QLatin1String("태그");
}

struct Day
{
    int day = 0;
    int line = 0;
    QString text;
    QStringList tags;
    QStringList categoryLines;
};

class Reader
{
public:
    Result<ImportBatch> read(const QString &path)
    {
        const QFileInfo info(path);
        QStringList files;
        if (info.isDir()) {
            const QDir dir(path);
            const QStringList names = dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
            for (const QString &name : names) {
                if (kMonthFile.match(name).hasMatch())
                    files << dir.filePath(name);
            }
            if (files.isEmpty())
                return importError(path, 0, Tr::tr("no RedNotebook month files (YYYY-MM.txt) in this folder."));
        } else if (info.isFile()) {
            files << path;
        } else {
            return Error{Error::Code::Io, i18n::fillWords(Tr::tr("%1 does not exist."), path)};
        }
        m_batch.fileName = path;
        for (const QString &file : std::as_const(files)) {
            if (Status read = readMonth(file); !read.ok())
                return read.error();
        }
        for (auto it = m_years.begin(); it != m_years.end(); ++it)
            m_batch.years << it->second;
        return m_batch;
    }

private:
    Status readMonth(const QString &file)
    {
        const QString name = QFileInfo(file).fileName();
        const auto month = kMonthFile.match(name);
        if (!month.hasMatch())
            return importError(file, 0, Tr::tr("the file name is not YYYY-MM.txt, so its month is unknown."));
        const int year = month.captured(1).toInt();
        const int monthNumber = month.captured(2).toInt();
        if (year < kMinYear || year > kMaxYear || monthNumber < 1 || monthNumber > 12)
            return importError(file, 0, i18n::fillWords(Tr::tr("%1 is not a month Hoego can hold."), name));
        auto bytes = readInputFile(file);
        if (!bytes.ok())
            return bytes.error();
        // Decoding checks the UTF-8 (with the line of a bad byte); yaml-cpp reads the same bytes.
        auto text = decodeUtf8(*bytes, file);
        if (!text.ok())
            return text.error();
        if (text->trimmed().isEmpty())
            return {};

        std::map<int, Day> days;
        try {
            const YAML::Node root = YAML::Load(bytes->toStdString());
            if (root.IsNull())
                return {};
            if (!root.IsMap())
                return importError(file, root.Mark().line + 1, Tr::tr("expected a map of days ({day: {text: ...}})."));
            for (const auto &entry : root) {
                const int line = entry.first.Mark().line + 1;
                bool isNumber = false;
                const int day = fromYaml(entry.first.as<std::string>()).toInt(&isNumber);
                if (!isNumber || !QDate(year, monthNumber, 1).isValid() || day < 1
                    || day > QDate(year, monthNumber, 1).daysInMonth())
                    return importError(file, line,
                                       i18n::fillWords(Tr::tr("\"%1\" is not a day of %2."),
                                                       fromYaml(entry.first.as<std::string>()), name.left(7)));
                Day parsed;
                parsed.day = day;
                parsed.line = line;
                if (Status read = readDay(entry.second, file, &parsed); !read.ok())
                    return read;
                days[day] = parsed;
            }
        } catch (const YAML::Exception &error) {
            return importError(file, error.mark.is_null() ? 0 : error.mark.line + 1,
                               Tr::tr("not valid YAML: %1").arg(fromYaml(error.msg)));
        }

        YearData &data = yearData(year);
        for (const auto &[number, day] : days) {
            if (day.text.trimmed().isEmpty() && day.categoryLines.isEmpty() && day.tags.isEmpty())
                continue;
            Event event;
            event.id = ++m_nextId;
            event.date = PartialDate::ofDay(year, monthNumber, number);
            QString notes = day.text.trimmed();
            if (!day.categoryLines.isEmpty())
                notes += (notes.isEmpty() ? QString() : QStringLiteral("\n\n"))
                        + day.categoryLines.join(QLatin1Char('\n'));
            event.title
                    = journalTitle(day.text.trimmed().isEmpty() ? day.categoryLines.join(QLatin1Char('\n')) : day.text);
            if (event.title.isEmpty())
                event.title = event.date.toIsoString();
            event.notes = notes;
            event.tags = hashtags(day.text) + day.tags;
            event.tags.removeDuplicates();
            m_batch.setOrigin(ImportBatch::Kind::Event, event.id, QStringLiteral("%1:%2").arg(file).arg(day.line));
            data.events << event;
        }
        return {};
    }

    Status readDay(const YAML::Node &node, const QString &file, Day *day)
    {
        if (node.IsNull())
            return {};
        if (!node.IsMap())
            return importError(file, node.Mark().line + 1, Tr::tr("a day must be a map with \"text\" and categories."));
        for (const auto &field : node) {
            const QString key = fromYaml(field.first.as<std::string>());
            if (key == QLatin1String("text")) {
                if (!field.second.IsScalar() && !field.second.IsNull())
                    return importError(file, field.second.Mark().line + 1, Tr::tr("\"text\" must be text."));
                day->text = field.second.IsNull() ? QString() : fromYaml(field.second.as<std::string>());
                continue;
            }
            QStringList entries;
            if (field.second.IsMap()) {
                for (const auto &entry : field.second)
                    entries << fromYaml(entry.first.as<std::string>());
            } else if (field.second.IsSequence()) {
                for (const auto &entry : field.second)
                    entries << fromYaml(entry.as<std::string>());
            } else if (field.second.IsScalar()) {
                entries << fromYaml(field.second.as<std::string>());
            }
            if (isTagsCategory(key)) {
                day->tags << entries;
                continue;
            }
            day->tags << key;
            for (const QString &entry : std::as_const(entries))
                day->categoryLines << QStringLiteral("- %1: %2").arg(key, entry);
        }
        return {};
    }

    YearData &yearData(int year)
    {
        auto it = m_years.find(year);
        if (it == m_years.end()) {
            YearData data;
            data.year.id = year;
            data.year.number = year;
            m_batch.setOrigin(ImportBatch::Kind::Year, year, m_batch.fileName);
            it = m_years.emplace(year, data).first;
        }
        return it->second;
    }

    ImportBatch m_batch;
    std::map<int, YearData> m_years;
    Id m_nextId = 0;
};

} // namespace

QString journalTitle(const QString &text, int maxLength)
{
    static const QRegularExpression markup(QStringLiteral("^[=#>*\\-\\s]+|[=\\s]+$"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (QString line : lines) {
        line = line.remove(markup).simplified();
        line.remove(QLatin1String("**")).remove(QLatin1String("//"));
        if (line.isEmpty())
            continue;
        if (line.size() > maxLength)
            line = line.left(maxLength - 1).trimmed() + QChar(0x2026);
        return line;
    }
    return {};
}

QStringList hashtags(const QString &text)
{
    // A tag starts at a word boundary (so "C#" or "&#39;" are not tags) and runs over letters, digits, _ and -.
    static const QRegularExpression tag(QStringLiteral("(?<![\\w&#])#([\\w\\-]+)"),
                                        QRegularExpression::UseUnicodePropertiesOption);
    QStringList tags;
    auto it = tag.globalMatch(text);
    while (it.hasNext()) {
        const QString found = it.next().captured(1);
        if (!tags.contains(found))
            tags << found;
    }
    return tags;
}

Result<ImportBatch> readRedNotebookJournal(const QString &path)
{
    return Reader().read(path);
}

} // namespace hoego
