// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "damageddatabasedialog.h"

#include "i18n/particles.h"
#include "storage/server/serverlocation.h"

#include "backuplistmodel.h"
#include "backupview.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace hoego {
namespace {

QString headline(Error::Code code)
{
    switch (code) {
    case Error::Code::Corrupt:
        return DamagedDatabaseDialog::tr("The database is damaged");
    case Error::Code::Locked:
        return DamagedDatabaseDialog::tr("The database is open in another Hoego");
    case Error::Code::NewerVersion:
        return DamagedDatabaseDialog::tr("The database is from a newer Hoego");
    case Error::Code::Server:
        return DamagedDatabaseDialog::tr("Hoego cannot reach the database server");
    case Error::Code::LoginRefused:
        return DamagedDatabaseDialog::tr("The database server refused the login");
    default:
        return DamagedDatabaseDialog::tr("Hoego cannot open the database");
    }
}

} // namespace

DamagedDatabaseDialog::DamagedDatabaseDialog(const QString &databasePath, const Error &error, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("damagedDatabaseDialog"));
    setWindowTitle(headline(error.code));

    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(headline(error.code).toHtmlEscaped()), this);
    auto *message = new QLabel(error.message + QStringLiteral("\n\n")
                                       + i18n::fillWords(tr("Hoego did not change, move or delete %1."),
                                                         QDir::toNativeSeparators(databasePath)),
                               this);
    message->setObjectName(QStringLiteral("damageMessage"));
    message->setWordWrap(true);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_model = new BackupListModel(this);
    m_view = new BackupView(m_model, this);
    // A server database has no backup files beside it.
    const bool onServer = ServerLocation::isServerAddress(databasePath);
    if (!onServer)
        m_model->reload(databasePath);
    // A file in use is fine where it is open: a copy of a backup edited beside it would split the data.
    const bool inUse = error.code == Error::Code::Locked;
    const bool hasBackups = !inUse && m_model->rowCount() > 0;
    QString intro = hasBackups ? tr("You can open one of its backups instead (it is copied to a new file beside the "
                                    "database):")
                               : tr("There are no backups of this database.");
    if (inUse)
        intro = tr("Switch to the Hoego that has it open, or try again once it is closed.");
    if (onServer)
        intro = tr("Check that the server is running, that the address is right and that ~/.pgpass holds the "
                   "password, then try again.");
    // A login refused with no password given: ask for it here, as File > Open Server Database… does.
    const auto location = ServerLocation::parse(databasePath);
    if (error.code == Error::Code::LoginRefused && location.ok() && location->password.isEmpty()) {
        intro = tr("If the server wants a password that ~/.pgpass does not hold, type it and try again. Hoego uses it "
                   "for this connection only and keeps it nowhere.");
        m_password = new QLineEdit(this);
        m_password->setObjectName(QStringLiteral("serverPasswordEdit"));
        m_password->setEchoMode(QLineEdit::Password);
        m_password->setPlaceholderText(tr("Password"));
        m_password->setAccessibleName(tr("Server password"));
    }
    auto *backupsIntro = new QLabel(intro, this);
    backupsIntro->setWordWrap(true);
    m_view->setVisible(hasBackups);

    auto *buttons = new QDialogButtonBox(this);
    // Only when there is a backup to open: QDialogButtonBox shows a hidden button again when it lays them out.
    if (hasBackups) {
        auto *openBackup = buttons->addButton(tr("&Open Selected Backup"), QDialogButtonBox::AcceptRole);
        openBackup->setObjectName(QStringLiteral("openBackupButton"));
        openBackup->setEnabled(!m_view->selectedBackup().isEmpty());
        connect(m_view, &BackupView::selectedBackupChanged, openBackup,
                [openBackup](const QString &path) { openBackup->setEnabled(!path.isEmpty()); });
        connect(openBackup, &QPushButton::clicked, this, [this] {
            m_backupPath = m_view->selectedBackup();
            if (!m_backupPath.isEmpty())
                choose(Choice::OpenBackup);
        });
    }
    auto *chooseFile = buttons->addButton(tr("&Choose Another File…"), QDialogButtonBox::ActionRole);
    chooseFile->setObjectName(QStringLiteral("chooseFileButton"));
    // Another Hoego may close, a full disk may get space, a server may come back: each is worth another try.
    if (error.code == Error::Code::Locked || error.code == Error::Code::Storage || onServer) {
        auto *retry = buttons->addButton(tr("&Try Again"), QDialogButtonBox::ActionRole);
        retry->setObjectName(QStringLiteral("retryButton"));
        connect(retry, &QPushButton::clicked, this, [this] { choose(Choice::Retry); });
        // Enter never opens something else in place of the file.
        retry->setDefault(true);
        retry->setFocus();
        if (m_password) {
            connect(m_password, &QLineEdit::returnPressed, retry, &QPushButton::click);
            m_password->setFocus();
        }
    }
    auto *quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitButton"));

    connect(chooseFile, &QPushButton::clicked, this, [this] { choose(Choice::ChooseFile); });
    connect(quit, &QPushButton::clicked, this, [this] { choose(Choice::Quit); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(message);
    layout->addWidget(backupsIntro);
    if (m_password)
        layout->addWidget(m_password);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(620, hasBackups ? 420 : 220);
}

QString DamagedDatabaseDialog::password() const
{
    return m_password ? m_password->text() : QString();
}

void DamagedDatabaseDialog::choose(Choice choice)
{
    m_choice = choice;
    if (choice == Choice::Quit)
        reject();
    else
        accept();
}

} // namespace hoego
