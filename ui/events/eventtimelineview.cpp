// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "eventtimelineview.h"

#include "accessibility/accessibleitems.h"
#include "common/contrast.h"
#include "common/lockglyph.h"

#include "eventsmodel.h"
#include "i18n/dates.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDate>
#include <QDrag>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QToolTip>

namespace hoego {
namespace {

const QString kEventMime = QStringLiteral("application/x-hoego-event-id");

constexpr int kPad = 12; // outer margin of the content
constexpr int kGap = 6; // between cards and around them in a row
constexpr int kMonthLane = 188;
constexpr int kMinAxis = 320; // below this the view scrolls sideways instead of squeezing
constexpr int kMinCard = 96;
constexpr int kMaxCard = 220;
constexpr int kStripe = 4; // the area colour on the card's left edge
constexpr qreal kRadius = 6.0;

QFont smallFontOf(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.85);
    return font;
}

QColor mixed(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amountOfB,
                            a.greenF() + (b.greenF() - a.greenF()) * amountOfB,
                            a.blueF() + (b.blueF() - a.blueF()) * amountOfB);
}

int labelColumnWidth(const QFontMetrics &metrics)
{
    int width = metrics.horizontalAdvance(QCoreApplication::translate("hoego::EventTimelineView", "Whole year"));
    for (int month = 1; month <= 12; ++month)
        width = std::max(width, metrics.horizontalAdvance(i18n::monthName(month)));
    return width + 20;
}

} // namespace

QString EventTimelineView::mimeType()
{
    return kEventMime;
}

EventTimelineView::EventTimelineView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("eventTimeline"));
    setAccessibleName(tr("Events by month"));
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    viewport()->setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    setFrameShape(QFrame::NoFrame);
    verticalScrollBar()->setSingleStep(24);
    horizontalScrollBar()->setSingleStep(24);
    m_rows.resize(13);
}

void EventTimelineView::setModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    const auto changed = [this] { relayout(); };
    connect(m_model, &QAbstractItemModel::modelReset, this, changed);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, changed);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, changed);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(m_model, &QAbstractItemModel::dataChanged, this, changed);
    // A reset or a filter drops the current event: say so, so the details panel empties.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_current = QPersistentModelIndex(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { emit currentChanged({}); });
    relayout();
}

void EventTimelineView::setYearNumber(int yearNumber)
{
    m_yearNumber = yearNumber;
    m_clickedMonth = 0;
    viewport()->update();
}

void EventTimelineView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
}

void EventTimelineView::setCurrentIndex(const QModelIndex &index)
{
    if (QModelIndex(m_current) == index)
        return;
    m_current = index;
    if (index.isValid())
        m_clickedMonth = index.data(EventsModel::MonthRole).toInt();
    if (const QRect rect = visualRect(index); rect.isValid() && !viewport()->rect().contains(rect)) {
        // Bring the card into view, as a list would.
        const QRect content = rect.translated(offset());
        if (rect.top() < 0 || rect.bottom() > viewport()->height())
            verticalScrollBar()->setValue(content.top() - kPad);
        if (rect.left() < 0 || rect.right() > viewport()->width())
            horizontalScrollBar()->setValue(content.left() - kPad);
    }
    describeCurrent();
    announceCurrentItem(this, index.row());
    viewport()->update();
    emit currentChanged(index);
}

int EventTimelineView::selectedMonth() const
{
    if (m_current.isValid())
        return m_current.data(EventsModel::MonthRole).toInt();
    return m_clickedMonth;
}

QPoint EventTimelineView::offset() const
{
    return {horizontalScrollBar()->value(), verticalScrollBar()->value()};
}

QRect EventTimelineView::toViewport(const QRect &contentRect) const
{
    return contentRect.translated(-offset());
}

QRect EventTimelineView::visualRect(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    for (const Card &card : m_cards) {
        if (card.row == index.row())
            return toViewport(card.rect);
    }
    return {};
}

QRect EventTimelineView::monthRect(int month) const
{
    return month >= 0 && month < m_rows.size() ? toViewport(m_rows[month]) : QRect();
}

QModelIndex EventTimelineView::indexAt(const QPoint &viewportPos) const
{
    const QPoint pos = viewportPos + offset();
    for (const Card &card : m_cards) {
        if (card.rect.contains(pos))
            return m_model->index(card.row, 0);
    }
    return {};
}

int EventTimelineView::monthAt(const QPoint &viewportPos) const
{
    const QPoint pos = viewportPos + offset();
    for (int month = 0; month < m_rows.size(); ++month) {
        if (m_rows[month].contains(pos))
            return month;
    }
    return -1;
}

