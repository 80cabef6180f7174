#pragma once
// An export target (the offline HTML site, SCORM, xAPI, cmi5): what the CLI's
// --format names, what the export dialog lists, and what gives the exporter its package plan. Every
// target is registered in ExportTargets (exporttargets.cpp); nothing else switches on a format name.

#include "model/schema.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <utility>

namespace cw {

class CourseDocument;
class PackagePlan;
class AssetSource;

// One setting of a target, described like a schema property (key, type Enum, Bool or String,
// default, choices, label) so the CLI's flags and the export dialog's fields are built from it.
struct ExportOption
{
    PropertySpec spec;      // label: untranslated, context "cw::ExportOption"
    const char *help = "";  // untranslated, context "cw::ExportOption": CLI --help and tool tips
    bool remembered = true; // kept with the course (ExportSettings), so the next export repeats it
    bool isFolder = false;  // a String naming a folder on this computer
    // What a designer reads for each of spec.choices, in the same order (untranslated, context
    // "cw::ExportOption"): written where the choices are, so a new target needs no table elsewhere.
    QList<const char *> choiceLabels;

    QString label() const;
    QString helpText() const;
    // The CLI flag: the key in lower case with dashes ("successStatus" -> "success-status").
    QString flag() const;
    // What the export dialog shows for one of an Enum's choices ("sco-per-module" -> "One package,
    // a SCO per module"), translated; a value without a label reads as itself.
    QString choiceLabel(const QString &value) const;

    // An option as the targets write them: `choices` are {value, what a designer reads}, the first
    // being the default of an Enum; every text untranslated, context "cw::ExportOption".
    static ExportOption make(const QString &key, PropertyType type, const char *label, const char *help,
                             std::initializer_list<std::pair<const char *, const char *>> choices = {},
                             const QJsonValue &defaultValue = QString());
    // "resume" (always, ask, never): what every tracking target offers a returning learner. The
    // player reads it from Coursewright.data.tracking.
    static ExportOption resume();
};

// What one export asks of a target.
struct ExportRequest
{
    const CourseDocument &document;
    const AssetSource *file = nullptr; // supplies media the package carries inline; may be null
    QJsonObject options;               // every option of the target, resolved (ExportTarget::resolve)
    int package = -1;                  // which of packageNames() to plan; -1 when there is one package
};

class ExportTarget
{
public:
    virtual ~ExportTarget() = default;

    // The stable name: CLI --format, stored with the course. Lower case, no spaces.
    virtual QString name() const = 0;
    // What a designer reads in the export dialog, translated.
    virtual QString label() const = 0;
    // The player's tracking adapter this target ships (templates/player/adapter-<name>.js).
    virtual QString adapter() const = 0;
    // The target's own settings.
    virtual QList<ExportOption> options() const { return {}; }
    // The most characters of learner state the standard lets a course save (suspend data); 0 when
    // there is no limit. Export refuses a course whose worst case exceeds it (StateBudget).
    virtual qint64 stateLimit() const { return 0; }
    // Characters of the largest learner state one tracked unit of this export can save: the course
    // (StateBudget::worstCase), or a module where each module is tracked on its own.
    virtual qint64 stateWorstCase(const ExportRequest &request) const;
    // Empty: one package, written at the output path. Otherwise the file names of one zip each,
    // written into the output folder; plan() is called once per package with request.package set.
    virtual QStringList packageNames(const ExportRequest &request) const
    {
        Q_UNUSED(request);
        return {};
    }
    // Adds every file of the package to `plan`. Fails with a message, adding nothing a caller may
    // rely on.
    virtual bool plan(const ExportRequest &request, PackagePlan &plan, QString *error) const = 0;

    // What is wrong with `value` for `option` beyond its type and choices (Schema::checkValue), in
    // words a designer understands; empty when nothing is.
    virtual QString checkOption(const ExportOption &option, const QJsonValue &value) const
    {
        Q_UNUSED(option);
        Q_UNUSED(value);
        return {};
    }

    // Every option's value: its default, overridden by `stored` (values kept with the course; a
    // stale or invalid one is ignored), then by `given` (this export's choices; an invalid or
    // unknown one fails with a message naming it). checkOption has the last word on each.
    QJsonObject resolve(const QJsonObject &stored, const QJsonObject &given, QString *error) const;

protected:
    // stateWorstCase where each module is tracked on its own (a SCO or an AU per module): the
    // largest module's.
    static qint64 worstModuleState(const ExportRequest &request);
};

class ExportTargets
{
public:
    // Every registered target, in the order to list them.
    static QList<const ExportTarget *> all();
    // The target called `name`, or null.
    static const ExportTarget *find(const QString &name);
};

} // namespace cw
