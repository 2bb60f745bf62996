// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "pdfexport.h"
#include "i18n/particles.h"

#include "io/html/markdownhtml.h"
#include "io/html/outputshtml.h"
#include "io/html/themeshtml.h"
#include "io/reportparts.h"
#include "io/reportwords.h"
#include "io/safefile.h"
#include "progress/goalprogress.h"
#include "progress/yearprogress.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMap>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace hoego {
namespace {

// Names the context of this file's strings for tr() and for lupdate alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hoego::PdfExport)
};

using i18n::Language;
namespace words = reportwords;

QString esc(const QString &text)
{
    return escapeHtml(text);
}

const QString kFontFamily = QStringLiteral("Noto Sans CJK KR");

QFont reportFont(qreal pointSize, bool bold = false)
{
    QFont font(kFontFamily);
    font.setStyleHint(QFont::SansSerif);
    // Shaping swaps the digits of a Latin run for glyphs outside the font's character map, which QPdfWriter
    // cannot map back to text: "My 2026 in review" would extract as "My in review". Korean and Latin need no
    // shaping, so the plain glyphs keep the PDF's text whole.
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

// The HTML subset QTextDocument lays out: no CSS layout, no SVG, so the chart is an image resource.
class PdfHtml
{
public:
    PdfHtml(const YearReport &report, const ReportOptions &options)
        : m_report(report)
        , m_options(options)
    { }

    QString write(QStringList *chartNames)
    {
        const Year &year = m_report.data.year;
        const Language language = m_options.language;
        const QString heading = words::documentTitle(year.number, language);
        m_out << QStringLiteral("<h1>%1</h1>").arg(esc(heading));
        if (!year.title.isEmpty())
            m_out << QStringLiteral("<p style=\"font-size:15pt; font-weight:600;\">%1</p>").arg(esc(year.title));
        if (!year.summary.isEmpty())
            m_out << QStringLiteral("<p style=\"color:#555555;\">%1</p>").arg(esc(year.summary));
        for (const ReportSlot &slot : orderedParts(m_report.data))
            writePart(slot, chartNames);
        return QStringLiteral("<html><body>%1</body></html>").arg(m_out.join(QLatin1Char('\n')));
    }

private:
    QString headingOf(YearPart part) const { return partHeading(part, m_report, m_options); }

    void writePart(const ReportSlot &slot, QStringList *chartNames)
    {
        const YearData &data = m_report.data;
        switch (slot.part) {
        case YearPart::Events:
            return writeEvents();
        case YearPart::Outputs:
            m_out << outputsHtml(m_report, m_options.language, headingOf(slot.part));
            return;
        case YearPart::Themes:
            m_out << themesHtml(data, m_options.language, false, headingOf(slot.part));
            return;
        case YearPart::Section: {
            const Section &section = data.sections[slot.section];
            m_out << QStringLiteral("<h2>%1</h2>").arg(esc(section.heading)) << markdownToHtml(section.body);
            return;
        }
        case YearPart::Questions:
            m_out << questionsHtml(data, headingOf(slot.part));
            return;
        case YearPart::Lessons:
            return writeList(headingOf(slot.part), data.lessons);
        case YearPart::Unfinished:
            return writeList(headingOf(slot.part), data.unfinished);
        case YearPart::Goals:
            return writeGoals(headingOf(slot.part), data.goals, QStringLiteral("year"), chartNames);
        case YearPart::NextYearGoals:
            return writeGoals(headingOf(slot.part), m_report.nextYearGoals, QStringLiteral("next"), chartNames);
        case YearPart::ClosingNote:
            if (!data.year.closingNote.trimmed().isEmpty())
                m_out << QStringLiteral("<h2>%1</h2>").arg(esc(headingOf(slot.part)))
                      << markdownToHtml(data.year.closingNote);
            return;
        }
    }

    void writeEvents()
    {
        if (m_report.data.events.isEmpty())
            return;
        const Language language = m_options.language;
        m_out << QStringLiteral("<h2>%1</h2>").arg(esc(headingOf(YearPart::Events)));
        QMap<int, QList<const Event *>> groups;
        for (const Event &event : m_report.data.events) {
            int key = event.date.month();
            if (m_options.grouping == ReportOptions::Grouping::ByArea) {
                key = int(m_report.areas.size());
                for (qsizetype i = 0; i < m_report.areas.size(); ++i) {
                    if (m_report.areas[i].id == event.areaId)
                        key = int(i);
                }
            }
            groups[key] << &event;
        }
        for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
            QString group;
            if (m_options.grouping == ReportOptions::Grouping::ByMonth)
                group = it.key() == 0 ? words::wholeYearHeading(language) : words::monthName(it.key(), language);
            else
                group = it.key() < m_report.areas.size() ? m_report.areas[it.key()].name
                                                         : words::noAreaHeading(language);
            m_out << QStringLiteral("<h3>%1</h3><ul>").arg(esc(group));
            for (const Event *event : it.value()) {
                const QString date = words::dateText(event->date, language);
                QString item = QStringLiteral("<li>");
                if (!date.isEmpty())
                    item += QStringLiteral("<span style=\"color:#666666;\">%1</span>&nbsp;&nbsp;").arg(esc(date));
                item += QStringLiteral("<b>%1</b>").arg(esc(event->title));
                for (const QString &tag : event->tags)
                    item += QStringLiteral(" <span style=\"color:#3d5a80; font-size:8pt;\">#%1</span>").arg(esc(tag));
                if (!event->notes.trimmed().isEmpty())
                    item += QStringLiteral("<div style=\"color:#555555;\">%1</div>").arg(markdownToHtml(event->notes));
                m_out << item + QStringLiteral("</li>");
            }
            m_out << QStringLiteral("</ul>");
        }
    }

    template<typename Item>
    void writeList(const QString &heading, const QList<Item> &items)
    {
        if (items.isEmpty())
            return;
        m_out << QStringLiteral("<h2>%1</h2><ul>").arg(esc(heading));
        for (const Item &item : items)
            m_out << QStringLiteral("<li>%1</li>").arg(esc(item.text));
        m_out << QStringLiteral("</ul>");
    }

    void writeGoals(const QString &heading, const QList<Goal> &goals, const QString &chart, QStringList *chartNames)
    {
        if (goals.isEmpty())
            return;
        const Language language = m_options.language;
        m_out << QStringLiteral("<h2>%1</h2>").arg(esc(heading));
        m_out << QStringLiteral("<p>%1</p>").arg(esc(words::progressLine(progress::countGoals(goals), language)));
        // QTextDocument reads image sizes in 96-dpi pixels and scales them to the printer itself.
        m_out << QStringLiteral("<p><img src=\"hoego-chart://%1\" width=\"%2\" height=\"%3\"></p>")
                         .arg(chart)
                         .arg(kChartWidth * 96 / 72)
                         .arg(kChartWidth * 96 / 72 * 10 / 32);
        *chartNames << chart;
        m_out << QStringLiteral("<ul>");
        for (const Goal &goal : goals) {
            const bool done = goal.status == GoalStatus::Done;
            QString line = done ? QStringLiteral("&#9745; ") : QStringLiteral("&#9744; ");
            line += goal.status == GoalStatus::Dropped ? QStringLiteral("<s>%1</s>").arg(esc(goal.title))
                                                       : QStringLiteral("<b>%1</b>").arg(esc(goal.title));
            line += QStringLiteral(" — %1").arg(esc(progress::label(goal)));
            if (done && goal.doneOn.isValid())
                line += QStringLiteral(" (%1 %2)")
                                .arg(esc(words::doneWord(language)), goal.doneOn.toString(Qt::ISODate));
            else if (goal.status == GoalStatus::Dropped)
                line += QStringLiteral(" (%1%2)").arg(
                        esc(words::droppedWord(language)),
                        goal.dropReason.isEmpty() ? QString() : QStringLiteral(": ") + esc(goal.dropReason));
            else if (goal.status == GoalStatus::CarriedOver)
                line += QStringLiteral(" (%1)").arg(esc(words::carriedWord(language)));
            for (const Milestone &m : goal.milestones)
                line += QStringLiteral("<br>&nbsp;&nbsp;&nbsp;%1 %2")
                                .arg(m.done ? QStringLiteral("&#9745;") : QStringLiteral("&#9744;"), esc(m.title));
            for (const QString &piece : evidenceHtml(m_report.data, goal.id))
                line += QStringLiteral("<br>&nbsp;&nbsp;&nbsp;") + piece;
            for (const EvidenceLink &link : goal.links)
                line += QStringLiteral("<br>&nbsp;&nbsp;&nbsp;<a href=\"%1\">%2</a>")
                                .arg(esc(link.url.toString(QUrl::FullyEncoded)),
                                     esc(link.label.isEmpty() ? link.url.toDisplayString() : link.label));
            m_out << QStringLiteral("<li>%1</li>").arg(line);
        }
        m_out << QStringLiteral("</ul>");
    }

public:
    static constexpr int kChartWidth = 420; // points of the text width the chart takes

private:
    const YearReport &m_report;
    const ReportOptions &m_options;
    QStringList m_out;
};

} // namespace

