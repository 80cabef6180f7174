#pragma once
// An export target (the offline HTML site; SCORM, xAPI and cmi5 as they come): what the CLI's
// --format names, what the export dialog lists, and what gives the exporter its package plan. Every
// target is registered in ExportTargets (exporttargets.cpp); nothing else switches on a format name.

#include "model/schema.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace cw {

class CourseDocument;
class PackagePlan;
class AssetSource;

// What one export asks of a target.
struct ExportRequest
{
    const CourseDocument &document;
    const AssetSource *file = nullptr; // supplies media the package carries inline; may be null
    QJsonObject options;               // values of the target's options(); a missing key: its default
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
    // The target's own settings, described like schema properties so the CLI and the dialog can
    // offer them without knowing the target.
    virtual QList<PropertySpec> options() const { return {}; }
    // Adds every file of the package to `plan`. Fails with a message, adding nothing a caller may
    // rely on.
    virtual bool plan(const ExportRequest &request, PackagePlan &plan, QString *error) const = 0;
};

class ExportTargets
{
public:
    // Every registered target, in the order to list them.
    static QList<const ExportTarget *> all();
    // The target called `name`, or null.
    static const ExportTarget *find(const QString &name);
    // Names of standards the editor lists as coming (not registered yet), in listing order.
    static QStringList upcoming();
};

} // namespace cw
