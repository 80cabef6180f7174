// new, dump and load: the commands that create project files or read them whole.
#include "clioutput.h"
#include "commandparser.h"
#include "commands.h"

#include "model/coursejson.h"
#include "store/mediafolder.h"
#include "store/project.h"
#include "store/starters.h"
#include "store/tempartifact.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace cw::cli {

namespace {

// Refuses to replace an existing file unless --force was given.
std::optional<int> checkTarget(const QString &path, bool force)
{
    const QFileInfo info(path);
    if (info.isDir())
        return fail(
            QCoreApplication::translate("cw::cli", "%1 is a folder, not a file").arg(terminalSafe(path)));
    if (info.exists() && !force)
        return fail(QCoreApplication::translate("cw::cli", "%1 already exists; pass --force to replace it")
                        .arg(terminalSafe(path)));
    if (!info.absoluteDir().exists())
        return fail(QCoreApplication::translate("cw::cli", "the folder %1 does not exist")
                        .arg(terminalSafe(QDir::toNativeSeparators(info.absolutePath()))));
    return std::nullopt;
}

} // namespace

int runNew(const QStringList &args)
{
    CommandParser cmd(QStringLiteral("new [--template NAME] [--force] FILE"),
                      QCoreApplication::translate(
                          "cw::cli", "Creates a course project file, blank or from a starter template (%1).")
                          .arg(Starters::names().join(QStringLiteral(", "))),
                      {QStringLiteral("FILE")});
    cmd.parser().addOption({QStringLiteral("template"),
                            QCoreApplication::translate("cw::cli", "Starter template to use."),
                            QCoreApplication::translate("cw::cli", "NAME"), QStringLiteral("blank")});
    cmd.parser().addOption(
        {QStringLiteral("force"), QCoreApplication::translate("cw::cli", "Replace FILE if it exists.")});
    if (auto stop = cmd.parse(args))
        return *stop;
    const QString target = cmd.positional(0);
    if (auto stop = checkTarget(target, cmd.parser().isSet(QStringLiteral("force"))))
        return *stop;
    const QString name = cmd.parser().value(QStringLiteral("template"));
    if (!Starters::names().contains(name))
        return fail(QCoreApplication::translate("cw::cli", "unknown template '%1'; available: %2")
                        .arg(name, Starters::names().join(QStringLiteral(", "))),
                    UsageError);
    QString error;
    std::unique_ptr<Project> project = Starters::create(name, &error);
    if (!project)
        return fail(terminalSafe(error));
    if (!project->file().saveAs(target, &error))
        return fail(terminalSafe(error));
    out(QCoreApplication::translate("cw::cli", "Created %1 from the %2 template.")
            .arg(terminalSafe(target), name));
    return Success;
}

int runDump(const QStringList &args)
{
    CommandParser cmd(
        QStringLiteral("dump FILE [--assets DIR]"),
        QCoreApplication::translate(
            "cw::cli",
            "Writes the course as canonical JSON to standard output: sorted keys, stable order, media "
            "by hash. With --assets, also writes each media file to DIR as <hash>.<ext>."),
        {QStringLiteral("FILE")});
    cmd.parser().addOption({QStringLiteral("assets"),
                            QCoreApplication::translate("cw::cli", "Folder to write the media files to."),
                            QCoreApplication::translate("cw::cli", "DIR")});
    if (auto stop = cmd.parse(args))
        return *stop;
    QString error;
    std::unique_ptr<Project> project =
        Project::open(cmd.positional(0), &error, ProjectFile::Access::ReadOnly);
    if (!project)
        return fail(terminalSafe(error));
    const CourseDocument &doc = project->document();
    if (cmd.parser().isSet(QStringLiteral("assets"))) {
        const QString dirPath = cmd.parser().value(QStringLiteral("assets"));
        if (!QDir().mkpath(dirPath))
            return fail(QCoreApplication::translate("cw::cli", "cannot create the folder %1")
                            .arg(terminalSafe(dirPath)));
        const QDir dir(dirPath);
        TempArtifact::sweep(dir.absolutePath()); // what a killed dump left there
        for (const AssetInfo &asset : doc.assets()) {
            // Named by hash with a short, safe extension: never a name the file system refuses.
            const QString file = dir.filePath(MediaFolder::fileName(asset));
            if (!MediaFolder::isWritable(file, &error) ||
                !project->file().exportAsset(asset.hash, file, &error))
                return fail(terminalSafe(error));
        }
    }
    outJson(CourseJson::write(*doc.root(), doc.assets()));
    return Success;
}

