#pragma once
// The part of a package every target shares (docs/player.md): index.html, the player runtime
// under player/, course.js and the media the course uses. A target adds its manifest and names
// its tracking adapter; nothing else differs between HTML, SCORM, xAPI and cmi5.

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace cw {

class CourseDocument;
class Node;
class PackagePlan;
class ProjectFile;
struct AssetInfo;

class PlayerPackage
{
    Q_DECLARE_TR_FUNCTIONS(cw::PlayerPackage)

public:
    static constexpr int DataFormat = 1; // Coursewright.data.format
    static constexpr const char *ResourceRoot = ":/player";

    // Adds index.html, course.js, player/* and media/* to `plan` for `adapter` ("standalone",
    // "scorm12", ...). Fails, changing nothing a target relies on, when the runtime lacks the adapter.
    // `file` (may be null) supplies the captions that course.js carries inline.
    static bool addTo(PackagePlan &plan, const CourseDocument &document, const ProjectFile *file,
                      const QString &adapter, QString *error);

    // The runtime files under player/ (names relative to ResourceRoot, sorted): every .js and .css
    // file of templates/player. A package gets them all except the adapters of other targets;
    // index.html is a template, not shipped as is.
    static QStringList runtimeFiles();
    static QByteArray indexHtml(const Node &course, const QString &adapter, QString *error);
    // The object assigned to Coursewright.data. Captions (WebVTT) read from `file` become data:
    // URLs, because Chromium refuses a <track> file beside a page opened from file://.
    static QJsonObject courseData(const CourseDocument &document, const QString &adapter,
                                  const ProjectFile *file = nullptr);
    // Whether an asset travels inside course.js rather than as a file under media/.
    static bool isInline(const AssetInfo &asset);
    // course.js: the data as a script, so the package works from file:// without fetch().
    static QByteArray courseScript(const QJsonObject &data);
    // "media/<first 16 hex of the hash>.<ext>".
    static QString mediaPath(const AssetInfo &asset);
    // The catalogue entries the course refers to, in hash order; unused catalogue entries and
    // references to missing files (a validation error) are left out.
    static QList<AssetInfo> referencedAssets(const CourseDocument &document);
};

} // namespace cw
