#include "expression.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>

namespace cw {

namespace {

struct Token
{
    enum Kind
    {
        Identifier,
        Number,
        Operator,
        LParen,
        RParen,
        Semicolon,
        End
    } kind = End;
    QString text;
    int column = 0; // 1-based
};

bool tokenize(const QString &input, QList<Token> &tokens, QString &error)
{
    static const QStringList twoCharOps = {QStringLiteral("=="), QStringLiteral("!="), QStringLiteral("<="),
                                           QStringLiteral(">="), QStringLiteral("+="), QStringLiteral("-="),
                                           QStringLiteral("&&"), QStringLiteral("||")};
    qsizetype i = 0;
    while (i < input.size()) {
        const QChar c = input[i];
        const int column = int(i) + 1;
        if (c.isSpace()) {
            ++i;
        } else if (c.isLetter() || c == QLatin1Char('_')) {
            qsizetype j = i;
            while (j < input.size() && (input[j].isLetterOrNumber() || input[j] == QLatin1Char('_')))
                ++j;
            tokens.append({Token::Identifier, input.mid(i, j - i), column});
            i = j;
        } else if (c.isDigit() || (c == QLatin1Char('.') && i + 1 < input.size() && input[i + 1].isDigit())) {
            qsizetype j = i;
            while (j < input.size() && (input[j].isDigit() || input[j] == QLatin1Char('.')))
                ++j;
            const QString number = input.mid(i, j - i);
            bool ok = false;
            number.toDouble(&ok);
            if (!ok) {
                error = Expression::tr("column %1: '%2' is not a number").arg(column).arg(number);
                return false;
            }
            tokens.append({Token::Number, number, column});
            i = j;
        } else if (c == QLatin1Char('(')) {
            tokens.append({Token::LParen, QStringLiteral("("), column});
            ++i;
        } else if (c == QLatin1Char(')')) {
            tokens.append({Token::RParen, QStringLiteral(")"), column});
            ++i;
        } else if (c == QLatin1Char(';')) {
            tokens.append({Token::Semicolon, QStringLiteral(";"), column});
            ++i;
        } else if (twoCharOps.contains(input.mid(i, 2))) {
            tokens.append({Token::Operator, input.mid(i, 2), column});
            i += 2;
        } else if (QStringLiteral("<>=!-").contains(c)) {
            tokens.append({Token::Operator, QString(c), column});
            ++i;
        } else {
            error = Expression::tr("column %1: unexpected '%2'").arg(column).arg(c);
            return false;
        }
    }
    tokens.append({Token::End, QString(), int(input.size()) + 1});
    return true;
}

// Recursive-descent parser; only checks the form and collects variable names.
class Parser
{
public:
    explicit Parser(QList<Token> tokens)
        : m_tokens(std::move(tokens))
    {}

    Expression::Parsed result;

    void condition()
    {
        orExpr();
        expectEnd();
    }

    void effects()
    {
        do {
            if (peek().kind == Token::End)
                break;
            statement();
        } while (ok() && accept(Token::Semicolon));
        expectEnd();
    }

private:
    QList<Token> m_tokens;
    qsizetype m_pos = 0;

    bool ok() const { return result.ok; }
    const Token &peek() const { return m_tokens[m_pos]; }
    Token next() { return m_tokens[m_pos < m_tokens.size() - 1 ? m_pos++ : m_pos]; }
    bool accept(Token::Kind kind)
    {
        if (peek().kind != kind)
            return false;
        ++m_pos;
        return true;
    }
    bool isWord(const char *word) const
    {
        return peek().kind == Token::Identifier &&
               peek().text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
    }
    bool isOp(const char *op) const
    {
        return peek().kind == Token::Operator && peek().text == QLatin1String(op);
    }

    void fail(const QString &message)
    {
        if (!result.ok)
            return;
        result.ok = false;
        result.error = message;
    }
    void failAt(const Token &t, const char *what)
    {
        const QString found =
            t.kind == Token::End ? Expression::tr("the end") : QStringLiteral("'%1'").arg(t.text);
        fail(Expression::tr("column %1: expected %2, found %3")
                 .arg(t.column)
                 .arg(Expression::tr(what), found));
    }
    void expectEnd()
    {
        if (ok() && peek().kind != Token::End)
            failAt(peek(), QT_TRANSLATE_NOOP("cw::Expression", "the end of the expression"));
    }
    void variable(const Token &t)
    {
        if (!result.variables.contains(t.text))
            result.variables << t.text;
    }

