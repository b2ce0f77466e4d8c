#pragma once

#include "services/csvreader.h"
#include "services/importer.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace Verbund {

class Database;

// File → Import…: a CSV file of organisations, contacts or participants; each field mapped
// to a column (pre-filled from the headers, changeable), a preview of the first rows, a check
// that lists the problems by row and column, then the import in one transaction.
class ImportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)
public:
    ImportDialog(Database& database, QWidget* parent = nullptr);

    // Reads the file and fills mapping and preview; false (with the reason shown) if it
    // cannot be read.
    bool setFile(const QString& path);
    void setKind(ImportKind kind);
    // The column chosen for the field, -1 for none.
    int mappedColumn(const QString& fieldKey) const;
    void mapField(const QString& fieldKey, int column);
    // Runs the import as a check (dry run) or for real; shows the report.
    bool check();
    bool import();
    const std::optional<ImportReport>& lastReport() const { return m_report; }

private:
    ImportKind kind() const;
    void chooseFile();
    void fillMapping();
    void fillPreview();
    ImportOptions options(bool dryRun) const;
    bool run(bool dryRun);

    Database& m_database;
    // The file read whole for the preview and the mapping; the import reads it again as a
    // stream.
    std::optional<CsvTable> m_table;
    QString m_file;
    std::optional<ImportReport> m_report;
    QList<ImportField> m_fields;
    QComboBox* m_kind;
    QLineEdit* m_path;
    QLabel* m_fileInfo;
    QTableWidget* m_mapping;
    QTableWidget* m_preview;
    QCheckBox* m_validOnly;
    QCheckBox* m_update;
    QCheckBox* m_ignoreUnknown;
    QListWidget* m_problems;
    QLabel* m_summary;
};

} // namespace Verbund
