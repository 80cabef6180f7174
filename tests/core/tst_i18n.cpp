// The German translation loads from cw_core's resources and reaches strings through the same
// contexts the code translates with at runtime (schema tables, validators, free helper functions).
// French and Spanish load from the same place and follow their own plural and noun rules.

#include "model/coursedocument.h"
#include "model/coursejson.h"
#include "model/expression.h"
#include "model/schema.h"
#include "store/projectschema.h"
#include "store/starters.h"
#include "validate/validator.h"

#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace cw;

namespace {
// The validator's message for a course without a title, in whatever language is installed.
QString noTitleMessage()
{
    auto root = CourseDocument::createCourseTree();
    root->setProperty(QStringLiteral("title"), QString());
    CourseDocument document(std::move(root));
    const QList<Problem> problems = Validator::validate(document);
    for (const Problem &p : problems) {
        if (p.code == QLatin1String("course-no-title"))
            return p.message;
    }
    return QString();
}
} // namespace

class TestI18n : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void loadsGermanCatalogue();
    void translatesThroughTheCodeContexts_data();
    void translatesThroughTheCodeContexts();
    void pluralForms_data();
    void pluralForms();
    void validatorMessagesAreGerman();
    void nounsInSentencesFollowTheLanguage();
    void otherLanguagesTranslate_data();
    void otherLanguagesTranslate();
    void otherLanguagesPluralForms_data();
    void otherLanguagesPluralForms();

private:
    QTranslator m_translator;
    bool m_installed = false;
};

void TestI18n::init()
{
    QVERIFY(m_translator.load(QStringLiteral(":/i18n/coursewright_de.qm")));
    m_installed = QCoreApplication::installTranslator(&m_translator);
    QVERIFY(m_installed);
}

void TestI18n::cleanup()
{
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
    m_installed = false;
}

void TestI18n::loadsGermanCatalogue()
{
    QCOMPARE(m_translator.language(), QStringLiteral("de_DE"));
    QVERIFY(!m_translator.isEmpty());
}

// Each row calls real code, so a context that differs between lupdate and runtime shows up as English.
void TestI18n::translatesThroughTheCodeContexts_data()
{
    QTest::addColumn<QString>("actual");
    QTest::addColumn<QString>("expected");

    // Must be built inside the test function's translator scope, so only names here.
    QTest::newRow("schema kind label") << QStringLiteral("kind") << QStringLiteral("Seite");
    QTest::newRow("schema property label") << QStringLiteral("property") << QStringLiteral("Titel");
    QTest::newRow("schema value check")
        << QStringLiteral("check") << QStringLiteral("erwartet: true oder false");
    QTest::newRow("json reader helper")
        << QStringLiteral("json")
        << QStringLiteral("kein Coursewright-Kurs: die oberste Ebene ist kein JSON-Objekt");
    QTest::newRow("expression parser")
        << QStringLiteral("expression")
        << QStringLiteral("Spalte 4: eine Variable, eine Zahl, true oder false "
                          "erwartet, das Ende gefunden");
    QTest::newRow("starters") << QStringLiteral("starter")
                              << QStringLiteral("Es gibt keine Vorlage namens „nope“. Vorlagen: %1.");
    QTest::newRow("project header") << QStringLiteral("header")
                                    << QStringLiteral(
                                           "%1 ist kein Coursewright-Projekt: Die Datei ist leer.");
    QTest::newRow("cli") << QStringLiteral("cli") << QStringLiteral("JSON statt Text ausgeben.");
    QTest::newRow("editor") << QStringLiteral("editor") << QStringLiteral("Speichern &unter …");
}

