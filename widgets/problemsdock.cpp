#include "problemsdock.h"

#include "model/coursedocument.h"
#include "model/schema.h"
#include "outlinemodel.h"
#include "validate/validator.h"

#include <QApplication>
#include <QHeaderView>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>

namespace cw {

namespace {
constexpr int kNodeRole = Qt::UserRole + 1;

QIcon severityIcon(Problem::Severity severity)
{
    QStyle *style = QApplication::style();
    switch (severity) {
    case Problem::Severity::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Problem::Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Problem::Severity::Info:
        break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxInformation);
}

QString severityLabel(Problem::Severity severity)
{
    switch (severity) {
    case Problem::Severity::Error:
        return QCoreApplication::translate("cw::ProblemsDock", "Error");
    case Problem::Severity::Warning:
        return QCoreApplication::translate("cw::ProblemsDock", "Warning");
    case Problem::Severity::Info:
        break;
    }
    return QCoreApplication::translate("cw::ProblemsDock", "Information");
}
} // namespace

ProblemsDock::ProblemsDock(QWidget *parent)
    : QDockWidget(tr("Problems"), parent)
    , m_list(new QTreeWidget(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("ProblemsDock"));
    m_list->setAccessibleName(tr("Problems"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Problem"), tr("Item")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_list->header()->resizeSection(1, 220);
    setWidget(m_list);

    m_timer->setSingleShot(true);
    m_timer->setInterval(RefreshDelayMs);
    connect(m_timer, &QTimer::timeout, this, &ProblemsDock::refreshNow);
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { onItemActivated(item); });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this,
            [this](QTreeWidgetItem *item) { onItemActivated(item); });
    refreshNow();
}

void ProblemsDock::setDocument(CourseDocument *document)
{
    if (m_document == document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &CourseDocument::changed, this, [this] { scheduleRefresh(); });
    refreshNow();
}

void ProblemsDock::scheduleRefresh()
{
    // Validation walks the whole course; once per burst of typing is enough.
    m_timer->start();
}

void ProblemsDock::refreshNow()
{
    m_timer->stop();
    m_problems = m_document ? Validator::validate(*m_document) : QList<Problem>();
    m_list->clear();
    int errors = 0;
    int warnings = 0;
    for (const Problem &p : std::as_const(m_problems)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setIcon(0, severityIcon(p.severity));
        item->setText(0, p.message);
        item->setToolTip(0, p.message);
        item->setData(0, Qt::AccessibleTextRole, tr("%1: %2").arg(severityLabel(p.severity), p.message));
        item->setData(0, kNodeRole, p.node);
        if (const Node *n = m_document->node(p.node)) {
            item->setText(
                1, tr("%1 \u201c%2\u201d").arg(Schema::kindLabel(n->kind()), OutlineModel::labelFor(*n)));
        }
        errors += p.severity == Problem::Severity::Error;
        warnings += p.severity == Problem::Severity::Warning;
    }
    if (m_problems.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, m_document ? tr("No problems found.") : tr("No course is open."));
        item->setFlags(Qt::ItemIsEnabled);
        item->setForeground(0, m_list->palette().brush(QPalette::Disabled, QPalette::Text));
    }
    setWindowTitle(m_problems.isEmpty()
                       ? tr("Problems")
                       : tr("Problems (errors: %1, warnings: %2)").arg(errors).arg(warnings));
    Q_EMIT problemsChanged(errors, warnings);
}

void ProblemsDock::onItemActivated(QTreeWidgetItem *item)
{
    const QUuid id = item ? item->data(0, kNodeRole).toUuid() : QUuid();
    if (!id.isNull())
        Q_EMIT nodeActivated(id);
}

} // namespace cw
