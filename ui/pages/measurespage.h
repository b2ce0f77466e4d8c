#pragma once

#include "application/measureservice.h"
#include "recordpage.h"

#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;

namespace Verbund {

class AttendanceGridModel;
class AttendanceView;
class EnrollmentTableModel;
class SessionTableModel;
class MeasureEditor;
class RecordListPanel;
class FollowUpPanel;

// The measures: the list with status, dates, participants and cost; the selected measure
// with its overview, participants, funding plan and outcomes, printed as its overview.
class MeasuresPage final : public RecordPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeasuresPage)
public:
    explicit MeasuresPage(QWidget* parent = nullptr);

    QList<QAction*> editActions() const override;
    MeasureEditor* editor() const { return m_editor; }
    RecordListPanel* participantPanel() const { return m_participantPanel; }
    QTabWidget* tabs() const { return m_tabs; }
    AttendanceView* attendanceView() const { return m_attendanceView; }
    AttendanceGridModel* attendance() const { return m_attendance; }

protected:
    bool isEdited() const override;
    void discardEdits() override;
    QString unsavedQuestion() const override;
    bool saveRecord() override;
    Result<QString> loadRecord(qint64 id) override;
    void clearRecord() override;
    void focusNewRecord() override;
    void deleteRecord() override;
    void showFieldErrors(const QList<FieldError>& errors) override;
    QString countText(int count) const override;
    void databaseChanged(Database* database) override;
    void dataChanged(const ChangeSet& changes) override;
    void updateCounts() override;
    void updateActions() override;
    void setEditable(bool editable) override;

private:
    void enroll();
    void editEnrollment(qint64 id);
    void removeEnrollment(qint64 id);
    void updateFigures();
    void addSession();
    void planSeries();
    void editSession(qint64 id);
    void removeSession(qint64 id);
    void fillSession();
    void printAttendanceSheet();
    void printCertificates();
    void printOverview();
    void exportOverview();
    // Reads the stored measure with its figures once into m_shown.
    Status readMeasure(qint64 id);
    // The same, with the reason shown when it cannot be read.
    bool openMeasure(qint64 id);
    // Puts the measure read last in the editor, its lists and figures.
    void showMeasure();
    // The stored measure shown, after the user agreed to leave unsaved edits; nothing when
    // there is none.
    std::optional<MeasureView> savedMeasure();

    EnrollmentTableModel* m_enrollments;
    MeasureEditor* m_editor;
    QTabWidget* m_tabs;
    RecordListPanel* m_participantPanel;
    QLabel* m_participantSummary;
    QLabel* m_outcomes;
    QAction* m_printAction;
    QAction* m_exportAction;
    SessionTableModel* m_sessions;
    RecordListPanel* m_sessionPanel;
    FollowUpPanel* m_followUpPanel;
    QLabel* m_schedule;
    AttendanceGridModel* m_attendance;
    AttendanceView* m_attendanceView;
    QPushButton* m_seriesButton;
    QPushButton* m_fillButton;
    std::optional<MeasureView> m_shown; // the stored measure shown, as read last
};

} // namespace Verbund
