#include "propertyeditor.h"

#include "inspector/nodeform.h"
#include "kindicon.h"
#include "model/coursedocument.h"
#include "model/schema.h"
#include "outlinemodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cw {

PropertyEditor::PropertyEditor(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_kind(new QLabel(this))
    , m_error(new QLabel(this))
    , m_scroll(new QScrollArea(this))
{
    setAccessibleName(tr("Properties"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    m_empty->setText(tr("Select an item in the outline to edit its properties."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_empty->setMargin(24);
    m_stack->addWidget(m_empty);

    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    auto *header = new QWidget(page);
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(16, 12, 16, 8);
    headerLayout->setSpacing(12);
    m_icon->setFixedSize(32, 32);
    headerLayout->addWidget(m_icon, 0, Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_kind->setEnabled(false);
    titles->addWidget(m_title);
    titles->addWidget(m_kind);
    headerLayout->addLayout(titles, 1);
    pageLayout->addWidget(header);

    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; padding: 4px 16px; }"));
    m_error->setAccessibleName(tr("Edit error"));
    m_error->hide();
    pageLayout->addWidget(m_error);

    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    pageLayout->addWidget(m_scroll, 1);
    m_stack->addWidget(page);
    m_stack->setCurrentWidget(m_empty);
}

PropertyEditor::~PropertyEditor()
{
    clearForm();
}

void PropertyEditor::setDocument(CourseDocument *document)
{
    if (m_document == document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &CourseDocument::changed, this, &PropertyEditor::onChanged);
    m_node = QUuid();
    rebuild();
}

void PropertyEditor::setNode(const QUuid &id)
{
    if (id == m_node && (id.isNull() || m_form))
        return;
    // Typing in the next node's fields must start a new undo step.
    if (m_document)
        m_document->commitEdits();
    m_node = id;
    rebuild();
}

const Node *PropertyEditor::currentNode() const
{
    return m_document && !m_node.isNull() ? m_document->node(m_node) : nullptr;
}

QWidget *PropertyEditor::editorFor(const QString &key) const
{
    return m_form ? m_form->editorFor(key) : nullptr;
}

bool PropertyEditor::focusFirstField()
{
    return m_form && m_form->focusFirstField();
}

QString PropertyEditor::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void PropertyEditor::showResult(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

void PropertyEditor::clearForm()
{
    m_form = nullptr;
    if (m_formHost) {
        m_scroll->takeWidget();
        delete m_formHost;
        m_formHost = nullptr;
    }
}

void PropertyEditor::rebuild()
{
    clearForm();
    showResult({});
    const Node *n = currentNode();
    if (!n) {
        m_node = QUuid();
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    // Very long fields are hard to read on a wide window: the form keeps a comfortable width and
    // the rest of the pane stays empty.
    m_formHost = new QWidget;
    auto *row = new QHBoxLayout(m_formHost);
    row->setContentsMargins(16, 8, 16, 16);
    auto *column = new QVBoxLayout;
    row->addLayout(column, 1);
    row->addStretch(0);
    m_form = new NodeForm(m_document, m_node, NodeForm::editableKeys(n->kind()), NodeForm::Labels::Beside,
                          m_thumbnails, m_formHost);
    m_form->setMaximumWidth(820);
    connect(m_form, &NodeForm::editResult, this, &PropertyEditor::showResult);
    column->addWidget(m_form);
    if (m_form->isEmpty()) {
        auto *none = new QLabel(tr("A %1 has no properties to edit.").arg(Schema::kindNoun(n->kind())));
        none->setEnabled(false);
        column->addWidget(none);
    }
    column->addStretch(1);
    m_scroll->setWidget(m_formHost);
    updateHeader();
    m_stack->setCurrentIndex(1);
}

void PropertyEditor::updateHeader()
{
    const Node *n = currentNode();
    if (!n)
        return;
    m_icon->setPixmap(KindIcon::icon(n->kind()).pixmap(32, 32));
    m_title->setText(OutlineModel::labelFor(*n));
    m_kind->setText(Schema::kindLabel(n->kind()));
}

void PropertyEditor::onChanged(const ChangeEvent &event)
{
    if (m_node.isNull())
        return;
    if (event.type == ChangeEvent::NodeRemoved && !currentNode()) {
        m_node = QUuid();
        rebuild();
    } else if (event.type == ChangeEvent::PropertiesChanged && event.node == m_node) {
        updateHeader();
    }
}

} // namespace cw
