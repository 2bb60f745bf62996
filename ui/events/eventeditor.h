// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/entities.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace hoego {

// Edits one event: title, date at its precision (year, month or day), area, tags and Markdown notes. Bad
// input is named under the fields and OK stays disabled until it is fixed, so a half-valid event is never
// stored. The dialog writes nothing: the caller reads editedEvent() and pushes an undo command.
class EventEditor final : public QDialog
{
    Q_OBJECT

public:
    EventEditor(const QList<Area> &areas, const Event &event, QWidget *parent = nullptr);

    // The event as entered (id and year kept from the one given).
    Event editedEvent() const;
    // Empty when the input can be stored; otherwise what to fix.
    QString problem() const;

private:
    void validate();
    void updateDateFields();

    Event m_original;
    QLineEdit *m_title;
    QComboBox *m_precision;
    QComboBox *m_month;
    QSpinBox *m_day;
    QComboBox *m_area;
    QLineEdit *m_tags;
    QPlainTextEdit *m_notes;
    QCheckBox *m_private;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace hoego
