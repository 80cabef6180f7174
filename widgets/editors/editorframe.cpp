#include "editorframe.h"

#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cw {

EditorFrame::EditorFrame(const QString &emptyText, QWidget *parent)
    : QWidget(parent)
    , m_kind(new QLabel(this))
    , m_error(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(emptyText, this))
    , m_scroll(new QScrollArea(this))
{
    auto *layout = new QVBoxLayout(this);
    QFont bold = m_kind->font();
    bold.setBold(true);
    m_kind->setFont(bold);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->setAccessibleName(tr("Edit error"));
    m_error->hide();
    m_empty->setAlignment(Qt::AlignCenter);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // Forms wrap to the width: a horizontal scroll bar would hide the rows' right-hand buttons.
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_scroll);
    layout->addWidget(m_kind);
    layout->addWidget(m_error);
    layout->addWidget(m_stack, 1);
    showEmpty();
}

void EditorFrame::setKind(const QString &label)
{
    m_kind->setText(label);
}

void EditorFrame::showForm(QWidget *form)
{
    m_scroll->setWidget(form);
    m_stack->setCurrentWidget(m_scroll);
    m_kind->show();
}

void EditorFrame::showEmpty()
{
    m_stack->setCurrentWidget(m_empty);
    m_kind->hide();
}

void EditorFrame::showResult(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

QString EditorFrame::errorText() const
{
    return m_error->text();
}

} // namespace cw
