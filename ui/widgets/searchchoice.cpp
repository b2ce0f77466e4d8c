#include "searchchoice.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStandardItemModel>
#include <QTimer>
#include <algorithm>

namespace Verbund {

namespace {

constexpr int HitLimit = 12;
constexpr int HitMargin = 40; // the list's frame, padding and scroll bar

} // namespace

SearchChoice::SearchChoice(Search search, QWidget* parent)
    : QLineEdit(parent)
    , m_search(std::move(search))
    , m_hits(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_hits, this))
    , m_pause(new QTimer(this)) {
    setClearButtonEnabled(true);
    setPlaceholderText(tr("Type a name to search"));
    // The hits are the search's: the completer shows them as they are, not filtered again.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(this);
    m_pause->setSingleShot(true);
    m_pause->setInterval(120);
    connect(m_pause, &QTimer::timeout, this, &SearchChoice::search);
    connect(this, &QLineEdit::textEdited, m_pause, qOverload<>(&QTimer::start));
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) { choose(index.row()); });
    // Before the completer's own filter, which would pass Enter on to the dialog.
    m_completer->popup()->installEventFilter(this);
}

void SearchChoice::setChoice(const Choice& choice) {
    m_chosen = choice;
    setText(choice.label);
    setCursorPosition(0);
}

QVariant SearchChoice::value() const {
    return text() == m_chosen.label ? m_chosen.value : QVariant();
}

bool SearchChoice::isAcceptable() const {
    return text().trimmed().isEmpty() || value().isValid();
}

int SearchChoice::hitCount() const {
    return m_hits->rowCount();
}

void SearchChoice::search() {
    m_hits->clear();
    if (text().trimmed().isEmpty())
        return;
    for (const Choice& hit : m_search(text(), HitLimit)) {
        auto* item = new QStandardItem(hit.label);
        item->setData(hit.value, Qt::UserRole);
        m_hits->appendRow(item);
    }
    if (m_hits->rowCount() > 0) {
        // As wide as the longest hit, so that a narrow field (a table's cell) cuts no name.
        int widest = width();
        for (int row = 0; row < m_hits->rowCount(); ++row)
            widest = std::max(widest, fontMetrics().horizontalAdvance(m_hits->item(row)->text()) +
                                          HitMargin);
        m_completer->complete(QRect(0, 0, widest, height()));
    } else
        m_completer->popup()->hide();
}

void SearchChoice::choose(int hit) {
    const QStandardItem* item = m_hits->item(hit);
    if (!item)
        return;
    setChoice({item->text(), item->data(Qt::UserRole)});
    emit chosen(m_chosen.value);
}

bool SearchChoice::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_completer->popup() && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            const QModelIndex current = m_completer->popup()->currentIndex();
            m_completer->popup()->hide();
            choose(current.isValid() ? current.row() : 0);
            return true;
        }
    }
    return QLineEdit::eventFilter(watched, event);
}

void SearchChoice::keyPressEvent(QKeyEvent* event) {
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !value().isValid()) {
        // Enter on typed text takes the first hit, and does not close the dialog.
        if (m_pause->isActive()) {
            m_pause->stop();
            search();
        }
        if (hitCount() > 0) {
            m_completer->popup()->hide();
            choose(0);
        }
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace Verbund
