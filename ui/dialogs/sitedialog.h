#pragma once

#include "domain/staff.h"
#include "recorddialog.h"

class QLineEdit;
class QPlainTextEdit;

namespace Verbund {

class Database;

// Adds or edits a site of the network's office.
class SiteDialog final : public RecordDialog {
    Q_OBJECT
public:
    SiteDialog(Database& database, Site site, QWidget* parent = nullptr);

protected:
    Status save() override;

private:
    Database& m_database;
    Site m_site;
    QLineEdit* m_name;
    QLineEdit* m_city;
    QPlainTextEdit* m_notes;
};

} // namespace Verbund
