// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Hoego developers

#include "searchdialog.h"

#include "journal/journal.h"
#include "searchresultdelegate.h"
#include "searchresultsmodel.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

namespace hoego {
namespace {
constexpr int kDebounceMs = 150;
}

SearchDialog::SearchDialog(const Journal &journal, QWidget *parent)
    : QDialog(parent)
    , m_service(journal.connection())
    , m_field(new QLineEdit(this))
    , m_results(new QListView(this))
    , m_status(new QLabel(this))
    , m_model(new SearchResultsModel(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("searchDialog"));
    setWindowTitle(tr("Search All Years"));
    setAccessibleName(tr("Search all years"));
    resize(640, 520);

    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setAccessibleName(tr("Search text"));
    m_field->setPlaceholderText(tr("Search events, sections, lessons and goals of every year"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    QFont fieldFont = m_field->font();
    fieldFont.setPointSizeF(fieldFont.pointSizeF() * 1.2);
    m_field->setFont(fieldFont);

    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_results->setUniformItemSizes(false);
    m_results->setWordWrap(true);
    m_results->setResizeMode(QListView::Adjust);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->installEventFilter(this);
    connect(m_results, &QListView::activated, this, [this](const QModelIndex &index) { openRow(index.row()); });

    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setAlignment(Qt::AlignCenter);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_field);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &SearchDialog::runSearch);
    connect(m_field, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    runSearch();
}

void SearchDialog::search(const QString &text)
{
    m_field->setText(text);
    runSearch();
}

void SearchDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // The window keeps one dialog; what is stored may have changed since it was last open.
    if (!m_field->text().isEmpty())
        runSearch();
    m_field->setFocus(Qt::PopupFocusReason);
    m_field->selectAll();
}

void SearchDialog::runSearch()
{
    m_debounce->stop();
    const QString text = m_field->text();
    const QStringList terms = SearchService::terms(text);
    auto hits = terms.isEmpty() ? Result<QList<SearchHit>>(QList<SearchHit>()) : m_service.search(text);
    if (!hits.ok()) {
        m_model->setResults({}, {});
        m_status->setText(hits.error().message);
        m_status->show();
        return;
    }
    m_model->setResults(hits.value(), terms);
    if (terms.isEmpty()) {
        m_status->setText(tr("Type a word to search every year."));
    } else if (m_model->hitCount() == 0) {
        m_status->setText(tr("No matches"));
    } else {
        m_status->setText(tr("%n match(es)", "", m_model->hitCount()));
    }
    const int first = m_model->hitRowFrom(0, 1);
    if (first >= 0) {
        m_results->setCurrentIndex(m_model->index(first));
        m_results->scrollToTop();
    }
}

void SearchDialog::openRow(int row)
{
    if (!m_model->isHit(row))
        return;
    const SearchHit hit = m_model->hitAt(row);
    accept();
    emit openRequested(hit.yearId, hit.kind, hit.id);
}

void SearchDialog::moveSelection(int step)
{
    const int current = m_results->currentIndex().row();
    int next = m_model->hitRowFrom(current < 0 ? 0 : current + step, step);
    if (next < 0)
        next = current; // already at the first or last hit
    if (next >= 0) {
        m_results->setCurrentIndex(m_model->index(next));
        m_results->scrollTo(m_model->index(next));
    }
}

bool SearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool plain = key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier;
    if (watched == m_field && plain) {
        switch (key->key()) {
        case Qt::Key_Down:
            moveSelection(1);
            return true;
        case Qt::Key_Up:
            moveSelection(-1);
            return true;
        case Qt::Key_PageDown:
        case Qt::Key_PageUp:
            QCoreApplication::sendEvent(m_results, event);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            // Results may still be waiting for the typing pause: search now so Enter opens what was typed.
            if (m_debounce->isActive())
                runSearch();
            openRow(m_results->currentIndex().row());
            return true;
        default:
            break;
        }
    }
    if (watched == m_results && plain && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
        moveSelection(key->key() == Qt::Key_Down ? 1 : -1);
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace hoego
