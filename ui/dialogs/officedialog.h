#pragma once

#include <QDialog>

class QLineEdit;

namespace Verbund {

class Database;
class RecordListPanel;
class SiteTableModel;
class StaffTableModel;

// The network's own office: its name as printed on reports, its staff (the advisors) and
// its sites.
class OfficeDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfficeDialog)
public:
    OfficeDialog(Database& database, QWidget* parent = nullptr);

private:
    void editStaff(qint64 id);
    void removeStaff(qint64 id);
    void editSite(qint64 id);
    void removeSite(qint64 id);
    void showError(const QString& message);
    // Keeps the network's name when it was changed; false (and a message) on failure.
    bool saveNetworkName();
    void done(int result) override;

    Database& m_database;
    StaffTableModel* m_staff;
    SiteTableModel* m_sites;
    RecordListPanel* m_staffPanel;
    RecordListPanel* m_sitePanel;
    QLineEdit* m_networkName;
    QString m_savedNetworkName;
};

} // namespace Verbund
