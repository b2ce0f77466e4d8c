#pragma once

#include "choices.h"

#include <QLineEdit>
#include <functional>

class QCompleter;
class QStandardItemModel;
class QTimer;

namespace Verbund {

// A choice among thousands of records: the user types a few letters of a name and picks one
// of the hits an indexed search gives (a screenful at most), never a list of every record.
// Enter takes the first hit; a text that names no hit chooses nothing.
class SearchChoice final : public QLineEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchChoice)
public:
    using Search = ChoiceSearch;

    explicit SearchChoice(Search search, QWidget* parent = nullptr);

    // Shows the record as chosen (an invalid value for none).
    void setChoice(const Choice& choice);
    // The chosen record's value; invalid when the text names none.
    QVariant value() const;
    // Empty, or naming the chosen record: text that names none cannot be saved.
    bool isAcceptable() const;
    // How many hits the last search gave.
    int hitCount() const;

signals:
    void chosen(const QVariant& value);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    // Enter in the list of hits takes the highlighted one (else the first) and goes no
    // further: it never also presses the dialog's default button.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void search();
    void choose(int hit);

    Search m_search;
    QStandardItemModel* m_hits;
    QCompleter* m_completer;
    QTimer* m_pause;
    Choice m_chosen;
};

} // namespace Verbund
