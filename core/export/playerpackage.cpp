#include "export/playerpackage.h"

#include "export/packageplan.h"
#include "export/runtimetext.h"
#include "export/statebudget.h"
#include "model/assetfilename.h"
#include "model/assetsource.h"
#include "model/assetusage.h"
#include "model/coursedocument.h"
#include "model/coursejson.h"
#include "model/mediafit.h"
#include "model/schema.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QSet>

namespace cw {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString resource(const QString &name)
{
    return QLatin1String(PlayerPackage::ResourceRoot) + QLatin1Char('/') + name;
}

QString adapterFile(const QString &adapter)
{
    return QStringLiteral("adapter-%1.js").arg(adapter);
}

QByteArray scriptJson(const QJsonObject &object)
{
    QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    // Outside strings JSON never uses these characters, so replacing them everywhere is safe. "<"
    // keeps "</script>" in course text from ending a script when the data is inlined; U+2028 and
    // U+2029 are line terminators in older JavaScript engines.
    json.replace("&", "\\u0026");
    json.replace("<", "\\u003c");
    json.replace(">", "\\u003e");
    json.replace("\xE2\x80\xA8", "\\u2028");
    json.replace("\xE2\x80\xA9", "\\u2029");
    return json;
}

// What course.js keeps of a quiz's questions: kind and points, all the graded rule reads.
QJsonArray scoringSummary(const QJsonArray &questions)
{
    QJsonArray summary;
    for (const QJsonValue &value : questions) {
        const QJsonObject question = value.toObject();
        const QJsonValue points =
            question.value(QStringLiteral("props")).toObject().value(QStringLiteral("points"));
        QJsonObject props;
        if (!points.isUndefined())
            props.insert(QStringLiteral("points"), points);
        summary.append(QJsonObject{{QStringLiteral("kind"), question.value(QStringLiteral("kind"))},
                                   {QStringLiteral("props"), props}});
    }
    return summary;
}

// "sco-2/" -> "../": from a player's page back to the package root.
QString rootFrom(const QString &folder)
{
    return QStringLiteral("../").repeated(folder.count(QLatin1Char('/')));
}

// What tools keep with the course (export options) is no business of the learner's browser.
void dropSettings(QJsonObject &course)
{
    QJsonObject props = course.value(QStringLiteral("props")).toObject();
    for (const PropertySpec &spec : Schema::instance().kind(NodeKind::Course).properties) {
        if (spec.type == PropertyType::Settings)
            props.remove(spec.key);
    }
    course.insert(QStringLiteral("props"), props);
}

constexpr char kScriptHead[] = "window.Coursewright = window.Coursewright || {};\n";

} // namespace

QStringList PlayerPackage::runtimeFiles()
{
    QStringList files = QDir(QLatin1String(ResourceRoot))
                            .entryList({QStringLiteral("*.js"), QStringLiteral("*.css")}, QDir::Files);
    files.sort();
    return files;
}

QStringList PlayerPackage::scriptOrder(const QString &adapter)
{
    if (!runtimeFiles().contains(adapterFile(adapter)))
        return {};
    return QStringList{QStringLiteral("state.js"),      QStringLiteral("i18n.js"),
                       QStringLiteral("dom.js"),        QStringLiteral("blocks.js"),
                       QStringLiteral("expression.js"), QStringLiteral("quiz.js"),
                       QStringLiteral("scenario.js"),   QStringLiteral("completion.js"),
                       QStringLiteral("tracking.js")} +
           adapterSupport(adapter) + QStringList{adapterFile(adapter), QStringLiteral("player.js")};
}

QStringList PlayerPackage::adapterSupport(const QString &adapter)
{
    // cmi-formats.js: the response syntax and durations SCORM 2004 and xAPI share (scorm-api.js
    // reads its decimals from there too).
    if (adapter == u"scorm12" || adapter == u"scorm2004")
        return {QStringLiteral("cmi-formats.js"), QStringLiteral("scorm-api.js")};
    if (adapter == u"xapi" || adapter == u"cmi5")
        return {QStringLiteral("cmi-formats.js"), QStringLiteral("xapi-client.js"),
                QStringLiteral("xapi-statements.js")};
    return {};
}

QStringList PlayerPackage::styleOrder()
{
    return {QStringLiteral("player.css"), QStringLiteral("blocks.css"), QStringLiteral("quiz.css"),
            QStringLiteral("scenario.css")};
}

