// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "inlinemessage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace hoego {
namespace {
constexpr int kVisibleMs = 8000;
}

InlineMessage::InlineMessage(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_hideTimer(new QTimer(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Message"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setObjectName(QStringLiteral("inlineMessageText"));

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));

    auto *close = new QToolButton(this);
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Close"));
    close->setAccessibleName(tr("Close message"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(close);

    m_hideTimer->setSingleShot(true);
    m_hideTimer->setInterval(kVisibleMs);
    connect(m_hideTimer, &QTimer::timeout, this, &QWidget::hide);
    applyPalette();
    hide();
}

void InlineMessage::showError(const QString &message)
{
    m_label->setText(message);
    setAccessibleDescription(message);
    show();
    m_hideTimer->start();
}

QString InlineMessage::text() const
{
    return m_label->text();
}

void InlineMessage::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyPalette();
}

void InlineMessage::applyPalette()
{
    // A warm tint of the window colour keeps the bar readable in light and dark palettes alike.
    const QPalette base = parentWidget() ? parentWidget()->palette() : palette();
    const QColor window = base.color(QPalette::Window);
    const QColor warn(220, 90, 40);
    const qreal mix = window.lightnessF() > 0.5 ? 0.18 : 0.35;
    QColor tint;
    tint.setRgbF(window.redF() * (1 - mix) + warn.redF() * mix, window.greenF() * (1 - mix) + warn.greenF() * mix,
                 window.blueF() * (1 - mix) + warn.blueF() * mix);
    QPalette own = palette();
    own.setColor(QPalette::Window, tint);
    setPalette(own);
}

} // namespace hoego
