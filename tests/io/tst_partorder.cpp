// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "iotestsupport.h"

#include "io/exporter.h"
#include "io/html/htmlexport.h"
#include "io/json/jsonformat.h"
#include "io/markdown/markdownexport.h"
#include "io/markdown/markdownimport.h"
#include "io/pdf/pdfexport.h"
#include "io/reportparts.h"
#include "io/sample.h"
#include "storage/exportprofilerepository.h"
#include "storage/privacy.h"
#include "storage/yearsnapshot.h"

#include <QProcess>
#include <QTest>

using namespace hoego;

namespace {

// A post written with its goals first, events after them, then a section, lessons and the closing note.
const char kGoalsFirstPost[] = R"(# 2024년 회고

## 2024년 목표

- [x] 하프 마라톤 완주 (완료 2024-10-06)
- [ ] 책 12권 읽기

## 올해 있었던 일

### 삶
- **3월 2일** 성수동으로 이사했다

## 회사

팀을 옮겼다.

## 배운 것

- 천천히 가도 된다.

## 맺으며

고마운 한 해였다.
)";

QStringList areaNames(const Repositories &repos)
{
    QStringList names;
    for (const Area &area : repos.areas.all().value())
        names << area.name;
    return names;
}

bool importPost(test::TempDatabase &db, const QString &text)
{
    auto document = parseMarkdownRetrospective(text, QStringLiteral("post.md"));
    return document.ok() && writeImportBatch(db.connection(), markdownBatch(*document, areaNames(db.repos()))).ok();
}

YearReport reportOf(test::TempDatabase &db, int number)
{
    return *loadYearReport(db.repos(), db.repos().years.byNumber(number)->id);
}

// Where each of `needles` first appears in `text`, in order; false when one is missing or out of order.
bool appearInOrder(const QString &text, const QStringList &needles)
{
    qsizetype from = 0;
    for (const QString &needle : needles) {
        const qsizetype at = text.indexOf(needle, from);
        if (at < 0) {
            qWarning("\"%s\" missing after offset %lld", qPrintable(needle), qint64(from));
            return false;
        }
        from = at + needle.size();
    }
    return true;
}