QByteArray PlayerPackage::bundle(const QStringList &files, QString *error)
{
    QByteArray out;
    for (const QString &name : files) {
        QFile file(resource(name));
        if (!file.open(QIODevice::ReadOnly)) {
            fail(error, tr("The player file %1 is missing from the application.").arg(name));
            return {};
        }
        out += RuntimeText::packaged(name, file.readAll());
        // A script that ends without a semicolon must not run into the next one.
        if (name.endsWith(QLatin1String(".js")))
            out += ";\n";
    }
    return out;
}

QByteArray PlayerPackage::indexHtml(const Node &course, QString *error, const QString &root,
                                    const QString &connectSources)
{
    QFile file(resource(QStringLiteral("index.html")));
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, tr("The player page template is missing from the application."));
        return {};
    }
    QString page = QString::fromUtf8(file.readAll());
    if (!connectSources.isEmpty()) {
        // The template allows the package's own origin only. Opened before the course's text goes
        // in, so the one "connect-src 'self';" found is the policy's.
        static const QLatin1String templateSources("connect-src 'self';");
        if (page.count(templateSources) != 1) {
            fail(error, tr("The player page template has no connect-src policy to open."));
            return {};
        }
        page.replace(templateSources, QStringLiteral("connect-src %1;").arg(connectSources));
    }
    page.replace(QLatin1String("%LANG%"), course.string(QStringLiteral("language")).toHtmlEscaped());
    page.replace(QLatin1String("%TITLE%"), course.string(QStringLiteral("title")).toHtmlEscaped());
    page.replace(QLatin1String("%ROOT%"), root);
    return page.toUtf8();
}

QString PlayerPackage::mediaPath(const AssetInfo &asset)
{
    // A short, safe extension whatever the original name: every entry unzips everywhere.
    QString suffix = AssetFileName::suffix(asset);
    if (suffix.isEmpty())
        suffix = QStringLiteral("bin");
    return QStringLiteral("media/%1.%2").arg(asset.hash.left(16), suffix);
}

QList<AssetInfo> PlayerPackage::referencedAssets(const CourseDocument &document)
{
    const QMap<QString, QList<QUuid>> used = AssetUsage::byAsset(document);
    QList<AssetInfo> assets;
    for (const AssetInfo &asset : document.assets()) { // QMap: hash order, so packages are stable
        if (used.contains(asset.hash))
            assets.append(asset);
    }
    return assets;
}

bool PlayerPackage::isInline(const AssetInfo &asset)
{
    // Caption files are small text; a huge one stays a file rather than bloating course.js.
    constexpr qint64 maxInlineBytes = 512 * 1024;
    return MediaFit::fits(MediaFit::Captions, asset) && asset.size <= maxInlineBytes;
}

