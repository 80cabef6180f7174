#pragma once
// The part of the condition and effects language (model/expression.h) that the scenario editor's
// pickers can show: conditions as comparisons joined by "and", effects as assignments joined by
// ";". Reading gives up (nullopt) on anything else, which then stays typed text; whether text is
// valid at all is decided by Expression alone.

#include <QList>
#include <QString>

#include <optional>

namespace cw {

struct ScenarioVariable
{
    QString name;
    bool isBoolean = false;
};

struct ExpressionClause
{
    QString variable;
    QString op;    // conditions: == != < <= > >=; effects: = += -=
    QString value; // a number as written by formatNumber(), or "true" / "false"

    bool operator==(const ExpressionClause &other) const = default;
};

class ExpressionClauses
{
public:
    // Booleans read as "warned" / "not warned"; numbers as "trust >= 2".
    static QString conditionText(const QList<ExpressionClause> &clauses);
    // "trust += 1; warned = true".
    static QString effectsText(const QList<ExpressionClause> &clauses);

    // The clauses of `text`, when every one names a variable of `variables` in a form its type
    // allows; nullopt when the text needs more than the pickers offer (or is invalid).
    static std::optional<QList<ExpressionClause>> readCondition(const QString &text,
                                                                const QList<ScenarioVariable> &variables);
    static std::optional<QList<ExpressionClause>> readEffects(const QString &text,
                                                              const QList<ScenarioVariable> &variables);

    // The shortest text the expression tokenizer reads back as `value` ("2", "-0.5"; never an
    // exponent, which the language has no syntax for).
    static QString formatNumber(double value);
};

} // namespace cw
