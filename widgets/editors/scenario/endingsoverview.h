#pragma once
// The endings of a scenario at a glance: for every step that is an ending, its title (a button
// that opens the step), its outcome (pass, fail, neutral; editable here) and the start of its
// feedback.

#include "model/coursedocument.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace cw {

class EndingsOverview : public QWidget
{
    Q_OBJECT

public:
    EndingsOverview(CourseDocument *document, const QUuid &scenario, QWidget *parent = nullptr);

    int rowCount() const { return int(m_rows.size()); }
    QUuid rowNode(int row) const;
    QPushButton *openButton(int row) const;
    QComboBox *outcomeCombo(int row) const;
    QLabel *feedbackLabel(int row) const;

    void handleChange(const cw::ChangeEvent &event);
    void appendTabOrder(QList<QWidget *> &chain) const;

Q_SIGNALS:
    void nodeActivated(const QUuid &id);
    void editResult(const QString &error);
    void rowsChanged();

private:
    struct Row
    {
        QUuid id;
        QWidget *widget = nullptr;
        QPushButton *open = nullptr;
        QComboBox *outcome = nullptr;
        QLabel *feedback = nullptr;
    };

    const Node *scenario() const;
    void rebuild();

    QPointer<CourseDocument> m_document;
    QUuid m_scenario;
    std::vector<Row> m_rows;
    QVBoxLayout *m_rowsLayout;
    QLabel *m_empty;
};

} // namespace cw
