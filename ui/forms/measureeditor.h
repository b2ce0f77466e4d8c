#pragma once

#include "domain/measure.h"
#include "widgets/formerrors.h"
#include "widgets/searchchoice.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTableView;

namespace Verbund {

class Database;
class DateEdit;
class ShareTableModel;

// Edits one measure in two parts the page shows on separate tabs: the overview (goal,
// places of learning, dates, capacity, obligation) and the funding plan (cost and shares,
// with the live remainder and what each share and participant comes to).
class MeasureEditor final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeasureEditor)
public:
    explicit MeasureEditor(QObject* parent = nullptr);
    ~MeasureEditor() override;

    QWidget* overviewPage() const { return m_overview; }
    QWidget* fundingPage() const { return m_funding; }
    ShareTableModel* shares() const { return m_shares; }
    QTableView* shareView() const { return m_shareView; }

    void setDatabase(Database* database);
    // participants: how many take part now, for a cost per UE.
    void setMeasure(const Measure& measure, int participants);
    // The measure as edited; funders chosen as organisations still carry minus their id.
    Measure measure(QList<FieldError>* unreadable = nullptr) const;
    bool isModified() const { return m_modified; }
    void setModified(bool modified);
    // Shows the messages under the fields; returns true when one concerns the funding tab.
    bool showErrors(const QList<FieldError>& errors);
    void focusTitle();
    QString remainderText() const;

signals:
    void modifiedChanged(bool modified);

private:
    void buildOverview();
    void buildFunding();
    void markModified();
    void updateCurriculum();
    void updateObligation();
    void updateCost();
    // The organisation as a choice; none for 0 or without a database.
    Choice choiceOf(qint64 organisationId) const;
    void addLocation();
    void removeLocation();
    void addShare();
    void removeShare();
    void suggestShares();

    Database* m_database = nullptr;
    Measure m_measure;
    int m_participants = 0;
    bool m_modified = false;
    bool m_loading = false;
    FormErrors m_errors;
    FormErrors m_fundingErrors;

    QWidget* m_overview;
    QWidget* m_funding;
    QLineEdit* m_title;
    QComboBox* m_kind;
    QLineEdit* m_goal;
    QComboBox* m_curriculum;
    SearchChoice* m_provider;
    QComboBox* m_site;
    QListWidget* m_locations;
    DateEdit* m_start;
    DateEdit* m_end;
    QLineEdit* m_schedule;
    QSpinBox* m_plannedUe;
    QSpinBox* m_capacity;
    QComboBox* m_status;
    SearchChoice* m_obligationCompany;
    QComboBox* m_obligationMode;
    QSpinBox* m_obligationValue;
    QSpinBox* m_hiringCheck; // months after the end; 0 = no follow-up
    QSpinBox* m_minimumShare;
    QCheckBox* m_endsWithExam;
    QPlainTextEdit* m_notes;

    QComboBox* m_costMode;
    QLineEdit* m_totalCost;
    QLineEdit* m_costPerUe;
    QLabel* m_costLabel;
    ShareTableModel* m_shares;
    QTableView* m_shareView;
    QLabel* m_remainder;
    QLabel* m_perParticipant;
};

} // namespace Verbund