const QStringList kPostOrder{QStringLiteral("2024년 목표"), QStringLiteral("올해 있었던 일"), QStringLiteral("회사"),
                             QStringLiteral("배운 것"), QStringLiteral("맺으며")};

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestPartOrder : public QObject
{
    Q_OBJECT

private slots:
    void aPostWithGoalsBeforeEventsExportsInItsOwnOrder()
    {
        // Given a post whose goals come before its events, imported
        test::TempDatabase db;
        QVERIFY(importPost(db, QString::fromUtf8(kGoalsFirstPost)));
        const YearReport report = reportOf(db, 2024);
        ReportOptions options;
        options.language = i18n::Language::Korean;

        // Then Markdown, HTML and PDF all write the goals first and the closing note last
        QVERIFY(appearInOrder(exportMarkdown(report, options), kPostOrder));
        QVERIFY(appearInOrder(exportHtml(report, options), kPostOrder));
        const QString path = db.folder() + QStringLiteral("/2024.pdf");
        QVERIFY(exportPdf(report, options, path).ok());
        QVERIFY2(appearInOrder(pdfText(path), kPostOrder), qPrintable(pdfText(path)));
    }

    void aHoegoPostImportsBackAndExportsTheSame()
    {
        // Given the post imported and exported again
        test::TempDatabase first;
        QVERIFY(importPost(first, QString::fromUtf8(kGoalsFirstPost)));
        ReportOptions options;
        options.flavour = MarkdownFlavour::CommonMark;
        const QString exported = exportMarkdown(reportOf(first, 2024), options);
        // When that export is imported into another database and exported there
        test::TempDatabase second;
        QVERIFY(importPost(second, exported));
        // Then both exports are the same, order included
        QCOMPARE(exportMarkdown(reportOf(second, 2024), options), exported);
        QVERIFY(appearInOrder(exported, kPostOrder));
    }

    void aYearWithoutAnOrderKeepsTheDefaultOne()
    {
        // Given the sample, which has no stored order
        test::TempDatabase db;
        QVERIFY(loadSample(db.connection()).ok());
        const YearReport report = reportOf(db, 2025);
        QVERIFY(report.data.partOrder.isEmpty());
        // Then the parts come in the default order, each section in its own slot
        QList<YearPart> expected;
        for (const YearPart part : defaultYearPartOrder()) {
            if (part != YearPart::Section)
                expected << part;
            else
                for (qsizetype i = 0; i < report.data.sections.size(); ++i)
                    expected << part;
        }
        QCOMPARE(effectiveOrder(report.data), expected);
        QVERIFY(appearInOrder(exportMarkdown(report, {}),
                              {QStringLiteral("## 올해 있었던 일"), QStringLiteral("## 배운 것"),
                               QStringLiteral("## 내년 목표 (2026)"), QStringLiteral("## 맺으며")}));
    }

    void aPartTheOrderLacksGoesWhereTheDefaultPutsIt()
    {
        // Given an order that places goals before events and says nothing of the closing note
        YearData data;
        data.partOrder = {YearPart::Goals, YearPart::Events, YearPart::Section};
        data.sections = {Section{}, Section{}};
        // Then the lacking parts follow the default among the others: the closing note last, the second section
        // after the first
        const QList<YearPart> order = effectiveOrder(data);
        QCOMPARE(order.first(), YearPart::Goals);
        QCOMPARE(order.last(), YearPart::ClosingNote);
        QCOMPARE(order.count(YearPart::Section), 2);
        QVERIFY(order.indexOf(YearPart::Events) < order.indexOf(YearPart::Section));
        QCOMPARE(order.indexOf(YearPart::Section) + 1, order.lastIndexOf(YearPart::Section));
    }

    void aProfileRenamesItsHeadingsAndLeavesTheOthers()
    {
        // Given the sample and a profile that renames the events' heading
        test::TempDatabase db;
        QVERIFY(loadSample(db.connection()).ok());
        ExportProfile blog{QStringLiteral("블로그"), {{YearPart::Events, QStringLiteral("올해의 장면들")}}};
        QVERIFY(ExportProfileRepository(db.connection()).save(blog).ok());
        ReportOptions options;
        options.headings = ExportProfileRepository(db.connection()).byName(QStringLiteral("블로그"))->headings;
        const YearReport report = reportOf(db, 2025);
        // Then the exports use the new heading, and the default ones for the rest
        const QString markdown = exportMarkdown(report, options);
        QVERIFY(markdown.contains(QStringLiteral("\n## 올해의 장면들\n")));
        QVERIFY(!markdown.contains(QStringLiteral("\n## 올해 있었던 일\n")));
        QVERIFY(markdown.contains(QStringLiteral("\n## 배운 것\n")));
        const QString html = exportHtml(report, options);
        QVERIFY(html.contains(QStringLiteral("<h2>올해의 장면들</h2>")));
        QVERIFY(html.contains(QStringLiteral("<h2>배운 것</h2>")));
        // And without the profile the default heading is back
        QVERIFY(exportMarkdown(report, {}).contains(QStringLiteral("\n## 올해 있었던 일\n")));
        // And an English profile heading works under English defaults
        options.language = i18n::Language::English;
        QVERIFY(exportMarkdown(report, options).contains(QStringLiteral("\n## What I learned\n")));
    }

    void profileNamesAreUniqueWhateverTheirCase()
    {
        test::TempDatabase db;
        ExportProfileRepository profiles(db.connection());
        QVERIFY(profiles.save({QStringLiteral("Blog"), {{YearPart::Lessons, QStringLiteral("Takeaways")}}}).ok());
        // Saving under the same name in another case replaces the headings of the one profile
        QVERIFY(profiles.save({QStringLiteral("blog"), {{YearPart::ClosingNote, QStringLiteral("Fin")}}}).ok());
        QCOMPARE(profiles.names().value(), QStringList{QStringLiteral("blog")});
        const ExportProfile profile = profiles.byName(QStringLiteral("BLOG")).value();
        QCOMPARE(profile.headings.size(), 1);
        QCOMPARE(profile.headings.value(YearPart::ClosingNote), QStringLiteral("Fin"));
        QCOMPARE(profiles.byName(QStringLiteral("none")).error().code, Error::Code::NotFound);
        QVERIFY(profiles.remove(QStringLiteral("Blog")).ok());
        QVERIFY(profiles.names()->isEmpty());
    }

    void jsonCarriesTheOrderAndOldFilesImportWithout()
    {
        // Given the imported post's year as JSON
        test::TempDatabase db;
        QVERIFY(importPost(db, QString::fromUtf8(kGoalsFirstPost)));
        const QList<YearPart> order = db.repos().parts.order(db.repos().years.byNumber(2024)->id).value();
        QVERIFY(!order.isEmpty());
        auto json = jsonformat::exportJson(db.repos());
        QVERIFY(json.ok());
        QVERIFY(json->contains("\"parts\""));
        // When it is imported into another database
        test::TempDatabase other;
        auto batch = jsonformat::parseJson(*json, QStringLiteral("all.json"));
        QVERIFY(batch.ok());
        QVERIFY(writeImportBatch(other.connection(), *batch).ok());
        // Then the year keeps its order, and the exports with it
        QCOMPARE(other.repos().parts.order(other.repos().years.byNumber(2024)->id).value(), order);
        QCOMPARE(exportMarkdown(reportOf(other, 2024), {}), exportMarkdown(reportOf(db, 2024), {}));

        // And a file without "parts" imports with the default order
        QByteArray old = *json;
        old.replace("\"parts\"", "\"unknown_parts\"");
        test::TempDatabase third;
        auto oldBatch = jsonformat::parseJson(old, QStringLiteral("old.json"));
        QVERIFY(oldBatch.ok());
        QVERIFY(writeImportBatch(third.connection(), *oldBatch).ok());
        QVERIFY(third.repos().parts.order(third.repos().years.byNumber(2024)->id)->isEmpty());

        // And a part Hoego does not know is refused with its place
        QByteArray wrong = *json;
        wrong.replace("\"closing-note\"", "\"epilogue\"");
        auto refused = jsonformat::parseJson(wrong, QStringLiteral("wrong.json"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("parts[")), qPrintable(refused.error().message));
    }

    void aPublicExportKeepsTheOrderWithoutThePrivateSections()
    {
        // Given the goals-first post with a second section after the lessons, the first section private
        test::TempDatabase db;
        QString post = QString::fromUtf8(kGoalsFirstPost);
        post.replace(QStringLiteral("## 맺으며"), QStringLiteral("## 여행\n\n교토에 갔다.\n\n## 맺으며"));
        QVERIFY(importPost(db, post));
        const Id year = db.repos().years.byNumber(2024)->id;
        const Section first = db.repos().sections.forYear(year)->first();
        QCOMPARE(first.heading, QStringLiteral("회사"));
        QVERIFY(privacy::setPrivate(db.connection(), PrivateKind::Section, first.id, true).ok());
        // When it is exported for the public
        ReportOptions options;
        options.publicOnly = true;
        auto text = exportText(db.connection(), year, ExportFormat::Markdown, options);
        QVERIFY(text.ok());
        const QString markdown = QString::fromUtf8(*text);
        // Then the private section is left out and the other one stays after the lessons, goals still first
        QVERIFY(!markdown.contains(QStringLiteral("## 회사")));
        QVERIFY(appearInOrder(markdown,
                              {QStringLiteral("## 2024년 목표"), QStringLiteral("## 올해 있었던 일"),
                               QStringLiteral("## 배운 것"), QStringLiteral("## 여행"), QStringLiteral("## 맺으며")}));
    }

    void aDeletedYearComesBackWithItsOrder()
    {
        // Given the imported post's year, deleted after a snapshot (as the window's undo takes one)
        test::TempDatabase db;
        QVERIFY(importPost(db, QString::fromUtf8(kGoalsFirstPost)));
        const Id year = db.repos().years.byNumber(2024)->id;
        const QList<YearPart> order = db.repos().parts.order(year).value();
        auto snapshot = snapshotYear(db.repos(), year);
        QVERIFY(snapshot.ok());
        QVERIFY(db.repos().years.remove(year).ok());
        QVERIFY(db.repos().parts.order(year)->isEmpty());
        // When it is put back
        QVERIFY(restoreYear(db.connection(), *snapshot).ok());
        // Then it has its order again
        QCOMPARE(db.repos().parts.order(year).value(), order);
    }

    void mergingKeepsTheOrderAYearAlreadyHas()
    {
        // Given a year arranged by the user
        test::TempDatabase db;
        QVERIFY(importPost(db, QString::fromUtf8(kGoalsFirstPost)));
        const Id year = db.repos().years.byNumber(2024)->id;
        const QList<YearPart> arranged{YearPart::ClosingNote, YearPart::Events};
        QVERIFY(db.repos().parts.setOrder(year, arranged).ok());
        // When the post is merged into it again
        auto document = parseMarkdownRetrospective(QString::fromUtf8(kGoalsFirstPost), QStringLiteral("post.md"));
        QVERIFY(document.ok());
        ImportOptions merge;
        merge.mergeIntoExisting = true;
        QVERIFY(writeImportBatch(db.connection(), markdownBatch(*document, areaNames(db.repos())), merge).ok());
        // Then the user's order stays
        QCOMPARE(db.repos().parts.order(year).value(), arranged);
        // And an empty order is the default again
        QVERIFY(db.repos().parts.setOrder(year, {}).ok());
        QVERIFY(db.repos().parts.order(year)->isEmpty());
    }
};

QTEST_MAIN(TestPartOrder)
#include "tst_partorder.moc"
