#include "projectsession.h"

#include "model/coursedocument.h"
#include "store/autosaver.h"
#include "store/project.h"
#include "store/starters.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>

namespace cw {

namespace {
const QString kRecentKey = QStringLiteral("recentFiles");
}

ProjectSession::ProjectSession(QObject *parent)
    : QObject(parent)
{}

ProjectSession::~ProjectSession()
{
    m_autosaver.reset();
}

CourseDocument *ProjectSession::document() const
{
    return m_project ? &m_project->document() : nullptr;
}

QString ProjectSession::filePath() const
{
    return m_project && !m_project->file().isTemporary() ? m_project->file().filePath() : QString();
}

bool ProjectSession::isUntitled() const
{
    return m_project && m_project->file().isTemporary();
}

QString ProjectSession::displayName() const
{
    if (!m_project)
        return {};
    return isUntitled() ? QCoreApplication::translate("cw::ProjectSession", "Untitled")
                        : QFileInfo(m_project->file().filePath()).fileName();
}

bool ProjectSession::isModified() const
{
    return m_project && m_project->document().isModified();
}

void ProjectSession::setProject(std::unique_ptr<Project> project)
{
    Q_EMIT aboutToReplaceProject();
    m_autosaver.reset();
    m_project = std::move(project);
    if (m_project) {
        m_autosaver = std::make_unique<Autosaver>(m_project->file());
        connect(m_autosaver.get(), &Autosaver::failed, this, &ProjectSession::autosaveFailed);
        connect(&m_project->file(), &ProjectFile::filePathChanged, this, &ProjectSession::filePathChanged);
    }
    Q_EMIT projectReplaced();
}

bool ProjectSession::newCourse(QString *error)
{
    std::unique_ptr<Project> project = Project::createNew(std::nullopt, error);
    if (!project)
        return false;
    setProject(std::move(project));
    return true;
}

bool ProjectSession::newFromTemplate(const QString &name, QString *error)
{
    std::unique_ptr<Project> project = Starters::create(name, error);
    if (!project)
        return false;
    setProject(std::move(project));
    return true;
}

bool ProjectSession::open(const QString &path, QString *error)
{
    std::unique_ptr<Project> project = Project::open(path, error);
    if (!project)
        return false;
    setProject(std::move(project));
    addRecentFile(path);
    return true;
}

bool ProjectSession::openRecovered(const QString &recoveryPath, QString *error, QString *notice,
                                   QString *autosaveWarning)
{
    if (autosaveWarning)
        autosaveWarning->clear();
    std::unique_ptr<Project> project = Project::openRecovered(recoveryPath, error, notice);
    if (!project)
        return false;
    setProject(std::move(project));
    // Until the new session has written its own copy, the old one stays the only safe place.
    QString takeOverError;
    if (!m_autosaver->takeOver(recoveryPath, &takeOverError) && autosaveWarning)
        *autosaveWarning = takeOverError;
    if (!isUntitled())
        addRecentFile(m_project->file().filePath());
    return true;
}

void ProjectSession::close()
{
    setProject(nullptr);
}

bool ProjectSession::save(QString *error)
{
    if (!m_project)
        return false;
    m_project->document().commitEdits();
    return m_project->file().save(error);
}

bool ProjectSession::saveAs(const QString &path, QString *error)
{
    if (!m_project)
        return false;
    m_project->document().commitEdits();
    if (!m_project->file().saveAs(path, error))
        return false;
    // The file reports its new name itself (filePathChanged, forwarded in setProject).
    addRecentFile(m_project->file().filePath());
    return true;
}

QStringList ProjectSession::recentFiles()
{
    return QSettings().value(kRecentKey).toStringList();
}

void ProjectSession::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    QSettings().setValue(kRecentKey, files);
}

void ProjectSession::clearRecentFiles()
{
    QSettings().remove(kRecentKey);
}

} // namespace cw
