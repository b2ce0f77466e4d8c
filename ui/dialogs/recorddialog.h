#pragma once

#include "common/result.h"
#include "widgets/formerrors.h"

#include <QDialog>

class QFormLayout;

class QPlainTextEdit;

namespace Verbund {

// A dialog that edits one record: a form, OK and Cancel. OK saves; a refused save keeps the
// dialog open with the messages next to the fields, so nothing typed is lost.
class RecordDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordDialog)
public:
    void accept() override;

protected:
    RecordDialog(const QString& title, QWidget* parent);
    QFormLayout* form() const { return m_form; }
    FormErrors& errors() { return m_errors; }
    // A box for a few lines of text, of the height given; Tab leaves it.
    static QPlainTextEdit* textBox(const QString& text, int height);
    // Reads the fields and saves the record.
    virtual Status save() = 0;

private:
    QFormLayout* m_form;
    FormErrors m_errors;
};

} // namespace Verbund