int runLoad(const QStringList &args)
{
    CommandParser cmd(
        QStringLiteral("load SOURCE FILE [--assets DIR] [--force]"),
        QCoreApplication::translate(
            "cw::cli",
            "Creates a project file from canonical JSON. SOURCE is a JSON file (media from --assets "
            "DIR) or a folder holding course.json and an assets folder. A media file is found as "
            "<hash>, <hash>.<ext> or by its name."),
        {QStringLiteral("SOURCE"), QStringLiteral("FILE")});
    cmd.parser().addOption({QStringLiteral("assets"),
                            QCoreApplication::translate("cw::cli", "Folder holding the media files."),
                            QCoreApplication::translate("cw::cli", "DIR")});
    cmd.parser().addOption(
        {QStringLiteral("force"), QCoreApplication::translate("cw::cli", "Replace FILE if it exists.")});
    if (auto stop = cmd.parse(args))
        return *stop;
    const QString source = cmd.positional(0);
    const QString target = cmd.positional(1);
    if (auto stop = checkTarget(target, cmd.parser().isSet(QStringLiteral("force"))))
        return *stop;

    QString error;
    QString jsonPath = source;
    QString assetDir = cmd.parser().value(QStringLiteral("assets"));
    if (QFileInfo(source).isDir()) {
        // A folder someone handed over is data: its course.json and assets folder must be what
        // they seem, not links elsewhere or a FIFO that would hang the run.
        jsonPath = QDir(source).filePath(QStringLiteral("course.json"));
        if (!MediaFolder::isPlainFile(jsonPath, &error))
            return fail(terminalSafe(error));
        if (assetDir.isEmpty()) {
            assetDir = QDir(source).filePath(QStringLiteral("assets"));
            if (!MediaFolder::isPlainFolder(assetDir, &error))
                return fail(terminalSafe(error));
        }
    }
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("cw::cli", "cannot read %1: %2")
                        .arg(terminalSafe(jsonPath), file.errorString()));
    std::optional<CourseData> data = CourseJson::read(file.readAll(), &error);
    if (!data)
        return fail(QStringLiteral("%1: %2").arg(terminalSafe(jsonPath), terminalSafe(error)));

    const qsizetype mediaCount = data->assets.size();
    if (mediaCount > 0 && (assetDir.isEmpty() || !QFileInfo(assetDir).isDir()))
        return fail(assetDir.isEmpty()
                        ? QCoreApplication::translate(
                              "cw::cli",
                              "the course lists %n media file(s); pass --assets DIR with their files",
                              nullptr, int(mediaCount))
                        : QCoreApplication::translate("cw::cli", "the media folder %1 does not exist")
                              .arg(terminalSafe(assetDir)));
    std::unique_ptr<Project> project = Project::createNew(std::move(data), &error);
    if (!project)
        return fail(terminalSafe(error));
    // Only regular files inside the folder are read, so no message below can report on (or give
    // the hash of) a file elsewhere.
    const MediaFolder media(assetDir);
    const auto locate = [&media](const AssetInfo &asset, QString *err) { return media.locate(asset, err); };
    if (!project->importListedMedia(locate, &error))
        return fail(terminalSafe(error));
    if (!project->file().saveAs(target, &error))
        return fail(terminalSafe(error));
    out(QCoreApplication::translate("cw::cli", "Created %1.").arg(terminalSafe(target)));
    return Success;
}

} // namespace cw::cli
