// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#pragma once

#include "i18n/language.h"
#include "io/reportparts.h"
#include "model/ids.h"
#include "model/yearpart.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace hoego {

class Journal;
// Beside the export options: the year's parts in the order the exports write them, to move up and down (the
// year's stored order; Reset Order goes back to the default), and the export profile whose heading renames the
// export uses (issue 14). Arranging is saved at once; the dialog is not on the undo stack, so Reset Order is the
// way back.
class ExportPartsPanel final : public QWidget
{
    Q_OBJECT

public:
    ExportPartsPanel(Journal &journal, Id yearId, QWidget *parent = nullptr);

    // Asks for a line of text (a QInputDialog by default); tests answer without a modal dialog. nullopt: cancelled.
    using TextAsker = std::function<std::optional<QString>(const QString &label, const QString &text)>;
    void setTextAsker(TextAsker asker) { m_askText = std::move(asker); }

    // The language whose default headings the list shows.
    void setLanguage(i18n::Language language);
    // Reads the year's sections and order again (a section added or renamed in the window meanwhile).
    void refresh();
    // The chosen profile's renames; none for the default headings.
    QMap<YearPart, QString> headings() const { return m_profile.headings; }
    // The chosen profile's name (empty: the default headings); choosing a name that no longer exists keeps the
    // default headings.
    QString profileName() const;
    void selectProfile(const QString &name);

signals:
    // The order or the headings changed: the preview follows.
    void changed();

private:
    void reloadProfiles(const QString &select);
    void loadProfile();
    void reloadParts(int selectRow);
    void updateButtons();
    void move(int delta);
    void resetOrder();
    void renameHeading();
    void newProfile();
    // Asks first (a profile is not on the undo stack), Cancel being the default.
    void deleteProfile();
    void removeProfile(const QString &name);
    void showError(const QString &message);

    QString m_connection;
    Id m_yearId;
    int m_yearNumber = 0;
    i18n::Language m_language = i18n::Language::Korean;
    ExportProfile m_profile;
    QList<ReportSlot> m_slots; // the rows of the list: the order the exports write
    QList<Id> m_sectionIds; // of the year's sections, in their order
    QList<QString> m_sectionHeadings;
    bool m_hasOwnOrder = false; // the year has a stored order (Reset Order has something to undo)
    TextAsker m_askText;
    QComboBox *m_profiles;
    QListWidget *m_parts;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_reset;
    QPushButton *m_rename;
    QPushButton *m_newProfile;
    QPushButton *m_deleteProfile;
    QLabel *m_error;
};

} // namespace hoego
