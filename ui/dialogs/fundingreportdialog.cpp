#include "fundingreportdialog.h"

#include "widgets/dateedit.h"
#include "widgets/reportprinting.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Verbund {

FundingReportDialog::FundingReportDialog(Database& database, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_from(new DateEdit)
    , m_to(new DateEdit) {
    setWindowTitle(tr("Funding report"));
    const QDate today = QDate::currentDate();
    m_from->setDate(QDate(today.year(), 1, 1));
    m_to->setDate(QDate(today.year(), 12, 31));
    auto* hint = new QLabel(tr("Money per funder and programme over the measures running in "
                               "the period. Leave a date empty to leave that side open."));
    hint->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* preview = buttons->addButton(tr("&Print preview…"), QDialogButtonBox::ActionRole);
    QPushButton* pdf = buttons->addButton(tr("&Export PDF…"), QDialogButtonBox::ActionRole);
    preview->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(preview, &QPushButton::clicked, this, [this] { report(true); });
    connect(pdf, &QPushButton::clicked, this, [this] {
        if (report(false))
            accept();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

bool FundingReportDialog::report(bool preview) {
    if (!m_from->isAcceptable() || !m_to->isAcceptable()) {
        QMessageBox::warning(this, windowTitle(), tr("Not a valid date; write it as DD.MM.YYYY."));
        return false;
    }
    const Report& funding = *ReportRegistry::find(QStringLiteral("funding-report"));
    ReportRequest request;
    request.from = m_from->date();
    request.to = m_to->date();
    if (preview) {
        ReportPrinting::showPreview(funding, m_database, request, this);
        return true;
    }
    return !ReportPrinting::exportPdf(funding, m_database, request, funding.translatedTitle(), this)
                .isEmpty();
}

} // namespace Verbund
