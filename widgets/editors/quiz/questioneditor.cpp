#include "questioneditor.h"

#include "editors/editorframe.h"
#include "editors/kindpalette.h"
#include "inspector/nodeform.h"
#include "model/node.h"
#include "model/schema.h"
#include "partrowsedit.h"

#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

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

QList<NodeKind> questionKinds()
{
    QList<NodeKind> kinds = Schema::instance().kind(NodeKind::Quiz).childKinds;
    kinds.removeIf([](NodeKind kind) { return !isQuestionKind(kind); });
    return kinds;
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
    , m_palette(new KindPalette(questionKinds(), tr("Add a %1 after this question"), this))
    , m_frame(new EditorFrame(tr("Select a question to edit it."), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_palette->setObjectName(QStringLiteral("QuestionPalette"));
    m_palette->setAccessibleName(tr("Add a question"));
    connect(m_palette, &KindPalette::addRequested, this, &QuestionEditor::addRequested);
    layout->addWidget(m_palette);
    layout->addWidget(m_frame, 1);
    rebuild();
}

QuestionEditor::~QuestionEditor()
{
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
    if (next == m_question && (next.isNull() || m_promptForm))
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
    for (NodeForm *form : {m_promptForm, m_answerForm}) {
        if (QWidget *editor = form ? form->editorFor(key) : nullptr)
            return editor;
    }
    return nullptr;
}

bool QuestionEditor::focusFirstField()
{
    return m_promptForm && m_promptForm->focusFirstField();
}

bool QuestionEditor::focusPart(const QUuid &part)
{
    return (m_parts && m_parts->focusRow(part)) || focusFirstField();
}

QString QuestionEditor::errorText() const
{
    return m_frame->errorText();
}

void QuestionEditor::clearForm()
{
    m_promptForm = nullptr;
    m_answerForm = nullptr;
    m_quizForm = nullptr;
    m_quizToggle = nullptr;
    m_parts = nullptr;
    delete m_formHost;
    m_formHost = nullptr;
}

void QuestionEditor::rebuild()
{
    clearForm();
    showResult({});
    const Node *q = currentQuestion();
    m_palette->setEnabled(q != nullptr);
    if (q)
        m_frame->setKind(Schema::kindLabel(q->kind()));
    if (!q) {
        m_frame->showEmpty();
        return;
    }
    // Labels above their fields: the choice rows and the text toolbars get the whole width, which
    // a 1024-pixel-wide window needs. The form keeps its natural height at the top; the space
    // below stays empty instead of stretching the choice rows apart.
    m_formHost = new QWidget;
    auto *column = new QVBoxLayout(m_formHost);
    const KindSpec &kind = Schema::instance().kind(q->kind());
    const QStringList &shared = sharedQuestionKeys();
    m_promptForm = new NodeForm(m_document, m_question, {kind.displayKey}, NodeForm::Labels::Above,
                                m_thumbnails, m_formHost);
    connect(m_promptForm, &NodeForm::editResult, this, &QuestionEditor::showResult);
    column->addWidget(m_promptForm);
    if (!kind.childKinds.isEmpty()) {
        const auto marker = q->kind() == NodeKind::SingleChoice ? PartRowsEdit::Marker::Exclusive
                                                                : PartRowsEdit::Marker::Independent;
        m_parts = new PartRowsEdit(m_document, m_question, kind.childKinds.first(), marker);
        m_parts->setAccessibleName(partsLabel(q->kind()));
        connect(m_parts, &PartRowsEdit::editResult, this, &QuestionEditor::showResult);
        auto *label = new QLabel(partsLabel(q->kind()), m_formHost);
        label->setBuddy(m_parts);
        column->addWidget(label);
        column->addWidget(m_parts);
        m_parts->setTabPredecessor(m_promptForm->firstEditor());
    }
    // What makes the kind different first, then what every question has.
    QStringList keys;
    for (const PropertySpec &p : kind.properties) {
        if (!shared.contains(p.key) && p.key != kind.displayKey)
            keys << p.key;
    }
    for (const PropertySpec &p : kind.properties) {
        if (shared.contains(p.key) && p.key != kind.displayKey)
            keys << p.key;
    }
    m_answerForm =
        new NodeForm(m_document, m_question, keys, NodeForm::Labels::Above, m_thumbnails, m_formHost);
    connect(m_answerForm, &NodeForm::editResult, this, &QuestionEditor::showResult);
    column->addWidget(m_answerForm);
    addQuizSettings(column, *q->parent());
    column->addStretch(1);
    m_frame->showForm(m_formHost);
}

void QuestionEditor::addQuizSettings(QVBoxLayout *column, const Node &quiz)
{
    // What the quiz's own form holds but its title and introduction: set once for all its
    // questions, yet what a designer checks while writing them (how many points pass, how often
    // the learner may try). Folded away until asked for, so the question stays in front.
    QStringList keys = NodeForm::editableKeys(NodeKind::Quiz);
    keys.removeAll(QStringLiteral("title"));
    keys.removeAll(QStringLiteral("intro"));
    m_quizToggle = new QToolButton(m_formHost);
    m_quizToggle->setObjectName(QStringLiteral("quizSettingsToggle"));
    m_quizToggle->setText(tr("Quiz settings: %1").arg(quiz.string(QStringLiteral("title"))));
    m_quizToggle->setAccessibleName(tr("Quiz settings"));
    m_quizToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_quizToggle->setAutoRaise(true);
    m_quizToggle->setCheckable(true);
    m_quizToggle->setChecked(m_quizSettingsOpen);
    m_quizToggle->setArrowType(m_quizSettingsOpen ? Qt::DownArrow : Qt::RightArrow);
    column->addSpacing(8);
    column->addWidget(m_quizToggle, 0, Qt::AlignLeft);
    m_quizForm =
        new NodeForm(m_document, quiz.id(), keys, NodeForm::Labels::Beside, m_thumbnails, m_formHost);
    m_quizForm->setVisible(m_quizSettingsOpen);
    connect(m_quizForm, &NodeForm::editResult, this, &QuestionEditor::showResult);
    column->addWidget(m_quizForm);
    connect(m_quizToggle, &QToolButton::toggled, this, [this](bool open) {
        m_quizSettingsOpen = open;
        m_quizToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_quizForm->setVisible(open);
        if (open)
            m_quizForm->focusFirstField();
    });
}

void QuestionEditor::showResult(const QString &error)
{
    m_frame->showResult(error);
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
    const Node *q = currentQuestion();
    if (m_quizToggle && event.type == ChangeEvent::PropertiesChanged && q && event.node == q->parent()->id())
        m_quizToggle->setText(tr("Quiz settings: %1").arg(q->parent()->string(QStringLiteral("title"))));
}

} // namespace cw
