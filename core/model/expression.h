#pragma once
// The tiny language of scenario conditions and effects, shared by validation and the player.
//
//   condition:  trust >= 2 and not warned      (and/or/not, == != < <= > >=, parentheses,
//                                                numbers, true/false, variable names)
//   effects:    trust += 1; warned = true       (=, +=, -= ; separated by semicolons)

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cw {

class Expression
{
    Q_DECLARE_TR_FUNCTIONS(cw::Expression)

public:
    struct Parsed
    {
        bool ok = true;
        QString error;         // translated, with the 1-based column
        QStringList variables; // every variable named, in order of first use
    };

    static Parsed parseCondition(const QString &text);
    static Parsed parseEffects(const QString &text);
    static bool isValidVariableName(const QString &name);
    // The text with every use of the variable `from` named `to` instead, everything else (spacing,
    // other names, keywords) as written. Text that does not tokenize is returned unchanged.
    static QString renameVariable(const QString &text, const QString &from, const QString &to);
};

} // namespace cw
