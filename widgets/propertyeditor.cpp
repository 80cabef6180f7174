#include "propertyeditor.h"

#include "choicelabel.h"
#include "inspector/colorfield.h"
#include "inspector/languagefield.h"
#include "kindicon.h"
#include "model/coursedocument.h"
#include "model/expression.h"
#include "model/mediafit.h"
#include "model/schema.h"
#include "outlinemodel.h"
#include "richtext/richtextedit.h"
#include "richtext/richtexttoolbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <climits>

namespace cw {

namespace {

QStringList nonEmptyLines(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            lines << line;
    }
    return lines;
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

// Selects the item whose data is `value`, adding a marked entry when the value is not offered
// (a reference to something deleted must stay visible rather than silently read as "none").
void selectData(QComboBox *combo, const QString &value)
{
    int index = combo->findData(value);
    if (index < 0) {
        combo->addItem(QCoreApplication::translate("cw::PropertyEditor", "(missing: %1)").arg(value.left(8)),
                       value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

} // namespace

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
    // The editors' focus-out handlers must not write into a document while this is torn down.
    m_updating = true;
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
    if (id == m_node && (id.isNull() || !m_fields.empty()))
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
    for (const Field &f : m_fields) {
        if (f.spec->key == key)
            return f.editor;
    }
    return nullptr;
}

bool PropertyEditor::focusFirstField()
{
    for (const Field &f : m_fields) {
        // Fields hidden by a shown-when rule, or disabled, are skipped (isHidden: the form may not
        // be on screen yet).
        if (f.editor->isHidden() || !f.editor->isEnabled() || f.editor->focusPolicy() == Qt::NoFocus)
            continue;
        f.editor->setFocus(Qt::OtherFocusReason);
        if (auto *line = qobject_cast<QLineEdit *>(f.editor))
            line->selectAll();
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(f.editor))
            plain->selectAll();
        else if (auto *rich = qobject_cast<RichTextEdit *>(f.editor))
            rich->selectAll();
        return true;
    }
    return false;
}

QString PropertyEditor::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

PropertyEditor::Field *PropertyEditor::fieldFor(const QString &key)
{
    for (Field &f : m_fields) {
        if (f.spec->key == key)
            return &f;
    }
    return nullptr;
}

const PropertyEditor::Field *PropertyEditor::fieldFor(const QWidget *editor) const
{
    for (const Field &f : m_fields) {
        if (f.editor == editor)
            return &f;
    }
    return nullptr;
}

void PropertyEditor::clearFields()
{
    const bool wasUpdating = m_updating;
    m_updating = true; // deleting a focused editor sends a focus-out
    m_fields.clear();
    if (m_formHost) {
        m_scroll->takeWidget();
        delete m_formHost;
        m_formHost = nullptr;
        m_form = nullptr;
    }
    m_updating = wasUpdating;
}

void PropertyEditor::rebuild()
{
    clearFields();
    m_error->hide();
    m_error->clear();
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
    row->setContentsMargins(0, 0, 0, 0);
    auto *formWidget = new QWidget(m_formHost);
    formWidget->setMaximumWidth(820);
    row->addWidget(formWidget, 1);
    row->addStretch(0);
    auto *column = new QVBoxLayout(formWidget);
    column->setContentsMargins(0, 0, 0, 0);
    m_form = new QFormLayout;
    column->addLayout(m_form);
    column->addStretch(1);
    m_form->setContentsMargins(16, 8, 16, 16);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    const KindSpec &kind = Schema::instance().kind(n->kind());
    m_fields.reserve(size_t(kind.properties.size()));
    for (const PropertySpec &spec : kind.properties) {
        if (spec.type != PropertyType::Settings) // kept by the tool that owns it (export options)
            addField(spec);
    }
    if (kind.properties.isEmpty()) {
        auto *none = new QLabel(tr("A %1 has no properties to edit.").arg(Schema::kindNoun(n->kind())));
        none->setEnabled(false);
        m_form->addRow(none);
    }
    m_scroll->setWidget(m_formHost);
    refreshAll();
    updateHeader();
    m_stack->setCurrentIndex(1);
}

void PropertyEditor::addField(const PropertySpec &spec)
{
    const QString key = spec.key;
    const QString label = Schema::propertyLabel(spec);
    Field field;
    field.spec = &spec;
    auto applyLater = [this, key](bool commit) { apply(key, commit); };
    QWidget *host = nullptr; // what the form row shows when it is more than the editor

    switch (spec.type) {
    case PropertyType::Bool: {
        auto *box = new QCheckBox(label);
        connect(box, &QCheckBox::toggled, this, [applyLater] { applyLater(true); });
        field.editor = box;
        field.value = [box] { return QJsonValue(box->isChecked()); };
        field.show = [box](const QJsonValue &v) { box->setChecked(v.toBool()); };
        break;
    }
    case PropertyType::Int: {
        auto *spin = new QSpinBox;
        spin->setRange(spec.hasRange ? int(spec.minimum) : INT_MIN,
                       spec.hasRange ? int(spec.maximum) : INT_MAX);
        spin->setMaximumWidth(160);
        connect(spin, &QSpinBox::valueChanged, this, [applyLater] { applyLater(false); });
        connect(spin, &QSpinBox::editingFinished, this, [applyLater] { applyLater(true); });
        field.editor = spin;
        field.value = [spin] { return QJsonValue(spin->value()); };
        field.show = [spin](const QJsonValue &v) { spin->setValue(v.toInt()); };
        break;
    }
    case PropertyType::Real: {
        auto *spin = new QDoubleSpinBox;
        spin->setDecimals(3);
        spin->setRange(spec.hasRange ? spec.minimum : -1e9, spec.hasRange ? spec.maximum : 1e9);
        spin->setMaximumWidth(160);
        connect(spin, &QDoubleSpinBox::valueChanged, this, [applyLater] { applyLater(false); });
        connect(spin, &QDoubleSpinBox::editingFinished, this, [applyLater] { applyLater(true); });
        field.editor = spin;
        field.value = [spin] { return QJsonValue(spin->value()); };
        field.show = [spin](const QJsonValue &v) { spin->setValue(v.toDouble()); };
        break;
    }
    case PropertyType::String:
        if (spec.hint == EditorHint::LanguageTag) {
            auto *languages = new LanguageField;
            connect(languages, &LanguageField::tagChosen, this, [applyLater] { applyLater(true); });
            field.editor = languages;
            field.value = [languages] { return QJsonValue(languages->tag()); };
            field.show = [languages](const QJsonValue &v) { languages->setTag(v.toString()); };
            break;
        }
        if (spec.hint == EditorHint::Color) {
            auto *color = new ColorField;
            connect(color, &ColorField::edited, this, applyLater);
            field.editor = color;
            field.value = [color] { return QJsonValue(color->color()); };
            field.show = [color](const QJsonValue &v) { color->setColor(v.toString()); };
            break;
        }
        [[fallthrough]];
    case PropertyType::Condition:
    case PropertyType::Effects: {
        auto *line = new QLineEdit;
        if (spec.maxLength > 0)
            line->setMaxLength(spec.maxLength);
        if (spec.type != PropertyType::String) {
            line->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            line->setPlaceholderText(spec.type == PropertyType::Condition
                                         ? tr("e.g. trust >= 2 and not warned")
                                         : tr("e.g. trust += 1; warned = true"));
        }
        connect(line, &QLineEdit::textEdited, this, [applyLater] { applyLater(false); });
        connect(line, &QLineEdit::editingFinished, this, [applyLater] { applyLater(true); });
        field.editor = line;
        field.value = [line] { return QJsonValue(line->text()); };
        field.show = [line](const QJsonValue &v) {
            if (line->text() != v.toString()) {
                line->setText(v.toString());
                line->setCursorPosition(0); // show the start of long text, not its tail
            }
        };
        break;
    }
    case PropertyType::RichText: {
        // Formatted text, never HTML source: the editor writes the safe subset itself.
        auto *edit = new RichTextEdit;
        edit->setTabChangesFocus(true);
        // Feedback is usually a sentence; body text and transcripts get more room.
        const bool shortText = key.endsWith(QLatin1String("eedback")) || key == QLatin1String("prompt") ||
                               key == QLatin1String("sampleAnswer");
        const int lines = shortText ? 4 : 8;
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
        connect(edit, &RichTextEdit::edited, this, [applyLater] { applyLater(false); });
        connect(edit, &RichTextEdit::editingFinished, this, [applyLater] { applyLater(true); });
        host = RichTextToolBar::withToolBar(edit);
        field.editor = edit;
        field.value = [edit] { return QJsonValue(edit->richText()); };
        field.show = [edit](const QJsonValue &v) { edit->setRichText(v.toString()); };
        break;
    }
    case PropertyType::StringList: {
        auto *edit = new QPlainTextEdit;
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
        edit->setPlaceholderText(tr("One entry per line"));
        edit->installEventFilter(this);
        connect(edit, &QPlainTextEdit::textChanged, this, [applyLater] { applyLater(false); });
        field.editor = edit;
        field.value = [edit] {
            return QJsonValue(QJsonArray::fromStringList(nonEmptyLines(edit->toPlainText())));
        };
        field.show = [edit](const QJsonValue &v) {
            if (nonEmptyLines(edit->toPlainText()) != toStringList(v))
                edit->setPlainText(toStringList(v).join(QLatin1Char('\n')));
        };
        break;
    }
    case PropertyType::Enum: {
        auto *combo = new QComboBox;
        for (const QString &choice : spec.choices)
            combo->addItem(ChoiceLabel::label(choice), choice);
        connect(combo, &QComboBox::activated, this, [applyLater] { applyLater(true); });
        field.editor = combo;
        field.value = [combo] { return QJsonValue(combo->currentData().toString()); };
        field.show = [combo](const QJsonValue &v) { selectData(combo, v.toString()); };
        break;
    }
    case PropertyType::Flags: {
        auto *box = new QWidget;
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        QList<QCheckBox *> checks;
        for (const QString &choice : spec.choices) {
            auto *check = new QCheckBox(ChoiceLabel::label(choice), box);
            check->setProperty("cwChoice", choice);
            connect(check, &QCheckBox::toggled, this, [applyLater] { applyLater(true); });
            layout->addWidget(check);
            checks << check;
        }
        box->setAccessibleName(label);
        field.editor = box;
        field.value = [checks] {
            QJsonArray set;
            for (QCheckBox *c : checks) {
                if (c->isChecked())
                    set.append(c->property("cwChoice").toString());
            }
            return QJsonValue(set);
        };
        field.show = [checks](const QJsonValue &v) {
            const QStringList on = toStringList(v);
            for (QCheckBox *c : checks)
                c->setChecked(on.contains(c->property("cwChoice").toString()));
        };
        break;
    }
    case PropertyType::AssetRef: {
        auto *combo = new QComboBox;
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        connect(combo, &QComboBox::activated, this, [applyLater] { applyLater(true); });
        // Offer only files that fit the property (MediaFit, the rule validation and export use).
        const QString mediaType = spec.mediaType;
        field.editor = combo;
        field.value = [combo] { return QJsonValue(combo->currentData().toString()); };
        field.show = [this, combo, mediaType](const QJsonValue &v) {
            combo->clear();
            combo->addItem(tr("(none)"), QString());
            if (m_document) {
                for (const AssetInfo &asset : m_document->assets()) {
                    if (MediaFit::fits(mediaType, asset) || asset.hash == v.toString())
                        combo->addItem(asset.name, asset.hash);
                }
            }
            selectData(combo, v.toString());
        };
        break;
    }
    case PropertyType::NodeRef: {
        auto *combo = new QComboBox;
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        connect(combo, &QComboBox::activated, this, [applyLater] { applyLater(true); });
        const NodeKind refKind = spec.refKind;
        field.editor = combo;
        field.value = [combo] { return QJsonValue(combo->currentData().toString()); };
        field.show = [this, combo, refKind](const QJsonValue &v) {
            combo->clear();
            combo->addItem(tr("(none)"), QString());
            // References stay inside their scenario, so only its steps are offered.
            const Node *scope = currentNode();
            while (scope && scope->parent() && scope->kind() != NodeKind::Scenario)
                scope = scope->parent();
            if (scope) {
                scope->walk([&](const Node *n) {
                    if (n->kind() == refKind)
                        combo->addItem(KindIcon::icon(n->kind()), OutlineModel::labelFor(*n),
                                       idString(n->id()));
                });
            }
            selectData(combo, v.toString());
        };
        break;
    }
    case PropertyType::Settings:
        return; // never offered (see the caller)
    }

    if (spec.type == PropertyType::Bool) {
        m_form->addRow(QString(), field.editor);
    } else {
        field.label = new QLabel(label);
        field.label->setBuddy(field.editor);
        if (spec.type == PropertyType::Condition || spec.type == PropertyType::Effects) {
            host = new QWidget;
            auto *v = new QVBoxLayout(host);
            v->setContentsMargins(0, 0, 0, 0);
            v->setSpacing(2);
            v->addWidget(field.editor);
            field.hint = new QLabel;
            field.hint->setWordWrap(true);
            field.hint->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
            field.hint->hide();
            v->addWidget(field.hint);
            m_form->addRow(field.label, host);
        } else {
            m_form->addRow(field.label, host ? host : field.editor);
        }
    }
    field.editor->setAccessibleName(label);
    field.editor->setObjectName(QStringLiteral("property_") + key);
    m_fields.push_back(std::move(field));
}

bool PropertyEditor::eventFilter(QObject *watched, QEvent *event)
{
    // A plain text edit (string lists) has no editingFinished: leaving it closes the merged undo
    // step.
    if (event->type() == QEvent::FocusOut && !m_updating) {
        if (const Field *f = fieldFor(qobject_cast<QWidget *>(watched)))
            apply(f->spec->key, true);
    }
    return QWidget::eventFilter(watched, event);
}

void PropertyEditor::apply(const QString &key, bool commit)
{
    if (m_updating || !m_document)
        return;
    Field *f = fieldFor(key);
    if (!f || !currentNode())
        return;
    const QJsonValue value = f->value();
    QString error;
    m_applyingKey = key;
    const bool ok = m_document->setProperty(m_node, key, value, commit, &error);
    m_applyingKey.clear();
    if (ok) {
        m_error->hide();
        m_error->clear();
    } else {
        m_error->setText(error);
        m_error->show();
    }
    if (Field *again = fieldFor(key))
        updateHint(*again);
}

void PropertyEditor::refresh(Field &field)
{
    const Node *n = currentNode();
    if (!n)
        return;
    const bool was = m_updating;
    m_updating = true;
    {
        const QSignalBlocker blocker(field.editor);
        field.show(n->property(field.spec->key));
    }
    m_updating = was;
    updateHint(field);
}

void PropertyEditor::refreshAll()
{
    for (Field &f : m_fields)
        refresh(f);
    updateEnabledStates();
}

void PropertyEditor::refreshReferenceLists()
{
    for (Field &f : m_fields) {
        if (f.spec->type == PropertyType::NodeRef || f.spec->type == PropertyType::AssetRef)
            refresh(f);
    }
}

void PropertyEditor::updateHint(Field &field)
{
    if (!field.hint)
        return;
    const QString text = field.value().toString();
    const Expression::Parsed parsed = field.spec->type == PropertyType::Condition
                                          ? Expression::parseCondition(text)
                                          : Expression::parseEffects(text);
    field.hint->setText(parsed.ok ? QString() : parsed.error);
    field.hint->setVisible(!parsed.ok);
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

void PropertyEditor::updateEnabledStates()
{
    const Node *n = currentNode();
    if (!n)
        return;
    // Properties that only matter in some states (the schema's ActiveWhen) are greyed out rather
    // than hidden, so the form does not jump around while the author works.
    for (Field &f : m_fields) {
        const bool on = Schema::isActive(*f.spec, *n);
        f.editor->setEnabled(on);
        if (f.label)
            f.label->setEnabled(on);
    }
}

void PropertyEditor::onChanged(const ChangeEvent &event)
{
    switch (event.type) {
    case ChangeEvent::PropertiesChanged:
        if (event.node == m_node) {
            for (const QString &key : event.keys) {
                Field *f = fieldFor(key);
                if (f && key != m_applyingKey)
                    refresh(*f);
            }
            updateHeader();
            updateEnabledStates();
        } else {
            // A renamed scenario step shows up in the "leads to" lists.
            refreshReferenceLists();
        }
        break;
    case ChangeEvent::NodeRemoved:
        if (!m_node.isNull() && !currentNode()) {
            m_node = QUuid();
            rebuild();
        } else {
            refreshReferenceLists();
        }
        break;
    case ChangeEvent::NodeInserted:
    case ChangeEvent::NodeMoved:
    case ChangeEvent::AssetsChanged:
        refreshReferenceLists();
        break;
    default:
        break;
    }
}

} // namespace cw
