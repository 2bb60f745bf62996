// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "aboutdialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace hoego {
namespace {

QLabel *selectableLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

AboutDialog::AboutDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Hoego"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/io.github.hoego.hoego.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    auto *name = new QLabel(tr("Hoego"), this);
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setBold(true);
    name->setFont(nameFont);

    auto *summary = new QLabel(tr("Look back on your year and set goals for the next one."), this);
    summary->setWordWrap(true);

    auto *details = new QFormLayout;
    details->addRow(tr("Version:"),
                    selectableLabel(QCoreApplication::applicationVersion(), QStringLiteral("aboutVersion"), this));
    details->addRow(tr("License:"),
                    selectableLabel(tr("GNU General Public License, version 3 or later "
                                       "(GPL-3.0-or-later)"),
                                    QStringLiteral("aboutLicense"), this));
    details->addRow(
            tr("Database:"),
            selectableLabel(QFileInfo(databasePath).absoluteFilePath(), QStringLiteral("aboutDatabasePath"), this));
    details->addRow(tr("Qt version:"),
                    selectableLabel(QString::fromLatin1(qVersion()), QStringLiteral("aboutQtVersion"), this));

    auto *text = new QVBoxLayout;
    text->addWidget(name);
    text->addWidget(summary);
    text->addSpacing(8);
    text->addLayout(details);

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &AboutDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

} // namespace hoego
