#include "export/playerpackage.h"

#include "export/packageplan.h"
#include "model/assetfilename.h"
#include "model/coursedocument.h"
#include "model/coursejson.h"
#include "model/mediafit.h"
#include "model/schema.h"
#include "store/projectfile.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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

} // namespace

QStringList PlayerPackage::runtimeFiles()
{
    QStringList files = QDir(QLatin1String(ResourceRoot))
                            .entryList({QStringLiteral("*.js"), QStringLiteral("*.css")}, QDir::Files);
    files.sort();
    return files;
}

QByteArray PlayerPackage::indexHtml(const Node &course, const QString &adapter, QString *error)
{
    QFile file(resource(QStringLiteral("index.html")));
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, tr("The player page template is missing from the application."));
        return {};
    }
    QString page = QString::fromUtf8(file.readAll());
    // %ADAPTER% last: the course's own text must never be able to produce a placeholder.
    page.replace(QLatin1String("%ADAPTER%"),
                 QStringLiteral("<script defer src=\"player/%1\"></script>").arg(adapterFile(adapter)));
    page.replace(QLatin1String("%LANG%"), course.string(QStringLiteral("language")).toHtmlEscaped());
    page.replace(QLatin1String("%TITLE%"), course.string(QStringLiteral("title")).toHtmlEscaped());
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
    QSet<QString> used;
    document.root()->walk([&used](const Node *node) {
        for (const PropertySpec &spec : Schema::instance().kind(node->kind()).properties) {
            if (spec.type == PropertyType::AssetRef && !node->string(spec.key).isEmpty())
                used.insert(node->string(spec.key));
        }
    });
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
                                      const ProjectFile *file)
{
    QJsonObject assets;
    for (const AssetInfo &asset : referencedAssets(document)) {
        QString src = mediaPath(asset);
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
    return QJsonObject{{QStringLiteral("format"), DataFormat},
                       {QStringLiteral("course"), CourseJson::nodeToJson(*document.root(), true)},
                       {QStringLiteral("assets"), assets},
                       {QStringLiteral("adapter"), adapter}};
}

QByteArray PlayerPackage::courseScript(const QJsonObject &data)
{
    QByteArray json = QJsonDocument(data).toJson(QJsonDocument::Compact);
    // Outside strings JSON never uses these characters, so replacing them everywhere is safe. "<"
    // keeps "</script>" in course text from ending a script when the data is inlined; U+2028 and
    // U+2029 are line terminators in older JavaScript engines.
    json.replace("&", "\\u0026");
    json.replace("<", "\\u003c");
    json.replace(">", "\\u003e");
    json.replace("\xE2\x80\xA8", "\\u2028");
    json.replace("\xE2\x80\xA9", "\\u2029");
    return QByteArrayLiteral("window.Coursewright = window.Coursewright || {};\nCoursewright.data = ") +
           json + QByteArrayLiteral(";\n");
}

bool PlayerPackage::addTo(PackagePlan &plan, const CourseDocument &document, const ProjectFile *file,
                          const QString &adapter, QString *error)
{
    const QStringList runtime = runtimeFiles();
    if (!runtime.contains(adapterFile(adapter)))
        return fail(error, tr("The player has no \"%1\" tracking adapter.").arg(adapter));
    const QByteArray index = indexHtml(*document.root(), adapter, error);
    if (index.isEmpty())
        return false;
    const QJsonObject data = courseData(document, adapter, file);
    if (!plan.addBytes(QStringLiteral("index.html"), index, error) ||
        !plan.addBytes(QStringLiteral("course.js"), courseScript(data), error))
        return false;
    for (const QString &name : runtime) {
        // Only this target's adapter: the others would be dead weight (and, for a standard's
        // adapter, a script that looks for an LMS API).
        if (name.startsWith(QLatin1String("adapter-")) && name != adapterFile(adapter))
            continue;
        if (!plan.addResource(QStringLiteral("player/") + name, resource(name), error))
            return false;
    }
    const QJsonObject assets = data.value(QStringLiteral("assets")).toObject();
    for (const AssetInfo &asset : referencedAssets(document)) {
        if (assets.value(asset.hash).toObject().value(QStringLiteral("src")).toString() != mediaPath(asset))
            continue; // carried inline in course.js
        if (!plan.addAsset(mediaPath(asset), asset.hash, error))
            return false;
    }
    return true;
}

} // namespace cw
