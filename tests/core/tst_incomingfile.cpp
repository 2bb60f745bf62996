// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "io/incomingfile.h"
#include "tempdatabase.h"

#include <QDir>
#include <QTest>

using namespace hoego;

namespace {

QString write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

} // namespace

// What `hoego FILE`, a second launch and a drop on the window do with a file (issue 15).
class TestIncomingFile : public QObject
{
    Q_OBJECT

private slots:
    void databasesAreKnownByNameOrBySqliteHeader()
    {
        // Given a real database copied under three names, and a text file named like a database
        test::TempDatabase db;
        db.close(); // the file itself then holds everything, header first
        QDir folder(db.folder());
        for (const char *name : {"a.hoego", "b.SQLITE", "c.backup"})
            QVERIFY(QFile::copy(db.path(), folder.filePath(QString::fromLatin1(name))));

        // Then each is a database: by its extension, or by its first bytes
        QCOMPARE(incomingKind(db.path()), IncomingKind::Database);
        QCOMPARE(incomingKind(folder.filePath(QStringLiteral("a.hoego"))), IncomingKind::Database);
        QCOMPARE(incomingKind(folder.filePath(QStringLiteral("b.SQLITE"))), IncomingKind::Database);
        QCOMPARE(incomingKind(folder.filePath(QStringLiteral("c.backup"))), IncomingKind::Database);
    }

    void postsExportsAndJournalFoldersAreImports()
    {
        QTemporaryDir dir;
        QDir folder(dir.path());
        for (const char *name : {"post.md", "post.markdown", "notes.txt", "page.html", "page.HTM", "all.json"})
            QCOMPARE(incomingKind(write(folder.filePath(QString::fromLatin1(name)), "# 2024\n")), IncomingKind::Import);
        QVERIFY(folder.mkdir(QStringLiteral("journal")));
        QCOMPARE(incomingKind(folder.filePath(QStringLiteral("journal"))), IncomingKind::Import);
    }

    void anythingElseIsRefusedByKind()
    {
        QTemporaryDir dir;
        QDir folder(dir.path());
        QCOMPARE(incomingKind(folder.filePath(QStringLiteral("missing.md"))), IncomingKind::Missing);
        QCOMPARE(incomingKind(QString()), IncomingKind::Missing);
        QCOMPARE(incomingKind(write(folder.filePath(QStringLiteral("photo.png")), "\x89PNG\r\n")),
                 IncomingKind::Unsupported);
        QCOMPARE(incomingKind(write(folder.filePath(QStringLiteral("README")), "hello")), IncomingKind::Unsupported);
    }
};

QTEST_GUILESS_MAIN(TestIncomingFile)
#include "tst_incomingfile.moc"
