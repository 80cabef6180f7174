#pragma once
// cmi5.xml, the cmi5 course structure, as ../shared/STANDARDS.md and the CourseStructure XSD
// describe it: the course, then its AUs and blocks of AUs (one block per module).

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace cw {

class Cmi5Manifest
{
public:
    struct Au
    {
        QString id; // absolute IRI (ActivityIri), unique in the course, the same across re-exports
        QString title;
        QString description;
        QString url;                        // the page to launch, relative to cmi5.xml
        QString moveOn;                     // Passed, Completed, CompletedAndPassed, CompletedOrPassed,
                                            // NotApplicable; none: NotApplicable
        std::optional<double> masteryScore; // 0..1; none: no attribute, the AU passes by its own rule
        QString launchMethod;               // AnyWindow or OwnWindow; none: AnyWindow
    };

    struct Block
    {
        QString id; // absolute IRI
        QString title;
        QString description;
        QList<Au> aus;
    };

    struct Content
    {
        QString courseId; // absolute IRI
        QString title;
        QString description;
        QString language; // of every langstring; none: "und"
        QList<Au> aus;    // written before the blocks
        QList<Block> blocks;
    };

    static QByteArray write(const Content &content);
};

} // namespace cw
