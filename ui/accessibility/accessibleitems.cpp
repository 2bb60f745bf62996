// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "accessibleitems.h"

#include <QWidget>

namespace hoego {
namespace {

// One painted item. It reads the view each time it is asked, so it is never stale; an index past the
// view's items is no longer valid.
class AccessibleItemInterface final : public QAccessibleInterface,
                                      public QAccessibleActionInterface,
                                      public QAccessibleValueInterface
{
public:
    AccessibleItemInterface(QWidget *view, int index)
        : m_view(view)
        , m_index(index)
    { }

    int index() const { return m_index; }

    bool isValid() const override { return owner() && m_index < owner()->source().count(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return owner() ? owner()->window() : nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override { return owner(); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }

    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        const AccessibleItem item = owner()->source().item(m_index);
        switch (t) {
        case QAccessible::Name:
            return item.name;
        case QAccessible::Value:
            return item.value;
        case QAccessible::Description:
            // Qt's AT-SPI bridge carries no value text, and a screen reader says the name and the description:
            // the value leads the description so it is heard ("2025", "12 · Events per year").
            if (item.value.isEmpty())
                return item.description;
            return item.description.isEmpty() ? item.value : item.value + QStringLiteral(" · ") + item.description;
        default:
            return {};
        }
    }
    void setText(QAccessible::Text, const QString &) override { }

    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect local = owner()->source().item(m_index).rect;
        if (local.isEmpty())
            return {};
        return QRect(m_view->mapToGlobal(local.topLeft()), local.size());
    }
    QAccessible::Role role() const override { return owner() ? owner()->itemRole() : QAccessible::NoRole; }
    QAccessible::State state() const override
    {
        QAccessible::State state;
        if (!isValid()) {
            state.invalid = true;
            return state;
        }
        const AccessibleItem item = owner()->source().item(m_index);
        state.selectable = true;
        state.selected = item.selected;
        state.focusable = true;
        state.focused = item.selected && m_view->hasFocus();
        state.invisible = item.rect.isEmpty() || !m_view->isVisible();
        state.offscreen = !m_view->rect().intersects(item.rect);
        return state;
    }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::ActionInterface)
            return static_cast<QAccessibleActionInterface *>(this);
        // Only an item with a number is a value: a theme's ring ("Trial") is not.
        if (type == QAccessible::ValueInterface && isValid() && owner()->source().item(m_index).number)
            return static_cast<QAccessibleValueInterface *>(this);
        return nullptr;
    }
    QStringList actionNames() const override { return {setFocusAction()}; }
    void doAction(const QString &name) override
    {
        if (name == setFocusAction() && isValid() && owner()->source().select(m_index))
            m_view->setFocus(Qt::OtherFocusReason);
    }
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

    // Read-only: a chart's value is changed where it comes from, not here.
    QVariant currentValue() const override
    {
        const std::optional<qreal> number = isValid() ? owner()->source().item(m_index).number : std::nullopt;
        return number ? QVariant(*number) : QVariant();
    }
    void setCurrentValue(const QVariant &) override { }
    QVariant maximumValue() const override { return {}; }
    QVariant minimumValue() const override { return {}; }
    QVariant minimumStepSize() const override { return {}; }

private:
    AccessibleItemsWidget *owner() const
    {
        return m_view ? dynamic_cast<AccessibleItemsWidget *>(QAccessible::queryAccessibleInterface(m_view.data()))
                      : nullptr;
    }

    QPointer<QWidget> m_view;
    int m_index;
};

} // namespace

AccessibleItemsWidget::AccessibleItemsWidget(QWidget *widget, QAccessible::Role role, QAccessible::Role itemRole,
                                             std::unique_ptr<AccessibleItemSource> source)
    : QAccessibleWidget(widget, role)
    , m_source(std::move(source))
    , m_itemRole(itemRole)
{ }

AccessibleItemsWidget::~AccessibleItemsWidget()
{
    for (const QAccessible::Id id : std::as_const(m_items))
        QAccessible::deleteAccessibleInterface(id);
}

int AccessibleItemsWidget::widgetChildCount() const
{
    return QAccessibleWidget::childCount();
}

int AccessibleItemsWidget::childCount() const
{
    return widgetChildCount() + m_source->count();
}

QAccessibleInterface *AccessibleItemsWidget::itemInterface(int item) const
{
    if (item < 0 || item >= m_source->count())
        return nullptr;
    if (const auto found = m_items.constFind(item); found != m_items.cend())
        return QAccessible::accessibleInterface(*found);
    auto *created = new AccessibleItemInterface(widget(), item);
    m_items.insert(item, QAccessible::registerAccessibleInterface(created));
    return created;
}

QAccessibleInterface *AccessibleItemsWidget::child(int index) const
{
    const int widgets = widgetChildCount();
    return index < widgets ? QAccessibleWidget::child(index) : itemInterface(index - widgets);
}

int AccessibleItemsWidget::indexOfChild(const QAccessibleInterface *child) const
{
    if (const auto *item = dynamic_cast<const AccessibleItemInterface *>(child))
        return item->index() < m_source->count() ? widgetChildCount() + item->index() : -1;
    return QAccessibleWidget::indexOfChild(child);
}

QAccessibleInterface *AccessibleItemsWidget::childAt(int x, int y) const
{
    const QPoint local = widget()->mapFromGlobal(QPoint(x, y));
    for (int i = 0; i < m_source->count(); ++i) {
        if (m_source->item(i).rect.contains(local))
            return itemInterface(i);
    }
    return QAccessibleWidget::childAt(x, y);
}

QAccessibleInterface *AccessibleItemsWidget::focusChild() const
{
    for (int i = 0; i < m_source->count(); ++i) {
        if (m_source->item(i).selected)
            return itemInterface(i);
    }
    return QAccessibleWidget::focusChild();
}

void announceCurrentItem(QWidget *view, int item)
{
    if (!QAccessible::isActive())
        return;
    auto *owner = dynamic_cast<AccessibleItemsWidget *>(QAccessible::queryAccessibleInterface(view));
    if (!owner || item < 0)
        return;
    const int child = owner->widgetChildCount() + item;
    QAccessibleEvent selection(view, QAccessible::Selection);
    selection.setChild(child);
    QAccessible::updateAccessibility(&selection);
    if (view->hasFocus()) {
        QAccessibleEvent focus(view, QAccessible::Focus);
        focus.setChild(child);
        QAccessible::updateAccessibility(&focus);
    }
}

} // namespace hoego
