#include "sitedialog.h"

#include "application/networkservice.h"
#include "domain/validation.h"
#include "widgets/choices.h"
#include "widgets/dateedit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Verbund {

SiteDialog::SiteDialog(Database& database, Site site, QWidget* parent)
    : RecordDialog(site.meta.isNew() ? tr("New site") : tr("Edit site"), parent)
    , m_database(database)
    , m_site(std::move(site))
    , m_name(new QLineEdit(m_site.name))
    , m_city(new QLineEdit(m_site.city))
    , m_notes(textBox(m_site.notes, 70)) {
    errors().addRow(form(), tr("&Name:"), m_name, QLatin1String(Field::Name));
    errors().addRow(form(), tr("&City:"), m_city);
    errors().addRow(form(), tr("N&otes:"), m_notes);
}

Status SiteDialog::save() {
    Site edited = m_site;
    edited.name = m_name->text().trimmed();
    edited.city = m_city->text().trimmed();
    edited.notes = m_notes->toPlainText().trimmed();
    Status saved = NetworkService(m_database).save(edited);
    if (saved)
        m_site = edited;
    return saved;
}

} // namespace Verbund
