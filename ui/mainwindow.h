#pragma once

#include <QMainWindow>

class QStackedWidget;
class QTreeView;

namespace hoego {

class Database;
struct Repositories;
class YearListModel;

// Assembles the views and their actions; it holds no data logic of its own.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database &database, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Asks for a year number and adds it; public so the empty state and the menu share it.
    void addYear();
    bool addYearNumber(int number);

private:
    void createActions();
    void refreshYears();
    void showError(const QString &message);

    Database &m_database;
    std::unique_ptr<Repositories> m_repositories;
    YearListModel *m_yearModel = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTreeView *m_yearView = nullptr;
};

} // namespace hoego
