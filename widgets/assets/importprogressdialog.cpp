#include "importprogressdialog.h"

#include <QCoreApplication>
#include <QProgressDialog>

namespace cw {

namespace {
// The dialog counts in thousandths: byte counts of files over 2 GB do not fit its int range.
constexpr int kSteps = 1000;
} // namespace

ImportProgressDialog::ImportProgressDialog(QWidget *window, const QString &label)
    : m_dialog(new QProgressDialog(label, QCoreApplication::translate("cw::ImportProgressDialog", "Cancel"),
                                   0, kSteps, window))
{
    m_dialog->setObjectName(QStringLiteral("ImportProgress"));
    m_dialog->setWindowTitle(QCoreApplication::translate("cw::ImportProgressDialog", "Import Media"));
    m_dialog->setAccessibleName(
        QCoreApplication::translate("cw::ImportProgressDialog", "Media import progress"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(s_showAfterMs);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setValue(0);
}

ImportProgressDialog::~ImportProgressDialog()
{
    delete m_dialog;
}

MediaImport::Progress ImportProgressDialog::callback()
{
    return [this](qint64 done, qint64 total) {
        if (!m_dialog)
            return false;
        const int step = total > 0 ? int(qMin<qint64>(kSteps, done * kSteps / total)) : kSteps;
        // setValue() processes events (the dialog is modal) only when the value changes, so a
        // file read in small pieces does not spin the event loop for every piece.
        if (step != m_dialog->value())
            m_dialog->setValue(step);
        return !m_dialog->wasCanceled();
    };
}

} // namespace cw
