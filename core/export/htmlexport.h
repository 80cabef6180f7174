#pragma once
// The offline HTML target: the player package with the standalone adapter (learner state in
// localStorage) and nothing else, to open index.html from disk or put on any web server.

#include <QString>

namespace cw {

class CourseDocument;
class PackagePlan;
class ProjectFile;

class HtmlExport
{
public:
    static QString adapter() { return QStringLiteral("standalone"); }
    static bool plan(const CourseDocument &document, const ProjectFile *file, PackagePlan &plan,
                     QString *error);
};

} // namespace cw
