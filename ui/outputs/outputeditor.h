// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "model/entities.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace hoego {

// Adds or edits one output: kind (a built-in one or the user's own), title, date (2024, 2024-03 or 2024-03-14),
// link, venue, area and notes. The core checks the values; a refused value keeps the dialog open with the reason.
class OutputEditor final : public QDialog
{
    Q_OBJECT

public:
    OutputEditor(const Output &output, int yearNumber, const QStringList &kinds, const QList<Area> &areas,
                 QWidget *parent = nullptr);

    Output output() const;
    // Shows why the core refused the values and keeps the dialog open.
    void showError(const QString &message);

private:
    Output m_output;
    int m_yearNumber;
    QComboBox *m_kind;
    QLineEdit *m_title;
    QLineEdit *m_date;
    QLineEdit *m_link;
    QLineEdit *m_venue;
    QComboBox *m_area;
    QPlainTextEdit *m_notes;
    QCheckBox *m_private;
    QLabel *m_error;
};

} // namespace hoego
