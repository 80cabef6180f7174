#include "export/targets/cmi5/cmi5target.h"

#include "export/courseslice.h"
#include "export/packageplan.h"
#include "export/playerpackage.h"
#include "export/targets/cmi5/cmi5manifest.h"
#include "export/targets/xapi/activityiri.h"
#include "export/targets/xapi/xapioptions.h"
#include "model/coursedocument.h"
#include "model/grading.h"

namespace cw {

namespace {

// Option keys and values (docs/export.md).
const QString Scope = QStringLiteral("scope");
const QString AuPerModule = QStringLiteral("au-per-module");
const QString MoveOn = QStringLiteral("moveOn");
const QString Auto = QStringLiteral("auto");
const QString WriteMasteryScore = QStringLiteral("writeMasteryScore");

} // namespace

QString Cmi5Target::label() const
{
    return tr("cmi5");
}

QList<ExportOption> Cmi5Target::options() const
{
    QList<ExportOption> list;
    list << XapiOptions::activityBase();
    list << ExportOption::make(
        Scope, PropertyType::Enum, QT_TRANSLATE_NOOP("cw::ExportOption", "Assignable units"),
        QT_TRANSLATE_NOOP("cw::ExportOption",
                          "course: the course is one assignable unit (AU); au-per-module: a block with "
                          "one AU per module, which the LMS tracks each on its own."),
        {{"course", QT_TRANSLATE_NOOP("cw::ExportOption", "One AU for the course")},
         {"au-per-module", QT_TRANSLATE_NOOP("cw::ExportOption", "One AU per module")}});
    list << ExportOption::make(
        MoveOn, PropertyType::Enum, QT_TRANSLATE_NOOP("cw::ExportOption", "Move on when"),
        QT_TRANSLATE_NOOP("cw::ExportOption",
                          "What the LMS waits for before it counts an AU as done (cmi5 moveOn). auto: "
                          "completed and passed where there is a graded quiz, completed elsewhere. Passed "
                          "and CompletedAndPassed need a graded quiz in every AU."),
        {{"auto",
          QT_TRANSLATE_NOOP("cw::ExportOption", "Automatic (passed too where there is a graded quiz)")},
         {"Completed", QT_TRANSLATE_NOOP("cw::ExportOption", "Completed")},
         {"Passed", QT_TRANSLATE_NOOP("cw::ExportOption", "Passed")},
         {"CompletedAndPassed", QT_TRANSLATE_NOOP("cw::ExportOption", "Completed and passed")},
         {"CompletedOrPassed", QT_TRANSLATE_NOOP("cw::ExportOption", "Completed or passed")},
         {"NotApplicable", QT_TRANSLATE_NOOP("cw::ExportOption", "Not applicable (done when assigned)")}});
    list << ExportOption::make(
        WriteMasteryScore, PropertyType::Bool,
        QT_TRANSLATE_NOOP("cw::ExportOption", "Passing score in cmi5.xml"),
        QT_TRANSLATE_NOOP(
            "cw::ExportOption",
            "Write the course's passing score into cmi5.xml as the masteryScore of each AU "
            "with a graded quiz, so the LMS knows it (and may let an administrator change it)."),
        {}, true);
    list << ExportOption::resume();
    return list;
}

QString Cmi5Target::checkOption(const ExportOption &option, const QJsonValue &value) const
{
    return XapiOptions::checkOption(option, value);
}

qint64 Cmi5Target::stateWorstCase(const ExportRequest &request) const
{
    if (request.options.value(Scope).toString() != AuPerModule)
        return ExportTarget::stateWorstCase(request);
    return worstModuleState(request); // each module's AU keeps its own learner state
}

bool Cmi5Target::plan(const ExportRequest &request, PackagePlan &plan, QString *error) const
{
    const QString base = XapiOptions::base(request, error);
    if (base.isEmpty())
        return false;
    const QJsonObject &options = request.options;
    const QString moveOn = options.value(MoveOn).toString();
    const bool wantMastery = options.value(WriteMasteryScore).toBool();
    const CourseDocument &course = request.document;
    const Node &root = *course.root();

    // One AU playing `played` (the course, or a module's slice); `node` is what it stands for in
    // the course (the course, or the module), named in a message when moveOn cannot be met.
    const auto au = [&](const CourseDocument &played, const Node &node, const QString &id,
                        const QString &folder, Cmi5Manifest::Au *out) {
        const bool graded = Grading::hasGradedQuiz(*played.root());
        const QString title = node.string(QStringLiteral("title"));
        if (!graded && (moveOn == u"Passed" || moveOn == u"CompletedAndPassed")) {
            if (error)
                *error =
                    (node.kind() == NodeKind::Module
                         ? tr("The module \"%1\" has no graded quiz, so no learner can pass it: \"Move on "
                              "when: %2\" could never be met. Choose auto or Completed, or add a graded "
                              "quiz to the module.")
                         : tr("The course \"%1\" has no graded quiz, so no learner can pass it: \"Move on "
                              "when: %2\" could never be met. Choose auto or Completed, or add a graded "
                              "quiz to the course."))
                        .arg(title, moveOn);
            return false;
        }
        out->id = id;
        out->title = title;
        out->description = node.string(QStringLiteral("description"));
        out->url = folder + QStringLiteral("index.html");
        out->moveOn = moveOn != Auto ? moveOn
                      : graded       ? QStringLiteral("CompletedAndPassed")
                                     : QStringLiteral("Completed");
        if (wantMastery && graded)
            out->masteryScore = root.integer(QStringLiteral("passingScore")) / 100.0;
        return PlayerPackage::addTo(plan, played, request.file, adapter(), error,
                                    XapiOptions::playerSetup(options, base, id, folder));
    };

    Cmi5Manifest::Content manifest;
    manifest.courseId = base;
    manifest.title = root.string(QStringLiteral("title"));
    manifest.description = root.string(QStringLiteral("description"));
    manifest.language = root.string(QStringLiteral("language"));
    if (options.value(Scope).toString() == AuPerModule) {
        for (int m = 0; m < CourseSlice::moduleCount(course); ++m) {
            const Node &module = *root.child(m);
            Cmi5Manifest::Block block;
            block.id = ActivityIri::activityIri(base, idString(module.id()));
            block.title = module.string(QStringLiteral("title"));
            block.description = module.string(QStringLiteral("description"));
            Cmi5Manifest::Au unit;
            if (!au(*CourseSlice::module(course, m), module, block.id + QStringLiteral("-au"),
                    QStringLiteral("au-%1/").arg(m + 1), &unit))
                return false;
            block.aus.append(unit);
            manifest.blocks.append(block);
        }
    } else {
        Cmi5Manifest::Au unit;
        if (!au(course, root, ActivityIri::activityIri(base, idString(root.id())), QString(), &unit))
            return false;
        manifest.aus.append(unit);
    }
    return plan.addBytes(QStringLiteral("cmi5.xml"), Cmi5Manifest::write(manifest), error);
}

} // namespace cw
