#pragma once
// A scenario step's choices as cards (ChoiceRow), in order, with an add button below. Cards
// follow the step's children in place (undo, other views), so the field being typed in keeps the
// focus; move and remove are document commands.

#include "expressionclauses.h"
#include "model/coursedocument.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

#include <vector>

class QPushButton;
class QVBoxLayout;

namespace cw {

class ChoiceRow;

class ChoiceRowsEdit : public QWidget
{
    Q_OBJECT

public:
    ChoiceRowsEdit(CourseDocument *document, const QUuid &step, QWidget *parent = nullptr);

    int rowCount() const { return int(m_rows.size()); }
    ChoiceRow *row(int index) const;
    QPushButton *addButton() const { return m_add; }
    // Puts the keyboard in the choice's text, selected; false when the step has no such choice.
    bool focusRow(const QUuid &choice);
    void setVariables(const QList<ScenarioVariable> &variables);
    void handleChange(const cw::ChangeEvent &event);
    void appendTabOrder(QList<QWidget *> &chain) const;

Q_SIGNALS:
    void editResult(const QString &error);
    // Cards or their picker rows came or went: the tab order needs renewing.
    void rowsChanged();

private:
    const Node *step() const;
    void sync();
    void addChoice();
    void moveChoice(const QUuid &id, int delta);
    void removeChoice(const QUuid &id);

    QPointer<CourseDocument> m_document;
    QUuid m_step;
    QList<ScenarioVariable> m_variables;
    std::vector<ChoiceRow *> m_rows;
    QVBoxLayout *m_rowsLayout;
    QPushButton *m_add;
};

} // namespace cw