int EventTimelineView::cardHeight() const
{
    return fontMetrics().height() + QFontMetrics(smallFontOf(font())).height() + 14;
}

int EventTimelineView::cardWidth(const QModelIndex &index) const
{
    const int title = fontMetrics().horizontalAdvance(index.data().toString());
    return std::clamp(title + 2 * kStripe + 20, kMinCard, kMaxCard);
}

void EventTimelineView::relayout()
{
    m_cards.clear();
    const QFontMetrics metrics(font());
    const QFontMetrics small(smallFontOf(font()));
    const int labelWidth = labelColumnWidth(metrics);
    const int width = std::max(viewport()->width(), 2 * kPad + labelWidth + kMonthLane + kGap + kMinAxis);
    const int axisLeft = kPad + labelWidth + kMonthLane + kGap;
    const int axisRight = width - kPad;
    const int ch = cardHeight();
    int top = kPad + small.height() + kGap; // the header with the day ticks

    QList<QList<int>> rowsByMonth(13);
    const int count = m_model ? m_model->rowCount() : 0;
    for (int row = 0; row < count; ++row) {
        const int month = m_model->index(row, 0).data(EventsModel::MonthRole).toInt();
        rowsByMonth[std::clamp(month, 0, 12)] << row;
    }

    // Year-only events flow left to right and wrap.
    {
        const int left = kPad + labelWidth;
        int x = left;
        int y = top + kGap;
        for (int row : rowsByMonth[kYearLane]) {
            const int w = cardWidth(m_model->index(row, 0)) + 24;
            if (x > left && x + w > axisRight) {
                x = left;
                y += ch + kGap;
            }
            m_cards << Card{row, QRect(x, y, w, ch)};
            x += w + kGap;
        }
        const int height = y + ch + kGap - top;
        m_rows[kYearLane] = QRect(kPad, top, width - 2 * kPad, std::max(height, ch + 2 * kGap));
        top = m_rows[kYearLane].bottom() + 1 + kGap;
    }

    for (int month = 1; month <= 12; ++month) {
        int monthOnly = 0;
        QList<int> laneEnds;
        const int axisWidth = axisRight - axisLeft;
        for (int row : rowsByMonth[month]) {
            const QModelIndex index = m_model->index(row, 0);
            const int day = index.data(EventsModel::DayRole).toInt();
            if (day <= 0) {
                m_cards << Card{row,
                                QRect(kPad + labelWidth, top + kGap + monthOnly * (ch + kGap), kMonthLane - kGap, ch)};
                ++monthOnly;
                continue;
            }
            const int w = std::min(cardWidth(index), axisWidth);
            int x = axisLeft + int((day - 1) / 30.0 * (axisWidth - kMinCard));
            x = std::min(x, axisRight - w);
            // The first lane where the card does not overlap the one before it.
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds[lane] + kGap > x)
                ++lane;
            if (lane == laneEnds.size())
                laneEnds << 0;
            laneEnds[lane] = x + w;
            m_cards << Card{row, QRect(x, top + kGap + lane * (ch + kGap), w, ch)};
        }
        const int lanes = std::max({1, monthOnly, int(laneEnds.size())});
        m_rows[month] = QRect(kPad, top, width - 2 * kPad, lanes * (ch + kGap) + kGap);
        top = m_rows[month].bottom() + 1;
    }
    m_contentSize = QSize(width, top + kPad);
    updateScrollBars();
    viewport()->update();
}

void EventTimelineView::updateScrollBars()
{
    const QSize view = viewport()->size();
    verticalScrollBar()->setPageStep(view.height());
    verticalScrollBar()->setRange(0, std::max(0, m_contentSize.height() - view.height()));
    horizontalScrollBar()->setPageStep(view.width());
    horizontalScrollBar()->setRange(0, std::max(0, m_contentSize.width() - view.width()));
}

void EventTimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

QSize EventTimelineView::sizeHint() const
{
    return {900, 600};
}

QSize EventTimelineView::minimumSizeHint() const
{
    return {320, 200};
}

