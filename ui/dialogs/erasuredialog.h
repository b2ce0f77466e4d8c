#pragma once

#include "domain/personkind.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace Verbund {

class Database;

// The question before a person's data is erased (GDPR Art. 17): what goes, what stays, and
// the legal basis the erasure log keeps. Cancel is the default; the erasure is only done by
// the button that says so.
class ErasureDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErasureDialog)
public:
    // The usual legal bases, the one that fits first: a person's request, or the retention
    // period being over.
    enum class Basis { Request, RetentionOver };

    ErasureDialog(PersonKind kind, const QString& question, Basis basis, QWidget* parent = nullptr);
    QString legalBasis() const;
    void accept() override;

    // Asks about erasing the person's data, naming them and what goes, and erases on the
    // answer; tells of a failure. Whether the data was erased.
    static bool askAndErase(Database& database, PersonKind kind, qint64 id, QWidget* parent);

private:
    QComboBox* m_basis;
    QLabel* m_missing;
};

} // namespace Verbund
