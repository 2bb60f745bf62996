// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include <QWidget>

class QLabel;
class QModelIndex;
class QTextBrowser;

namespace hoego {

// The side panel of the events tab: the selected event's title, date, area, tags and its notes rendered
// from Markdown.
class EventDetails final : public QWidget
{
    Q_OBJECT

public:
    explicit EventDetails(QWidget *parent = nullptr);

    // Shows the event at `index` (an EventsModel row or a proxy of it); an invalid index shows a hint.
    void display(const QModelIndex &index);
    QString notesMarkdown() const;

signals:
    void editRequested();

private:
    QLabel *m_title;
    QLabel *m_meta;
    QLabel *m_tags;
    QTextBrowser *m_notes;
    QWidget *m_editButton;
};

} // namespace hoego
