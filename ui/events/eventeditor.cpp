// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "eventeditor.h"

#include "i18n/dates.h"
#include "storage/eventrepository.h"
#include "validation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hoego {
namespace {

enum PrecisionChoice { YearOnly, MonthOnly, FullDay };

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(1, 1, 10, 10);
    return QIcon(pixmap);
}

QStringList splitTags(const QString &text)
{
    return text.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

} // namespace

EventEditor::EventEditor(const QList<Area> &areas, const Event &event, QWidget *parent)
    : QDialog(parent)
    , m_original(event)
    , m_title(new QLineEdit(this))
    , m_precision(new QComboBox(this))
    , m_month(new QComboBox(this))
    , m_day(new QSpinBox(this))
    , m_area(new QComboBox(this))
    , m_tags(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_private(new QCheckBox(tr("&Private: left out of public exports"), this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("eventEditor"));
    setWindowTitle(event.id > 0 ? tr("Edit Event") : tr("Add Event"));
    setAccessibleName(windowTitle());

    m_title->setObjectName(QStringLiteral("eventTitleEdit"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("What happened?"));
    m_title->setText(event.title);

    m_precision->setObjectName(QStringLiteral("eventPrecisionCombo"));
    m_precision->setAccessibleName(tr("How precisely the date is known"));
    m_precision->addItem(tr("Sometime in %1").arg(event.date.year()), YearOnly);
    m_precision->addItem(tr("In a month"), MonthOnly);
    m_precision->addItem(tr("On a day"), FullDay);
    m_month->setObjectName(QStringLiteral("eventMonthCombo"));
    m_month->setAccessibleName(tr("Month"));
    for (int month = 1; month <= 12; ++month)
        m_month->addItem(i18n::monthName(month), month);
    m_day->setObjectName(QStringLiteral("eventDaySpin"));
    m_day->setAccessibleName(tr("Day"));
    m_day->setRange(1, 31);
    switch (event.date.precision()) {
    case PartialDate::Precision::Year:
        m_precision->setCurrentIndex(YearOnly);
        break;
    case PartialDate::Precision::Month:
        m_precision->setCurrentIndex(MonthOnly);
        break;
    case PartialDate::Precision::Day:
        m_precision->setCurrentIndex(FullDay);
        break;
    }
    m_month->setCurrentIndex(std::max(0, event.date.month() - 1));
    m_day->setValue(std::max(1, event.date.day()));

    m_area->setObjectName(QStringLiteral("eventAreaCombo"));
    m_area->setAccessibleName(tr("Area"));
    m_area->addItem(tr("No area"), Id(0));
    for (const Area &area : areas)
        m_area->addItem(swatch(area.color), area.name, area.id);
    m_area->setCurrentIndex(std::max(0, m_area->findData(event.areaId)));

    m_tags->setObjectName(QStringLiteral("eventTagsEdit"));
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. 이직, ml"));
    m_tags->setText(event.tags.join(QStringLiteral(", ")));

    m_notes->setObjectName(QStringLiteral("eventNotesEdit"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setPlaceholderText(tr("Notes in Markdown"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlainText(event.notes);
    m_private->setObjectName(QStringLiteral("eventPrivateCheck"));
    m_private->setChecked(event.isPrivate);

    m_message->setObjectName(QStringLiteral("eventEditorMessage"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Problem"));
    m_buttons->setObjectName(QStringLiteral("eventEditorButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("eventEditorOk"));

    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_precision);
    dateRow->addWidget(m_month);
    dateRow->addWidget(m_day);
    dateRow->addStretch();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&When:"), dateRow);
    // A row holding a layout gets no buddy of its own: without one the label shows its "&" as text.
    static_cast<QLabel *>(form->labelForField(dateRow))->setBuddy(m_precision);
    form->addRow(tr("&Area:"), m_area);
    form->addRow(tr("Ta&gs:"), m_tags);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(QString(), m_private);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &EventEditor::validate);
    connect(m_tags, &QLineEdit::textChanged, this, &EventEditor::validate);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &EventEditor::validate);
    connect(m_precision, &QComboBox::currentIndexChanged, this, &EventEditor::updateDateFields);
    connect(m_month, &QComboBox::currentIndexChanged, this, &EventEditor::validate);
    connect(m_day, &QSpinBox::valueChanged, this, &EventEditor::validate);
    updateDateFields();
    resize(520, 420);
    m_title->setFocus();
}

void EventEditor::updateDateFields()
{
    const int precision = m_precision->currentData().toInt();
    m_month->setEnabled(precision != YearOnly);
    m_day->setEnabled(precision == FullDay);
    validate();
}

Event EventEditor::editedEvent() const
{
    Event result = m_original;
    result.title = m_title->text().trimmed();
    const int year = m_original.date.year();
    switch (m_precision->currentData().toInt()) {
    case YearOnly:
        result.date = PartialDate::ofYear(year);
        break;
    case MonthOnly:
        result.date = PartialDate::ofMonth(year, m_month->currentData().toInt());
        break;
    default:
        result.date = PartialDate::ofDay(year, m_month->currentData().toInt(), m_day->value());
        break;
    }
    result.areaId = m_area->currentData().toLongLong();
    result.tags = splitTags(m_tags->text());
    auto tags = EventRepository::normalizedTags(result.tags);
    if (tags.ok())
        result.tags = *tags;
    result.notes = m_notes->toPlainText();
    result.isPrivate = m_private->isChecked();
    return result;
}

QString EventEditor::problem() const
{
    const Event current = editedEvent();
    if (auto title = validation::title(m_title->text(), tr("The title")); !title.ok())
        return title.error().message;
    if (!current.date.isValid())
        return tr("%1 has no day %2.")
                .arg(i18n::monthYearText(current.date.year(), current.date.month()))
                .arg(current.date.day());
    if (Status date = validation::date(current.date); !date.ok())
        return date.error().message;
    if (auto tags = EventRepository::normalizedTags(splitTags(m_tags->text())); !tags.ok())
        return tags.error().message;
    if (auto notes = validation::body(m_notes->toPlainText(), tr("The notes")); !notes.ok())
        return notes.error().message;
    return {};
}

void EventEditor::validate()
{
    const QString message = problem();
    // An untouched empty title is the normal start of "Add": no red text yet, but OK stays disabled.
    const bool quietStart = m_title->text().isEmpty() && !m_title->isModified();
    m_message->setText(quietStart ? QString() : QStringLiteral("\u26a0 ") + message);
    m_message->setVisible(!message.isEmpty() && !quietStart);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(message.isEmpty());
}

} // namespace hoego
