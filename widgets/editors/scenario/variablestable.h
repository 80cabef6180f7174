#pragma once
// A scenario's variables in one table: a row per variable (name, number or yes/no, initial
// value), add and remove. A name the scenario rules refuse (not an identifier, or a duplicate)
// is marked at its row with the rules' own message.

#include "model/coursedocument.h"

#include <QHash>
#include <QPointer>
#include <QUuid>
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

class VariablesTable : public QWidget
{
    Q_OBJECT

public:
    VariablesTable(CourseDocument *document, const QUuid &scenario, QWidget *parent = nullptr);
    ~VariablesTable() override;

    int rowCount() const { return int(m_rows.size()); }
    QUuid rowNode(int row) const;
    QLineEdit *nameEdit(int row) const;
    QComboBox *typeCombo(int row) const;
    QDoubleSpinBox *numberEdit(int row) const; // the initial value of a number
    QComboBox *booleanEdit(int row) const;     // the initial value of a yes/no variable
    QToolButton *removeButton(int row) const;
    QString problemAt(int row) const; // empty when the row's name is fine
    QPushButton *addButton() const { return m_add; }
    // Puts the keyboard in the variable's name, selected; false when the table has no such row.
    bool focusRow(const QUuid &variable);
    // Brings the variable's row into view in the scroll area around the table (no focus change).
    void scrollToRow(const QUuid &variable);

    void handleChange(const cw::ChangeEvent &event);
    void appendTabOrder(QList<QWidget *> &chain) const;

Q_SIGNALS:
    void editResult(const QString &error);
    void rowsChanged();

private:
    struct Row
    {
        QUuid id;
        QWidget *widget = nullptr;
        QLineEdit *name = nullptr;
        QComboBox *type = nullptr;
        QDoubleSpinBox *number = nullptr;
        QComboBox *boolean = nullptr;
        QToolButton *remove = nullptr;
        QLabel *problem = nullptr;
    };

    const Node *scenario() const;
    const Row *row(int index) const;
    Row createRow(const QUuid &id);
    void sync();
    void refreshRow(Row &row);
    void renumber();
    void updateProblems();
    void apply(const QUuid &id, const QString &key, const QJsonValue &value, bool commit);
    void addVariable();
    void removeVariable(const QUuid &id);

    QPointer<CourseDocument> m_document;
    QUuid m_scenario;
    std::vector<Row> m_rows;
    bool m_updating = false;
    QVBoxLayout *m_rowsLayout;
    QLabel *m_empty;
    QWidget *m_header;
    QPushButton *m_add;
    QHash<QUuid, QString> m_namesBeforeTyping; // variable -> its name when typing began
};

} // namespace cw
