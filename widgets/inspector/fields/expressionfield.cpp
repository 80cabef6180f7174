#include "expressionfield.h"

#include "model/expression.h"
#include "model/schema.h"

#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace cw {

ExpressionField::ExpressionField(const PropertySpec &spec)
    : PropertyField(spec)
    , m_line(new QLineEdit)
    , m_message(new QLabel)
{
    auto *box = new QWidget;
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(m_line);
    column->addWidget(m_message);
    m_line->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_line->setPlaceholderText(spec.type == PropertyType::Condition ? tr("e.g. trust >= 2 and not warned")
                                                                    : tr("e.g. trust += 1; warned = true"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_message->hide();
    connect(m_line, &QLineEdit::textChanged, this, &ExpressionField::check);
    connect(m_line, &QLineEdit::textEdited, this, [this] { Q_EMIT edited(false); });
    connect(m_line, &QLineEdit::editingFinished, this, [this] { Q_EMIT edited(true); });
    setEditor(m_line, box);
}

QJsonValue ExpressionField::value() const
{
    return m_line->text();
}

void ExpressionField::show(const QJsonValue &value, const FieldContext &)
{
    if (m_line->text() != value.toString()) {
        const QSignalBlocker blocker(m_line);
        m_line->setText(value.toString());
        m_line->setCursorPosition(0);
    }
    check();
}

void ExpressionField::selectAll()
{
    m_line->selectAll();
}

QString ExpressionField::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ExpressionField::check()
{
    const QString text = m_line->text();
    const Expression::Parsed parsed = spec().type == PropertyType::Condition
                                          ? Expression::parseCondition(text)
                                          : Expression::parseEffects(text);
    m_message->setText(parsed.ok ? QString() : parsed.error);
    m_message->setVisible(!parsed.ok);
}

} // namespace cw
