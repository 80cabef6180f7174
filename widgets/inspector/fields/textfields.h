#pragma once
// Text properties: one line of plain text, formatted text with its toolbar (never HTML source),
// and a list of short entries edited as rows.

#include "inspector/propertyfield.h"

#include <QStringList>

class QLineEdit;
class QListWidget;
class QToolButton;

namespace cw {

class RichTextEdit;

class LineField : public PropertyField
{
    Q_OBJECT

public:
    explicit LineField(const PropertySpec &spec);
    QJsonValue value() const override;
    void show(const QJsonValue &value, const FieldContext &context) override;
    void selectAll() override;

private:
    QLineEdit *m_line;
};

class RichTextField : public PropertyField
{
    Q_OBJECT

public:
    explicit RichTextField(const PropertySpec &spec);
    QJsonValue value() const override;
    void show(const QJsonValue &value, const FieldContext &context) override;
    void selectAll() override;

private:
    // The box grows with its text (between its hint's starting size and a screenful), so a long
    // passage reads in place instead of in a small scrolling window.
    void fitHeight();

    RichTextEdit *m_edit;
    int m_minimumLines;
};

class ListField : public PropertyField
{
    Q_OBJECT

public:
    explicit ListField(const PropertySpec &spec);
    QJsonValue value() const override;
    void show(const QJsonValue &value, const FieldContext &context) override;

    // What the buttons do, for the keyboard and tests: a new entry ready for typing, and the
    // current entry removed or moved by one place.
    void addEntry();
    void removeEntry();
    void moveEntry(int delta);

private:
    void removeEmptyEntries();
    QStringList entries() const;
    void updateButtons();

    QListWidget *m_list;
    QToolButton *m_add;
    QToolButton *m_remove;
    QToolButton *m_up;
    QToolButton *m_down;
};

} // namespace cw
