#pragma once
// tincan.xml for an xAPI (TinCan) package, as ../shared/STANDARDS.md describes it: exactly one
// activity, the course, with its launch page.

#include <QByteArray>
#include <QString>

namespace cw {

class TincanManifest
{
public:
    struct Content
    {
        QString activityId;  // absolute IRI (ActivityIri), the same across re-exports
        QString name;        // what the LRS and LMS list
        QString description; // none: no <description>
        QString launch;      // the page to launch, relative to the package root ("index.html")
        QString language;    // of name, description and launch page; none: "und"
    };

    static QByteArray write(const Content &content);
};

} // namespace cw