QImage progressChartImage(const QList<Goal> &goals, const YearReport &report, Language language, const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const progress::GoalCounts counts = progress::countGoals(goals);
    const qreal h = size.height();
    const qreal ringSize = h * 0.8;
    const QRectF ring(h * 0.1, h * 0.1, ringSize, ringSize);
    const qreal pen = ringSize * 0.11;
    painter.setPen(QPen(QColor(0xe4, 0xe4, 0xe4), pen, Qt::SolidLine, Qt::FlatCap));
    painter.drawEllipse(ring.adjusted(pen / 2, pen / 2, -pen / 2, -pen / 2));
    painter.setPen(QPen(QColor(0x81, 0xb2, 0x9a), pen, Qt::SolidLine, Qt::RoundCap));
    if (counts.rate() > 0)
        painter.drawArc(ring.adjusted(pen / 2, pen / 2, -pen / 2, -pen / 2), 90 * 16, -int(counts.rate() * 360 * 16));
    painter.setPen(Qt::black);
    painter.setFont(reportFont(1));
    QFont big = reportFont(1, true);
    big.setPixelSize(int(ringSize * 0.22));
    painter.setFont(big);
    painter.drawText(ring, Qt::AlignCenter, QStringLiteral("%1%").arg(counts.percent()));

    QFont small = reportFont(1);
    small.setPixelSize(int(h * 0.075));
    painter.setFont(small);
    const qreal left = ring.right() + h * 0.15;
    const qreal width = size.width() - left - h * 0.05;
    const QList<progress::AreaProgress> areas = progress::byArea(goals);
    const qreal row = areas.isEmpty() ? 0 : qMin(h * 0.2, h * 0.9 / qreal(areas.size()));
    qreal y = h * 0.05 + (h * 0.9 - row * qreal(areas.size())) / 2;
    for (const progress::AreaProgress &area : areas) {
        const QString name = area.areaId ? report.areaById.value(area.areaId).name : words::noAreaHeading(language);
        const QString text = QStringLiteral("%1  %2/%3").arg(name).arg(area.counts.done).arg(area.counts.total());
        painter.setPen(QColor(0x33, 0x33, 0x33));
        painter.drawText(QRectF(left, y, width, row * 0.55), Qt::AlignLeft | Qt::AlignBottom, text);
        const QRectF track(left, y + row * 0.62, width, row * 0.22);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xe4, 0xe4, 0xe4));
        painter.drawRoundedRect(track, track.height() / 2, track.height() / 2);
        QColor color = report.areaById.value(area.areaId).color;
        painter.setBrush(color.isValid() ? color : QColor(0x81, 0xb2, 0x9a));
        // The bar draws what its label says: done of counted goals.
        if (area.counts.rate() > 0)
            painter.drawRoundedRect(QRectF(track.topLeft(), QSizeF(track.width() * area.counts.rate(), track.height())),
                                    track.height() / 2, track.height() / 2);
        y += row;
    }
    return image;
}

