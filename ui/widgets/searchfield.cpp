#include "searchfield.h"

#include "models/itemroles.h"
#include "models/searchresultmodel.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QTimer>

namespace Verbund {

namespace {

// How many records of each kind the list shows: a screen's height of them in all.
constexpr int PerKind = 5;

} // namespace

SearchField::SearchField(QWidget* parent)
    : QLineEdit(parent)
    , m_results(new SearchResultModel(this))
    , m_completer(new QCompleter(m_results, this))
    , m_pause(new QTimer(this)) {
    setObjectName(QStringLiteral("searchEverywhere"));
    setPlaceholderText(tr("Search everywhere (Ctrl+K)"));
    setClearButtonEnabled(true);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(5 * (PerKind + 1));
    m_completer->setWidget(this);
    m_completer->popup()->setObjectName(QStringLiteral("searchResults"));
    m_pause->setSingleShot(true);
    m_pause->setInterval(150);
    connect(m_pause, &QTimer::timeout, this, &SearchField::search);
    connect(this, &QLineEdit::textEdited, m_pause, qOverload<>(&QTimer::start));
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            &SearchField::open);
}

QSize SearchField::sizeHint() const {
    return {fontMetrics().averageCharWidth() * 36, QLineEdit::sizeHint().height()};
}

void SearchField::setDatabase(Database* database) {
    m_database = database;
    m_results->setResults({}, {});
    clear();
}

void SearchField::search() {
    if (!m_database)
        return;
    auto found = SearchService(*m_database).search(text(), PerKind);
    if (!found)
        return emit failed(found.error().message());
    m_results->setResults(text(), *found);
    if (m_results->rowCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete(rect());
    // The completer's popup is as wide as the field; the names want more.
    QAbstractItemView* popup = m_completer->popup();
    popup->setMinimumWidth(std::max(width(), fontMetrics().averageCharWidth() * 70));
}

void SearchField::open(const QModelIndex& index) {
    const QVariant id = index.data(IdRole);
    if (!id.isValid())
        return;
    const auto kind = RecordKind(index.data(KindRole).toInt());
    m_completer->popup()->hide();
    clear();
    m_results->setResults({}, {});
    emit openRequested(kind, id.toLongLong());
}

void SearchField::keyPressEvent(QKeyEvent* event) {
    // Enter with the list shown but no record chosen in it opens the first record found.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (m_pause->isActive()) {
            m_pause->stop();
            search();
        }
        const int first = m_results->firstRecordRow();
        if (first >= 0) {
            open(m_results->index(first));
            return;
        }
    }
    if (event->key() == Qt::Key_Escape && !text().isEmpty()) {
        clear();
        m_results->setResults({}, {});
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace Verbund
