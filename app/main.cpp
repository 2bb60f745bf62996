#include "cli/command.h"
#include "cli/commandline.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "settings/appsettings.h"
#include "storage/database.h"

#include <QApplication>
#include <QMessageBox>
#include <QTextStream>

#include <cstdio>

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

int runTerminal(int argc, char **argv, const hoego::cli::Invocation &invocation)
{
    QCoreApplication app(argc, argv);
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
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Hoego"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.hoego.Hoego"));
    const QString path = applySettings(invocation);

    auto database = hoego::Database::open(path);
    if (!database.ok()) {
        QMessageBox::critical(nullptr, QObject::tr("Hoego cannot open the database"), database.error().message);
        return hoego::cli::CannotOpenDatabase;
    }
    hoego::MainWindow window(*database.value());
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    const hoego::cli::Invocation invocation = hoego::cli::parseInvocation(argumentsOf(argc, argv));
    const bool terminal = !invocation.command.isEmpty() || invocation.help || invocation.version
        || !invocation.error.isEmpty();
    return terminal ? runTerminal(argc, argv, invocation) : runWindow(argc, argv, invocation);
}
