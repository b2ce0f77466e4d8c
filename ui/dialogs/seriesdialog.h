#pragma once

#include "application/measureservice.h"
#include "domain/session.h"
#include "recorddialog.h"
#include "services/sessionseries.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Verbund {

class SearchChoice;

class Database;
class DateEdit;
class TimeEdit;

// Creates the sessions of a measure from a pattern: weekdays of every week, or one week in
// every month, without the public holidays of the state and the closure days; shows how
// many sessions it will make before it makes them.
class SeriesDialog final : public RecordDialog {
    Q_OBJECT
public:
    SeriesDialog(Database& database, const MeasureView& measure, QWidget* parent = nullptr);
    int created() const { return m_created; }

protected:
    Status save() override;

private:
    // The pattern as entered, or the fields that cannot be read or do not fit the measure.
    bool readPattern(SeriesPattern& pattern, QList<FieldError>& errors) const;
    void updatePreview();
    // "03.03.2027, 05.03.2027" of the planned sessions on days that have one already.
    QString doubleBookedDays(const QList<Session>& planned) const;

    Database& m_database;
    const Measure m_measure;
    QList<Session> m_existing; // the measure's sessions before the series
    QString m_readError;       // why they could not be read
    int m_created = 0;
    QComboBox* m_kind;
    DateEdit* m_from;
    DateEdit* m_to;
    QList<QCheckBox*> m_weekdays;
    QSpinBox* m_weekOfMonth;
    TimeEdit* m_start;
    TimeEdit* m_end;
    QSpinBox* m_ue;
    QComboBox* m_state;
    QPlainTextEdit* m_closures;
    QComboBox* m_topic;
    SearchChoice* m_location;
    QLineEdit* m_trainer;
    QLabel* m_preview;
};

} // namespace Verbund
