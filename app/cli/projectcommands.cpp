// new, dump and load: the commands that create project files or read them whole.
#include "clioutput.h"
#include "commandparser.h"
#include "commands.h"

#include "model/coursejson.h"
#include "store/project.h"
#include "store/starters.h"

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
        return fail(QCoreApplication::translate("cw::cli", "%1 is a folder, not a file").arg(path));
    if (info.exists() && !force)
        return fail(QCoreApplication::translate("cw::cli", "%1 already exists; pass --force to replace it")
                        .arg(path));
    if (!info.absoluteDir().exists())
        return fail(QCoreApplication::translate("cw::cli", "the folder %1 does not exist")
                        .arg(QDir::toNativeSeparators(info.absolutePath())));
    return std::nullopt;
}

// Finds the file holding an asset's bytes: DIR/<hash>, DIR/<hash>.<ext>, or DIR/<name>.
QString findAssetFile(const QDir &dir, const AssetInfo &asset)
{
    if (dir.exists(asset.hash))
        return dir.filePath(asset.hash);
    const QStringList byHash = dir.entryList({asset.hash + QStringLiteral(".*")}, QDir::Files);
    if (!byHash.isEmpty())
        return dir.filePath(byHash.first());
    if (!asset.name.isEmpty() && !asset.name.contains(QLatin1Char('/')) && dir.exists(asset.name))
        return dir.filePath(asset.name);
    return {};
}

QString assetFileName(const AssetInfo &asset)
{
    const QString suffix = QFileInfo(asset.name).suffix();
    return suffix.isEmpty() ? asset.hash : asset.hash + QLatin1Char('.') + suffix.toLower();
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
        return fail(error);
    if (!project->file().saveAs(target, &error))
        return fail(error);
    out(QCoreApplication::translate("cw::cli", "Created %1 from the %2 template.").arg(target, name));
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
    std::unique_ptr<Project> project = Project::open(cmd.positional(0), &error);
    if (!project)
        return fail(error);
    const CourseDocument &doc = project->document();
    if (cmd.parser().isSet(QStringLiteral("assets"))) {
        const QString dirPath = cmd.parser().value(QStringLiteral("assets"));
        if (!QDir().mkpath(dirPath))
            return fail(QCoreApplication::translate("cw::cli", "cannot create the folder %1").arg(dirPath));
        const QDir dir(dirPath);
        for (const AssetInfo &asset : doc.assets()) {
            if (!project->file().exportAsset(asset.hash, dir.filePath(assetFileName(asset)), &error))
                return fail(error);
        }
    }
    outBytes(CourseJson::write(*doc.root(), doc.assets()));
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

    QString jsonPath = source;
    QString assetDir = cmd.parser().value(QStringLiteral("assets"));
    if (QFileInfo(source).isDir()) {
        jsonPath = QDir(source).filePath(QStringLiteral("course.json"));
        if (assetDir.isEmpty())
            assetDir = QDir(source).filePath(QStringLiteral("assets"));
    }
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            QCoreApplication::translate("cw::cli", "cannot read %1: %2").arg(jsonPath, file.errorString()));
    QString error;
    std::optional<CourseData> data = CourseJson::read(file.readAll(), &error);
    if (!data)
        return fail(QStringLiteral("%1: %2").arg(jsonPath, error));

    const qsizetype mediaCount = data->assets.size();
    if (mediaCount > 0 && (assetDir.isEmpty() || !QFileInfo(assetDir).isDir()))
        return fail(
            assetDir.isEmpty()
                ? QCoreApplication::translate(
                      "cw::cli", "the course lists %n media file(s); pass --assets DIR with their files",
                      nullptr, int(mediaCount))
                : QCoreApplication::translate("cw::cli", "the media folder %1 does not exist").arg(assetDir));
    std::unique_ptr<Project> project = Project::createNew(std::move(data), &error);
    if (!project)
        return fail(error);
    const QDir dir(assetDir);
    const auto locate = [&dir, &assetDir](const AssetInfo &asset, QString *err) {
        const QString path = findAssetFile(dir, asset);
        if (path.isEmpty())
            *err = QCoreApplication::translate("cw::cli", "media file %1 (%2) is not in %3")
                       .arg(asset.hash, asset.name, assetDir);
        return path;
    };
    if (!project->importListedMedia(locate, &error))
        return fail(error);
    if (!project->file().saveAs(target, &error))
        return fail(error);
    out(QCoreApplication::translate("cw::cli", "Created %1.").arg(target));
    return Success;
}

} // namespace cw::cli
