#pragma once

#include <QTableView>

namespace Verbund {

// The attendance grid typed like a paper list: Space present, E excused, X absent, a digit
// the UE of a partial attendance, Delete forgets the mark; each entry moves to the next
// person. F2 edits a cell for larger numbers. Without edit triggers (a role that may not
// record attendance) it only shows.
class AttendanceView final : public QTableView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttendanceView)
public:
    using QTableView::QTableView;

protected:
    void keyPressEvent(QKeyEvent* event) override;
};

} // namespace Verbund