void EventTimelineView::paintRowBackgrounds(QPainter &painter)
{
    const QPalette &pal = palette();
    const QFontMetrics metrics(font());
    const QFont small = smallFontOf(font());
    const QFontMetrics smallMetrics(small);
    const int labelWidth = labelColumnWidth(metrics);
    const int axisLeft = kPad + labelWidth + kMonthLane + kGap;
    const int axisRight = m_contentSize.width() - kPad;
    const int axisWidth = axisRight - axisLeft;
    const auto dayX = [&](int day) { return axisLeft + int((day - 1) / 30.0 * (axisWidth - kMinCard)); };
    QColor faint = pal.color(QPalette::PlaceholderText);

    // Header: where the month-only lane is and the day ticks of the axis.
    painter.setFont(small);
    painter.setPen(faint);
    const int headerY = kPad;
    painter.drawText(QRect(kPad + labelWidth, headerY, kMonthLane, smallMetrics.height()), Qt::AlignLeft,
                     tr("Month only"));
    for (int day : {1, 10, 20, 31})
        painter.drawText(QRect(dayX(day), headerY, 40, smallMetrics.height()), Qt::AlignLeft, QString::number(day));

    QColor grid = pal.color(QPalette::Mid);
    grid.setAlphaF(0.35f);
    for (int month = 0; month < m_rows.size(); ++month) {
        const QRect row = m_rows[month];
        if (month % 2 == 1)
            painter.fillRect(row, pal.color(QPalette::AlternateBase));
        if (month == m_dropMonth) {
            QColor drop = pal.color(QPalette::Highlight);
            drop.setAlphaF(0.18f);
            painter.fillRect(row, drop);
            painter.setPen(QPen(pal.color(QPalette::Highlight), 1.5));
            painter.drawRect(row.adjusted(1, 1, -1, -1));
        } else if (month == m_clickedMonth && !m_current.isValid() && month > 0 && hasFocus()) {
            painter.setPen(QPen(pal.color(QPalette::Highlight), 1.0, Qt::DashLine));
            painter.drawRect(row.adjusted(1, 1, -1, -1));
        }
        painter.setPen(grid);
        painter.drawLine(row.bottomLeft(), row.bottomRight());

        QFont labelFont = font();
        labelFont.setBold(true);
        painter.setFont(labelFont);
        painter.setPen(pal.color(month == kYearLane ? QPalette::PlaceholderText : QPalette::Text));
        const QString label = month == kYearLane ? tr("Whole year") : i18n::monthName(month);
        painter.drawText(QRect(row.left() + 6, row.top() + kGap, labelWidth - 8, cardHeight()),
                         Qt::AlignLeft | Qt::AlignVCenter, label);
        if (month == kYearLane)
            continue;
        painter.setPen(grid);
        painter.drawLine(axisLeft - kGap / 2, row.top() + 4, axisLeft - kGap / 2, row.bottom() - 4);
        QPen tick(grid, 1.0, Qt::DotLine);
        painter.setPen(tick);
        for (int day : {10, 20, 31})
            painter.drawLine(dayX(day), row.top() + 2, dayX(day), row.bottom() - 2);
    }

    // Today, on this year's timeline.
    const QDate today = QDate::currentDate();
    if (today.year() == m_yearNumber && today.month() >= 1) {
        const QRect row = m_rows[today.month()];
        painter.setPen(QPen(pal.color(QPalette::Highlight), 2.0));
        const int x = dayX(today.day()) - 2;
        painter.drawLine(x, row.top() + 2, x, row.bottom() - 2);
    }
}

