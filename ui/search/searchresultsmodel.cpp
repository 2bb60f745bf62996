// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "searchresultsmodel.h"

#include <QRegularExpression>

#include <algorithm>

namespace hoego {
namespace {

const QStringList &kindOrder()
{
    static const QStringList order{QStringLiteral("event"),      QStringLiteral("section"), QStringLiteral("lesson"),
                                   QStringLiteral("unfinished"), QStringLiteral("goal"),    QStringLiteral("theme"),
                                   QStringLiteral("answer"),     QStringLiteral("output")};
    return order;
}

int kindRank(const QString &kind)
{
    const qsizetype rank = kindOrder().indexOf(kind);
    return rank < 0 ? int(kindOrder().size()) : int(rank);
}

// Section bodies are Markdown; a snippet reads better without the marks ("# ", "**", "> ", "- ").
QString withoutMarkdown(const QString &text)
{
    static const QRegularExpression marks(QStringLiteral("(^|\\s)(#{1,6}|>|[-*+]|\\d+\\.)\\s+|\\*\\*|__|`"));
    QString plain = text;
    plain.replace(marks, QStringLiteral("\\1"));
    return plain.simplified();
}

} // namespace

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

QString SearchResultsModel::kindName(const QString &kind)
{
    if (kind == QLatin1String("event"))
        return tr("Events");
    if (kind == QLatin1String("section"))
        return tr("Sections");
    if (kind == QLatin1String("lesson"))
        return tr("Lessons");
    if (kind == QLatin1String("unfinished"))
        return tr("Unfinished");
    if (kind == QLatin1String("goal"))
        return tr("Goals");
    if (kind == QLatin1String("theme"))
        return tr("Themes");
    if (kind == QLatin1String("answer"))
        return tr("Questions");
    if (kind == QLatin1String("output"))
        return tr("Outputs");
    return kind;
}

void SearchResultsModel::setResults(const QList<SearchHit> &hits, const QStringList &terms)
{
    QList<SearchHit> sorted = hits;
    // The service orders by year; group the kinds of each year in a fixed order, keeping its order within.
    std::stable_sort(sorted.begin(), sorted.end(), [](const SearchHit &a, const SearchHit &b) {
        if (a.yearNumber != b.yearNumber)
            return a.yearNumber > b.yearNumber;
        return kindRank(a.kind) < kindRank(b.kind);
    });
    beginResetModel();
    m_rows.clear();
    m_terms = terms;
    m_hitCount = int(sorted.size());
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        const SearchHit &hit = sorted[i];
        if (i == 0 || sorted[i - 1].yearNumber != hit.yearNumber || sorted[i - 1].kind != hit.kind) {
            qsizetype groupSize = 1;
            while (i + groupSize < sorted.size() && sorted[i + groupSize].yearNumber == hit.yearNumber
                   && sorted[i + groupSize].kind == hit.kind)
                ++groupSize;
            Row header;
            header.header = true;
            header.headerText = tr("%1 · %2 (%3)", "year · kind (count)")
                                        .arg(QString::number(hit.yearNumber), kindName(hit.kind))
                                        .arg(groupSize);
            header.hit.yearNumber = hit.yearNumber;
            header.hit.yearId = hit.yearId;
            header.hit.kind = hit.kind;
            m_rows << header;
        }
        Row row{false, {}, hit};
        if (hit.kind == QLatin1String("section"))
            row.hit.snippet = withoutMarkdown(hit.snippet);
        m_rows << row;
    }
    endResetModel();
}

bool SearchResultsModel::isHit(int row) const
{
    return row >= 0 && row < m_rows.size() && !m_rows[row].header;
}

SearchHit SearchResultsModel::hitAt(int row) const
{
    return isHit(row) ? m_rows[row].hit : SearchHit();
}

int SearchResultsModel::hitRowFrom(int row, int step) const
{
    for (int r = row; r >= 0 && r < m_rows.size(); r += step) {
        if (isHit(r))
            return r;
    }
    return -1;
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return row.header ? row.headerText : row.hit.title;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return row.header ? row.headerText : row.hit.title + QStringLiteral(" — ") + row.hit.snippet;
    case IsHeaderRole:
        return row.header;
    case KindRole:
        return row.hit.kind;
    case ItemIdRole:
        return row.hit.id;
    case YearIdRole:
        return row.hit.yearId;
    case YearNumberRole:
        return row.hit.yearNumber;
    case TitleRole:
        return row.hit.title;
    case SnippetRole:
        return row.hit.snippet;
    default:
        return {};
    }
}

Qt::ItemFlags SearchResultsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (m_rows[index.row()].header)
        return Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace hoego
