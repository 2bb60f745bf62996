// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "outputeditor.h"

#include "model/outputkinds.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace hoego {

OutputEditor::OutputEditor(const Output &output, int yearNumber, const QStringList &kinds, const QList<Area> &areas,
                           QWidget *parent)
    : QDialog(parent)
    , m_output(output)
    , m_yearNumber(yearNumber)
    , m_kind(new QComboBox(this))
    , m_title(new QLineEdit(output.title, this))
    , m_date(new QLineEdit(output.date.isValid() ? output.date.toIsoString() : QString::number(yearNumber), this))
    , m_link(new QLineEdit(output.link.toString(), this))
    , m_venue(new QLineEdit(output.venue, this))
    , m_area(new QComboBox(this))
    , m_notes(new QPlainTextEdit(output.notes, this))
    , m_private(new QCheckBox(tr("&Private: left out of public exports"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("outputEditor"));
    setWindowTitle(output.id == 0 ? tr("Add Output") : tr("Edit Output"));
    m_kind->setObjectName(QStringLiteral("outputKindCombo"));
    m_kind->setEditable(true); // a kind of one's own ("팟캐스트") is typed in
    for (const QString &kind : kinds)
        m_kind->addItem(outputkinds::label(kind), kind);
    const int kindIndex = m_kind->findData(output.kind.isEmpty() ? QStringLiteral("post") : output.kind);
    if (kindIndex >= 0)
        m_kind->setCurrentIndex(kindIndex);
    else
        m_kind->setEditText(output.kind);
    m_title->setObjectName(QStringLiteral("outputTitleEdit"));
    m_date->setObjectName(QStringLiteral("outputDateEdit"));
    m_date->setPlaceholderText(tr("%1, %1-03 or %1-03-14").arg(yearNumber));
    m_link->setObjectName(QStringLiteral("outputLinkEdit"));
    m_link->setPlaceholderText(QStringLiteral("https://"));
    m_venue->setObjectName(QStringLiteral("outputVenueEdit"));
    m_venue->setPlaceholderText(tr("A conference, a blog, a publisher"));
    m_area->setObjectName(QStringLiteral("outputAreaCombo"));
    m_area->addItem(tr("No area"), 0);
    for (const Area &area : areas)
        m_area->addItem(area.name, area.id);
    m_area->setCurrentIndex(qMax(0, m_area->findData(output.areaId)));
    m_notes->setObjectName(QStringLiteral("outputNotesEdit"));
    m_notes->setTabChangesFocus(true);
    m_private->setObjectName(QStringLiteral("outputPrivateCheck"));
    m_private->setChecked(output.isPrivate);
    m_error->setObjectName(QStringLiteral("outputEditorError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(link-visited);"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("&Link"), m_link);
    form->addRow(tr("&Venue"), m_venue);
    form->addRow(tr("&Area"), m_area);
    form->addRow(tr("&Notes"), m_notes);
    form->addRow(QString(), m_private);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

Output OutputEditor::output() const
{
    Output output = m_output;
    // A built-in kind picked from the list is stored by key; typed text is read in either language.
    const int index = m_kind->findText(m_kind->currentText());
    output.kind = index >= 0 ? m_kind->itemData(index).toString() : outputkinds::fromText(m_kind->currentText());
    output.title = m_title->text();
    const QString date = m_date->text().trimmed();
    output.date = date.isEmpty() ? PartialDate::ofYear(m_yearNumber) : PartialDate::fromIsoString(date);
    const QString link = m_link->text().trimmed();
    output.link = link.isEmpty() ? QUrl() : QUrl(link);
    output.venue = m_venue->text();
    output.areaId = m_area->currentData().toLongLong();
    output.notes = m_notes->toPlainText();
    output.isPrivate = m_private->isChecked();
    return output;
}

void OutputEditor::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace hoego
