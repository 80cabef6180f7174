#pragma once
// The part of a package every target shares (docs/player.md): index.html, the player runtime
// under player/, course.js with one content script per module, and the media the course uses. A
// target adds its manifest and names its tracking adapter; nothing else differs between HTML,
// SCORM, xAPI and cmi5.

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
class AssetSource;
struct AssetInfo;

class PlayerPackage
{
    Q_DECLARE_TR_FUNCTIONS(cw::PlayerPackage)

public:
    // Coursewright.data.format. 2: items' children (page blocks, questions, scenario steps) travel
    // in one script per module (partPath), so the player parses only the skeleton at start; the
    // shape of the learner state ships with it.
    static constexpr int DataFormat = 2;
    static constexpr const char *ResourceRoot = ":/player";

    // How a target places one player in its package.
    struct Setup
    {
        // "" or a folder ending in '/' ("sco-2/") for index.html, course.js and content/: one
        // player per SCO. The runtime bundles and media/ stay at the package root, shared by every
        // player in the package.
        QString folder;
        // Export options the adapter reads at run time (Coursewright.data.tracking): resume, ...
        QJsonObject tracking;
        // Where the page may send requests, the sources of its Content-Security-Policy's
        // connect-src, for an adapter that talks to a server elsewhere (an LRS: "'self' http:
        // https:"); none: the package's own origin only ('self').
        QString connectSources;
    };

    // Adds index.html, course.js, content/m<i>.js, the bundles and media/* to `plan` for `adapter`
    // ("standalone", "scorm12", ...); bundles and media already in `plan` (another player's) are
    // shared. Fails, changing nothing a target relies on, when the runtime lacks the adapter.
    // `file` (may be null) supplies the captions that course.js carries inline.
    static bool addTo(PackagePlan &plan, const CourseDocument &document, const AssetSource *file,
                      const QString &adapter, QString *error, const Setup &setup = {});

    // What a package carries of the runtime: one script and one style sheet, so a browser makes
    // two requests for it rather than fifteen (six at a time over HTTP/1.1, which many LMSs use).
    static constexpr const char *ScriptBundle = "player/coursewright.js";
    static constexpr const char *StyleBundle = "player/coursewright.css";

    // The runtime files under player/ (names relative to ResourceRoot, sorted): every .js and .css
    // file of templates/player. index.html is a template, not shipped as is.
    static QStringList runtimeFiles();
    // The bundles' contents in load order, each script after those it uses: every runtime file but
    // the adapters of other targets. Empty when the runtime has no such adapter.
    static QStringList scriptOrder(const QString &adapter);
    // The runtime files an adapter needs besides its own, in load order: cmi-formats.js and
    // scorm-api.js for both SCORM adapters; cmi-formats.js, xapi-client.js and xapi-statements.js
    // for xapi and cmi5.
    static QStringList adapterSupport(const QString &adapter);
    static QStringList styleOrder();
    // The files concatenated as packaged (RuntimeText::packaged: without comment lines).
    static QByteArray bundle(const QStringList &files, QString *error);
    // `root`: the way from the page to the package root ("" or "../"); `connectSources`: the CSP's
    // connect-src (Setup::connectSources), none for the template's own ('self').
    static QByteArray indexHtml(const Node &course, QString *error, const QString &root = {},
                                const QString &connectSources = {});
    // The object assigned to Coursewright.data: the canonical course tree with every item's
    // children (a page's blocks, a scenario's steps) left empty, a quiz's questions reduced to
    // kind and points, the assets, the adapter, the learner-state shape
    // (StateBudget::shapeToJson) and "parts": per module, the path of its content script or null
    // when it has no item. `modules` (may be null) receives, per module, its items' children by
    // item id: what each content script holds. Captions (WebVTT) read from `file` become data:
    // URLs, because Chromium refuses a <track> file beside a page opened from file://.
    static QJsonObject courseData(const CourseDocument &document, const QString &adapter,
                                  const AssetSource *file = nullptr, QList<QJsonObject> *modules = nullptr,
                                  const Setup &setup = {});
    // "content/m<module>.js": a folder, so a re-export with fewer modules still finds only its
    // own top-level names in the old package (Exporter's previous-export check).
    static QString partPath(int module);
    // Whether an asset travels inside course.js rather than as a file under media/.
    static bool isInline(const AssetInfo &asset);
    // course.js: the data as a script, so the package works from file:// without fetch().
    static QByteArray courseScript(const QJsonObject &data);
    // A module's content script: assigns `content` to Coursewright.parts[module].
    static QByteArray partScript(int module, const QJsonObject &content);
    // "media/<first 16 hex of the hash>.<ext>".
    static QString mediaPath(const AssetInfo &asset);
    // The catalogue entries the course refers to, in hash order; unused catalogue entries and
    // references to missing files (a validation error) are left out.
    static QList<AssetInfo> referencedAssets(const CourseDocument &document);
};

} // namespace cw
