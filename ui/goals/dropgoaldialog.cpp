// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "dropgoaldialog.h"

#include "i18n/particles.h"

#include "validation.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hoego {

DropGoalDialog::DropGoalDialog(const QString &goalTitle, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("dropGoalDialog"));
    setWindowTitle(tr("Drop Goal"));
    setAccessibleName(windowTitle());
    auto *question = new QLabel(i18n::fillWords(tr("Why are you dropping “%1”?"), goalTitle.toHtmlEscaped()), this);
    question->setWordWrap(true);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("dropReasonEdit"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("e.g. priorities changed"));
    m_reason->setMaxLength(validation::kMaxTitleLength);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Drop"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("dropGoalOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    resize(420, sizeHint().height());
}

QString DropGoalDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace hoego
