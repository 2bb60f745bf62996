// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "exportpartspanel.h"

#include "journal/journal.h"
#include "storage/exportprofilerepository.h"
#include "storage/repositories.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace hoego {

ExportPartsPanel::ExportPartsPanel(Journal &journal, Id yearId, QWidget *parent)
    : QWidget(parent)
    , m_connection(journal.connection())
    , m_yearId(yearId)
{
    setObjectName(QStringLiteral("exportPartsPanel"));
    auto year = journal.repositories().years.get(yearId);
    m_yearNumber = year.ok() ? year->number : 0;

    m_profiles = new QComboBox(this);
    m_profiles->setObjectName(QStringLiteral("exportProfileCombo"));
    m_profiles->setAccessibleName(tr("Export profile"));
    m_newProfile = new QPushButton(tr("&New Profile..."), this);
    m_newProfile->setObjectName(QStringLiteral("exportNewProfileButton"));
    m_deleteProfile = new QPushButton(tr("Delete Profile"), this);
    m_deleteProfile->setObjectName(QStringLiteral("exportDeleteProfileButton"));

    m_parts = new QListWidget(this);
    m_parts->setObjectName(QStringLiteral("exportPartsList"));
    m_parts->setAccessibleName(tr("Parts in export order"));
    m_parts->setMinimumHeight(120);
    // Wide enough for "Goals for next year (2027)" or "2027년 목표" without a sideways scroll; longer
    // renamed headings end in an ellipsis.
    m_parts->setMinimumWidth(m_parts->fontMetrics().averageCharWidth() * 30);
    m_parts->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_parts->setTextElideMode(Qt::ElideRight);
    m_up = new QPushButton(tr("Move &Up"), this);
    m_up->setObjectName(QStringLiteral("exportPartUpButton"));
    m_down = new QPushButton(tr("Move &Down"), this);
    m_down->setObjectName(QStringLiteral("exportPartDownButton"));
    m_rename = new QPushButton(tr("Rename Headin&g..."), this);
    m_rename->setObjectName(QStringLiteral("exportRenameHeadingButton"));
    m_reset = new QPushButton(tr("Reset &Order"), this);
    m_reset->setObjectName(QStringLiteral("exportResetOrderButton"));
    m_reset->setToolTip(tr("Put the year's parts back in the default order"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("exportPartsError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profiles, 1);
    profileRow->addWidget(m_newProfile);
    profileRow->addWidget(m_deleteProfile);
    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {m_up, m_down, m_rename, m_reset})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *partsRow = new QHBoxLayout;
    partsRow->addWidget(m_parts, 1);
    partsRow->addLayout(buttons);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("P&rofile:"), profileRow);
    form->addRow(tr("Par&ts:"), partsRow);
    form->addRow(m_error);
    static_cast<QLabel *>(form->labelForField(profileRow))->setBuddy(m_profiles);
    static_cast<QLabel *>(form->labelForField(partsRow))->setBuddy(m_parts);

    m_askText = [this](const QString &label, const QString &text) -> std::optional<QString> {
        bool ok = false;
        const QString answer = QInputDialog::getText(this, tr("Export Profile"), label, QLineEdit::Normal, text, &ok);
        return ok ? std::optional<QString>(answer) : std::nullopt;
    };
    connect(m_profiles, &QComboBox::currentIndexChanged, this, [this] {
        loadProfile();
        reloadParts(m_parts->currentRow());
        emit changed();
    });
    connect(m_parts, &QListWidget::currentRowChanged, this, &ExportPartsPanel::updateButtons);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_reset, &QPushButton::clicked, this, &ExportPartsPanel::resetOrder);
    connect(m_rename, &QPushButton::clicked, this, &ExportPartsPanel::renameHeading);
    connect(m_newProfile, &QPushButton::clicked, this, &ExportPartsPanel::newProfile);
    connect(m_deleteProfile, &QPushButton::clicked, this, &ExportPartsPanel::deleteProfile);
    reloadProfiles({});
    reloadParts(0);
}

void ExportPartsPanel::setLanguage(i18n::Language language)
{
    m_language = language;
    reloadParts(m_parts->currentRow());
}

void ExportPartsPanel::refresh()
{
    reloadParts(m_parts->currentRow());
}

void ExportPartsPanel::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ExportPartsPanel::reloadProfiles(const QString &select)
{
    const QSignalBlocker quiet(m_profiles);
    m_profiles->clear();
    m_profiles->addItem(tr("Default headings"), QString());
    auto names = ExportProfileRepository(m_connection).names();
    if (!names.ok())
        showError(names.error().message);
    for (const QString &name : names.ok() ? *names : QStringList())
        m_profiles->addItem(name, name);
    m_profiles->setCurrentIndex(qMax(0, m_profiles->findData(select)));
    loadProfile();
}

QString ExportPartsPanel::profileName() const
{
    return m_profiles->currentData().toString();
}

void ExportPartsPanel::selectProfile(const QString &name)
{
    if (name == profileName())
        return;
    reloadProfiles(name);
    reloadParts(m_parts->currentRow());
    emit changed();
}

void ExportPartsPanel::loadProfile()
{
    m_profile = {};
    const QString name = m_profiles->currentData().toString();
    if (name.isEmpty())
        return;
    auto profile = ExportProfileRepository(m_connection).byName(name);
    if (!profile.ok()) {
        showError(profile.error().message);
        return;
    }
    m_profile = *profile;
}

