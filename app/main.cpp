// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "cli/command.h"
#include "cli/commandline.h"
#include "cli/fontsupport.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "perf.h"
#include "session/databasesession.h"
#include "session/incomingfiles.h"
#include "session/instancechannel.h"
#include "session/instanceserver.h"
#include "session/terminationsignals.h"
#include "settings/appsettings.h"
#include "startup/fontwarmup.h"
#include "startup/openwithrecovery.h"
#include "startup/startupnotices.h"
#include "storage/database.h"
#include "storage/databasefile.h"
#include "theme.h"

#include <QApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QPointer>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>
#include <utility>

namespace {

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Hoego"));
    QCoreApplication::setApplicationName(QStringLiteral("hoego"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOEGO_VERSION));
}

// The interface language (--lang, else Preferences, else the system locale) and the database (--db, else
// Preferences, else the default path). Both need describeApplication() first: QSettings uses its names.
QString applySettings(const hoego::cli::Invocation &invocation)
{
    const hoego::AppSettings settings;
    hoego::i18n::applyStartupLanguage(invocation.language, settings.language());
    return invocation.databasePath.isEmpty() ? settings.effectiveDatabasePath() : invocation.databasePath;
}

// Logs the "first paint" milestone once the main window has painted for the first time (its data is loaded in
// its constructor, so that paint shows the year), then runs `afterPaint`: background work starts only once the
// user sees the window. With HOEGO_EXIT_AFTER_FIRST_PAINT=1 the app quits right after, so the benchmark can
// time start-up from outside.
class FirstPaintProbe final : public QObject
{
public:
    FirstPaintProbe(QWidget *window, std::function<void()> afterPaint)
        : QObject(window)
        , m_window(window)
        , m_afterPaint(std::move(afterPaint))
    {
        qApp->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType() && m_window
            && static_cast<QWidget *>(watched)->window() == m_window) {
            qApp->removeEventFilter(this);
            // Queued: the rest of this paint pass (the children) finishes first.
            QTimer::singleShot(0, this, &FirstPaintProbe::painted);
        }
        return false;
    }

private:
    void painted()
    {
        hoego::perf::milestone("first paint");
        if (m_afterPaint)
            std::exchange(m_afterPaint, {})();
        if (qEnvironmentVariableIntValue("HOEGO_EXIT_AFTER_FIRST_PAINT") == 1) {
            qCDebug(hoegoPerf).noquote() << "peak memory" << hoego::perf::peakMemoryKiB() << "KiB";
            QCoreApplication::quit();
        }
    }

    QPointer<QWidget> m_window;
    std::function<void()> m_afterPaint;
};

// The desktop icon theme's drawing of Hoego's icon, else the one Hoego carries. Under hicolor (the theme Qt uses
// when the desktop names none) the installed icon is that same file, so its index is not read to find it there.
QIcon applicationIcon()
{
    const QIcon carried(QStringLiteral(":/icons/io.github.hoego.hoego.svg"));
    const QString theme = QIcon::themeName();
    if (theme.isEmpty() || theme == QLatin1String("hicolor"))
        return carried;
    return QIcon::fromTheme(QStringLiteral("io.github.hoego.hoego"), carried);
}

int runTerminal(int argc, char **argv, const hoego::cli::Invocation &invocation)
{
    // A command that lays out text (PDF export) needs fonts, so a QGuiApplication; others start faster without.
    const hoego::cli::Command *command = hoego::cli::findCommand(invocation.command);
    std::unique_ptr<QCoreApplication> app;
    if (command && command->needsFonts) {
        hoego::cli::preferOffscreenPlatformWithoutDisplay();
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    describeApplication();
    const QString path = applySettings(invocation);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!invocation.error.isEmpty()) {
        err << "hoego: " << invocation.error << Qt::endl;
        return hoego::cli::Failure;
    }
    if (invocation.help) {
        out << hoego::cli::usageText();
        return hoego::cli::Success;
    }
    if (invocation.version) {
        out << "hoego " << QCoreApplication::applicationVersion() << Qt::endl;
        return hoego::cli::Success;
    }
    hoego::cli::Context context{path, invocation.commandArguments, out, err};
    return hoego::cli::findCommand(invocation.command)->run(context);
}

