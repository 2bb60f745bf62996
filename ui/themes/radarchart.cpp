// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "radarchart.h"

#include "themestates.h"

#include "accessibility/accessibleitems.h"

#include <QFontMetrics>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <utility>

namespace hoego {
namespace {

int indexOfEntry(const QList<YearTheme> &themes, Id entryId)
{
    for (qsizetype i = 0; i < themes.size(); ++i) {
        if (themes[i].entry.id == entryId)
            return int(i);
    }
    return -1;
}

constexpr double kDotRadius = 6.0;
constexpr double kSideMargin = 110.0; // room for names beside the rings
constexpr double kTopMargin = 30.0;

} // namespace

RadarChart::RadarChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("themeRadar"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAccessibleName(tr("Theme radar"));
    setToolTip(tr("Drag a theme to another ring, or choose it with Left/Right and move it with Up/Down"));
}

QSize RadarChart::sizeHint() const
{
    return {520, 520};
}
QSize RadarChart::minimumSizeHint() const
{
    return {300, 300};
}

void RadarChart::setThemes(const QList<YearTheme> &themes, const QHash<Id, Area> &areas)
{
    // The placed dots point into the list being replaced: drop them first.
    m_placed.clear();
    m_themes = themes;
    m_areas = areas;
    m_sectorAreas.clear();
    for (const YearTheme &theme : m_themes) {
        const Id area = m_areas.contains(theme.theme.areaId) ? theme.theme.areaId : 0;
        if (!m_sectorAreas.contains(area))
            m_sectorAreas << area;
    }
    if (m_sectorAreas.isEmpty())
        m_sectorAreas << 0;
    if (std::none_of(m_themes.cbegin(), m_themes.cend(),
                     [this](const YearTheme &t) { return t.entry.id == m_selected; }))
        m_selected = 0;
    layoutDots();
    updateAccessibleText();
    update();
}

void RadarChart::setSelectedEntry(Id entryId)
{
    if (m_selected == entryId)
        return;
    m_selected = entryId;
    update();
}

QString RadarChart::areaName(Id areaId) const
{
    return m_areas.contains(areaId) ? m_areas.value(areaId).name : tr("No area");
}

QPointF RadarChart::center() const
{
    return QRectF(rect()).center();
}

double RadarChart::outerRadius() const
{
    // Names run sideways from the dots and the area names beside the rings: keep more room left and right.
    return std::max(40.0, std::min(width() / 2.0 - kSideMargin, height() / 2.0 - kTopMargin));
}

double RadarChart::ringRadius(int ring) const
{
    return outerRadius() * (ring + 1) / 4.0;
}

int RadarChart::ringAt(const QPointF &point) const
{
    const QPointF offset = point - center();
    const double distance = std::hypot(offset.x(), offset.y());
    for (int ring = 0; ring < 4; ++ring) {
        if (distance <= ringRadius(ring))
            return ring;
    }
    return -1;
}

void RadarChart::layoutDots()
{
    m_placed.clear();
    const double sector = 2 * std::numbers::pi / m_sectorAreas.size();
    // Dots of one sector and ring share the ring's middle, spread evenly over the sector's angle.
    for (int s = 0; s < m_sectorAreas.size(); ++s) {
        for (int ring = 0; ring < 4; ++ring) {
            QList<const YearTheme *> here;
            for (const YearTheme &theme : m_themes) {
                const Id area = m_areas.contains(theme.theme.areaId) ? theme.theme.areaId : 0;
                if (area == m_sectorAreas[s] && themestates::ringOf(theme.entry.state) == ring)
                    here << &theme;
            }
            for (int i = 0; i < here.size(); ++i) {
                // Neighbouring rings lean to opposite sides of their even spread, so a dot's name does not run
                // over the dot of the ring outside it at the same angle.
                const double lean = (ring % 2 ? 0.3 : -0.3) / (here.size() + 1.0);
                const double angle = -std::numbers::pi / 2 + sector * (s + (i + 1.0) / (here.size() + 1.0) + lean);
                // Alternate slightly inside and outside the ring's middle so neighbours' labels do not collide.
                const double inner = ring == 0 ? 0.0 : ringRadius(ring - 1);
                const double band = ringRadius(ring) - inner;
                const double radius = inner + band * (here.size() > 1 && i % 2 ? 0.68 : 0.42);
                m_placed.append({here[i], angle, center() + QPointF(std::cos(angle), std::sin(angle)) * radius});
            }
        }
    }
}

const RadarChart::Placed *RadarChart::placedAt(const QPointF &point) const
{
    for (const Placed &placed : m_placed) {
        const QPointF offset = placed.dot - point;
        if (std::hypot(offset.x(), offset.y()) <= kDotRadius + 4)
            return &placed;
    }
    return nullptr;
}

const RadarChart::Placed *RadarChart::placedOf(Id entryId) const
{
    for (const Placed &placed : m_placed) {
        if (placed.theme->entry.id == entryId)
            return &placed;
    }
    return nullptr;
}

QPointF RadarChart::dotPosition(Id entryId) const
{
    const Placed *placed = placedOf(entryId);
    return placed ? placed->dot : QPointF();
}

QPointF RadarChart::ringPoint(Id entryId, ThemeState state) const
{
    const Placed *placed = placedOf(entryId);
    if (!placed)
        return {};
    const int ring = themestates::ringOf(state);
    const double inner = ring == 0 ? 0.0 : ringRadius(ring - 1);
    const double radius = (inner + ringRadius(ring)) / 2;
    return center() + QPointF(std::cos(placed->angle), std::sin(placed->angle)) * radius;
}

void RadarChart::paintEvent(QPaintEvent *)
{
    if (m_placed.size() != m_themes.size())
        layoutDots();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    const QPointF c = center();

    // Rings, outermost first so the inner ones paint over them; alternate the two base colours.
    for (int ring = 3; ring >= 0; --ring) {
        painter.setPen(QPen(pal.color(QPalette::Mid), 1));
        painter.setBrush(ring % 2 ? pal.color(QPalette::AlternateBase) : pal.color(QPalette::Base));
        painter.drawEllipse(c, ringRadius(ring), ringRadius(ring));
    }
    // Ring names along the vertical axis, above the centre.
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    painter.setFont(small);
    for (int ring = 0; ring < 4; ++ring) {
        const ThemeState state = themestates::stateOfRing(ring);
        const double inner = ring == 0 ? 0.0 : ringRadius(ring - 1);
        const QPointF at(c.x() + 4, c.y() - (inner + ringRadius(ring)) / 2);
        painter.setPen(themestates::color(state, pal));
        painter.drawText(at, themestates::name(state));
    }
    // Sector lines and area names outside the rings.
    const double sector = 2 * std::numbers::pi / m_sectorAreas.size();
    const QFontMetrics metrics(font());
    for (int s = 0; s < m_sectorAreas.size(); ++s) {
        const double start = -std::numbers::pi / 2 + sector * s;
        if (m_sectorAreas.size() > 1) {
            painter.setPen(QPen(pal.color(QPalette::Mid), 1, Qt::DashLine));
            painter.drawLine(c, c + QPointF(std::cos(start), std::sin(start)) * outerRadius());
        }
        // The area's name sits outside the outer ring, beside the sector's middle, and reads away from the
        // rings so it never runs into a theme's name.
        const double middle = start + sector / 2;
        const QString label = metrics.elidedText(
                m_sectorAreas[s] ? m_areas.value(m_sectorAreas[s]).name : tr("No area"), Qt::ElideMiddle, 110);
        const QPointF edge = c + QPointF(std::cos(middle), std::sin(middle)) * (outerRadius() + 10);
        const double labelWidth = metrics.horizontalAdvance(label);
        double x = edge.x() - labelWidth / 2;
        if (std::cos(middle) > 0.3)
            x = edge.x();
        else if (std::cos(middle) < -0.3)
            x = edge.x() - labelWidth;
        double y = edge.y() + metrics.ascent() / 2.0;
        if (std::sin(middle) > 0.3)
            y = edge.y() + metrics.ascent();
        else if (std::sin(middle) < -0.3)
            y = edge.y();
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(QPointF(x, y), label);
        painter.setFont(font());
    }
    // Dots with their names; the selected one ringed in the highlight colour.
    for (const Placed &placed : std::as_const(m_placed)) {
        const YearTheme &theme = *placed.theme;
        QPointF dot = placed.dot;
        if (theme.entry.id == m_dragged)
            dot = m_dragPoint;
        const QColor areaColor = m_areas.contains(theme.theme.areaId) ? m_areas.value(theme.theme.areaId).color
                                                                      : pal.color(QPalette::Text);
        painter.setPen(QPen(pal.color(QPalette::Text), 1));
        painter.setBrush(areaColor);
        painter.drawEllipse(dot, kDotRadius, kDotRadius);
        if (theme.entry.id == m_selected) {
            painter.setPen(QPen(pal.color(QPalette::Highlight), 2.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(dot, kDotRadius + 4, kDotRadius + 4);
        }
        painter.setPen(pal.color(QPalette::Text));
        const QString name = metrics.elidedText(theme.theme.name, Qt::ElideMiddle, 110);
        const bool leftSide = std::cos(placed.angle) < -0.2;
        const double x
                = leftSide ? dot.x() - kDotRadius - 3 - metrics.horizontalAdvance(name) : dot.x() + kDotRadius + 3;
        painter.drawText(QPointF(x, dot.y() + metrics.ascent() / 2.5), name);
    }
    if (m_themes.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("No themes in this year yet"));
    }
    if (hasFocus()) {
        painter.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect().adjusted(1, 1, -2, -2));
    }
}

void RadarChart::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const Placed *placed = placedAt(event->position());
    if (!placed)
        return;
    m_selected = placed->theme->entry.id;
    emit entrySelected(m_selected);
    announceCurrentItem(this, indexOfEntry(m_themes, m_selected));
    if (m_editable) {
        m_dragged = m_selected;
        m_dragPoint = placed->dot;
    }
    update();
}

