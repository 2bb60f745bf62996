// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "widgetimage.h"
#include "i18n/particles.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QWidget>

namespace hoego {

QString saveWidgetImage(QWidget *widget, const QString &path, const QString &title)
{
    const QString failed = i18n::fillWords(QCoreApplication::translate("hoego::WidgetImage", "Could not write %1."),
                                           QFileInfo(path).fileName());
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(widget->size());
        generator.setViewBox(widget->rect());
        generator.setTitle(title);
        QPainter painter;
        if (!painter.begin(&generator))
            return failed;
        widget->render(&painter);
        painter.end();
        return QFileInfo(path).size() > 0 ? QString() : failed;
    }
    return widget->grab().toImage().save(path, "PNG") ? QString() : failed;
}

} // namespace hoego
