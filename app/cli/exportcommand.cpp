// export: writes a course package (docs/export.md) through the shared Exporter.
#include "clioutput.h"
#include "commandparser.h"
#include "commands.h"

#include "export/exporter.h"
#include "export/exportsettings.h"
#include "export/exporttarget.h"
#include "export/statebudget.h"
#include "platform/platformfiles.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

namespace cw::cli {

namespace {

void err(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stderr);
    std::fflush(stderr);
}

QString targetNames()
{
    return Exporter::formats().join(QStringLiteral(", "));
}

QString formatList()
{
    return QCoreApplication::translate("cw::cli", "supported formats: %1").arg(targetNames());
}

QString problemLine(const Problem &p)
{
    return QStringLiteral("%1: %2 [%3]")
        .arg(Problem::severityName(p.severity), terminalSafe(p.message), p.code);
}

// One command-line flag per option key over every registered target. Targets may mean different
// things by one key (SCORM's and cmi5's scope): each meaning is described with the formats that
// have it, the first target's meaning first.
struct OptionFlag
{
    struct Meaning
    {
        ExportOption option;
        QStringList formats;
    };
    ExportOption option; // the first target's: flag and value name
    std::vector<Meaning> meanings;
};

bool sameMeaning(const ExportOption &a, const ExportOption &b)
{
    return qstrcmp(a.spec.label, b.spec.label) == 0 && qstrcmp(a.help, b.help) == 0 &&
           a.spec.choices == b.spec.choices && a.spec.defaultValue == b.spec.defaultValue &&
           a.remembered == b.remembered;
}

std::vector<OptionFlag> optionFlags()
{
    std::vector<OptionFlag> flags;
    for (const ExportTarget *target : ExportTargets::all()) {
        for (const ExportOption &option : target->options()) {
            auto known = std::find_if(flags.begin(), flags.end(), [&](const OptionFlag &f) {
                return f.option.spec.key == option.spec.key;
            });
            if (known == flags.end()) {
                flags.push_back({option, {}});
                known = flags.end() - 1;
            }
            const auto meaning =
                std::find_if(known->meanings.begin(), known->meanings.end(),
                             [&](const OptionFlag::Meaning &m) { return sameMeaning(m.option, option); });
            if (meaning == known->meanings.end())
                known->meanings.push_back({option, {target->name()}});
            else
                meaning->formats.append(target->name());
        }
    }
    return flags;
}

// "on"/"off" for a Bool: what the flags take and what the summary prints.
QString valueText(const ExportOption &option, const QJsonValue &value)
{
    if (option.spec.type == PropertyType::Bool)
        return value.toBool() ? QStringLiteral("on") : QStringLiteral("off");
    return value.toString();
}

QString valueName(const ExportOption &option)
{
    if (option.spec.type == PropertyType::Bool)
        return QStringLiteral("on|off");
    if (option.isFolder)
        return QCoreApplication::translate("cw::cli", "DIR");
    if (option.spec.type == PropertyType::Enum)
        return option.flag().toUpper();
    return QCoreApplication::translate("cw::cli", "TEXT");
}

QString meaningHelp(const OptionFlag::Meaning &meaning)
{
    const ExportOption &option = meaning.option;
    QString help = option.label() + QStringLiteral(". ") + option.helpText();
    if (option.spec.type == PropertyType::Enum)
        help += QLatin1Char(' ') + QCoreApplication::translate("cw::cli", "One of: %1 (default: %2).")
                                       .arg(option.spec.choices.join(QStringLiteral(", ")),
                                            valueText(option, option.spec.defaultValue));
    else if (option.spec.type == PropertyType::Bool)
        help += QLatin1Char(' ') + QCoreApplication::translate("cw::cli", "on or off (default: %1).")
                                       .arg(valueText(option, option.spec.defaultValue));
    if (!option.remembered)
        help += QLatin1Char(' ') + QCoreApplication::translate("cw::cli", "Never kept with the course.");
    return help + QLatin1Char(' ') +
           QCoreApplication::translate("cw::cli", "Formats: %1.")
               .arg(meaning.formats.join(QStringLiteral(", ")));
}

QString flagHelp(const OptionFlag &flag)
{
    QStringList parts;
    for (const OptionFlag::Meaning &meaning : flag.meanings)
        parts << meaningHelp(meaning);
    return parts.join(QLatin1Char(' '));
}

// The value a flag was given, as the option stores it; nullopt with *problem when it is not one.
std::optional<QJsonValue> parseValue(const ExportOption &option, const QString &text, QString *problem)
{
    const QString flag = QStringLiteral("--") + option.flag();
    switch (option.spec.type) {
    case PropertyType::Enum:
        if (option.spec.choices.contains(text))
            return QJsonValue(text);
        *problem = QCoreApplication::translate("cw::cli", "invalid value '%1' for %2; choose one of: %3")
                       .arg(terminalSafe(text), flag, option.spec.choices.join(QStringLiteral(", ")));
        return std::nullopt;
    case PropertyType::Bool: {
        const QString word = text.toLower();
        for (const char *yes : {"on", "true", "yes"}) {
            if (word == QLatin1String(yes))
                return QJsonValue(true);
        }
        for (const char *no : {"off", "false", "no"}) {
            if (word == QLatin1String(no))
                return QJsonValue(false);
        }
        *problem = QCoreApplication::translate("cw::cli", "invalid value '%1' for %2; use on or off")
                       .arg(terminalSafe(text), flag);
        return std::nullopt;
    }
    default:
        // A folder is read by the export, maybe from another working directory later: absolute.
        if (option.isFolder && !text.isEmpty())
            return QJsonValue(QFileInfo(text).absoluteFilePath());
        return QJsonValue(text);
    }
}

// "--scope course --write-mastery-score on": the options as used, in the form that repeats them.
QString optionsLine(const ExportTarget &target, const QJsonObject &values)
{
    QStringList parts;
    for (const ExportOption &option : target.options()) {
        const QString value = valueText(option, values.value(option.spec.key));
        if (!value.isEmpty())
            parts << QStringLiteral("--%1 %2").arg(option.flag(), terminalSafe(value));
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

int runExport(const QStringList &args)
{
    const QString usage =
        QStringLiteral("export FILE --format FORMAT --out PATH [--force] [--remember] [OPTIONS]");
    CommandParser cmd(
        usage,
        QCoreApplication::translate(
            "cw::cli",
            "Exports a course as a package. PATH ending in .zip gives a zip archive, anything else a folder: "
            "a new or empty folder, or one holding a previous export, which is replaced (a folder holding "
            "other files is refused, so nothing of yours is deleted). The course is validated first; "
            "an export with errors is refused (exit status 1) unless --force is given.\n\n"
            "A format's options are taken from the command line, else from what the course kept from an "
            "earlier export (--remember, or the editor's Export dialog), else their defaults. The file is "
            "only opened for reading, unless --remember is given.\n\n")
            .append(formatList()),
        {QStringLiteral("FILE")});
    cmd.parser().addOption({QStringLiteral("format"),
                            QCoreApplication::translate("cw::cli", "Package format (%1).").arg(targetNames()),
                            QCoreApplication::translate("cw::cli", "FORMAT"), QStringLiteral("html")});
    cmd.parser().addOption({QStringLiteral("out"),
                            QCoreApplication::translate("cw::cli", "Folder, or .zip file, to write."),
                            QCoreApplication::translate("cw::cli", "PATH")});
    cmd.parser().addOption(
        {QStringLiteral("force"),
         QCoreApplication::translate("cw::cli", "Export even when validation finds errors.")});
    cmd.parser().addOption(
        {QStringLiteral("remember"),
         QCoreApplication::translate("cw::cli", "After a successful export, keep the format and its options "
                                                "with the course (the file is saved), so the next export "
                                                "repeats them.")});
    const std::vector<OptionFlag> flags = optionFlags();
    for (const OptionFlag &flag : flags)
        cmd.parser().addOption({flag.option.flag(), flagHelp(flag), valueName(flag.option)});
    if (auto stop = cmd.parse(args))
        return *stop;

    Exporter::Options options;
    options.format = cmd.parser().value(QStringLiteral("format"));
    options.outputPath = cmd.parser().value(QStringLiteral("out"));
    options.force = cmd.parser().isSet(QStringLiteral("force"));
    if (!Exporter::formats().contains(options.format))
        return fail(QCoreApplication::translate("cw::cli", "unknown format '%1'; %2")
                        .arg(terminalSafe(options.format), formatList()),
                    UsageError);
    if (options.outputPath.isEmpty())
        return fail(QCoreApplication::translate("cw::cli", "missing --out PATH\nUsage: coursewright-cli %1")
                        .arg(usage),
                    UsageError);

    // Only the flags given: the rest come from the course, then the defaults (Exporter::run).
    const ExportTarget &target = *ExportTargets::find(options.format);
    const QList<ExportOption> own = target.options();
    QStringList ownFlags;
    for (const ExportOption &option : own)
        ownFlags << QStringLiteral("--") + option.flag();
    for (const OptionFlag &flag : flags) {
        if (!cmd.parser().isSet(flag.option.flag()))
            continue;
        const auto it = std::find_if(own.begin(), own.end(), [&](const ExportOption &o) {
            return o.spec.key == flag.option.spec.key;
        });
        if (it == own.end())
            return fail(
                (ownFlags.isEmpty()
                     ? QCoreApplication::translate("cw::cli",
                                                   "%1 is not an option of %2, which has no options")
                           .arg(QStringLiteral("--") + flag.option.flag(), options.format)
                     : QCoreApplication::translate("cw::cli", "%1 is not an option of %2; its options: %3")
                           .arg(QStringLiteral("--") + flag.option.flag(), options.format,
                                ownFlags.join(QStringLiteral(", ")))),
                UsageError);
        QString problem;
        const std::optional<QJsonValue> value =
            parseValue(*it, cmd.parser().value(flag.option.flag()), &problem);
        if (!value)
            return fail(problem, UsageError);
        options.targetOptions.insert(it->spec.key, *value);
    }
    QString error;
    target.resolve({}, options.targetOptions, &error);
    if (!error.isEmpty())
        return fail(terminalSafe(error), UsageError);

    // Read-only unless asked to keep the options: an export alone never changes the file.
    const bool remember = cmd.parser().isSet(QStringLiteral("remember"));
    std::unique_ptr<Project> project = Project::open(
        cmd.positional(0), &error, remember ? ProjectFile::Access::ReadWrite : ProjectFile::Access::ReadOnly);
    if (!project)
        return fail(terminalSafe(error));
    if (remember && project->file().isReadOnly())
        return fail(
            QCoreApplication::translate("cw::cli", "cannot keep the options with %1: the file is read-only")
                .arg(terminalSafe(QDir::toNativeSeparators(cmd.positional(0)))));

    // A percentage line that rewrites itself, only for a person watching a terminal.
    const bool terminal = PlatformFiles::isTerminal(stderr);
    int lastPercent = -1;
    const auto progress = [&](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (!terminal || percent == lastPercent)
            return;
        lastPercent = percent;
        err(QStringLiteral("\r%1%").arg(percent, 3));
    };
    const Exporter::Result result = Exporter::run(project->document(), project->file(), options, progress);
    if (terminal && lastPercent >= 0)
        err(QStringLiteral("\n"));

    if (result.status == Exporter::Result::Status::Refused) {
        for (const Problem &p : result.problems)
            out(problemLine(p));
        int errors = 0;
        for (const Problem &p : result.problems)
            errors += p.severity == Problem::Severity::Error;
        return fail(
            QCoreApplication::translate(
                "cw::cli", "export refused: the course has %1; fix them or pass --force to export anyway")
                .arg(QCoreApplication::translate("cw::cli", "%n error(s)", nullptr, errors)),
            ValidationErrors);
    }
    if (result.status != Exporter::Result::Status::Written)
        return fail(terminalSafe(result.error));

    // Exported anyway or with warnings: say so, without mixing it into the summary.
    for (const Problem &p : result.problems)
        err(problemLine(p) + QLatin1Char('\n'));
    const QString where = QDir::toNativeSeparators(options.outputPath);
    out(QCoreApplication::translate("cw::cli", "Exported %1 to %2.")
            .arg(terminalSafe(options.format), terminalSafe(where)));
    if (!result.packages.isEmpty()) {
        out(QCoreApplication::translate("cw::cli", "Packages: %n zip file(s)", nullptr,
                                        int(result.packages.size())));
        for (const QString &name : result.packages)
            out(QStringLiteral("  ") + terminalSafe(name));
    }
    if (!own.isEmpty())
        out(QCoreApplication::translate("cw::cli", "Options: %1").arg(optionsLine(target, result.options)));
    out(QCoreApplication::translate("cw::cli", "Files: %1; %2 bytes").arg(result.files).arg(result.bytes) +
        (result.archiveBytes > 0
             ? QCoreApplication::translate("cw::cli", " (zip archive: %1 bytes)").arg(result.archiveBytes)
             : QString()));
    // The format's own limit; where it has none, SCORM's, for a course that may go there too.
    if (const qint64 limit = target.stateLimit(); limit > 0)
        out(QCoreApplication::translate("cw::cli", "Learner state, worst case: %1 characters (%2 allows %3)")
                .arg(result.stateWorstCase)
                .arg(target.label())
                .arg(limit));
    else
        out(QCoreApplication::translate("cw::cli",
                                        "Learner state, worst case: %1 characters (no limit in this "
                                        "format; SCORM 1.2 allows %2, SCORM 2004 %3)")
                .arg(result.stateWorstCase)
                .arg(StateBudget::Scorm12Limit)
                .arg(StateBudget::Scorm2004Limit));

    if (remember) {
        if (ExportSettings::remember(project->document(), target, result.options)) {
            if (!project->file().save(&error))
                return fail(QCoreApplication::translate(
                                "cw::cli", "the package was written, but the options could not be kept: %1")
                                .arg(terminalSafe(error)));
            out(QCoreApplication::translate("cw::cli", "Kept with the course for the next export."));
        } else {
            out(QCoreApplication::translate("cw::cli", "The course already keeps these options."));
        }
    }
    return Success;
}

} // namespace cw::cli
