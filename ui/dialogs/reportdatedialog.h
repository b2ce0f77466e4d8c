#pragma once

#include "domain/reportdate.h"
#include "recorddialog.h"

class QComboBox;
class QLineEdit;

namespace Verbund {

class Database;
class DateEdit;

// Makes or edits a funder's report date.
class ReportDateDialog final : public RecordDialog {
    Q_OBJECT
public:
    ReportDateDialog(Database& database, ReportDate date, QWidget* parent = nullptr);
    const ReportDate& reportDate() const { return m_date; }

protected:
    Status save() override;

private:
    Database& m_database;
    ReportDate m_date;
    QComboBox* m_funder;
    QLineEdit* m_title;
    DateEdit* m_dueOn;
};

} // namespace Verbund
