#include "figurelistdialog.h"

#include "common/dates.h"
#include "models/figurerecordmodel.h"
#include "widgets/recordlistpanel.h"
#include "widgets/screenfit.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Verbund {

FigureListDialog::FigureListDialog(Database& database, const FigureChart& chart,
                                   const FigureBar& bar, const FigureScope& scope, QWidget* parent)
    : QDialog(parent)
    , m_kind(FigureRepository::recordKind(chart.figure))
    , m_model(new FigureRecordModel(database, chart.figure, scope, bar.key, this))
    , m_view(new QTableView) {
    setWindowTitle(tr("%1: %2").arg(chart.title, bar.label));
    auto* text = new QLabel(tr("%1 — %2: %3, %4.")
                                .arg(chart.title, bar.label, chart.valueText(bar.value),
                                     formatPeriod(scope.from, scope.to)));
    text->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("figureRecords"));
    m_view->setModel(m_model);
    RecordListPanel::setUpView(m_view, QAbstractItemView::SingleSelection, this);
    // The name takes the room; a day or word more only where the figure's records have one.
    m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_view->setColumnHidden(1, FigureRepository::dateHeader(chart.figure).isEmpty());
    m_view->setColumnHidden(2, FigureRepository::detailHeader(chart.figure).isEmpty());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    const QString openText = m_kind == RecordKind::Organisation ? tr("&Open organisation")
                             : m_kind == RecordKind::Measure    ? tr("&Open measure")
                                                                : tr("&Open person");
    QPushButton* open = buttons->addButton(openText, QDialogButtonBox::ActionRole);
    open->setDefault(true);
    auto* openAction = new QAction(m_view);
    openAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    openAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(openAction);
    connect(open, &QPushButton::clicked, this, &FigureListDialog::openCurrent);
    connect(openAction, &QAction::triggered, this, &FigureListDialog::openCurrent);
    connect(m_view, &QTableView::doubleClicked, this, &FigureListDialog::openCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    m_view->setFocus();
    resize(sizeWithinScreen(this, QSize(720, 520)));
}

void FigureListDialog::openCurrent() {
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    emit openRequested(m_kind, m_model->idAt(current.row()));
    accept();
}

} // namespace Verbund