void RadarChart::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragged == 0)
        return;
    m_dragPoint = event->position();
    update();
}

void RadarChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragged == 0)
        return;
    const Id entry = std::exchange(m_dragged, 0);
    const int ring = ringAt(event->position());
    update();
    if (ring >= 0)
        requestState(entry, themestates::stateOfRing(ring));
}

void RadarChart::keyPressEvent(QKeyEvent *event)
{
    if (m_placed.isEmpty())
        return QWidget::keyPressEvent(event);
    int index = 0;
    for (int i = 0; i < m_themes.size(); ++i) {
        if (m_themes[i].entry.id == m_selected)
            index = i;
    }
    const YearTheme &current = m_themes[index];
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int step = event->key() == Qt::Key_Right ? 1 : -1;
        const int next = m_selected == 0 ? 0 : int((index + step + m_themes.size()) % m_themes.size());
        m_selected = m_themes[next].entry.id;
        emit entrySelected(m_selected);
        announceCurrentItem(this, next);
        update();
        return;
    }
    case Qt::Key_Up:
    case Qt::Key_Down: {
        if (m_selected == 0 || !m_editable)
            return;
        const int ring = themestates::ringOf(current.entry.state) + (event->key() == Qt::Key_Up ? -1 : 1);
        if (ring >= 0 && ring < 4)
            requestState(m_selected, themestates::stateOfRing(ring));
        return;
    }
    default:
        QWidget::keyPressEvent(event);
    }
}

void RadarChart::requestState(Id entryId, ThemeState state)
{
    for (const YearTheme &theme : std::as_const(m_themes)) {
        if (theme.entry.id == entryId && theme.entry.state != state) {
            emit stateChangeRequested(entryId, state);
            return;
        }
    }
}

void RadarChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
}

void RadarChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutDots();
}

void RadarChart::updateAccessibleText()
{
    // Screen readers get the radar as a list: "Vector DB: Trial. RAG: Adopt."
    QStringList parts;
    for (const YearTheme &theme : std::as_const(m_themes))
        parts << QStringLiteral("%1: %2").arg(theme.theme.name, themestates::name(theme.entry.state));
    setAccessibleDescription(parts.join(QStringLiteral(". ")));
}

} // namespace hoego
