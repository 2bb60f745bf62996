// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "filehash.h"
#include "iotestsupport.h"

#include "io/exporter.h"
#include "io/pdf/pdfexport.h"
#include "io/sample.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

using namespace hoego;

namespace {

QString runTool(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(60000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// A poppler tool's run: its standard output and every line it printed on standard error.
struct ToolRun
{
    bool finished = false;
    int exitCode = -1;
    QString output;
    QString errors;
    bool clean() const { return finished && exitCode == 0 && errors.trimmed().isEmpty(); }
};

ToolRun runChecked(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    ToolRun run;
    run.finished = process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.output = QString::fromUtf8(process.readAllStandardOutput());
    run.errors = QString::fromUtf8(process.readAllStandardError());
    if (!run.finished)
        run.errors += tool + QStringLiteral(" did not finish");
    return run;
}

// While alive, writes past `bytes` in any file fail (EFBIG) as on a full disk, instead of raising SIGXFSZ.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_signal = std::signal(SIGXFSZ, SIG_IGN);
        m_active = ::getrlimit(RLIMIT_FSIZE, &m_before) == 0;
        rlimit limited = m_before;
        limited.rlim_cur = bytes;
        m_active = m_active && ::setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FileSizeLimit()
    {
        if (m_active)
            ::setrlimit(RLIMIT_FSIZE, &m_before);
        std::signal(SIGXFSZ, m_signal);
    }
    bool isActive() const { return m_active; }

private:
    rlimit m_before{};
    bool m_active = false;
    void (*m_signal)(int) = nullptr;
};

} // namespace

class TestPdfExport : public QObject
{
    Q_OBJECT

private slots:
    void thePdfHasTheKoreanTitlePageNumbersAndEmbeddedFonts()
    {
        // Given the sample
        test::TempDatabase db;
        QVERIFY(loadSample(db.connection()).ok());
        const Id year = db.repos().years.byNumber(2025)->id;
        // When 2025 is written as a PDF
        const QString path = qEnvironmentVariableIsSet("HOEGO_KEEP_PDF") ? qEnvironmentVariable("HOEGO_KEEP_PDF")
                                                                         : db.folder() + QStringLiteral("/2025.pdf");
        const Status written = exportPdf(*loadYearReport(db.repos(), year), ReportOptions{}, path);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        QVERIFY(test::readFile(path).startsWith("%PDF-"));
        // Then its text (as a reader extracts it) holds the Korean title and the page numbers
        const QString text
                = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        QVERIFY2(text.contains(QStringLiteral("2025년 회고")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("졸업, 이사, 그리고 처음 맡은 팀")));
        QVERIFY(text.contains(QStringLiteral("블로그 글 12편 쓰기")));
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\b1\\s*/\\s*\\d+\\b"))));
        // And the Korean font travels inside the file
        const QString fonts = runTool(QStringLiteral("pdffonts"), {path});
        QVERIFY2(fonts.contains(QStringLiteral("NotoSansCJK")), qPrintable(fonts));
        const QStringList fontLines = fonts.split(QLatin1Char('\n')).filter(QStringLiteral("NotoSansCJK"));
        for (const QString &line : fontLines)
            QVERIFY2(line.contains(QStringLiteral(" yes ")), qPrintable(line));
        // And the A4 page size
        const QString info = runTool(QStringLiteral("pdfinfo"), {path});
        QVERIFY2(info.contains(QStringLiteral("(A4)")), qPrintable(info));
    }

    void linksAndScriptTextKeepThePdfValidAndEveryCharacterInItsText()
    {
        // Given a year whose texts have Latin words with digits, Hangul, a Korean Wikipedia link with
        // parentheses (in Markdown and as a goal's evidence) and text that looks like a script
        test::TempDatabase db;
        const QString wiki = QStringLiteral("https://ko.wikipedia.org/wiki/홍길동전_(소설)");
        const Id year = *db.repos().years.create(2026, QStringLiteral("My 2026 in review"),
                                                 QStringLiteral("3B 모델을 직접 돌려 본 해"));
        Event event;
        event.yearId = year;
        event.title = QStringLiteral("3B 모델 공개");
        event.date = PartialDate::ofDay(2026, 3, 14);
        event.notes = QStringLiteral("[홍길동전 (소설)](%1) <script>alert(\"x\")</script> v2.0 & GPT-4o").arg(wiki);
        QVERIFY(db.repos().events.create(event).ok());
        QVERIFY(db.repos()
                        .sections
                        .create(year, QStringLiteral("Links 2026"),
                                QStringLiteral("See <%1> and [문서](%1).\n\n<script>document.write(1)</script>")
                                        .arg(wiki))
                        .ok());
        Goal goal;
        goal.yearId = year;
        goal.title = QStringLiteral("책 12권 읽기");
        goal.links = {EvidenceLink{0, 0, QStringLiteral("홍길동전 (소설)"), QUrl(wiki), 0}};
        QVERIFY(db.repos().goals.create(goal).ok());
        const QString path = QDir(db.folder()).filePath(QStringLiteral("2026.pdf"));

        // When it is written as a PDF
        const Status written = exportPdf(*loadYearReport(db.repos(), year), ReportOptions{}, path);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));

