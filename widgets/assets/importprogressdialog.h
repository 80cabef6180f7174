#pragma once
// The progress of a media import that runs on the window's thread: a window-modal progress dialog
// fed from MediaImport's progress callback. QProgressDialog::setValue() keeps the event loop
// running, so the window repaints and the Cancel button works; the dialog being modal keeps the
// designer from editing the course meanwhile (the window also refuses a second import). It only
// appears when the import lasts long enough to need it.

#include "store/mediaimport.h"

#include <QPointer>
#include <QProgressDialog>

class QWidget;

namespace cw {

class ImportProgressDialog
{
public:
    // How long an import may run before the dialog appears (tests set 0 to see it at once).
    static int showAfterMs() { return s_showAfterMs; }
    static void setShowAfterMs(int milliseconds) { s_showAfterMs = milliseconds; }

    ImportProgressDialog(QWidget *window, const QString &label);
    ~ImportProgressDialog();
    ImportProgressDialog(const ImportProgressDialog &) = delete;
    ImportProgressDialog &operator=(const ImportProgressDialog &) = delete;

    // The callback to hand to MediaImport::run: updates the dialog, false once Cancel was pressed.
    MediaImport::Progress callback();
    QProgressDialog *dialog() const { return m_dialog; }
    // Whether the designer pressed Cancel (their choice, not an error to report in a box).
    bool wasCancelled() const { return m_dialog && m_dialog->wasCanceled(); }

private:
    QPointer<QProgressDialog> m_dialog;
    static inline int s_showAfterMs = 400;
};

} // namespace cw
