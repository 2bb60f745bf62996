// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "emptystate.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hoego {

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyState"));
    auto *title = new QLabel(tr("Looking back starts here"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto *text = new QLabel(tr("Add the year you want to look back on, or open a sample retrospective to see "
                               "how events, sections, lessons and goals fit together."),
                            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setFixedWidth(520);
    // A word-wrapped label only gets the height it needs when the layout asks heightForWidth, which it
    // does not for items added with an alignment: centre it between stretches instead.
    auto *textRow = new QHBoxLayout;
    textRow->addStretch();
    textRow->addWidget(text);
    textRow->addStretch();

    auto *addYear = new QPushButton(tr("Add a Year"), this);
    addYear->setObjectName(QStringLiteral("emptyAddYearButton"));
    addYear->setDefault(true);
    connect(addYear, &QPushButton::clicked, this, &EmptyState::addYearRequested);

    auto *loadSample = new QPushButton(tr("Open the Sample"), this);
    loadSample->setObjectName(QStringLiteral("emptyLoadSampleButton"));
    connect(loadSample, &QPushButton::clicked, this, &EmptyState::loadSampleRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(addYear);
    buttons->addWidget(loadSample);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(title);
    layout->addLayout(textRow);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch();
}

} // namespace hoego