        // Then poppler reads and draws it without a single error
        const ToolRun info = runChecked(QStringLiteral("pdfinfo"), {path});
        QVERIFY2(info.clean(), qPrintable(info.errors));
        const ToolRun drawn = runChecked(
                QStringLiteral("pdftoppm"),
                {QStringLiteral("-r"), QStringLiteral("40"), path, QDir(db.folder()).filePath(QStringLiteral("page"))});
        QVERIFY2(drawn.clean(), qPrintable(drawn.errors));
        QVERIFY(!QDir(db.folder()).entryList({QStringLiteral("page*")}).isEmpty());

        // And its text layer keeps every title, number and link text
        const ToolRun text = runChecked(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY2(text.clean(), qPrintable(text.errors));
        for (const QString &expected :
             {QStringLiteral("My 2026 in review"), QStringLiteral("3B 모델을 직접 돌려 본 해"),
              QStringLiteral("3B 모델 공개"), QStringLiteral("Links 2026"), QStringLiteral("홍길동전 (소설)"),
              QStringLiteral("<script>alert(\"x\")</script>"), QStringLiteral("v2.0 & GPT-4o"),
              QStringLiteral("<script>document.write(1)</script>"), QStringLiteral("책 12권 읽기"),
              QStringLiteral("ko.wikipedia.org/wiki/")})
            QVERIFY2(text.output.contains(expected),
                     qPrintable(expected + QStringLiteral(" missing from:\n") + text.output));
    }

    void theProgressChartShowsTheShareDone()
    {
        test::TempDatabase db;
        QVERIFY(loadSample(db.connection()).ok());
        const YearReport report = *loadYearReport(db.repos(), db.repos().years.byNumber(2025)->id);
        const QImage chart = progressChartImage(report.nextYearGoals, report, i18n::Language::Korean, QSize(900, 280));
        QCOMPARE(chart.size(), QSize(900, 280));
        // The ring's filled arc is drawn in the "done" green somewhere at the top of the ring.
        bool green = false;
        for (int x = 0; x < 280 && !green; ++x) {
            for (int y = 0; y < 60 && !green; ++y)
                green = chart.pixelColor(x, y) == QColor(0x81, 0xb2, 0x9a);
        }
        QVERIFY(green);
    }

    void aFullDiskLeavesThePreviousPdfUntouched()
    {
        // Given a good PDF written earlier
        test::TempDatabase db;
        QVERIFY(loadSample(db.connection()).ok());
        const YearReport report = *loadYearReport(db.repos(), db.repos().years.byNumber(2025)->id);
        const QString path = QDir(db.folder()).filePath(QStringLiteral("2025.pdf"));
        QVERIFY(exportPdf(report, ReportOptions{}, path).ok());
        constexpr rlim_t spaceLeft = 64 * 1024;
        QVERIFY(QFileInfo(path).size() > qint64(2 * spaceLeft));
        const QByteArray before = test::fileSha256(path);
        const QStringList filesBefore = QDir(db.folder()).entryList(QDir::Files);

        // When it is written again with only 64 KiB of room
        Status written;
        {
            FileSizeLimit limit(spaceLeft);
            if (!limit.isActive())
                QSKIP("setrlimit(RLIMIT_FSIZE) is not available here");
            written = exportPdf(report, ReportOptions{}, path);
        }

        // Then the export fails saying why, and the previous PDF is whole with no partial file beside it
        QVERIFY(!written.ok());
        QVERIFY2(written.error().message.contains(QStringLiteral("File too large")),
                 qPrintable(written.error().message));
        QCOMPARE(test::fileSha256(path), before);
        QCOMPARE(QDir(db.folder()).entryList(QDir::Files), filesBefore);
    }

    void aDeviceAtTheOutputIsNeitherWrittenNorReplaced()
    {
        test::TempDatabase db;
        QVERIFY(loadSample(db.connection()).ok());
        const Id year = db.repos().years.byNumber(2025)->id;
        const QString device = QDir(db.folder()).filePath(QStringLiteral("null"));
        if (::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0600, makedev(1, 3)) != 0)
            QSKIP("mknod needs root (CAP_MKNOD)");
        for (const ExportFormat format : {ExportFormat::Pdf, ExportFormat::Html}) {
            const Status written = exportToFile(db.connection(), year, format, ReportOptions{}, device);
            QVERIFY(!written.ok());
            QVERIFY2(written.error().message.contains(QStringLiteral("not a regular file")),
                     qPrintable(written.error().message));
            struct stat status = {};
            QCOMPARE(::lstat(QFile::encodeName(device).constData(), &status), 0);
            QVERIFY(S_ISCHR(status.st_mode));
        }
    }

    void anUnwritablePathIsReported()
    {
        test::TempDatabase db;
        QVERIFY(loadSample(db.connection()).ok());
        const YearReport report = *loadYearReport(db.repos(), db.repos().years.byNumber(2025)->id);
        const Status written = exportPdf(report, ReportOptions{}, QStringLiteral("/nonexistent-folder/x.pdf"));
        QVERIFY(!written.ok());
    }
};

QTEST_MAIN(TestPdfExport)
#include "tst_pdfexport.moc"
