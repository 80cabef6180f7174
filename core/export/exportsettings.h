#pragma once
// The export choices kept with a course (the Course property "exportSettings"), so the next export,
// from the dialog or the CLI, repeats them: the last format and, per target, its remembered
// options. {"format": "scorm12", "scorm12": {"scope": "course", ...}, "html": {}}

#include <QJsonObject>
#include <QString>

namespace cw {

class CourseDocument;
class ExportTarget;

class ExportSettings
{
public:
    static constexpr const char *Property = "exportSettings";

    // The format of the last export, or "" when the course was never exported.
    static QString lastFormat(const CourseDocument &document);
    // The kept option values of `format` (not resolved: ExportTarget::resolve adds defaults).
    static QJsonObject stored(const CourseDocument &document, const QString &format);
    // The property's value after an export to `target` with `resolved` options: the format and
    // the remembered options replace what was kept for that target; other targets keep theirs.
    static QJsonObject updated(const CourseDocument &document, const ExportTarget &target,
                               const QJsonObject &resolved);
    // Keeps them in the course as one undoable edit when they changed; false when nothing changed.
    static bool remember(CourseDocument &document, const ExportTarget &target, const QJsonObject &resolved);
};

} // namespace cw
