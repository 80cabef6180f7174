#include "questioneditor.h"

#include "model/schema.h"
#include "partrowsedit.h"
#include "richtext/richtextedit.h"
#include "richtext/richtexttoolbar.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cw {

namespace {

// What every question kind has (prompt, points, feedback): shown after the kind's own answer
// fields, so each form starts with what makes the kind different.
const QStringList &sharedQuestionKeys()
{
    static const QStringList keys = [] {
        QStringList shared;
        bool first = true;
        for (int i = 0; i < NodeKindCount; ++i) {
            if (!isQuestionKind(NodeKind(i)))
                continue;
            QStringList own;
            for (const PropertySpec &p : Schema::instance().kind(NodeKind(i)).properties)
                own << p.key;
            if (first)
                shared = own;
            else
                shared.removeIf([&own](const QString &key) { return !own.contains(key); });
            first = false;
        }
        return shared;
    }();
    return keys;
}

QStringList nonEmptyLines(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    lines.removeIf([](const QString &line) { return line.trimmed().isEmpty(); });
    return lines;
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

QPlainTextEdit *plainTextEdit(int lines)
{
    auto *edit = new QPlainTextEdit;
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

QString partsLabel(NodeKind question)
{
    switch (question) {
    case NodeKind::Matching:
        return QuestionEditor::tr("Pairs");
    case NodeKind::Sequencing:
        return QuestionEditor::tr("Steps in the correct order");
    default:
        return QuestionEditor::tr("Choices");
    }
}

} // namespace

QuestionEditor::QuestionEditor(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(tr("Select a question to edit it.")))
    , m_kind(new QLabel(this))
    , m_error(new QLabel(this))
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
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(scroll);
    layout->addWidget(m_kind);
    layout->addWidget(m_error);
    layout->addWidget(m_stack, 1);
    rebuild();
}

QuestionEditor::~QuestionEditor()
{
    // Destroying a focused field reports editingFinished or a focus-out: neither may write into
    // the document from a half-destroyed editor.
    m_updating = true;
    clearForm();
}

void QuestionEditor::setDocument(CourseDocument *document)
{
    if (m_document == document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &CourseDocument::changed, this, &QuestionEditor::onChanged);
    m_question = QUuid();
    rebuild();
}

void QuestionEditor::setQuestion(const QUuid &id)
{
    const Node *n = m_document && !id.isNull() ? m_document->node(id) : nullptr;
    const QUuid next = n && isQuestionKind(n->kind()) ? id : QUuid();
    if (next == m_question && (next.isNull() || !m_fields.empty()))
        return;
    // Typing in the next question must start a new undo step.
    if (m_document)
        m_document->commitEdits();
    m_question = next;
    rebuild();
}

const Node *QuestionEditor::currentQuestion() const
{
    return m_document && !m_question.isNull() ? m_document->node(m_question) : nullptr;
}

QWidget *QuestionEditor::editorFor(const QString &key) const
{
    for (const Field &f : m_fields) {
        if (f.spec->key == key)
            return f.editor;
    }
    return nullptr;
}

bool QuestionEditor::focusFirstField()
{
    if (m_fields.empty())
        return false;
    QWidget *first = m_fields.front().editor;
    first->setFocus(Qt::OtherFocusReason);
    if (auto *edit = qobject_cast<QPlainTextEdit *>(first))
        edit->selectAll();
    else if (auto *rich = qobject_cast<RichTextEdit *>(first))
        rich->selectAll();
    return true;
}

QString QuestionEditor::errorText() const
{
    return m_error->text();
}

QuestionEditor::Field *QuestionEditor::fieldFor(const QString &key)
{
    for (Field &f : m_fields) {
        if (f.spec->key == key)
            return &f;
    }
    return nullptr;
}

const QuestionEditor::Field *QuestionEditor::fieldFor(const QWidget *editor) const
{
    for (const Field &f : m_fields) {
        if (f.editor == editor)
            return &f;
    }
    return nullptr;
}

void QuestionEditor::clearForm()
{
    const bool was = m_updating;
    m_updating = true;
    if (m_formHost) {
        for (QObject *child : m_formHost->findChildren<QObject *>()) {
            disconnect(child, nullptr, this, nullptr);
            child->removeEventFilter(this);
        }
    }
    m_fields.clear();
    m_parts = nullptr;
    m_form = nullptr;
    delete m_formHost;
    m_formHost = nullptr;
    m_updating = was;
}

void QuestionEditor::rebuild()
{
    clearForm();
    showResult({});
    const Node *q = currentQuestion();
    m_kind->setText(q ? Schema::kindLabel(q->kind()) : QString());
    m_kind->setVisible(q != nullptr);
    if (!q) {
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_formHost = new QWidget;
    // The form keeps its natural height at the top; the space below stays empty instead of
    // stretching the choice rows apart.
    auto *hostLayout = new QVBoxLayout(m_formHost);
    m_form = new QFormLayout;
    // Labels above their fields: the choice rows and the text toolbars get the whole width,
    // which a 1024-pixel-wide window needs.
    m_form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    hostLayout->addLayout(m_form);
    hostLayout->addStretch(1);
    const KindSpec &kind = Schema::instance().kind(q->kind());
    const QStringList &shared = sharedQuestionKeys();
    if (const PropertySpec *prompt = kind.property(kind.displayKey))
        addField(*prompt);
    if (!kind.childKinds.isEmpty()) {
        const auto marker = q->kind() == NodeKind::SingleChoice ? PartRowsEdit::Marker::Exclusive
                                                                : PartRowsEdit::Marker::Independent;
        m_parts = new PartRowsEdit(m_document, m_question, kind.childKinds.first(), marker);
        m_parts->setAccessibleName(partsLabel(q->kind()));
        connect(m_parts, &PartRowsEdit::editResult, this, &QuestionEditor::showResult);
        m_form->addRow(partsLabel(q->kind()), m_parts);
        if (!m_fields.empty())
            m_parts->setTabPredecessor(m_fields.front().editor);
    }
    for (const PropertySpec &p : kind.properties) {
        if (!shared.contains(p.key) && p.key != kind.displayKey)
            addField(p);
    }
    for (const PropertySpec &p : kind.properties) {
        if (shared.contains(p.key) && p.key != kind.displayKey)
            addField(p);
    }
    for (Field &f : m_fields)
        refresh(f);
    static_cast<QScrollArea *>(m_stack->widget(1))->setWidget(m_formHost);
    m_stack->setCurrentIndex(1);
}

QuestionEditor::Field QuestionEditor::richTextField(const PropertySpec &spec)
{
    // Formatted text with its toolbar, never HTML source (the same editor as the property form).
    Field field;
    auto *edit = new RichTextEdit;
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    const QString key = spec.key;
    connect(edit, &RichTextEdit::edited, this, [this, key] { apply(key, false); });
    connect(edit, &RichTextEdit::editingFinished, this, [this, key] { apply(key, true); });
    field.editor = edit;
    field.row = RichTextToolBar::withToolBar(edit);
    field.value = [edit] { return QJsonValue(edit->richText()); };
    field.show = [edit](const QJsonValue &v) { edit->setRichText(v.toString()); };
    return field;
}

void QuestionEditor::addField(const PropertySpec &spec)
{
    const QString key = spec.key;
    const QString label = Schema::propertyLabel(spec);
    const NodeKind kind = currentQuestion()->kind();
    Field field;
    bool labelInside = false;

    switch (spec.type) {
    case PropertyType::RichText:
        field = richTextField(spec);
        break;
    case PropertyType::Int: {
        auto *spin = new QSpinBox;
        spin->setRange(int(spec.minimum), int(spec.maximum));
        spin->setMaximumWidth(160);
        connect(spin, &QSpinBox::valueChanged, this, [this, key] { apply(key, false); });
        connect(spin, &QSpinBox::editingFinished, this, [this, key] { apply(key, true); });
        field.editor = spin;
        field.value = [spin] { return QJsonValue(spin->value()); };
        field.show = [spin](const QJsonValue &v) { spin->setValue(v.toInt()); };
        break;
    }
    case PropertyType::Real: {
        auto *spin = new QDoubleSpinBox;
        spin->setDecimals(6);
        spin->setRange(spec.hasRange ? spec.minimum : -1e9, spec.hasRange ? spec.maximum : 1e9);
        spin->setMaximumWidth(200);
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, key] { apply(key, false); });
        connect(spin, &QDoubleSpinBox::editingFinished, this, [this, key] { apply(key, true); });
        field.editor = spin;
        field.value = [spin] { return QJsonValue(spin->value()); };
        field.show = [spin](const QJsonValue &v) { spin->setValue(v.toDouble()); };
        break;
    }
    case PropertyType::String: {
        auto *line = new QLineEdit;
        if (spec.maxLength > 0)
            line->setMaxLength(spec.maxLength);
        connect(line, &QLineEdit::textEdited, this, [this, key] { apply(key, false); });
        connect(line, &QLineEdit::editingFinished, this, [this, key] { apply(key, true); });
        field.editor = line;
        field.value = [line] { return QJsonValue(line->text()); };
        field.show = [line](const QJsonValue &v) {
            if (line->text() != v.toString()) {
                line->setText(v.toString());
                line->setCursorPosition(0);
            }
        };
        break;
    }
    case PropertyType::Bool:
        if (kind == NodeKind::TrueFalse) {
            // The answer of a true-or-false question reads as the two answers, not as a check box.
            auto *box = new QWidget;
            auto *row = new QHBoxLayout(box);
            row->setContentsMargins(0, 0, 0, 0);
            auto *yes = new QRadioButton(tr("True"), box);
            auto *no = new QRadioButton(tr("False"), box);
            auto *group = new QButtonGroup(box);
            group->addButton(yes);
            group->addButton(no);
            row->addWidget(yes);
            row->addWidget(no);
            row->addStretch();
            yes->setAccessibleName(tr("%1: true").arg(label));
            no->setAccessibleName(tr("%1: false").arg(label));
            for (QRadioButton *b : {yes, no})
                connect(b, &QRadioButton::clicked, this, [this, key] { apply(key, true); });
            field.editor = box;
            field.value = [yes] { return QJsonValue(yes->isChecked()); };
            field.show = [yes, no](const QJsonValue &v) {
                const QSignalBlocker a(yes), b(no);
                (v.toBool() ? yes : no)->setChecked(true);
            };
        } else {
            auto *check = new QCheckBox(label);
            connect(check, &QCheckBox::toggled, this, [this, key] { apply(key, true); });
            field.editor = check;
            field.value = [check] { return QJsonValue(check->isChecked()); };
            field.show = [check](const QJsonValue &v) { check->setChecked(v.toBool()); };
            labelInside = true;
        }
        break;
    case PropertyType::StringList: {
        auto *edit = plainTextEdit(5);
        edit->setPlaceholderText(tr("One entry per line"));
        edit->installEventFilter(this);
        connect(edit, &QPlainTextEdit::textChanged, this, [this, key] { apply(key, false); });
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
    default:
        return; // no question has other types; the property form still shows them
    }
    field.spec = &spec;
    field.editor->setAccessibleName(label);
    field.editor->setObjectName(QStringLiteral("question_") + key);
    if (labelInside)
        m_form->addRow(field.editor);
    else
        m_form->addRow(label, field.row ? field.row : field.editor);
    m_fields.push_back(std::move(field));
}

bool QuestionEditor::eventFilter(QObject *watched, QEvent *event)
{
    // A plain text edit has no editingFinished: leaving it closes the merged undo step.
    if (event->type() == QEvent::FocusOut && !m_updating) {
        if (const Field *f = fieldFor(qobject_cast<QWidget *>(watched)))
            apply(f->spec->key, true);
    }
    return QWidget::eventFilter(watched, event);
}

void QuestionEditor::apply(const QString &key, bool commit)
{
    if (m_updating || !currentQuestion())
        return;
    const Field *f = fieldFor(key);
    if (!f)
        return;
    QString error;
    // The stored value can differ from what is typed (rich text drops a trailing space until the
    // next word): putting it back into the field being typed in would eat the keystroke.
    m_applyingKey = key;
    const bool ok = m_document->setProperty(m_question, key, f->value(), commit, &error);
    m_applyingKey.clear();
    showResult(ok ? QString() : error);
}

void QuestionEditor::showResult(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

void QuestionEditor::refresh(Field &field)
{
    const Node *q = currentQuestion();
    if (!q)
        return;
    const bool was = m_updating;
    m_updating = true;
    {
        const QSignalBlocker blocker(field.editor);
        field.show(q->property(field.spec->key));
    }
    m_updating = was;
}

void QuestionEditor::onChanged(const ChangeEvent &event)
{
    if (m_question.isNull())
        return;
    if (event.type == ChangeEvent::NodeRemoved && !currentQuestion()) {
        // The question itself (or its quiz) went away: nothing left to edit.
        m_question = QUuid();
        rebuild();
        return;
    }
    if (m_parts)
        m_parts->handleChange(event);
    if (event.type == ChangeEvent::PropertiesChanged && event.node == m_question) {
        for (const QString &key : event.keys) {
            Field *f = fieldFor(key);
            if (f && key != m_applyingKey)
                refresh(*f);
        }
    }
}

} // namespace cw
