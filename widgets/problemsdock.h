#pragma once
// The Problems dock: Validator results for the open course, refreshed shortly after each change;
// activating a problem asks the window to select its node.

#include "model/coursedocument.h"
#include "validate/problem.h"

#include <QDockWidget>
#include <QPointer>

class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace cw {

class ProblemsDock : public QDockWidget
{
    Q_OBJECT

public:
    static constexpr int RefreshDelayMs = 300;

    explicit ProblemsDock(QWidget *parent = nullptr);

    void setDocument(CourseDocument *document);
    // Validates now instead of after the debounce delay.
    void refreshNow();

    const QList<Problem> &problems() const { return m_problems; }
    QTreeWidget *list() const { return m_list; }

Q_SIGNALS:
    void nodeActivated(const QUuid &id);
    void problemsChanged(int errors, int warnings);

private:
    void scheduleRefresh();
    void onItemActivated(QTreeWidgetItem *item);

    QPointer<CourseDocument> m_document;
    QTreeWidget *m_list;
    QTimer *m_timer;
    QList<Problem> m_problems;
};

} // namespace cw