QJsonObject PlayerPackage::courseData(const CourseDocument &document, const QString &adapter,
                                      const AssetSource *file, QList<QJsonObject> *modules,
                                      const Setup &setup)
{
    const QString root = rootFrom(setup.folder);
    QJsonObject assets;
    for (const AssetInfo &asset : referencedAssets(document)) {
        QString src = root + mediaPath(asset);
        if (file && isInline(asset)) {
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            if (file->writeAssetTo(asset.hash, buffer, nullptr))
                src = QStringLiteral("data:text/vtt;base64,") + QString::fromLatin1(bytes.toBase64());
        }
        QJsonObject entry{{QStringLiteral("src"), src},
                          {QStringLiteral("mimeType"), asset.mimeType},
                          {QStringLiteral("name"), asset.name}};
        // Unknown sizes are left out rather than given as 0, which would collapse an <img>.
        if (asset.width > 0 && asset.height > 0) {
            entry.insert(QStringLiteral("width"), asset.width);
            entry.insert(QStringLiteral("height"), asset.height);
        }
        assets.insert(asset.hash, entry);
    }
    // Page blocks, questions and scenario steps are most of a course's bytes, and the player needs
    // them one item at a time: they move to one script per module, loaded when the learner gets
    // there. A quiz keeps what the course score needs of each question (kind and points, for the
    // graded rule of templates/player/quiz.js), so the score counts quizzes not yet opened.
    QJsonObject course = CourseJson::nodeToJson(*document.root(), true);
    dropSettings(course);
    QJsonArray children = course.value(QStringLiteral("children")).toArray();
    QJsonArray parts;
    int index = 0;
    for (qsizetype c = 0; c < children.size(); ++c) {
        QJsonObject module = children.at(c).toObject();
        if (module.value(QStringLiteral("kind")).toString() != u"module")
            continue;
        QJsonArray items = module.value(QStringLiteral("children")).toArray();
        QJsonObject content;
        for (qsizetype i = 0; i < items.size(); ++i) {
            QJsonObject item = items.at(i).toObject();
            const QString kind = item.value(QStringLiteral("kind")).toString();
            if (kind != u"page" && kind != u"quiz" && kind != u"scenario")
                continue;
            const QJsonArray body = item.value(QStringLiteral("children")).toArray();
            if (!body.isEmpty()) // the player reads a missing entry as no children
                content.insert(item.value(QStringLiteral("id")).toString(), body);
            item.insert(QStringLiteral("children"), kind == u"quiz" ? scoringSummary(body) : QJsonArray());
            items.replace(i, item);
        }
        module.insert(QStringLiteral("children"), items);
        children.replace(c, module);
        parts.append(content.isEmpty() ? QJsonValue() : QJsonValue(partPath(index)));
        if (modules)
            modules->append(content);
        ++index;
    }
    course.insert(QStringLiteral("children"), children);
    return QJsonObject{
        {QStringLiteral("format"), DataFormat},
        {QStringLiteral("course"), course},
        {QStringLiteral("assets"), assets},
        {QStringLiteral("adapter"), adapter},
        // The player indexes learner state by it; computed here, it costs the player no walk over
        // the tree at start, and it is the exporter's own reading (StateBudget) by construction.
        {QStringLiteral("shape"), StateBudget::shapeToJson(StateBudget::shape(*document.root()))},
        {QStringLiteral("parts"), parts},
        {QStringLiteral("tracking"), setup.tracking}};
}

QString PlayerPackage::partPath(int module)
{
    return QStringLiteral("content/m%1.js").arg(module);
}

QByteArray PlayerPackage::courseScript(const QJsonObject &data)
{
    return QByteArray(kScriptHead) + "Coursewright.data = " + scriptJson(data) + ";\n";
}

QByteArray PlayerPackage::partScript(int module, const QJsonObject &content)
{
    return QByteArray(kScriptHead) + "Coursewright.parts = Coursewright.parts || {};\nCoursewright.parts[" +
           QByteArray::number(module) + "] = " + scriptJson(content) + ";\n";
}

bool PlayerPackage::addTo(PackagePlan &plan, const CourseDocument &document, const AssetSource *file,
                          const QString &adapter, QString *error, const Setup &setup)
{
    const QStringList scriptFiles = scriptOrder(adapter); // empty when there is no such adapter
    if (scriptFiles.isEmpty())
        return fail(error, tr("The player has no \"%1\" tracking adapter.").arg(adapter));
    const QByteArray index = indexHtml(*document.root(), error, rootFrom(setup.folder), setup.connectSources);
    if (index.isEmpty())
        return false;
    QList<QJsonObject> modules;
    const QJsonObject data = courseData(document, adapter, file, &modules, setup);
    if (!plan.addBytes(setup.folder + QStringLiteral("index.html"), index, error) ||
        !plan.addBytes(setup.folder + QStringLiteral("course.js"), courseScript(data), error))
        return false;
    for (int m = 0; m < modules.size(); ++m) {
        if (!modules.at(m).isEmpty() &&
            !plan.addBytes(setup.folder + partPath(m), partScript(m, modules.at(m)), error))
            return false;
    }
    // Another player of this package may have added the shared part already.
    if (!plan.contains(QLatin1String(ScriptBundle))) {
        const QByteArray scripts = bundle(scriptFiles, error);
        const QByteArray styles = bundle(styleOrder(), error);
        if (scripts.isEmpty() || styles.isEmpty() ||
            !plan.addBytes(QLatin1String(ScriptBundle), scripts, error) ||
            !plan.addBytes(QLatin1String(StyleBundle), styles, error))
            return false;
    }
    const QJsonObject assets = data.value(QStringLiteral("assets")).toObject();
    for (const AssetInfo &asset : referencedAssets(document)) {
        const QString path = mediaPath(asset);
        if (assets.value(asset.hash).toObject().value(QStringLiteral("src")).toString() !=
            rootFrom(setup.folder) + path)
            continue; // carried inline in course.js
        if (!plan.contains(path) && !plan.addAsset(path, asset.hash, error))
            return false;
    }
    return true;
}

} // namespace cw