int runWindow(int argc, char **argv, const hoego::cli::Invocation &invocation)
{
    QApplication app(argc, argv);
    hoego::perf::milestone("application created");
    const hoego::FontWarmUp fontWarmUp; // the font list is read on the other core while the database opens
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Hoego"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.hoego.hoego"));
    const QString path = applySettings(invocation);

    // One window per database: when a Hoego already has this file open, it comes to the front with the files
    // given here, and this launch is done. A Hoego still starting holds the lock before it listens, so a locked
    // file gets a few seconds' grace before the "open in another Hoego" dialog.
    const auto resolved = hoego::databasefile::resolve(path);
    const QString channel = hoego::instance::serverName(resolved.ok() ? resolved.value() : path);
    if (hoego::instance::handOver(channel, invocation.files))
        return hoego::cli::Success;
    bool handedOver = false;
    const hoego::AskRecovery ask = [&](const QString &failed, const hoego::Error &error) {
        if (error.code == hoego::Error::Code::Locked && failed == path
            && hoego::instance::handOver(channel, invocation.files, 5000)) {
            handedOver = true;
            return hoego::RecoveryChoice{};
        }
        return hoego::askRecoveryWithDialog(failed, error);
    };

    // A file that cannot be opened gets a dialog (open a backup, choose another file, quit); it is never touched.
    // The page-by-page integrity check runs after the window shows (showStartupNotices), so start-up stays
    // as fast with decades of data as with none; a file it finds damaged gets the same dialog then.
    const int backupsToKeep = hoego::AppSettings().backupsToKeep();
    auto database = hoego::openDatabaseWithRecovery(path, backupsToKeep, ask, {}, true);
    if (!database)
        return handedOver ? hoego::cli::Success : hoego::cli::CannotOpenDatabase;
    hoego::perf::milestone("database open");
    // The session owns the database and its window, so File > Open and Preferences can switch files.
    hoego::AppSettings settings;
    hoego::theme::applyTheme(settings.theme());
    hoego::DatabaseSession session(settings);
    session.start(std::move(database));
    // A logout or shutdown (SIGTERM, SIGHUP) closes the window as Ctrl+Q does: typing still waiting for its
    // pause is saved and the database is closed cleanly.
    hoego::TerminationSignals termination;
    QObject::connect(&termination, &hoego::TerminationSignals::terminationRequested, &app, [] {
        QApplication::closeAllWindows();
        QCoreApplication::quit();
    });
    hoego::perf::milestone("main window shown");
    // Later launches on this database hand their files over; the server follows the window to another file.
    hoego::IncomingFiles incoming(session);
    hoego::InstanceServer server;
    server.listen(session.database()->path());
    QObject::connect(&server, &hoego::InstanceServer::filesReceived, &session,
                     [&session, &incoming](const QStringList &files) {
                         hoego::IncomingFiles::bringToFront(session.window());
                         incoming.open(files);
                     });
    const auto recover = [&session](const hoego::Error &error) {
        if (!session.recoverFromDamage(error))
            QCoreApplication::quit();
    };
    new FirstPaintProbe(session.window(), [&session, &incoming, &invocation, backupsToKeep, recover] {
        if (!session.window())
            return;
        // After the paint: the icon is drawn at every size the window manager takes (about 6 M instructions of
        // a start to the first paint); it takes the icon as it comes.
        QApplication::setWindowIcon(applicationIcon());
        hoego::showStartupNotices(session.window(), *session.database(), backupsToKeep, recover);
        incoming.open(invocation.files); // the import preview of "hoego post.md"
    });
    QObject::connect(&session, &hoego::DatabaseSession::windowChanged, &app,
                     [&session, &settings, &server, recover](hoego::MainWindow *window) {
                         server.listen(session.database()->path());
                         hoego::showStartupNotices(window, *session.database(), settings.backupsToKeep(), recover);
                     });
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    hoego::perf::milestone("main");
    const hoego::cli::Invocation invocation = hoego::cli::parseInvocation(argumentsOf(argc, argv));
    const bool terminal
            = !invocation.command.isEmpty() || invocation.help || invocation.version || !invocation.error.isEmpty();
    return terminal ? runTerminal(argc, argv, invocation) : runWindow(argc, argv, invocation);
}