void EventTimelineView::paintCard(QPainter &painter, const Card &card)
{
    const QPalette &pal = palette();
    const QModelIndex index = m_model->index(card.row, 0);
    const bool selected = index == QModelIndex(m_current);
    const bool hovered = card.row == m_hoverRow;
    const QColor base = pal.color(QPalette::Base);
    QColor area = index.data(EventsModel::AreaColorRole).value<QColor>();
    if (!area.isValid()) // an event without an area still gets a stripe that can be seen
        area = contrast::legibleOn(pal.color(QPalette::PlaceholderText), base);

    const QRectF rect = QRectF(card.rect).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath path;
    path.addRoundedRect(rect, kRadius, kRadius);
    painter.fillPath(path, mixed(base, area, hovered ? 0.26 : 0.16));
    painter.save();
    painter.setClipPath(path);
    painter.fillRect(QRectF(rect.left(), rect.top(), kStripe, rect.height()), area);
    painter.restore();
    if (selected) {
        painter.setPen(QPen(pal.color(QPalette::Highlight), hasFocus() ? 2.0 : 1.4));
    } else {
        QColor border = mixed(base, area, 0.55);
        painter.setPen(QPen(border, 1.0));
    }
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);

    QRect text = card.rect.adjusted(kStripe + 7, 5, -7, -5);
    const QFontMetrics metrics(font());
    painter.setFont(font());
    painter.setPen(pal.color(QPalette::Text));
    // A private event carries a small padlock before its title (issue 14).
    QRect title(text.left(), text.top(), text.width(), metrics.height());
    if (index.data(EventsModel::PrivateRole).toBool()) {
        const int lock = lockglyph::width(metrics.height());
        lockglyph::paint(painter, QRectF(title.left(), title.top(), lock - 4, title.height()),
                         pal.color(QPalette::Text));
        title.setLeft(title.left() + lock);
    }
    painter.drawText(title, Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(index.data().toString(), Qt::ElideRight, title.width()));

    // Second line: the day (or month) and the tags as small chips.
    const QFont small = smallFontOf(font());
    const QFontMetrics smallMetrics(small);
    painter.setFont(small);
    const int lineTop = text.top() + metrics.height() + 2;
    int x = text.left();
    const int day = index.data(EventsModel::DayRole).toInt();
    const int month = index.data(EventsModel::MonthRole).toInt();
    QString when;
    if (day > 0)
        when = QString::number(day);
    else if (month > 0)
        when = i18n::monthName(month);
    QColor dim = pal.color(QPalette::Text);
    dim.setAlphaF(0.65f);
    if (!when.isEmpty()) {
        painter.setPen(dim);
        painter.drawText(QRect(x, lineTop, text.width(), smallMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         when);
        x += smallMetrics.horizontalAdvance(when) + 6;
    }
    const QStringList tags = index.data(EventsModel::TagsRole).toStringList();
    QColor chip = pal.color(QPalette::Text);
    chip.setAlphaF(0.09f);
    painter.setRenderHint(QPainter::Antialiasing);
    for (const QString &tag : tags) {
        const QString label = QStringLiteral("#") + tag;
        const int w = smallMetrics.horizontalAdvance(label) + 8;
        if (x + w > text.right() + 1) {
            if (x + smallMetrics.horizontalAdvance(QStringLiteral("…")) <= text.right()) {
                painter.setPen(dim);
                painter.drawText(QRect(x, lineTop, 20, smallMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                                 QStringLiteral("…"));
            }
            break;
        }
        const QRectF chipRect(x, lineTop, w, smallMetrics.height());
        painter.setPen(Qt::NoPen);
        painter.setBrush(chip);
        painter.drawRoundedRect(chipRect, 4, 4);
        painter.setPen(dim);
        painter.drawText(chipRect, Qt::AlignCenter, label);
        x += w + 4;
    }
}

void EventTimelineView::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(viewport());
    painter.translate(-offset());
    paintRowBackgrounds(painter);
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Card &card : std::as_const(m_cards))
        paintCard(painter, card);
    if (m_model && m_model->rowCount() == 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.setFont(font());
        painter.drawText(
                m_rows[kYearLane].adjusted(labelColumnWidth(fontMetrics()), 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                m_readOnly ? tr("No events") : tr("No events yet. Press Ctrl+E or double-click a month to add one."));
    }
}

void EventTimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton && event->button() != Qt::RightButton)
        return QAbstractScrollArea::mousePressEvent(event);
    const QModelIndex index = indexAt(event->position().toPoint());
    m_pressPos = event->position().toPoint();
    m_pressIndex = index;
    if (!index.isValid()) {
        if (const int month = monthAt(m_pressPos); month >= 0)
            m_clickedMonth = month;
        setCurrentIndex({});
    } else {
        setCurrentIndex(index);
    }
    viewport()->update();
}

void EventTimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (event->buttons() & Qt::LeftButton) {
        if (m_pressIndex.isValid() && !m_readOnly
            && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
            const QModelIndex index = m_pressIndex;
            m_pressIndex = QPersistentModelIndex();
            startDrag(index);
        }
        return;
    }
    const QModelIndex hover = indexAt(pos);
    const int row = hover.isValid() ? hover.row() : -1;
    if (row != m_hoverRow) {
        m_hoverRow = row;
        viewport()->update();
    }
}

void EventTimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QModelIndex index = indexAt(event->position().toPoint());
    if (index.isValid()) {
        emit activated(index);
        return;
    }
    if (const int month = monthAt(event->position().toPoint()); month >= 0 && !m_readOnly) {
        m_clickedMonth = month;
        emit addRequested();
    }
}

void EventTimelineView::startDrag(const QModelIndex &index)
{
    auto *mime = new QMimeData;
    mime->setData(kEventMime, QByteArray::number(index.data(EventsModel::EventIdRole).toLongLong()));
    mime->setText(index.data().toString());
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    const QRect rect = visualRect(index);
    if (rect.isValid()) {
        QPixmap pixmap(rect.size() * devicePixelRatioF());
        pixmap.setDevicePixelRatio(devicePixelRatioF());
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setOpacity(0.85);
        painter.translate(-visualRect(index).topLeft() - offset());
        for (const Card &card : std::as_const(m_cards)) {
            if (card.row == index.row())
                paintCard(painter, card);
        }
        painter.end();
        drag->setPixmap(pixmap);
        drag->setHotSpot(m_pressPos - rect.topLeft());
    }
    drag->exec(Qt::MoveAction);
    m_dropMonth = -1;
    viewport()->update();
}

