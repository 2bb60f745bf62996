// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "eventdetails.h"

#include "common/markdownview.h"
#include "eventsmodel.h"

#include <QLabel>
#include <QModelIndex>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace hoego {

EventDetails::EventDetails(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_tags(new QLabel(this))
    , m_notes(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("eventDetails"));
    setAccessibleName(tr("Event details"));
    m_title->setObjectName(QStringLiteral("eventDetailsTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_meta->setObjectName(QStringLiteral("eventDetailsMeta"));
    m_meta->setWordWrap(true);
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    m_tags->setObjectName(QStringLiteral("eventDetailsTags"));
    m_tags->setWordWrap(true);
    m_notes->setObjectName(QStringLiteral("eventNotesView"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setOpenExternalLinks(true);
    m_notes->setFrameShape(QFrame::NoFrame);
    m_notes->viewport()->setAutoFillBackground(false);

    auto *edit = new QPushButton(tr("Edit…"), this);
    edit->setObjectName(QStringLiteral("eventDetailsEditButton"));
    edit->setAccessibleName(tr("Edit the event"));
    connect(edit, &QPushButton::clicked, this, &EventDetails::editRequested);
    m_editButton = edit;

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addWidget(m_tags);
    layout->addWidget(m_notes, 1);
    layout->addWidget(edit, 0, Qt::AlignRight);
    display(QModelIndex());
}

void EventDetails::display(const QModelIndex &index)
{
    const bool has = index.isValid();
    m_editButton->setVisible(has);
    m_meta->setVisible(has);
    m_tags->setVisible(has && !index.data(EventsModel::TagsRole).toStringList().isEmpty());
    if (!has) {
        m_title->setText(tr("No event selected"));
        showMarkdown(m_notes,
                     tr("Choose an event on the timeline to read its notes here. Double-click a month "
                        "or press **Ctrl+E** to add one."));
        return;
    }
    m_title->setText(index.data().toString());
    QStringList meta{index.data(EventsModel::DateTextRole).toString()};
    if (const QString area = index.data(EventsModel::AreaNameRole).toString(); !area.isEmpty())
        meta << area;
    m_meta->setText(meta.join(QStringLiteral(" · ")));
    QStringList tags;
    for (const QString &tag : index.data(EventsModel::TagsRole).toStringList())
        tags << QStringLiteral("#") + tag;
    m_tags->setText(tags.join(QStringLiteral("  ")));
    const QString notes = index.data(EventsModel::NotesRole).toString();
    if (notes.trimmed().isEmpty())
        showMarkdown(m_notes, tr("*No notes.*"));
    else
        showMarkdown(m_notes, notes);
}

QString EventDetails::notesMarkdown() const
{
    return m_notes->toMarkdown();
}

} // namespace hoego
