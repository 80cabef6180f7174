// Scenario conditions and effects: what parses, what is refused, which variables are named.
#include "model/expression.h"

#include <QtTest>

using namespace cw;

namespace {
// "a b c" -> {"a", "b", "c"}, keeping the data tables readable.
QStringList names(const char *spaceSeparated)
{
    return QString::fromLatin1(spaceSeparated).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
} // namespace

class TestExpression : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void conditions_data();
    void conditions();
    void effects_data();
    void effects();
    void variableNames_data();
    void variableNames();
};

void TestExpression::conditions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QStringList>("variables");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << "" << true << names("") << "";
    QTest::newRow("bare variable") << "warned" << true << names("warned") << "";
    QTest::newRow("comparison") << "trust >= 2" << true << names("trust") << "";
    QTest::newRow("and or not") << "trust > 1 and not warned or (score == 3)" << true
                                << names("trust warned score") << "";
    QTest::newRow("symbols") << "!a && b || c != -1.5" << true << names("a b c") << "";
    QTest::newRow("literals are not variables") << "flag == true or TRUE" << true << names("flag") << "";
    QTest::newRow("repeated variable once") << "a > 1 and a < 5" << true << names("a") << "";
    QTest::newRow("dangling operator") << "trust >=" << false << names("") << "column 9";
    QTest::newRow("unbalanced") << "(a and b" << false << names("") << "')'";
    QTest::newRow("unknown character") << "a # b" << false << names("") << "column 3";
    QTest::newRow("two operands") << "a b" << false << names("") << "column 3";
    QTest::newRow("bad number") << "a > 1.2.3" << false << names("") << "not a number";
    QTest::newRow("assignment in condition") << "a = 1" << false << names("") << "column 3";
}

void TestExpression::conditions()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QStringList, variables);
    QFETCH(QString, error);
    const Expression::Parsed parsed = Expression::parseCondition(text);
    QCOMPARE(parsed.ok, ok);
    if (ok)
        QCOMPARE(parsed.variables, variables);
    else
        QVERIFY2(parsed.error.contains(error), qPrintable(parsed.error));
}

void TestExpression::effects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QStringList>("variables");
    QTest::newRow("empty") << "" << true << names("");
    QTest::newRow("one") << "trust += 1" << true << names("trust");
    QTest::newRow("several") << "trust -= 2; warned = true; score = other" << true
                             << names("trust warned score other");
    QTest::newRow("trailing semicolon") << "a = 1;" << true << names("a");
    QTest::newRow("no operator") << "a 1" << false << names("");
    QTest::newRow("comparison is not an effect") << "a == 1" << false << names("");
    QTest::newRow("number target") << "1 = a" << false << names("");
    QTest::newRow("missing value") << "a +=" << false << names("");
    QTest::newRow("reserved word target") << "and = 1" << false << names("");
}

void TestExpression::effects()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QStringList, variables);
    const Expression::Parsed parsed = Expression::parseEffects(text);
    QCOMPARE(parsed.ok, ok);
    if (ok)
        QCOMPARE(parsed.variables, variables);
    else
        QVERIFY(!parsed.error.isEmpty());
}

void TestExpression::variableNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << "trust" << true;
    QTest::newRow("underscore digits") << "_level_2" << true;
    QTest::newRow("leading digit") << "2nd" << false;
    QTest::newRow("space") << "my var" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("reserved") << "not" << false;
    QTest::newRow("reserved any case") << "True" << false;
}

void TestExpression::variableNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(Expression::isValidVariableName(name), valid);
}

QTEST_GUILESS_MAIN(TestExpression)
#include "tst_expression.moc"