void EventTimelineView::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_readOnly && event->mimeData()->hasFormat(kEventMime))
        event->acceptProposedAction();
}

void EventTimelineView::dragMoveEvent(QDragMoveEvent *event)
{
    const int month = monthAt(event->position().toPoint());
    if (m_readOnly || !event->mimeData()->hasFormat(kEventMime) || month < 1) {
        event->ignore();
        if (m_dropMonth != -1) {
            m_dropMonth = -1;
            viewport()->update();
        }
        return;
    }
    event->acceptProposedAction();
    if (month != m_dropMonth) {
        m_dropMonth = month;
        viewport()->update();
    }
}

void EventTimelineView::dragLeaveEvent(QDragLeaveEvent *event)
{
    Q_UNUSED(event)
    m_dropMonth = -1;
    viewport()->update();
}

void EventTimelineView::dropEvent(QDropEvent *event)
{
    const int month = monthAt(event->position().toPoint());
    m_dropMonth = -1;
    viewport()->update();
    if (m_readOnly || month < 1 || !event->mimeData()->hasFormat(kEventMime))
        return event->ignore();
    bool ok = false;
    const Id eventId = event->mimeData()->data(kEventMime).toLongLong(&ok);
    if (!ok)
        return event->ignore();
    event->acceptProposedAction();
    emit eventDropped(eventId, month);
}

void EventTimelineView::moveCurrent(int step)
{
    const int count = m_model ? m_model->rowCount() : 0;
    if (count == 0)
        return;
    // Cards are laid out by date; the model's order is the date order, so moving through rows follows them.
    int row = m_current.isValid() ? m_current.row() + step : (step > 0 ? 0 : count - 1);
    row = std::clamp(row, 0, count - 1);
    setCurrentIndex(m_model->index(row, 0));
}

void EventTimelineView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Paste)) {
        if (!m_readOnly)
            emit pasteRequested(QGuiApplication::clipboard()->text());
        return;
    }
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_current.isValid())
            emit activated(m_current);
        else if (!m_readOnly)
            emit addRequested();
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (!m_readOnly && m_current.isValid())
            emit deleteRequested();
        return;
    case Qt::Key_Up:
    case Qt::Key_Left:
        moveCurrent(-1);
        return;
    case Qt::Key_Down:
    case Qt::Key_Right:
        moveCurrent(1);
        return;
    case Qt::Key_Home:
        moveCurrent(-(m_model ? m_model->rowCount() : 0));
        return;
    case Qt::Key_End:
        moveCurrent(m_model ? m_model->rowCount() : 0);
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

void EventTimelineView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void EventTimelineView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

bool EventTimelineView::viewportEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::Leave:
        m_hoverRow = -1;
        viewport()->update();
        break;
    case QEvent::ToolTip: {
        auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = indexAt(help->pos());
        if (index.isValid())
            QToolTip::showText(help->globalPos(),
                               index.data().toString() + QLatin1Char('\n') + index.data(Qt::ToolTipRole).toString(),
                               viewport(), visualRect(index));
        else
            QToolTip::hideText();
        return true;
    }
    default:
        break;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void EventTimelineView::contextMenuEvent(QContextMenuEvent *event)
{
    // A mouse menu arrives through the viewport (viewport coordinates); the menu key means the selected card.
    QPoint pos = event->pos();
    QPoint global = event->globalPos();
    if (event->reason() == QContextMenuEvent::Keyboard) {
        const QRect current = visualRect(m_current);
        pos = current.isValid() ? current.center() : viewport()->rect().center();
        global = viewport()->mapToGlobal(pos);
    }
    const QModelIndex index = indexAt(pos);
    if (!index.isValid()) {
        if (const int month = monthAt(pos); month >= 0)
            m_clickedMonth = month;
    }
    emit contextMenuRequested(index, global);
}

void EventTimelineView::describeCurrent()
{
    // Screen readers hear the selected event, since the cards are painted rather than widgets.
    if (m_current.isValid())
        setAccessibleDescription(m_current.data().toString() + QStringLiteral(", ")
                                 + m_current.data(Qt::AccessibleDescriptionRole).toString());
    else
        setAccessibleDescription(tr("No event selected"));
}

} // namespace hoego
