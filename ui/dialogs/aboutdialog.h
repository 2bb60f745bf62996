#pragma once

#include <QDialog>

namespace hoego {

// Help > About: version, license, the database in use and the Qt it runs on.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const QString &databasePath, QWidget *parent = nullptr);
};

} // namespace hoego
