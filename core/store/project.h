#pragma once
// An open project: the project file and the document loaded from it, created and opened
// together. What the CLI and the editor hold for each course they work on.

#include "model/coursedocument.h"
#include "store/projectfile.h"

#include <functional>
#include <memory>

namespace cw {

class Project
{
public:
    // A new untitled project holding `data` (a new empty course when nullopt).
    static std::unique_ptr<Project> createNew(std::optional<CourseData> data, QString *error);
    static std::unique_ptr<Project> open(const QString &path, QString *error,
                                         ProjectFile::Access access = ProjectFile::Access::ReadWrite);
    // The state kept by a crashed session (see RecoveryFile): the original file (or a new untitled
    // one) with the recovered course loaded as unsaved changes (document().isModified() is true
    // until it is saved) and the crashed session's imported media adopted. When the original file
    // has been moved or deleted, the course opens as a new untitled project and *notice (if given)
    // says so; otherwise *notice is cleared. Create an Autosaver and call takeOver(recoveryPath) so
    // the recovered state stays protected and the old recovery file goes away.
    static std::unique_ptr<Project> openRecovered(const QString &recoveryPath, QString *error,
                                                  QString *notice = nullptr);
    ~Project();

    // Reads the bytes of every media file the catalogue lists from the path `locate` gives (which
    // returns an empty path, with its own message in *error, when a file cannot be found), and
    // refuses a file whose bytes do not match its listed hash. For courses built from JSON.
    using MediaLocator = std::function<QString(const AssetInfo &asset, QString *error)>;
    // An SVG is stored cleaned (SvgSanitizer): when that changes its bytes, the course's references
    // to the listed hash are moved to the cleaned file's hash.
    bool importListedMedia(const MediaLocator &locate, QString *error);

    ProjectFile &file() { return *m_file; }
    CourseDocument &document() { return *m_document; }

private:
    // Points every reference to a key of `replacements` at its value's hash; not undoable.
    void remapAssets(const QMap<QString, AssetInfo> &replacements);
    Project(std::unique_ptr<ProjectFile> file, std::unique_ptr<CourseDocument> document);
    // The document is declared last so it is destroyed first, before the file it is attached to.
    std::unique_ptr<ProjectFile> m_file;
    std::unique_ptr<CourseDocument> m_document;
};

} // namespace cw
