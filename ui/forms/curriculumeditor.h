#pragma once

#include "domain/curriculum.h"
#include "widgets/formerrors.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableView;

namespace Verbund {

class TopicTableModel;

// Edits one curriculum: its data, and its topics in a table reordered by drag and drop or
// Alt+Up/Down. The total UE and hours follow every change as you type.
class CurriculumEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CurriculumEditor)
public:
    explicit CurriculumEditor(QWidget* parent = nullptr);

    void setCurriculum(const Curriculum& curriculum);
    // The curriculum as edited, with the id and revision it was loaded with.
    Curriculum curriculum() const;
    bool isModified() const { return m_modified; }
    void setModified(bool modified);
    // Shows the messages under the fields, and those of topics under the table.
    void showErrors(const QList<FieldError>& errors);
    void focusTitle();

    TopicTableModel* topicModel() const { return m_topics; }
    QTableView* topicView() const { return m_topicView; }
    // "Total: 40 UE · 30 hours (1 UE = 45 minutes)"
    QString totalsText() const;

signals:
    void modifiedChanged(bool modified);

private:
    void markModified();
    void updateTotals();
    void updateTopicActions();
    void addTopic();
    void removeTopic();
    void moveTopic(int step);

    Curriculum m_curriculum;
    bool m_modified = false;
    bool m_loading = false;
    FormErrors m_errors;
    QLineEdit* m_title;
    QLineEdit* m_version;
    QComboBox* m_status;
    QLineEdit* m_targetGroup;
    QPlainTextEdit* m_goal;
    QSpinBox* m_minutesPerUe;
    TopicTableModel* m_topics;
    QTableView* m_topicView;
    QLabel* m_totals;
    QLabel* m_topicErrors;
    QAction* m_addTopic;
    QAction* m_removeTopic;
    QAction* m_moveUp;
    QAction* m_moveDown;
};

} // namespace Verbund
