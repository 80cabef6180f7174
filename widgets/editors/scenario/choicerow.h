#pragma once
// One choice of a scenario step, as a card: its text, the step it leads to (or a new one), its
// score and feedback, and its condition and effects built from the scenario's variables. Edits are
// CourseDocument commands; document changes refresh the card without writing back.

#include "expressionclauses.h"
#include "model/coursedocument.h"

#include <QFrame>
#include <QPointer>
#include <QUuid>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace cw {

class ExpressionEdit;

class ChoiceRow : public QFrame
{
    Q_OBJECT

public:
    ChoiceRow(CourseDocument *document, const QUuid &choice, QWidget *parent = nullptr);
    ~ChoiceRow() override;

    QUuid choice() const { return m_choice; }
    // Its place among the step's choices: names for screen readers, enabled move buttons.
    void setNumber(int number, int count);
    void setVariables(const QList<ScenarioVariable> &variables);
    void handleChange(const cw::ChangeEvent &event);
    void appendTabOrder(QList<QWidget *> &chain) const;

    QLineEdit *textEdit() const { return m_text; }
    QComboBox *targetCombo() const { return m_target; }
    QSpinBox *scoreEdit() const { return m_score; }
    QLineEdit *feedbackEdit() const { return m_feedback; }
    ExpressionEdit *conditionEdit() const { return m_condition; }
    ExpressionEdit *effectsEdit() const { return m_effects; }
    QToolButton *moveUpButton() const { return m_up; }
    QToolButton *moveDownButton() const { return m_down; }
    QToolButton *removeButton() const { return m_remove; }

    // The data of the target picker's entry that creates a step and leads there.
    static QString newStepData();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void moveRequested(const QUuid &choice, int delta);
    void removeRequested(const QUuid &choice);
    void editResult(const QString &error);
    void rowsChanged();

private:
    const Node *node() const;
    void apply(const QString &key, const QJsonValue &value, bool commit);
    void pickTarget();
    void leadToNewStep();
    void refresh(const QStringList &keys);
    void fillTargets();

    QPointer<CourseDocument> m_document;
    QUuid m_choice;
    bool m_updating = false;
    QString m_applyingKey;
    bool m_steppingWithKeys = false; // the target picker is being stepped through with arrow keys

    QLabel *m_heading;
    QLineEdit *m_text;
    QComboBox *m_target;
    QSpinBox *m_score;
    QLineEdit *m_feedback;
    ExpressionEdit *m_condition;
    ExpressionEdit *m_effects;
    QToolButton *m_up;
    QToolButton *m_down;
    QToolButton *m_remove;
};

} // namespace cw
