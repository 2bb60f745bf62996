// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QAccessibleWidget>
#include <QHash>
#include <QPointer>
#include <QRect>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace hoego {

// One thing a hand-drawn view paints (an event card, a theme's dot, a chart's value), as a screen reader
// should hear it.
struct AccessibleItem
{
    QString name; // "3B 모델 공개", "Vector DB", "2024"
    QString value; // "Trial", "75%"; empty when the item has none
    std::optional<qreal> number; // 75 for "75%": the value as AT-SPI's Value interface gives it; none for "Trial"
    QString description; // "2026. 3. 14. · Work · ai"
    QRect rect; // in the widget's coordinates; empty when not drawn
    bool selected = false;
};

// What a view paints, read when a screen reader asks: the items are not objects of their own.
class AccessibleItemSource
{
public:
    virtual ~AccessibleItemSource() = default;
    virtual int count() const = 0;
    virtual AccessibleItem item(int index) const = 0;
    // Makes an item the view's current one (the screen reader's "select"); false when the view cannot.
    virtual bool select(int index)
    {
        Q_UNUSED(index);
        return false;
    }
};

// A widget whose painted items are its accessible children, after its real child widgets. Each item is a
// child interface with a name, a value, a description, a role, a place on screen and a selected state.
class AccessibleItemsWidget : public QAccessibleWidget
{
public:
    AccessibleItemsWidget(QWidget *widget, QAccessible::Role role, QAccessible::Role itemRole,
                          std::unique_ptr<AccessibleItemSource> source);
    ~AccessibleItemsWidget() override;

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

    const AccessibleItemSource &source() const { return *m_source; }
    AccessibleItemSource &source() { return *m_source; }
    QAccessible::Role itemRole() const { return m_itemRole; }
    // The child interface of an item (created on first use), or nullptr past the end.
    QAccessibleInterface *itemInterface(int item) const;
    int widgetChildCount() const;

private:
    std::unique_ptr<AccessibleItemSource> m_source;
    QAccessible::Role m_itemRole;
    mutable QHash<int, QAccessible::Id> m_items;
};

// Tells screen readers that the current item of a view with AccessibleItemsWidget changed.
void announceCurrentItem(QWidget *view, int item);

} // namespace hoego
