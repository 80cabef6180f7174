#include "expressionclauses.h"

#include "model/expression.h"

#include <QRegularExpression>

namespace cw {

namespace {

const QLatin1String kTrue("true");
const QLatin1String kFalse("false");

bool isBooleanLiteral(const QString &value)
{
    return value == kTrue || value == kFalse;
}

const ScenarioVariable *find(const QList<ScenarioVariable> &variables, const QString &name)
{
    for (const ScenarioVariable &v : variables) {
        if (v.name == name)
            return &v;
    }
    return nullptr;
}

// A literal as the tokenizer reads it: a number (perhaps negative) or true/false, canonical.
QString literal(const QString &text)
{
    const QString lower = text.toLower();
    if (isBooleanLiteral(lower))
        return lower;
    QString digits = text;
    digits.remove(QLatin1Char(' '));
    return ExpressionClauses::formatNumber(digits.toDouble());
}

// The clause a comparison or a bare (possibly negated) variable stands for, if the pickers have it.
std::optional<ExpressionClause> conditionClause(const QString &text, const QList<ScenarioVariable> &variables)
{
    static const QRegularExpression bare(QStringLiteral("^(not\\s+|!\\s*)?([A-Za-z_][A-Za-z0-9_]*)$"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression comparison(
        QStringLiteral(
            "^([A-Za-z_][A-Za-z0-9_]*)\\s*(==|!=|<=|>=|<|>)\\s*(-?\\s*(?:\\d+\\.?\\d*|\\.\\d+)|true|false)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = bare.match(text); m.hasMatch()) {
        const ScenarioVariable *v = find(variables, m.captured(2));
        if (!v || !v->isBoolean)
            return std::nullopt;
        return ExpressionClause{v->name, QStringLiteral("=="), m.captured(1).isEmpty() ? kTrue : kFalse};
    }
    const auto m = comparison.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const ScenarioVariable *v = find(variables, m.captured(1));
    const QString value = literal(m.captured(3));
    const QString op = m.captured(2);
    if (!v || v->isBoolean != isBooleanLiteral(value))
        return std::nullopt;
    if (!v->isBoolean)
        return ExpressionClause{v->name, op, value};
    // "warned != false" is "warned": the pickers offer "is true" and "is false" only.
    if (op != QLatin1String("==") && op != QLatin1String("!="))
        return std::nullopt;
    const bool isTrue = (value == kTrue) == (op == QLatin1String("=="));
    return ExpressionClause{v->name, QStringLiteral("=="), isTrue ? kTrue : kFalse};
}

std::optional<ExpressionClause> effectClause(const QString &text, const QList<ScenarioVariable> &variables)
{
    static const QRegularExpression assignment(
        QStringLiteral(
            "^([A-Za-z_][A-Za-z0-9_]*)\\s*(\\+=|-=|=)\\s*(-?\\s*(?:\\d+\\.?\\d*|\\.\\d+)|true|false)$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = assignment.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const ScenarioVariable *v = find(variables, m.captured(1));
    const QString value = literal(m.captured(3));
    const QString op = m.captured(2);
    if (!v || v->isBoolean != isBooleanLiteral(value) || (v->isBoolean && op != QLatin1String("=")))
        return std::nullopt;
    return ExpressionClause{v->name, op, value};
}

} // namespace

QString ExpressionClauses::formatNumber(double value)
{
    QString text = QString::number(value, 'f', 10);
    while (text.contains(QLatin1Char('.')) &&
           (text.endsWith(QLatin1Char('0')) || text.endsWith(QLatin1Char('.'))))
        text.chop(1);
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

QString ExpressionClauses::conditionText(const QList<ExpressionClause> &clauses)
{
    QStringList parts;
    for (const ExpressionClause &c : clauses) {
        if (isBooleanLiteral(c.value) && (c.op == QLatin1String("==") || c.op == QLatin1String("!="))) {
            const bool isTrue = (c.value == kTrue) == (c.op == QLatin1String("=="));
            parts << (isTrue ? c.variable : QStringLiteral("not ") + c.variable);
        } else {
            parts << QStringLiteral("%1 %2 %3").arg(c.variable, c.op, c.value);
        }
    }
    return parts.join(QStringLiteral(" and "));
}

QString ExpressionClauses::effectsText(const QList<ExpressionClause> &clauses)
{
    QStringList parts;
    for (const ExpressionClause &c : clauses)
        parts << QStringLiteral("%1 %2 %3").arg(c.variable, c.op, c.value);
    return parts.join(QStringLiteral("; "));
}

std::optional<QList<ExpressionClause>>
ExpressionClauses::readCondition(const QString &text, const QList<ScenarioVariable> &variables)
{
    if (!Expression::parseCondition(text).ok)
        return std::nullopt;
    QList<ExpressionClause> clauses;
    if (text.trimmed().isEmpty())
        return clauses;
    // Any split that cuts through something else ("band", parentheses) leaves a part no clause
    // form matches, so the whole text stays typed.
    static const QRegularExpression conjunction(QStringLiteral("\\s*(?:\\band\\b|&&)\\s*"),
                                                QRegularExpression::CaseInsensitiveOption);
    for (const QString &part : text.trimmed().split(conjunction)) {
        const std::optional<ExpressionClause> clause = conditionClause(part.trimmed(), variables);
        if (!clause)
            return std::nullopt;
        clauses << *clause;
    }
    return clauses;
}

std::optional<QList<ExpressionClause>>
ExpressionClauses::readEffects(const QString &text, const QList<ScenarioVariable> &variables)
{
    if (!Expression::parseEffects(text).ok)
        return std::nullopt;
    QList<ExpressionClause> clauses;
    for (const QString &part : text.split(QLatin1Char(';'))) {
        if (part.trimmed().isEmpty())
            continue;
        const std::optional<ExpressionClause> clause = effectClause(part.trimmed(), variables);
        if (!clause)
            return std::nullopt;
        clauses << *clause;
    }
    return clauses;
}

} // namespace cw
