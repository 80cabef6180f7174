#pragma once
// The course templates compiled into cw_core (templates/starters): a blank course and the sample
// course, turned into new projects with fresh ids by `coursewright-cli new --template` and File > New.

#include "model/coursejson.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace cw {

class Project;

class Starters
{
    Q_DECLARE_TR_FUNCTIONS(cw::Starters)

public:
    // Stable names, as typed after --template: "blank", "sample".
    static QStringList names();
    // One translated sentence for a chooser; empty for an unknown name.
    static QString description(const QString &name);

    // The template's course with a fresh id on every node and a fresh course identifier, and its
    // asset catalogue. The blank template is a new course tree with no assets.
    static std::optional<CourseData> load(const QString &name, QString *error);
    // Where the bytes of one of the template's assets live (a ":/" resource path).
    static QString assetPath(const QString &name, const AssetInfo &asset);

    // A new untitled project holding the template, its media imported and checked against the
    // catalogue hashes, and an undo stack with nothing to undo.
    static std::unique_ptr<Project> create(const QString &name, QString *error);
};

} // namespace cw
