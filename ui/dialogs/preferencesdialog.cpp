// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "preferencesdialog.h"

#include "i18n/language.h"
#include "storage/server/serverlocation.h"
#include "theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hoego {
namespace {

void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

QPushButton *makeButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    return button;
}

} // namespace

PreferencesDialog::PreferencesDialog(AppSettings &settings, const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_databasePath(databasePath)
    , m_themeAtOpen(theme::currentTheme())
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_chooseFile = [this](DatabaseAction action, const QString &current) {
        return defaultChooseFile(this, action, current);
    };

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("preferencesButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createLanguageGroup());
    layout->addWidget(createDatabaseGroup());
    layout->addWidget(createAppearanceGroup());
    layout->addStretch();
    layout->addWidget(buttons);

    loadValues();
    connect(m_theme, &QComboBox::currentIndexChanged, this, &PreferencesDialog::previewTheme);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { m_languageNote->setVisible(m_language->currentData().toString() != m_settings.language()); });
}

QWidget *PreferencesDialog::createLanguageGroup()
{
    auto *group = new QGroupBox(tr("Language"), this);
    m_language = new QComboBox(group);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Interface language"));
    // The languages are named in their own script so they can be found whatever the current language is.
    const i18n::Language system = i18n::languageForLocale(QLocale::system());
    m_language->addItem(tr("System default (%1)").arg(i18n::nativeLanguageName(system)), QString());
    for (i18n::Language language : {i18n::Language::Korean, i18n::Language::English})
        m_language->addItem(i18n::nativeLanguageName(language), i18n::languageCode(language));

    m_languageNote = new QLabel(tr("The new language applies after you restart Hoego."), group);
    m_languageNote->setObjectName(QStringLiteral("languageRestartNote"));
    m_languageNote->setWordWrap(true);
    m_languageNote->setVisible(false);

    auto *form = new QFormLayout(group);
    form->addRow(tr("Interface language:"), m_language);
    form->addRow(m_languageNote);
    return group;
}

QWidget *PreferencesDialog::createDatabaseGroup()
{
    auto *group = new QGroupBox(tr("Database"), this);
    const bool onServer = ServerLocation::isServerAddress(m_databasePath);
    m_databaseEdit = new QLineEdit(onServer ? m_databasePath : QFileInfo(m_databasePath).absoluteFilePath(), group);
    m_databaseEdit->setObjectName(QStringLiteral("databasePathEdit"));
    m_databaseEdit->setAccessibleName(tr("Database file"));
    m_databaseEdit->setReadOnly(true);
    m_databaseEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 48);

    auto *open = makeButton(tr("&Open…"), QStringLiteral("openDatabaseButton"), group);
    open->setToolTip(tr("Switch to another Hoego database file"));
    auto *create = makeButton(tr("&New…"), QStringLiteral("newDatabaseButton"), group);
    create->setToolTip(tr("Start an empty database in a new file"));
    auto *move = makeButton(tr("&Move…"), QStringLiteral("moveDatabaseButton"), group);
    move->setToolTip(
            tr("Move this database file to another folder (not one a sync service such as Dropbox or Syncthing "
               "manages: keep backups or exports there instead)"));
    auto *server = makeButton(tr("&Server…"), QStringLiteral("serverDatabaseButton"), group);
    server->setToolTip(tr("Open a Hoego database on a PostgreSQL server, shared by several computers or a team"));
    connect(server, &QPushButton::clicked, this, [this] {
        accept();
        emit databaseActionRequested(DatabaseAction::Server, QString());
    });
    connect(open, &QPushButton::clicked, this, [this] { chooseDatabase(DatabaseAction::Open); });
    connect(create, &QPushButton::clicked, this, [this] { chooseDatabase(DatabaseAction::New); });
    connect(move, &QPushButton::clicked, this, [this] { chooseDatabase(DatabaseAction::Move); });

    m_backups = new QSpinBox(group);
    m_backups->setObjectName(QStringLiteral("backupsToKeepSpin"));
    m_backups->setAccessibleName(tr("Backups to keep"));
    m_backups->setRange(AppSettings::kMinBackupsToKeep, AppSettings::kMaxBackupsToKeep);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addWidget(create);
    buttons->addWidget(move);
    buttons->addWidget(server);
    buttons->addStretch();

    auto *form = new QFormLayout(group);
    // Moving is a file's: a server database stays where its administrator keeps it.
    move->setEnabled(!onServer);
    form->addRow(onServer ? tr("Server:") : tr("File:"), m_databaseEdit);
    form->addRow(QString(), buttons);
    form->addRow(tr("Backups to keep:"), m_backups);
    return group;
}

QWidget *PreferencesDialog::createAppearanceGroup()
{
    auto *group = new QGroupBox(tr("Appearance"), this);
    m_theme = new QComboBox(group);
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->addItem(tr("System", "theme"), static_cast<int>(AppSettings::Theme::System));
    m_theme->addItem(tr("Light", "theme"), static_cast<int>(AppSettings::Theme::Light));
    m_theme->addItem(tr("Dark", "theme"), static_cast<int>(AppSettings::Theme::Dark));

    auto *form = new QFormLayout(group);
    form->addRow(tr("Theme:"), m_theme);
    return group;
}

void PreferencesDialog::loadValues()
{
    selectData(m_language, m_settings.language());
    m_backups->setValue(m_settings.backupsToKeep());
    selectData(m_theme, static_cast<int>(m_themeAtOpen));
}

void PreferencesDialog::setFileChooser(FileChooser chooser)
{
    m_chooseFile = std::move(chooser);
}

AppSettings::Theme PreferencesDialog::chosenTheme() const
{
    return static_cast<AppSettings::Theme>(m_theme->currentData().toInt());
}

void PreferencesDialog::previewTheme()
{
    theme::applyTheme(chosenTheme());
}

void PreferencesDialog::accept()
{
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setBackupsToKeep(m_backups->value());
    m_settings.setTheme(chosenTheme());
    m_settings.sync();
    m_themeAtOpen = chosenTheme();
    emit settingsSaved();
    QDialog::accept();
}

void PreferencesDialog::reject()
{
    theme::applyTheme(m_themeAtOpen);
    QDialog::reject();
}

void PreferencesDialog::chooseDatabase(DatabaseAction action)
{
    const QString path = m_chooseFile(action, m_databasePath);
    if (path.isEmpty())
        return;
    accept();
    emit databaseActionRequested(action, path);
}

QString PreferencesDialog::defaultChooseFile(QWidget *parent, DatabaseAction action, const QString &currentPath)
{
    const QString filter = tr("Hoego databases (*.hoego *.sqlite *.db);;All files (*)");
    const QString folder = QFileInfo(currentPath).absolutePath();
    switch (action) {
    case DatabaseAction::Open:
        return QFileDialog::getOpenFileName(parent, tr("Open Database"), folder, filter);
    case DatabaseAction::New:
        return QFileDialog::getSaveFileName(parent, tr("New Database"), folder + QStringLiteral("/hoego.sqlite"),
                                            filter);
    case DatabaseAction::Move:
        return QFileDialog::getSaveFileName(parent, tr("Move Database To"),
                                            folder + QLatin1Char('/') + QFileInfo(currentPath).fileName(), filter);
    case DatabaseAction::Server:
        return {}; // the address is asked for by the session, not chosen here
    }
    return {};
}

} // namespace hoego
