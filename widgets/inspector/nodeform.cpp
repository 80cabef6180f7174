#include "nodeform.h"

#include "assets/mediadrop.h"
#include "model/coursedocument.h"
#include "model/schema.h"
#include "propertyfield.h"

#include <QFormLayout>
#include <QLabel>

namespace cw {

NodeForm::NodeForm(CourseDocument *document, const QUuid &node, const QStringList &keys, Labels labels,
                   ThumbnailCache *thumbnails, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_node(node)
    , m_thumbnails(thumbnails)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setRowWrapPolicy(labels == Labels::Above ? QFormLayout::WrapAllRows : QFormLayout::DontWrapRows);
    const Node *n = currentNode();
    if (!n)
        return;
    const KindSpec &kind = Schema::instance().kind(n->kind());
    for (const QString &key : keys) {
        const PropertySpec *spec = kind.property(key);
        std::unique_ptr<PropertyField> field = spec ? PropertyField::create(*spec) : nullptr;
        if (!field)
            continue;
        Row row;
        if (field->labelInside()) {
            form->addRow(field->row());
        } else {
            row.label = new QLabel(Schema::propertyLabel(*spec));
            row.label->setBuddy(field->editor());
            form->addRow(row.label, field->row());
        }
        PropertyField *raw = field.get();
        connect(raw, &PropertyField::edited, this, [this, raw](bool commit) { apply(raw, commit); });
        row.field = std::move(field);
        m_rows.push_back(std::move(row));
    }
    for (Row &row : m_rows)
        refresh(row.field.get());
    updateEnabledStates();
    MediaDrop::passThroughTextFields(this);
    if (m_document)
        connect(m_document, &CourseDocument::changed, this, &NodeForm::onChanged);
}

NodeForm::~NodeForm()
{
    // Destroying a focused field reports editingFinished or a focus-out: neither may write into
    // the document from a half-destroyed form.
    m_updating = true;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    for (Row &row : m_rows)
        disconnect(row.field.get(), nullptr, this, nullptr);
}

QStringList NodeForm::editableKeys(NodeKind kind)
{
    QStringList keys;
    for (const PropertySpec &spec : Schema::instance().kind(kind).properties) {
        if (spec.type != PropertyType::Settings)
            keys << spec.key;
    }
    return keys;
}

const Node *NodeForm::currentNode() const
{
    return m_document && !m_node.isNull() ? m_document->node(m_node) : nullptr;
}

PropertyField *NodeForm::field(const QString &key) const
{
    for (const Row &row : m_rows) {
        if (row.field->spec().key == key)
            return row.field.get();
    }
    return nullptr;
}

QWidget *NodeForm::editorFor(const QString &key) const
{
    PropertyField *f = field(key);
    return f ? f->editor() : nullptr;
}

QWidget *NodeForm::firstEditor() const
{
    return m_rows.empty() ? nullptr : m_rows.front().field->editor();
}

bool NodeForm::focusFirstField()
{
    for (const Row &row : m_rows) {
        QWidget *editor = row.field->editor();
        // Disabled fields (an inactive property) are skipped; isHidden, as the form may not be on
        // screen yet.
        if (editor->isHidden() || !editor->isEnabled() || editor->focusPolicy() == Qt::NoFocus)
            continue;
        editor->setFocus(Qt::OtherFocusReason);
        row.field->selectAll();
        return true;
    }
    return false;
}

void NodeForm::hideSoleLabel()
{
    if (m_rows.size() == 1 && m_rows.front().label)
        m_rows.front().label->hide();
}

void NodeForm::apply(PropertyField *field, bool commit)
{
    if (m_updating || !currentNode())
        return;
    QString error;
    // The stored value can differ from what is typed (rich text drops a trailing space until the
    // next word): putting it back into the field being typed in would eat the keystroke.
    m_applyingKey = field->spec().key;
    const bool ok = m_document->setProperty(m_node, m_applyingKey, field->value(), commit, &error);
    m_applyingKey.clear();
    Q_EMIT editResult(ok ? QString() : error);
}

void NodeForm::refresh(PropertyField *field)
{
    const Node *n = currentNode();
    if (!n)
        return;
    const bool was = m_updating;
    m_updating = true;
    field->show(n->property(field->spec().key), FieldContext{m_document, n, m_thumbnails});
    m_updating = was;
}

void NodeForm::updateEnabledStates()
{
    const Node *n = currentNode();
    if (!n)
        return;
    // Properties that only matter in some states are greyed out rather than hidden, so the form
    // does not jump around while the author works.
    for (Row &row : m_rows) {
        const bool on = Schema::isActive(row.field->spec(), *n);
        row.field->row()->setEnabled(on);
        if (row.label)
            row.label->setEnabled(on);
    }
}

void NodeForm::onChanged(const ChangeEvent &event)
{
    if (!currentNode())
        return; // the node is gone; whoever shows this form rebuilds
    if (event.type == ChangeEvent::PropertiesChanged && event.node == m_node) {
        for (const QString &key : event.keys) {
            PropertyField *f = field(key);
            if (f && key != m_applyingKey)
                refresh(f);
        }
        updateEnabledStates();
        return;
    }
    // Fields that list other nodes (a step's "leads to") follow nodes coming, going, moving and
    // being renamed; media fields follow the catalogue.
    const bool nodesChanged = event.type == ChangeEvent::PropertiesChanged ||
                              event.type == ChangeEvent::NodeInserted ||
                              event.type == ChangeEvent::NodeRemoved || event.type == ChangeEvent::NodeMoved;
    const bool assetsChanged = event.type == ChangeEvent::AssetsChanged;
    for (Row &row : m_rows) {
        if ((nodesChanged && row.field->listsNodes()) || (assetsChanged && row.field->listsAssets()))
            refresh(row.field.get());
    }
}

} // namespace cw
