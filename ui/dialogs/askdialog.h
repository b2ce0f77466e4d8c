#pragma once

#include "common/error.h"
#include "widgets/formerrors.h"

#include <QDialog>
#include <functional>

class QFormLayout;

namespace Verbund {

// A small question in a dialog: a few fields, OK and Cancel. OK closes it only when the check
// finds nothing wrong; its messages stand next to the fields. The caller reads the fields
// after exec(), while the dialog still lives.
class AskDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AskDialog)
public:
    using Check = std::function<QList<FieldError>()>;

    AskDialog(const QString& title, QWidget* parent);

    // Adds "label: field"; the dialog takes the field. Messages for key stand beneath it.
    void addField(const QString& label, QWidget* field, const QString& key = {});
    void setCheck(Check check) { m_check = std::move(check); }
    void accept() override;

private:
    QFormLayout* m_form;
    FormErrors m_errors;
    Check m_check;
};

} // namespace Verbund
