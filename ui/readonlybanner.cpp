// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "readonlybanner.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QStyle>
#include <QToolBar>

namespace hoego {

ReadOnlyBanner::ReadOnlyBanner(const QString &reason, QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("readOnlyBanner"));
    setAccessibleName(tr("Read-only notice"));
    setFrameShape(QFrame::StyledPanel);
    // Tooltip colours follow the theme and stand out from the window without alarming like an error.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(size, size));
    m_text = new QLabel(tr("<b>Read-only.</b> %1 Editing is turned off; you can still read, search and export.")
                                .arg(reason.toHtmlEscaped()),
                        this);
    m_text->setObjectName(QStringLiteral("readOnlyBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
}

QString ReadOnlyBanner::text() const
{
    return m_text->text();
}

ReadOnlyBanner *ReadOnlyBanner::addTo(QMainWindow *window, const QString &reason)
{
    auto *bar = new QToolBar(tr("Read-only"), window);
    bar->setObjectName(QStringLiteral("readOnlyBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->toggleViewAction()->setVisible(false); // not offered in the toolbar menu: it must stay visible
    auto *banner = new ReadOnlyBanner(reason, bar);
    bar->addWidget(banner);
    window->addToolBarBreak(Qt::TopToolBarArea);
    window->addToolBar(Qt::TopToolBarArea, bar);
    return banner;
}

} // namespace hoego