    void orExpr()
    {
        andExpr();
        while (ok() && (isWord("or") || isOp("||"))) {
            next();
            andExpr();
        }
    }
    void andExpr()
    {
        notExpr();
        while (ok() && (isWord("and") || isOp("&&"))) {
            next();
            notExpr();
        }
    }
    void notExpr()
    {
        if (isWord("not") || isOp("!")) {
            next();
            notExpr();
            return;
        }
        primary();
    }
    void primary()
    {
        if (accept(Token::LParen)) {
            orExpr();
            if (ok() && !accept(Token::RParen))
                failAt(peek(), QT_TRANSLATE_NOOP("cw::Expression", "')'"));
            return;
        }
        operand();
        static const QStringList comparisons = {QStringLiteral("=="), QStringLiteral("!="),
                                                QStringLiteral("<"),  QStringLiteral("<="),
                                                QStringLiteral(">"),  QStringLiteral(">=")};
        if (ok() && peek().kind == Token::Operator && comparisons.contains(peek().text)) {
            next();
            operand();
        }
    }
    void operand()
    {
        if (!ok())
            return;
        if (isOp("-")) { // negative number
            next();
            if (peek().kind != Token::Number)
                failAt(peek(), QT_TRANSLATE_NOOP("cw::Expression", "a number"));
            next();
            return;
        }
        const Token t = peek();
        if (t.kind == Token::Number) {
            next();
        } else if (t.kind == Token::Identifier && !isWord("and") && !isWord("or") && !isWord("not")) {
            next();
            if (t.text.compare(QLatin1String("true"), Qt::CaseInsensitive) != 0 &&
                t.text.compare(QLatin1String("false"), Qt::CaseInsensitive) != 0)
                variable(t);
        } else {
            failAt(t, QT_TRANSLATE_NOOP("cw::Expression", "a variable, a number, true or false"));
        }
    }
    void statement()
    {
        const Token target = peek();
        if (target.kind != Token::Identifier || !Expression::isValidVariableName(target.text)) {
            failAt(target, QT_TRANSLATE_NOOP("cw::Expression", "a variable name"));
            return;
        }
        next();
        variable(target);
        if (!(isOp("=") || isOp("+=") || isOp("-="))) {
            failAt(peek(), QT_TRANSLATE_NOOP("cw::Expression", "'=', '+=' or '-='"));
            return;
        }
        next();
        operand();
    }
};

} // namespace

QString Expression::renameVariable(const QString &text, const QString &from, const QString &to)
{
    QList<Token> tokens;
    QString error;
    if (from.isEmpty() || !tokenize(text, tokens, error))
        return text;
    QString renamed = text;
    // From the end, so the columns of the tokens still to replace stay where they were.
    for (qsizetype i = tokens.size() - 1; i >= 0; --i) {
        const Token &t = tokens.at(i);
        if (t.kind == Token::Identifier && t.text == from)
            renamed.replace(t.column - 1, t.text.size(), to);
    }
    return renamed;
}

bool Expression::isValidVariableName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    static const QStringList reserved = {QStringLiteral("and"), QStringLiteral("or"), QStringLiteral("not"),
                                         QStringLiteral("true"), QStringLiteral("false")};
    return re.match(name).hasMatch() && !reserved.contains(name.toLower());
}

Expression::Parsed Expression::parseCondition(const QString &text)
{
    QList<Token> tokens;
    Parsed error;
    if (!tokenize(text, tokens, error.error)) {
        error.ok = false;
        return error;
    }
    if (tokens.size() == 1) // empty: always true
        return {};
    Parser parser(tokens);
    parser.condition();
    return parser.result;
}

Expression::Parsed Expression::parseEffects(const QString &text)
{
    QList<Token> tokens;
    Parsed error;
    if (!tokenize(text, tokens, error.error)) {
        error.ok = false;
        return error;
    }
    Parser parser(tokens);
    parser.effects();
    return parser.result;
}

} // namespace cw
