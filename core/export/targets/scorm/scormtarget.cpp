#include "export/targets/scorm/scormtarget.h"

#include "export/courseslice.h"
#include "export/packageplan.h"
#include "export/playerpackage.h"
#include "export/statebudget.h"
#include "model/coursedocument.h"
#include "model/grading.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>

#include <algorithm>

namespace cw {

namespace {

// Option keys and values (docs/export.md); the player reads some of them (Coursewright.data.tracking).
const QString Scope = QStringLiteral("scope");
const QString WholeCourse = QStringLiteral("course");
const QString ScoPerModule = QStringLiteral("sco-per-module");
const QString PackagePerModule = QStringLiteral("package-per-module");
const QString SuccessStatus = QStringLiteral("successStatus");
const QString FailureStatus = QStringLiteral("failureStatus");
const QString WriteMasteryScore = QStringLiteral("writeMasteryScore");
const QString SchemaFiles = QStringLiteral("schemaFiles");

// The pass mark a SCO's manifest item carries: the course's passing score when the (sliced)
// course has a graded quiz, since only then does it report pass or fail.
std::optional<int> masteryScore(const CourseDocument &document, bool wanted)
{
    if (!wanted || !Grading::hasGradedQuiz(*document.root()))
        return std::nullopt;
    return document.root()->integer(QStringLiteral("passingScore"));
}

// "Safety at work" -> "safety-at-work": ASCII only, so the file name is the same on every system.
QString slug(const QString &title)
{
    QString out;
    for (const QChar ch : title.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((ch >= u'a' && ch <= u'z') || (ch >= u'0' && ch <= u'9'))
            out += ch;
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')) && (ch.isSpace() || ch.isPunct()))
            out += QLatin1Char('-');
        if (out.size() >= 40)
            break;
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

QStringList paths(const PackagePlan &plan)
{
    QStringList list;
    for (const PackageEntry &entry : plan.entries())
        list.append(entry.path);
    return list;
}

} // namespace

QString ScormTarget::name() const
{
    switch (m_edition) {
    case ScormManifest::Edition::Scorm12:
        return QStringLiteral("scorm12");
    case ScormManifest::Edition::Scorm2004Third:
        return QStringLiteral("scorm2004-3");
    case ScormManifest::Edition::Scorm2004Fourth:
        break;
    }
    return QStringLiteral("scorm2004-4");
}

QString ScormTarget::label() const
{
    switch (m_edition) {
    case ScormManifest::Edition::Scorm12:
        return tr("SCORM 1.2");
    case ScormManifest::Edition::Scorm2004Third:
        return tr("SCORM 2004 3rd Edition");
    case ScormManifest::Edition::Scorm2004Fourth:
        break;
    }
    return tr("SCORM 2004 4th Edition");
}

QString ScormTarget::adapter() const
{
    return is12() ? QStringLiteral("scorm12") : QStringLiteral("scorm2004");
}

QList<ExportOption> ScormTarget::options() const
{
    QList<ExportOption> list;
    list << ExportOption::make(
        Scope, PropertyType::Enum, QT_TRANSLATE_NOOP("cw::ExportOption", "Package"),
        QT_TRANSLATE_NOOP("cw::ExportOption",
                          "course: one SCO for the whole course; sco-per-module: one package with a "
                          "SCO per module, tracked each on its own; package-per-module: one zip per "
                          "module, written into a folder, for libraries of short modules."),
        {{"course", QT_TRANSLATE_NOOP("cw::ExportOption", "One package for the course")},
         {"sco-per-module", QT_TRANSLATE_NOOP("cw::ExportOption", "One package, a SCO per module")},
         {"package-per-module", QT_TRANSLATE_NOOP("cw::ExportOption", "One package per module")}});
    if (is12()) {
        list << ExportOption::make(
            SuccessStatus, PropertyType::Enum, QT_TRANSLATE_NOOP("cw::ExportOption", "Status when passed"),
            QT_TRANSLATE_NOOP("cw::ExportOption",
                              "What the LMS records for a learner who passed: passed, or completed "
                              "for LMSs that only count completed."),
            {{"passed", QT_TRANSLATE_NOOP("cw::ExportOption", "Passed")},
             {"completed", QT_TRANSLATE_NOOP("cw::ExportOption", "Completed")}});
        list << ExportOption::make(
            FailureStatus, PropertyType::Enum, QT_TRANSLATE_NOOP("cw::ExportOption", "Status when failed"),
            QT_TRANSLATE_NOOP("cw::ExportOption",
                              "What the LMS records for a learner who failed: failed, or incomplete "
                              "so that the LMS lets the learner try again."),
            {{"failed", QT_TRANSLATE_NOOP("cw::ExportOption", "Failed")},
             {"incomplete", QT_TRANSLATE_NOOP("cw::ExportOption", "Incomplete")}});
    }
    list << ExportOption::make(
        WriteMasteryScore, PropertyType::Bool,
        QT_TRANSLATE_NOOP("cw::ExportOption", "Passing score in the manifest"),
        QT_TRANSLATE_NOOP("cw::ExportOption",
                          "Write the course's passing score into imsmanifest.xml, so the LMS knows "
                          "it (and may let an administrator change it)."),
        {}, true);
    list << ExportOption::resume();
    ExportOption schemas = ExportOption::make(
        SchemaFiles, PropertyType::String, QT_TRANSLATE_NOOP("cw::ExportOption", "Schema files"),
        QT_TRANSLATE_NOOP("cw::ExportOption", "A folder holding the official XSD files of this SCORM "
                                              "version, copied into the package root for validators "
                                              "that need them (LMSs do not)."));
    schemas.remembered = false; // a path on this computer
    schemas.isFolder = true;
    list << schemas;
    return list;
}

qint64 ScormTarget::stateLimit() const
{
    return is12() ? StateBudget::Scorm12Limit : StateBudget::Scorm2004Limit;
}

qint64 ScormTarget::stateWorstCase(const ExportRequest &request) const
{
    if (request.options.value(Scope).toString() == WholeCourse)
        return ExportTarget::stateWorstCase(request);
    return worstModuleState(request); // each module's SCO keeps its own learner state
}

QStringList ScormTarget::packageNames(const ExportRequest &request) const
{
    if (request.options.value(Scope).toString() != PackagePerModule)
        return {};
    QStringList names;
    const int count = CourseSlice::moduleCount(request.document);
    for (int m = 0; m < count; ++m) {
        const QString title = slug(request.document.root()->child(m)->string(QStringLiteral("title")));
        names.append(QStringLiteral("%1-%2%3.zip")
                         .arg(m + 1, 2, 10, QLatin1Char('0'))
                         .arg(title.isEmpty() ? QStringLiteral("module") : title, QString()));
    }
    return names;
}

bool ScormTarget::plan(const ExportRequest &request, PackagePlan &plan, QString *error) const
{
    const QJsonObject &options = request.options;
    const QString scope = options.value(Scope).toString();
    PlayerPackage::Setup setup;
    const QString resume = ExportOption::resume().spec.key;
    setup.tracking.insert(resume, options.value(resume));
    if (is12()) {
        setup.tracking.insert(SuccessStatus, options.value(SuccessStatus));
        setup.tracking.insert(FailureStatus, options.value(FailureStatus));
    }
    const bool wantMastery = options.value(WriteMasteryScore).toBool();

    const CourseDocument &course = request.document;
    const QString identifier = course.root()->string(QStringLiteral("identifier"));
    ScormManifest::Content manifest;
    manifest.edition = m_edition;
    manifest.key = idString(course.root()->id());
    manifest.identifier =
        ScormManifest::xmlId(QStringLiteral("CW-"), identifier.isEmpty() ? manifest.key : identifier);
    manifest.title = course.root()->string(QStringLiteral("title"));

    if (scope == ScoPerModule) {
        for (int m = 0; m < CourseSlice::moduleCount(course); ++m) {
            const std::unique_ptr<CourseDocument> module = CourseSlice::module(course, m);
            setup.folder = QStringLiteral("sco-%1/").arg(m + 1);
            const QStringList before = paths(plan);
            if (!PlayerPackage::addTo(plan, *module, request.file, adapter(), error, setup))
                return false;
            ScormManifest::Sco sco{idString(course.root()->child(m)->id()),
                                   module->root()->string(QStringLiteral("title")),
                                   setup.folder + QStringLiteral("index.html"),
                                   {},
                                   masteryScore(*module, wantMastery)};
            for (const QString &path : paths(plan)) {
                if (before.contains(path))
                    continue;
                (path.startsWith(setup.folder) ? sco.files : manifest.sharedFiles).append(path);
            }
            manifest.scos.append(sco);
        }
    } else {
        std::unique_ptr<CourseDocument> slice;
        const CourseDocument *played = &course;
        if (scope == PackagePerModule) {
            slice = CourseSlice::module(course, std::max(0, request.package));
            played = slice.get();
            // A package of its own, so an identity of its own, stable across re-exports.
            manifest.key = idString(course.root()->child(std::max(0, request.package))->id());
            manifest.identifier += QLatin1Char('-') + manifest.key;
            manifest.title = played->root()->string(QStringLiteral("title"));
        }
        if (!PlayerPackage::addTo(plan, *played, request.file, adapter(), error, setup))
            return false;
        manifest.scos.append({manifest.key, manifest.title, QStringLiteral("index.html"), paths(plan),
                              masteryScore(*played, wantMastery)});
    }

    const QString schemas = options.value(SchemaFiles).toString();
    if (!schemas.isEmpty() && !addSchemaFiles(schemas, plan, error))
        return false;
    return plan.addBytes(QStringLiteral("imsmanifest.xml"), ScormManifest::write(manifest), error);
}

bool ScormTarget::addSchemaFiles(const QString &folder, PackagePlan &plan, QString *error) const
{
    const QString main = is12() ? QStringLiteral("imscp_rootv1p1p2.xsd") : QStringLiteral("imscp_v1p1.xsd");
    const QDir dir(folder);
    if (!dir.exists(main)) {
        if (error)
            *error = tr("The folder %1 holds no %2 schema set (%3 is missing).")
                         .arg(QDir::toNativeSeparators(folder), label(), main);
        return false;
    }
    // Validators resolve xsi:schemaLocation against the package root, includes against each other:
    // the set keeps its folder structure. They are control files, like the manifest: not listed in it.
    QStringList files;
    QDirIterator it(folder, {QStringLiteral("*.xsd"), QStringLiteral("*.dtd")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(dir.relativeFilePath(it.next()));
    files.sort();
    for (const QString &file : files) {
        if (!plan.addResource(file, dir.filePath(file), error))
            return false;
    }
    return true;
}

} // namespace cw