namespace {

// QPdfWriter ignores failed writes to its device; writeFileAtomically checks the device afterwards.
Status writePdf(const YearReport &report, const ReportOptions &options, QIODevice &device, const QString &path)
{
    QStringList charts;
    const QString html = PdfHtml(report, options).write(&charts);

    QPdfWriter writer(&device);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 18, 18, 16), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("Hoego"));
    writer.setTitle(reportwords::documentTitle(report.data.year.number, options.language));

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    document.setDefaultFont(reportFont(10.5));
    document.setDefaultStyleSheet(QStringLiteral("h1 { font-size: 22pt; } h2 { font-size: 15pt; margin-top: 18px; } h3 "
                                                 "{ font-size: 11.5pt; color: #3d5a80; }"
                                                 " a { color: #3d5a80; } blockquote { color: #555555; }"));
    const qreal dotsPerPoint = writer.resolution() / 72.0;
    for (const QString &chart : std::as_const(charts)) {
        const QList<Goal> &goals = chart == QLatin1String("year") ? report.data.goals : report.nextYearGoals;
        const QSize size(int(PdfHtml::kChartWidth * dotsPerPoint), int(PdfHtml::kChartWidth * dotsPerPoint / 3.2));
        document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("hoego-chart://") + chart),
                             progressChartImage(goals, report, options.language, size));
    }
    document.setHtml(html);

    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    const qreal footer = 8 * dotsPerPoint * 2;
    const QSizeF body(page.width(), page.height() - footer);
    document.setPageSize(body);

    QPainter painter;
    if (!painter.begin(&writer))
        return Error{Error::Code::Io, i18n::fillWords(Tr::tr("Cannot write %1."), QFileInfo(path).absoluteFilePath())};
    const QString finishError = i18n::fillWords(Tr::tr("Cannot finish %1."), QFileInfo(path).absoluteFilePath());
    const int pages = document.pageCount();
    QFont footerFont = reportFont(8);
    for (int p = 0; p < pages; ++p) {
        if (p > 0 && !writer.newPage())
            return Error{Error::Code::Io, finishError};
        painter.save();
        painter.translate(0, -p * body.height());
        document.drawContents(&painter, QRectF(0, p * body.height(), body.width(), body.height()));
        painter.restore();
        painter.setFont(footerFont);
        painter.setPen(QColor(0x88, 0x88, 0x88));
        painter.drawText(QRectF(0, body.height(), body.width(), footer), Qt::AlignHCenter | Qt::AlignBottom,
                         QStringLiteral("%1 / %2").arg(p + 1).arg(pages));
    }
    if (!painter.end() || device.size() == 0)
        return Error{Error::Code::Io, finishError};
    return {};
}

} // namespace

Status exportPdf(const YearReport &report, const ReportOptions &options, const QString &path)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error{Error::Code::Io, Tr::tr("Writing a PDF needs fonts, which need the graphical application.")};
    // Laid out into a temporary file: a full disk or an error leaves the previous PDF as it was.
    return writeFileAtomically(path, [&](QIODevice &device) { return writePdf(report, options, device, path); });
}

} // namespace hoego
