#pragma once
// imsmanifest.xml for SCORM 1.2 and SCORM 2004 (3rd and 4th edition), as ../shared/STANDARDS.md
// and docs/export.md describe it: one item per SCO, every shipped file listed, the sequencing a
// 2004 LMS needs so that launching is not mistaken for completing.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cw {

class ScormManifest
{
public:
    enum class Edition
    {
        Scorm12,
        Scorm2004Third,
        Scorm2004Fourth,
    };

    struct Sco
    {
        QString key;   // what its identifiers derive from: the node id of the course or module
        QString title; // what the LMS lists
        QString href;  // the page to launch
        QStringList files;
        std::optional<int> masteryScore; // percent; none: the SCO reports no pass or fail by it
    };

    struct Content
    {
        Edition edition = Edition::Scorm2004Fourth;
        QString identifier; // the manifest's: the same across re-exports of one course
        QString title;      // the organization's
        QString key;        // what the organization's identifier derives from
        QList<Sco> scos;
        QStringList sharedFiles; // files every SCO uses (runtime, media): one asset resource
    };

    static QByteArray write(const Content &content);

    // `prefix` + `text` as an xsd:ID (letters, digits, '-', '_', '.'; starts with a letter):
    // identifiers derive from node ids and the course identifier, so re-exports keep them.
    static QString xmlId(const QString &prefix, const QString &text);
    // The <schemaversion> text LMSs key on ("1.2", "2004 3rd Edition", "2004 4th Edition").
    static QString schemaVersion(Edition edition);
};

} // namespace cw
