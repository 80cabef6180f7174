#include "project.h"

#include "model/schema.h"
#include "recoveryfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUndoStack>

namespace cw {

Project::Project(std::unique_ptr<ProjectFile> file, std::unique_ptr<CourseDocument> document)
    : m_file(std::move(file))
    , m_document(std::move(document))
{
    m_file->attach(m_document.get());
}

Project::~Project()
{
    m_file->attach(nullptr);
}

std::unique_ptr<Project> Project::createNew(std::optional<CourseData> data, QString *error)
{
    std::unique_ptr<ProjectFile> file = ProjectFile::createTemporary(error);
    if (!file)
        return nullptr;
    if (!data) {
        data.emplace();
        data->root = CourseDocument::createCourseTree();
    }
    if (!data->root || data->root->kind() != NodeKind::Course) {
        if (error)
            *error = QCoreApplication::translate("cw::Project", "A course must have a course at its top.");
        return nullptr;
    }
    auto document = std::make_unique<CourseDocument>(std::move(data->root), data->assets);
    std::unique_ptr<Project> project(new Project(std::move(file), std::move(document)));
    project->m_file->markAllDirty(); // the temporary file is empty until the first save
    return project;
}

bool Project::importListedMedia(const MediaLocator &locate, QString *error)
{
    const QList<AssetInfo> listed = m_document->assets().values();
    QMap<QString, AssetInfo> cleaned; // listed hash -> the entry of its cleaned bytes
    for (const AssetInfo &asset : listed) {
        const QString path = locate(asset, error);
        if (path.isEmpty())
            return false;
        QString sourceHash;
        std::optional<AssetInfo> imported = m_file->importAsset(path, error, &sourceHash);
        if (!imported) {
            if (error) // the file is named by its hash: say which of the course's files it is
                *error = QCoreApplication::translate("cw::Project", "The media file \"%1\": %2")
                             .arg(asset.name, *error);
            return false;
        }
        if (sourceHash != asset.hash) {
            if (error)
                *error =
                    QCoreApplication::translate(
                        "cw::Project", "%1 does not match its hash in the course (expected %2, found %3).")
                        .arg(QDir::toNativeSeparators(path), asset.hash, sourceHash);
            return false;
        }
        if (imported->hash != asset.hash) {
            AssetInfo entry = asset;
            entry.hash = imported->hash;
            entry.size = imported->size;
            cleaned.insert(asset.hash, entry);
        }
    }
    remapAssets(cleaned);
    return true;
}

void Project::remapAssets(const QMap<QString, AssetInfo> &replacements)
{
    if (replacements.isEmpty())
        return;
    QList<std::pair<QUuid, QString>> references;
    m_document->root()->walk([&](const Node *node) {
        for (const PropertySpec &spec : Schema::instance().kind(node->kind()).properties) {
            if (spec.type == PropertyType::AssetRef && replacements.contains(node->string(spec.key)))
                references.append({node->id(), spec.key});
        }
    });
    {
        CourseDocument::Macro macro(*m_document, QString());
        for (const AssetInfo &entry : replacements)
            m_document->addAsset(entry);
        for (const auto &[id, key] : references) {
            const QString old = m_document->node(id)->string(key);
            m_document->setProperty(id, key, replacements.value(old).hash, true);
        }
        for (auto it = replacements.cbegin(); it != replacements.cend(); ++it)
            m_document->removeAsset(it.key());
    }
    // Part of loading, not an edit: undoing it would point the course at bytes the project never kept.
    m_document->undoStack()->clear();
}

std::unique_ptr<Project> Project::open(const QString &path, QString *error, ProjectFile::Access access)
{
    std::unique_ptr<ProjectFile> file = ProjectFile::open(path, error, access);
    if (!file)
        return nullptr;
    std::optional<CourseData> data = file->load(error);
    if (!data)
        return nullptr;
    auto document = std::make_unique<CourseDocument>(std::move(data->root), data->assets);
    return std::unique_ptr<Project>(new Project(std::move(file), std::move(document)));
}

std::unique_ptr<Project> Project::openRecovered(const QString &recoveryPath, QString *error, QString *notice)
{
    if (notice)
        notice->clear();
    std::optional<RecoveryFile::Info> info = RecoveryFile::readInfo(recoveryPath, error);
    if (!info)
        return nullptr;
    std::optional<CourseData> data = RecoveryFile::load(recoveryPath, error);
    if (!data)
        return nullptr;
    std::unique_ptr<ProjectFile> file;
    if (info->filePath.isEmpty()) {
        file = ProjectFile::createTemporary(error);
    } else if (!QFileInfo::exists(info->filePath)) {
        // Moved or deleted since the crash: the recovered edits must not become unreachable.
        file = ProjectFile::createTemporary(error);
        if (file && notice)
            *notice = QCoreApplication::translate(
                          "cw::Project", "The file %1 no longer exists, so the recovered course "
                                         "was opened as a new untitled course. Use Save As to keep it.")
                          .arg(QDir::toNativeSeparators(info->filePath));
    } else {
        file = ProjectFile::open(info->filePath, error);
    }
    if (!file)
        return nullptr;
    // Bytes imported before the crash: in the scratch file or, for an untitled course, its old
    // temporary file. Both are adopted as scratch areas so the next save copies them in, and are
    // deleted with this project: so only files with the names this program gives them qualify.
    const QString candidates[] = {
        RecoveryFile::isScratchFileName(info->scratchPath) ? info->scratchPath : QString(),
        RecoveryFile::isUntitledFileName(info->temporaryPath) ? info->temporaryPath : QString()};
    for (const QString &scratch : candidates) {
        if (!scratch.isEmpty() && QFileInfo::exists(scratch) && file->scratchPath().isEmpty())
            file->adoptScratch(scratch, nullptr);
    }
    auto document = std::make_unique<CourseDocument>(std::move(data->root), data->assets);
    std::unique_ptr<Project> project(new Project(std::move(file), std::move(document)));
    project->m_file->markAllDirty();
    // Modified until saved, so the editor shows it and asks before closing: closing would delete
    // the recovery copy and the adopted media.
    project->m_document->undoStack()->resetClean();
    return project;
}

} // namespace cw
