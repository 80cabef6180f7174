#pragma once
// A choice's condition or effects: picker rows (variable, operator, value) built from the
// scenario's variables, and below them the same expression as text, which takes anything the
// language allows and is checked while typing, its error shown under it. Both sides show one
// value: picking writes the text, typing re-reads the rows when the pickers can show it.

#include "expressionclauses.h"

#include <QList>
#include <QWidget>

#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace cw {

class ExpressionEdit : public QWidget
{
    Q_OBJECT

public:
    enum class Mode
    {
        Condition,
        Effects,
    };

    explicit ExpressionEdit(Mode mode, QWidget *parent = nullptr);

    void setVariables(const QList<ScenarioVariable> &variables);
    // Shows stored text (no edited() signal); rows follow when the pickers can express it.
    void setText(const QString &text);
    QString text() const;
    // Names the controls for screen readers: "<context> condition 1 variable", ...
    void setAccessibleContext(const QString &context);

    // True when the rows show the text; false when it is typed beyond what they offer.
    bool pickersShowText() const;
    int clauseCount() const { return int(m_rows.size()); }
    QComboBox *variableCombo(int clause) const;
    QComboBox *operatorCombo(int clause) const;
    QDoubleSpinBox *valueEdit(int clause) const;
    QToolButton *removeButton(int clause) const;
    QPushButton *addButton() const { return m_add; }
    QLineEdit *typedEdit() const { return m_typed; }
    QString errorText() const;

    // The focusable controls in layout order (the owner chains the tab order through them).
    void appendTabOrder(QList<QWidget *> &chain) const;

Q_SIGNALS:
    // The new text, to be stored; `commit` closes the undo step (a pick, leaving the text field).
    void edited(const QString &text, bool commit);
    // Rows were added or removed: the tab order needs renewing.
    void rowsChanged();

private:
    struct Row
    {
        QWidget *widget = nullptr;
        QComboBox *variable = nullptr;
        QComboBox *op = nullptr;
        QDoubleSpinBox *value = nullptr;
        QToolButton *remove = nullptr;
    };

    Row createRow();
    void fillVariables(Row &row);
    void fillOperators(Row &row, bool isBoolean);
    void showClause(Row &row, const ExpressionClause &clause);
    ExpressionClause clauseOf(const Row &row) const;
    bool isBoolean(const QString &variable) const;
    ExpressionClause defaultClause(const ScenarioVariable &variable) const;
    void setRowCount(int count);
    void readBack();
    void writeFromRows(bool commit);
    void updateError();
    void updateStates();
    void rename();

    Mode m_mode;
    QList<ScenarioVariable> m_variables;
    QString m_context;
    std::vector<Row> m_rows;
    bool m_pickersShowText = true;
    bool m_updating = false;
    QVBoxLayout *m_rowsLayout;
    QPushButton *m_add;
    QLabel *m_note;
    QLineEdit *m_typed;
    QLabel *m_error;
};

} // namespace cw
