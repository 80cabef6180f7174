#pragma once
// What the kind-specific editors (question, scenario, step) share around their form: the kind's
// name on top, the last refused edit's message under it, then the form in a scroll area, or a
// hint when there is nothing to edit.

#include <QWidget>

class QLabel;
class QScrollArea;
class QStackedWidget;

namespace cw {

class EditorFrame : public QWidget
{
    Q_OBJECT

public:
    explicit EditorFrame(const QString &emptyText, QWidget *parent = nullptr);

    void setKind(const QString &label);
    // Shows `form` (the scroll area takes it; deleting it later is fine) or the hint.
    void showForm(QWidget *form);
    void showEmpty();
    // Empty after an edit the document took, else why it refused one.
    void showResult(const QString &error);
    QString errorText() const;
    QScrollArea *scrollArea() const { return m_scroll; }

private:
    QLabel *m_kind;
    QLabel *m_error;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QScrollArea *m_scroll;
};

} // namespace cw
