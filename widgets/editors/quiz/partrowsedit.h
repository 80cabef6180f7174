#pragma once
// A question's parts (choices, pairs, steps) as rows: the part's fields, move up, move down and
// remove, and an add button below. Edits are CourseDocument commands; document changes (undo,
// other views) update the rows in place, so the field being typed in keeps the focus.

#include "model/coursedocument.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

#include <vector>

class QAbstractButton;
class QLineEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace cw {

struct PropertySpec;

class PartRowsEdit : public QWidget
{
    Q_OBJECT

public:
    // How the part's yes/no property (a choice's "correct") is edited: a check box per row, or
    // radio buttons where marking one row unmarks the others in the same undo step.
    enum class Marker
    {
        Independent,
        Exclusive,
    };

    PartRowsEdit(CourseDocument *document, const QUuid &question, NodeKind partKind, Marker marker,
                 QWidget *parent = nullptr);
    ~PartRowsEdit() override;

    int rowCount() const { return int(m_rows.size()); }
    QUuid rowNode(int row) const;
    // The line edit for a text property of a row, or the row's correct marker for its yes/no one.
    QWidget *editorAt(int row, const QString &key) const;
    QAbstractButton *moveUpButton(int row) const;
    QAbstractButton *moveDownButton(int row) const;
    QAbstractButton *removeButton(int row) const;
    QAbstractButton *addButton() const;
    // Puts the keyboard in the row's first field, its text selected; false without that row.
    bool focusRow(const QUuid &part);
    // Tab order runs from `before` through the rows to the add button.
    void setTabPredecessor(QWidget *before);

    // The question editor passes on every document change.
    void handleChange(const cw::ChangeEvent &event);

Q_SIGNALS:
    // An edit the document refused, with its translated reason (empty after a successful one).
    void editResult(const QString &error);

private:
    struct Row
    {
        QUuid id;
        QWidget *widget = nullptr;
        QAbstractButton *marker = nullptr;
        std::vector<std::pair<const PropertySpec *, QLineEdit *>> texts;
        QToolButton *up = nullptr;
        QToolButton *down = nullptr;
        QToolButton *remove = nullptr;
    };

    const Node *question() const;
    // Puts the keyboard in the text field after `edit`, across rows; nothing after the last.
    void focusTextAfter(QLineEdit *edit);
    const Row *row(int index) const;
    Row *rowFor(const QUuid &id);
    Row createRow(const QUuid &id);
    void retire(Row &row);
    // Rows follow the question's children: kept (with their focus), created, dropped, reordered.
    void sync();
    void refreshRow(Row &row);
    // Numbers in the accessible names, enabled move buttons and the tab order follow the rows.
    void renumber();
    void report(bool ok, const QString &error);

    void applyText(const QUuid &id, const QString &key, const QString &text, bool commit);
    void mark(const QUuid &id, bool checked);
    void addPart();
    void movePart(const QUuid &id, int delta);
    void removePart(const QUuid &id);

    QPointer<CourseDocument> m_document;
    QUuid m_question;
    NodeKind m_partKind;
    Marker m_marker;
    const PropertySpec *m_markerSpec = nullptr; // the part's yes/no property, if it has one
    std::vector<Row> m_rows;
    QVBoxLayout *m_rowsLayout;
    QPushButton *m_add;
    QPointer<QWidget> m_tabPredecessor;
    bool m_updating = false; // widgets are being set from the document: do not write back
};

} // namespace cw
