#include "starters.h"

#include "model/coursedocument.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QFile>
#include <QUndoStack>

namespace cw {

namespace {

const QString kBlank = QStringLiteral("blank");
const QString kSample = QStringLiteral("sample");

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Resources live in templates/starters/<name>/ (templates/CMakeLists.txt).
QString resourceDirectory(const QString &name)
{
    return QStringLiteral(":/starters/") + name;
}

} // namespace

QStringList Starters::names()
{
    return {kBlank, kSample};
}

QString Starters::description(const QString &name)
{
    if (name == kBlank)
        return tr("An empty course with one module and one page.");
    if (name == kSample)
        return tr("Giving Constructive Feedback: a 15-minute sample module with pages, a branching "
                  "scenario and a knowledge check.");
    return {};
}

std::optional<CourseData> Starters::load(const QString &name, QString *error)
{
    if (!names().contains(name)) {
        fail(error, tr("There is no template called “%1”. Templates: %2.")
                        .arg(name, names().join(QStringLiteral(", "))));
        return std::nullopt;
    }
    if (name == kBlank) {
        CourseData data;
        data.root = CourseDocument::createCourseTree();
        return data;
    }
    QFile file(resourceDirectory(name) + QStringLiteral("/course.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, tr("The template “%1” is missing from this build: %2").arg(name, file.errorString()));
        return std::nullopt;
    }
    QString why;
    std::optional<CourseData> data = CourseJson::read(file.readAll(), &why);
    if (!data) {
        fail(error, tr("The template “%1” is damaged: %2").arg(name, why));
        return std::nullopt;
    }
    // Every course made from a template is a new course: new node ids (clone keeps scenario
    // references pointing inside the copy) and a new identifier, so LMS records never collide.
    data->root = data->root->clone(true);
    data->root->setProperty(QStringLiteral("identifier"), idString(QUuid::createUuid()));
    return data;
}

QString Starters::assetPath(const QString &name, const AssetInfo &asset)
{
    return resourceDirectory(name) + QStringLiteral("/assets/") + asset.name;
}

std::unique_ptr<Project> Starters::create(const QString &name, QString *error)
{
    std::optional<CourseData> data = load(name, error);
    if (!data)
        return nullptr;
    std::unique_ptr<Project> project = Project::createNew(std::move(data), error);
    if (!project)
        return nullptr;
    const auto locate = [&name](const AssetInfo &asset, QString *) { return assetPath(name, asset); };
    if (!project->importListedMedia(locate, error)) {
        fail(error, tr("The template “%1” is damaged: %2").arg(name, error ? *error : QString()));
        return nullptr;
    }
    // A new course starts with nothing to undo, whatever setting it up took.
    project->document().undoStack()->clear();
    return project;
}

} // namespace cw