void TestI18n::translatesThroughTheCodeContexts()
{
    QFETCH(QString, actual);
    QFETCH(QString, expected);

    QString text;
    if (actual == QLatin1String("kind")) {
        text = Schema::kindLabel(NodeKind::Page);
    } else if (actual == QLatin1String("property")) {
        text = Schema::propertyLabel(*Schema::instance().property(NodeKind::Page, QStringLiteral("title")));
    } else if (actual == QLatin1String("check")) {
        const PropertySpec *spec = Schema::instance().property(NodeKind::TrueFalse, QStringLiteral("answer"));
        QVERIFY(spec);
        text = Schema::checkValue(*spec, QJsonValue(3));
    } else if (actual == QLatin1String("json")) {
        QString error;
        QVERIFY(!CourseJson::read("[]", &error));
        text = error;
    } else if (actual == QLatin1String("expression")) {
        text = Expression::parseCondition(QStringLiteral("a >")).error;
    } else if (actual == QLatin1String("starter")) {
        QString error;
        QVERIFY(!Starters::load(QStringLiteral("nope"), &error));
        text = error;
        expected = expected.arg(Starters::names().join(QStringLiteral(", ")));
    } else if (actual == QLatin1String("header")) {
        QTemporaryDir dir;
        QFile empty(dir.filePath(QStringLiteral("empty.cwcourse")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        text = ProjectSchema::checkHeader(empty.fileName());
        expected = expected.arg(QStringLiteral("empty.cwcourse"));
    } else if (actual == QLatin1String("cli")) {
        // The command line is not a library; its context is the one app/cli passes to translate().
        text = QCoreApplication::translate("cw::cli", "Print JSON instead of text.");
    } else if (actual == QLatin1String("editor")) {
        text = QCoreApplication::translate("cw::ActionRegistry", "Save &As…");
    }
    QCOMPARE(text, expected);
}

void TestI18n::pluralForms_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    QTest::newRow("1 module") << QByteArray("%n module(s)") << 1 << QStringLiteral("1 Modul");
    QTest::newRow("3 modules") << QByteArray("%n module(s)") << 3 << QStringLiteral("3 Module");
    QTest::newRow("0 words") << QByteArray("%n word(s)") << 0 << QStringLiteral("0 Wörter");
    QTest::newRow("1 warning") << QByteArray("%n warning(s)") << 1 << QStringLiteral("1 Warnung");
}

void TestI18n::pluralForms()
{
    QFETCH(QByteArray, source);
    QFETCH(int, n);
    QFETCH(QString, expected);
    QCOMPARE(QCoreApplication::translate("cw::cli", source.constData(), nullptr, n), expected);
}

void TestI18n::validatorMessagesAreGerman()
{
    QCOMPARE(noTitleMessage(), QStringLiteral("Der Kurs hat keinen Titel."));
}

void TestI18n::nounsInSentencesFollowTheLanguage()
{
    // German keeps the capital letter of a noun inside a sentence; English lower-cases it.
    QCOMPARE(Schema::kindNoun(NodeKind::Page), QStringLiteral("Seite"));
    QCoreApplication::removeTranslator(&m_translator);
    m_installed = false;
    QCOMPARE(Schema::kindNoun(NodeKind::Page), QStringLiteral("page"));
}

void TestI18n::otherLanguagesTranslate_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("saveAs");
    QTest::addColumn<QString>("scenarioNoun");
    QTest::addColumn<QString>("noTitle");
    // Both write nouns in lower case inside a sentence, unlike German.
    QTest::newRow("fr") << QStringLiteral("fr_FR") << QStringLiteral("Enregistrer &sous…")
                        << QStringLiteral("scénario") << QStringLiteral("Le cours n'a pas de titre.");
    QTest::newRow("es") << QStringLiteral("es_ES") << QStringLiteral("Guardar &como…")
                        << QStringLiteral("escenario") << QStringLiteral("El curso no tiene título.");
}

void TestI18n::otherLanguagesTranslate()
{
    QFETCH(QString, language);
    QFETCH(QString, saveAs);
    QFETCH(QString, scenarioNoun);
    QFETCH(QString, noTitle);

    // Installed after German, so it is asked first: a message it lacks would come out German.
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/coursewright_%1.qm").arg(language.left(2))));
    QCOMPARE(translator.language(), language);
    QVERIFY(QCoreApplication::installTranslator(&translator));

    QCOMPARE(QCoreApplication::translate("cw::ActionRegistry", "Save &As…"), saveAs);
    QCOMPARE(Schema::kindNoun(NodeKind::Scenario), scenarioNoun);
    QCOMPARE(noTitleMessage(), noTitle);

    QCoreApplication::removeTranslator(&translator);
}

void TestI18n::otherLanguagesPluralForms_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    // French counts 0 as singular; Spanish, like English, does not.
    QTest::newRow("fr 0") << QStringLiteral("fr") << 0 << QStringLiteral("0 module");
    QTest::newRow("fr 1") << QStringLiteral("fr") << 1 << QStringLiteral("1 module");
    QTest::newRow("fr 3") << QStringLiteral("fr") << 3 << QStringLiteral("3 modules");
    QTest::newRow("es 0") << QStringLiteral("es") << 0 << QStringLiteral("0 módulos");
    QTest::newRow("es 1") << QStringLiteral("es") << 1 << QStringLiteral("1 módulo");
    QTest::newRow("es 3") << QStringLiteral("es") << 3 << QStringLiteral("3 módulos");
}

void TestI18n::otherLanguagesPluralForms()
{
    QFETCH(QString, language);
    QFETCH(int, n);
    QFETCH(QString, expected);

    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/coursewright_%1.qm").arg(language)));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCOMPARE(QCoreApplication::translate("cw::cli", "%n module(s)", nullptr, n), expected);
    QCoreApplication::removeTranslator(&translator);
}

QTEST_GUILESS_MAIN(TestI18n)
#include "tst_i18n.moc"
