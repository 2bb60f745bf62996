// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "goals/goalsmodel.h"
#include "mainwindow.h"
#include "outputs/outputsmodel.h"
#include "outputs/outputspage.h"
#include "tempdatabase.h"
#include "yearpage/yearpage.h"

#include <QApplication>
#include <QDrag>
#include <QDropEvent>
#include <QMimeData>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace hoego;

namespace {

// Watches a view for the QDrag its startDrag() creates and keeps a copy of what it carries. Offscreen, QDrag::exec
// returns at once (there is no window system to drag across), so the drop is delivered below by hand.
class DragWatcher : public QObject
{
public:
    explicit DragWatcher(QObject *view) { view->installEventFilter(this); }

    // The drag started, if any. A child is announced from QObject's constructor, before it is a QDrag: it is
    // told apart afterwards.
    QDrag *drag() const
    {
        for (const QPointer<QObject> &child : m_children) {
            if (auto *started = qobject_cast<QDrag *>(child.data()))
                return started;
        }
        return nullptr;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ChildAdded)
            m_children << static_cast<QChildEvent *>(event)->child();
        return QObject::eventFilter(watched, event);
    }

private:
    QList<QPointer<QObject>> m_children;
};

// Sends `type` (DragEnter, DragMove or Drop) carrying `mime` to `target` at `position`, as the window system
// would while the mouse button is held; returns whether the target accepted it and the action it chose.
std::pair<bool, Qt::DropAction> deliver(QWidget *target, QEvent::Type type, const QPoint &position,
                                        const QMimeData *mime)
{
    const Qt::DropActions actions = Qt::CopyAction | Qt::LinkAction;
    if (type == QEvent::DragEnter) {
        QDragEnterEvent enter(position, actions, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        return {enter.isAccepted(), enter.dropAction()};
    }
    if (type == QEvent::DragMove) {
        QDragMoveEvent move(position, actions, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &move);
        return {move.isAccepted(), move.dropAction()};
    }
    QDropEvent drop(QPointF(position), actions, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return {drop.isAccepted(), drop.dropAction()};
}

} // namespace

// Issue 13: an output dragged from the Outputs list onto a goal becomes its evidence and moves its count; undo
// moves it back. Driven through the real widgets of the main window.
class TestOutputDrag : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Hoego"));
        QCoreApplication::setApplicationName(QStringLiteral("hoego-tst-outputdrag"));
        QSettings().clear();
    }

    void draggingAnOutputOntoAGoalMovesItsCountAndUndoMovesItBack()
    {
        // Given 2024 with "글 2편", counting its evidence, and two posts on the Outputs tab
        test::TempDatabase db;
        const Id year = *db.repos().years.create(2024);
        Goal posts;
        posts.yearId = year;
        posts.title = QStringLiteral("글 2편");
        posts.kind = GoalKind::Count;
        posts.target = 2;
        posts.countsEvidence = true;
        const Id goal = *db.repos().goals.create(posts);
        for (const char *title : {"RAG 평가 후기", "pgvector로 충분했던 이유"}) {
            Output post;
            post.yearId = year;
            post.kind = QStringLiteral("post");
            post.title = QString::fromUtf8(title);
            post.date = PartialDate::ofMonth(2024, 3);
            QVERIFY(db.repos().outputs.create(post).ok());
        }
        MainWindow window(db.database());
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openYear(year);
        YearPage *tabs = window.yearPage();
        tabs->setCurrentWidget(tabs->outputsPage()->parentWidget()); // the tab's placeholder
        auto *outputs = window.findChild<QTableView *>(QStringLiteral("outputsView"));
        QTRY_VERIFY(outputs->isVisible());
        QCOMPARE(outputs->model()->rowCount(), 2);

        // When the first post is pressed and the mouse moved past the drag distance, as a user starts a drag
        const QRect row = outputs->visualRect(outputs->model()->index(0, OutputsModel::TitleColumn));
        outputs->selectRow(0);
        DragWatcher watcher(outputs);
        QTest::mousePress(outputs->viewport(), Qt::LeftButton, {}, row.center());
        // (the view enters its dragging state on the first move and starts the drag on the next)
        for (const QPoint step : {QPoint(2, 1), QPoint(60, 40)}) {
            const QPointF at(row.center() + step);
            QMouseEvent move(QEvent::MouseMove, at, outputs->viewport()->mapToGlobal(at), Qt::NoButton, Qt::LeftButton,
                             Qt::NoModifier);
            QApplication::sendEvent(outputs->viewport(), &move);
        }

        // Then the list started a real drag of that output, as "application/x-hoego-output" (the drag object
        // lives until the event loop runs again)
        QDrag *drag = watcher.drag();
        QVERIFY2(drag, "the outputs list did not start a drag");
        const QString type = QString::fromLatin1(kOutputMimeType);
        const QByteArray dragged = drag->mimeData()->data(type);
        QTest::mouseRelease(outputs->viewport(), Qt::LeftButton, {}, row.center());
        const Id output = outputs->model()->index(0, 0).data(OutputsModel::IdRole).value<Id>();
        QCOMPARE(dragged, QByteArray::number(output));
        // The same data, as the list's model produces it for the selected row, travels on from here.
        std::unique_ptr<QMimeData> mime(outputs->model()->mimeData(outputs->selectionModel()->selectedIndexes()));
        QCOMPARE(mime->data(type), dragged);

        // When it is held over the Goals tab's name, that tab opens
        QTabBar *bar = tabs->tabBar();
        // (by its name: the Goals tab builds its board when first shown)
        int goalsTab = -1;
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->tabText(i) == QLatin1String("&Goals"))
                goalsTab = i;
        }
        QVERIFY(goalsTab >= 0);
        const QPoint overTab = bar->tabRect(goalsTab).center();
        QVERIFY(deliver(bar, QEvent::DragEnter, overTab, mime.get()).first);
        deliver(bar, QEvent::DragMove, overTab, mime.get());
        QTRY_COMPARE(tabs->currentIndex(), goalsTab);

        // And when it is moved over the goal and dropped there
        auto *board = window.findChild<QTreeView *>(QStringLiteral("goalsView"));
        QTRY_VERIFY(board->isVisible());
        QAbstractItemModel *goals = board->model();
        QCOMPARE(goals->index(0, GoalsModel::ProgressColumn).data().toString(), QStringLiteral("0/2"));
        const QPoint onGoal = board->visualRect(goals->index(0, GoalsModel::TitleColumn)).center();
        QVERIFY(deliver(board->viewport(), QEvent::DragEnter, onGoal, mime.get()).first);
        const auto hovering = deliver(board->viewport(), QEvent::DragMove, onGoal, mime.get());
        QVERIFY(hovering.first);
        QCOMPARE(hovering.second, Qt::LinkAction);
        const auto dropped = deliver(board->viewport(), QEvent::Drop, onGoal, mime.get());

        // Then the drop is taken as a link, the post is the goal's evidence and the board shows 1/2
        QVERIFY(dropped.first);
        QCOMPARE(dropped.second, Qt::LinkAction);
        QCOMPARE(db.repos().goals.get(goal)->current, 1);
        QCOMPARE(db.repos().evidence.forGoal(goal)->size(), 1);
        QTRY_COMPARE(goals->index(0, GoalsModel::ProgressColumn).data().toString(), QStringLiteral("1/2"));
        // and dropping on empty space below the goals links nothing
        const QPoint below(onGoal.x(), board->viewport()->height() - 2);
        QVERIFY(!deliver(board->viewport(), QEvent::DragMove, below, mime.get()).first);

        // When the drop is undone, the count is back at 0/2 and the link is gone
        window.undoStack()->undo();
        QCOMPARE(db.repos().goals.get(goal)->current, 0);
        QVERIFY(db.repos().evidence.forGoal(goal)->isEmpty());
        QTRY_COMPARE(goals->index(0, GoalsModel::ProgressColumn).data().toString(), QStringLiteral("0/2"));
        // and redo links it again
        window.undoStack()->redo();
        QTRY_COMPARE(goals->index(0, GoalsModel::ProgressColumn).data().toString(), QStringLiteral("1/2"));
    }
};

QTEST_MAIN(TestOutputDrag)
#include "tst_outputdrag.moc"
