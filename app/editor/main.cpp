// coursewright: the course editor.
#include "i18n/translations.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Coursewright"));
    QApplication::setOrganizationName(QStringLiteral("Coursewright"));
    QApplication::setApplicationVersion(QStringLiteral(CW_VERSION));

    cw::Translations::install(app);

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