void ExportPartsPanel::reloadParts(int selectRow)
{
    YearData year;
    auto sections = SectionRepository(m_connection).forYear(m_yearId);
    auto order = YearPartRepository(m_connection).order(m_yearId);
    if (!sections.ok() || !order.ok()) {
        showError(sections.ok() ? order.error().message : sections.error().message);
        return;
    }
    year.sections = *sections;
    year.partOrder = *order;
    m_hasOwnOrder = !order->isEmpty();
    m_sectionIds.clear();
    m_sectionHeadings.clear();
    for (const Section &section : std::as_const(year.sections)) {
        m_sectionIds << section.id;
        m_sectionHeadings << section.heading;
    }
    m_slots = orderedParts(year);
    const QSignalBlocker quiet(m_parts);
    m_parts->clear();
    for (const ReportSlot &slot : std::as_const(m_slots)) {
        if (slot.part == YearPart::Section) {
            m_parts->addItem(tr("Section: %1").arg(m_sectionHeadings.value(slot.section)));
            continue;
        }
        const QString standard = defaultPartHeading(slot.part, m_yearNumber, m_language);
        const QString renamed = m_profile.headings.value(slot.part);
        auto *item = new QListWidgetItem(renamed.isEmpty() ? standard : renamed, m_parts);
        item->setToolTip(renamed.isEmpty() ? tr("The default heading") : tr("Renamed from \"%1\"").arg(standard));
    }
    m_parts->setCurrentRow(qBound(0, selectRow, int(m_parts->count()) - 1));
    updateButtons();
}

void ExportPartsPanel::updateButtons()
{
    const int row = m_parts->currentRow();
    const bool profileChosen = !m_profile.name.isEmpty();
    const bool section = row >= 0 && row < m_slots.size() && m_slots[row].part == YearPart::Section;
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_parts->count());
    m_rename->setEnabled(profileChosen && row >= 0 && !section);
    m_rename->setToolTip(profileChosen ? (section ? tr("A section's heading is renamed in the Review tab") : QString())
                                       : tr("Choose or make a profile to rename headings"));
    m_deleteProfile->setEnabled(profileChosen);
    m_reset->setEnabled(m_hasOwnOrder);
}

void ExportPartsPanel::move(int delta)
{
    const int row = m_parts->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_slots.size())
        return;
    Status moved;
    if (m_slots[row].part == YearPart::Section && m_slots[target].part == YearPart::Section) {
        // Two sections trade places in the year itself: the order's slots do not tell sections apart.
        moved = SectionRepository(m_connection)
                        .move(m_sectionIds.value(m_slots[row].section), int(m_slots[target].section));
    } else {
        QList<YearPart> order;
        for (const ReportSlot &slot : std::as_const(m_slots))
            order << slot.part;
        order.swapItemsAt(row, target);
        moved = YearPartRepository(m_connection).setOrder(m_yearId, order);
    }
    if (!moved.ok()) {
        showError(moved.error().message);
        return;
    }
    showError({});
    reloadParts(target);
    emit changed();
}

void ExportPartsPanel::resetOrder()
{
    if (Status reset = YearPartRepository(m_connection).setOrder(m_yearId, {}); !reset.ok()) {
        showError(reset.error().message);
        return;
    }
    showError({});
    reloadParts(0);
    emit changed();
}

void ExportPartsPanel::renameHeading()
{
    const int row = m_parts->currentRow();
    if (m_profile.name.isEmpty() || row < 0 || row >= m_slots.size() || m_slots[row].part == YearPart::Section)
        return;
    const YearPart part = m_slots[row].part;
    const std::optional<QString> text
            = m_askText(tr("Heading in the profile %1 (empty: \"%2\"):")
                                .arg(m_profile.name, defaultPartHeading(part, m_yearNumber, m_language)),
                        m_profile.headings.value(part));
    if (!text)
        return;
    ExportProfile changedProfile = m_profile;
    if (text->trimmed().isEmpty())
        changedProfile.headings.remove(part);
    else
        changedProfile.headings.insert(part, text->simplified());
    if (Status saved = ExportProfileRepository(m_connection).save(changedProfile); !saved.ok()) {
        showError(saved.error().message);
        return;
    }
    showError({});
    m_profile = changedProfile;
    reloadParts(row);
    emit changed();
}

void ExportPartsPanel::newProfile()
{
    const std::optional<QString> name = m_askText(tr("Name of the new export profile:"), QString());
    if (!name || name->trimmed().isEmpty())
        return;
    if (ExportProfileRepository(m_connection).byName(*name).ok()) {
        showError(tr("A profile named \"%1\" already exists.").arg(name->trimmed()));
        return;
    }
    if (Status saved = ExportProfileRepository(m_connection).save({name->trimmed(), {}}); !saved.ok()) {
        showError(saved.error().message);
        return;
    }
    showError({});
    reloadProfiles(name->trimmed());
    reloadParts(m_parts->currentRow());
    emit changed();
}

void ExportPartsPanel::deleteProfile()
{
    if (m_profile.name.isEmpty())
        return;
    const QString name = m_profile.name;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Profile"),
                                tr("Delete the export profile \u201c%1\u201d and its headings? The year's order of "
                                   "parts stays.")
                                        .arg(name),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteProfileConfirmation"));
    QPushButton *remove = box->addButton(tr("Delete Profile"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteProfileButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, name](QAbstractButton *button) {
        if (button == remove)
            removeProfile(name);
    });
    box->open();
}

void ExportPartsPanel::removeProfile(const QString &name)
{
    if (Status removed = ExportProfileRepository(m_connection).remove(name); !removed.ok()) {
        showError(removed.error().message);
        return;
    }
    showError({});
    reloadProfiles({});
    reloadParts(m_parts->currentRow());
    emit changed();
}

} // namespace hoego
