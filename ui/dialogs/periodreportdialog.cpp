#include "periodreportdialog.h"

#include "services/csvwriter.h"
#include "widgets/choices.h"
#include "widgets/dateedit.h"
#include "widgets/reportprinting.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Verbund {

PeriodReportDialog::PeriodReportDialog(Database& database, const Report& report,
                                       const QString& hint, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_report(report)
    , m_from(new DateEdit)
    , m_to(new DateEdit)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close)) {
    setWindowTitle(report.translatedTitle());
    const QDate today = QDate::currentDate();
    m_from->setDate(QDate(today.year(), 1, 1));
    m_to->setDate(QDate(today.year(), 12, 31));
    auto* text =
        new QLabel(hint + QLatin1Char(' ') + tr("Leave a date empty to leave that side open."));
    text->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    if (report.takes(ReportOption::Scope)) {
        m_programme = new QComboBox;
        m_programme->setObjectName(QStringLiteral("programme"));
        QList<Choice> programmes = programmeChoices(database);
        if (!programmes.isEmpty())
            programmes.first().label = tr("all measures");
        fillChoices(m_programme, programmes);
        form->addRow(tr("&Measures of:"), m_programme);
    }
    if (report.takes(ReportOption::Site)) {
        m_site = new QComboBox;
        m_site->setObjectName(QStringLiteral("site"));
        QList<Choice> sites = siteChoices(database);
        if (!sites.isEmpty())
            sites.first().label = tr("all sites");
        fillChoices(m_site, sites);
        form->addRow(tr("S&ite:"), m_site);
    }
    QPushButton* preview =
        m_buttons->addButton(tr("&Print preview…"), QDialogButtonBox::ActionRole);
    QPushButton* pdf = m_buttons->addButton(tr("&Export PDF…"), QDialogButtonBox::ActionRole);
    preview->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(preview, &QPushButton::clicked, this, [this] { produce(true); });
    connect(pdf, &QPushButton::clicked, this, [this] { produce(false); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(440);
}

void PeriodReportDialog::addCsvExport(const CsvOutput& write) {
    QPushButton* csv = m_buttons->addButton(tr("Export &CSV…"), QDialogButtonBox::ActionRole);
    connect(csv, &QPushButton::clicked, this, [this, write] {
        const std::optional<ReportRequest> wanted = request();
        if (!wanted)
            return;
        const QString path =
            ReportPrinting::exportCsv(m_report.translatedTitle(), this,
                                      [&](CsvWriter& writer) { return write(writer, *wanted); });
        if (!path.isEmpty())
            accept();
    });
}

void PeriodReportDialog::setRequest(const QDate& from, const QDate& to, qint64 siteId) {
    m_from->setDate(from);
    m_to->setDate(to);
    if (m_site)
        selectChoice(m_site, siteId);
}

std::optional<ReportRequest> PeriodReportDialog::request() {
    if (!m_from->isAcceptable() || !m_to->isAcceptable()) {
        QMessageBox::warning(this, windowTitle(), tr("Not a valid date; write it as DD.MM.YYYY."));
        return std::nullopt;
    }
    ReportRequest request;
    request.from = m_from->date();
    request.to = m_to->date();
    if (m_programme)
        request.programmeId = m_programme->currentData().toLongLong();
    if (m_site)
        request.siteId = m_site->currentData().toLongLong();
    return request;
}

void PeriodReportDialog::produce(bool preview) {
    const std::optional<ReportRequest> wanted = request();
    if (!wanted)
        return;
    if (preview) {
        ReportPrinting::showPreview(m_report, m_database, *wanted, this);
        return;
    }
    if (!ReportPrinting::exportPdf(m_report, m_database, *wanted, m_report.translatedTitle(), this)
             .isEmpty())
        accept();
}

} // namespace Verbund
