// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "searchresultdelegate.h"

#include "highlight.h"
#include "searchresultsmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace hoego {
namespace {

constexpr int kPadding = 6;
constexpr int kIndent = 14;

QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    QColor mixed;
    mixed.setRgbF(a.redF() * (1 - amountOfB) + b.redF() * amountOfB,
                  a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB,
                  a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB);
    return mixed;
}

bool isSelected(const QStyleOptionViewItem &option)
{
    return option.state & QStyle::State_Selected;
}

int availableWidth(const QStyleOptionViewItem &option)
{
    int width = option.rect.width();
    if (width <= 0 && option.widget)
        width = option.widget->width();
    return qMax(120, width - kIndent - kPadding * 2);
}

} // namespace

void SearchResultDelegate::layoutHit(QTextDocument &document, const QStyleOptionViewItem &option,
                                     const QModelIndex &index, int width) const
{
    const QPalette &palette = option.palette;
    const bool selected = isSelected(option);
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor base = palette.color(selected ? QPalette::Highlight : QPalette::Base);
    const QColor mark = selected ? mix(base, text, 0.25) : mix(base, palette.color(QPalette::Highlight), 0.3);
    const QColor faded = mix(text, base, 0.3);
    const auto *model = qobject_cast<const SearchResultsModel *>(index.model());
    const QStringList terms = model ? model->terms() : QStringList();

    document.setDocumentMargin(0);
    document.setDefaultFont(option.font);
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document.setDefaultTextOption(wrap);
    document.setTextWidth(width);
    const QString title = index.data(SearchResultsModel::TitleRole).toString();
    const QString snippet = index.data(SearchResultsModel::SnippetRole).toString();
    QString html
            = QStringLiteral("<div style=\"color:%1\">%2</div>").arg(text.name(), highlightedHtml(title, terms, mark));
    if (!snippet.isEmpty() && snippet != title) {
        html += QStringLiteral("<div style=\"color:%1; font-size:small\">%2</div>")
                        .arg(faded.name(), highlightedHtml(snippet, terms, mark));
    }
    document.setHtml(html);
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    if (index.data(SearchResultsModel::IsHeaderRole).toBool()) {
        painter->save();
        QFont font = option.font;
        font.setBold(true);
        painter->setFont(font);
        // Headers are disabled rows (so the keyboard skips them); draw them in the active colours regardless.
        painter->setPen(mix(option.palette.color(QPalette::Active, QPalette::Text),
                            option.palette.color(QPalette::Active, QPalette::Base), 0.2));
        const QRect textRect = option.rect.adjusted(kPadding, kPadding, -kPadding, -2);
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignBottom, index.data().toString());
        painter->setPen(mix(option.palette.color(QPalette::Active, QPalette::Base),
                            option.palette.color(QPalette::Active, QPalette::Text), 0.2));
        painter->drawLine(option.rect.left() + kPadding, option.rect.bottom(), option.rect.right() - kPadding,
                          option.rect.bottom());
        painter->restore();
        return;
    }

    // Background, selection and focus frame as the style draws them; the text is ours.
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QTextDocument document;
    const int width = qMax(120, option.rect.width() - kIndent - kPadding * 2);
    layoutHit(document, option, index, width);
    painter->save();
    painter->translate(option.rect.left() + kIndent + kPadding, option.rect.top() + kPadding);
    const QRect clip(0, 0, width, option.rect.height() - kPadding);
    painter->setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = clip;
    context.palette = option.palette;
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.data(SearchResultsModel::IsHeaderRole).toBool()) {
        QFont font = option.font;
        font.setBold(true);
        return {availableWidth(option), QFontMetrics(font).height() + kPadding + 4};
    }
    QTextDocument document;
    const int width = availableWidth(option);
    layoutHit(document, option, index, width);
    return {width, int(document.size().height()) + kPadding * 2};
}

} // namespace hoego
