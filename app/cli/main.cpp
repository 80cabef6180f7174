// coursewright-cli: the headless command line. Links cw_core only, so it runs with no display.
#include "clioutput.h"
#include "commands.h"
#include "i18n/translations.h"

#include <QCoreApplication>

#include <functional>

namespace {

struct Subcommand
{
    const char *name;
    const char *summary;
    std::function<int(const QStringList &)> run;
};

const Subcommand kSubcommands[] = {
    {"new", QT_TRANSLATE_NOOP("cw::cli", "create a project, blank or from a template"), cw::cli::runNew},
    {"info", QT_TRANSLATE_NOOP("cw::cli", "show a course's contents and estimated duration"),
     cw::cli::runInfo},
    {"validate", QT_TRANSLATE_NOOP("cw::cli", "list a course's problems (exit status 1 on errors)"),
     cw::cli::runValidate},
    {"dump", QT_TRANSLATE_NOOP("cw::cli", "write a course as canonical JSON"), cw::cli::runDump},
    {"load", QT_TRANSLATE_NOOP("cw::cli", "create a project from canonical JSON"), cw::cli::runLoad},
    {"export", QT_TRANSLATE_NOOP("cw::cli", "write a course package (html; exit status 1 on errors)"),
     cw::cli::runExport},
};

QString usage()
{
    QString text =
        QCoreApplication::translate("cw::cli", "Usage: coursewright-cli COMMAND [ARGS]\n\nCommands:\n");
    for (const Subcommand &s : kSubcommands)
        text += QStringLiteral("  %1 %2\n")
                    .arg(QString::fromLatin1(s.name), -9)
                    .arg(QCoreApplication::translate("cw::cli", s.summary));
    text += QCoreApplication::translate(
        "cw::cli",
        "\n'coursewright-cli COMMAND --help' describes a command.\n\nExit status: 0 success, 1 validation "
        "errors, 2 wrong arguments, 3 a file could not be read or written.");
    return text;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("coursewright-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CW_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Coursewright"));

    cw::Translations::install(app);

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty())
        return cw::cli::fail(QCoreApplication::translate("cw::cli", "no command given\n") + usage(),
                             cw::cli::UsageError);
    const QString command = args.takeFirst();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        cw::cli::out(usage());
        return cw::cli::Success;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        cw::cli::out(QStringLiteral("coursewright-cli %1").arg(QCoreApplication::applicationVersion()));
        return cw::cli::Success;
    }
    for (const Subcommand &s : kSubcommands) {
        if (command == QLatin1String(s.name))
            return s.run(args);
    }
    return cw::cli::fail(
        QCoreApplication::translate("cw::cli", "unknown command '%1'\n").arg(cw::cli::terminalSafe(command)) +
            usage(),
        cw::cli::UsageError);
}
