// coursewright: the course editor.
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Coursewright"));
    QApplication::setOrganizationName(QStringLiteral("Coursewright"));
    QApplication::setApplicationVersion(QStringLiteral(CW_VERSION));

    // A missing translation simply leaves the English source strings.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("coursewright"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Coursewright: offline course authoring with SCORM, xAPI and cmi5 export."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("main", "The course to open (.cwcourse)."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1)
        parser.showHelp(2);

    cw::MainWindow window;
    QString error;
    bool opened = false;
    if (!files.isEmpty()) {
        opened = window.loadFile(files.first(), &error, true);
        if (!opened)
            QMessageBox::warning(
                nullptr, QCoreApplication::translate("main", "Cannot open %1").arg(files.first()), error);
    }
    if (!opened && !window.offerUntitledRecovery() && !window.newCourse(&error)) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Coursewright"), error);
        return 1;
    }
    window.show();
    return app.exec();
}
