#include "coursejson.h"

#include "jsonnumber.h"
#include "schema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <limits>

namespace cw {

namespace {

const QString kFormatName = QStringLiteral("coursewright-course");

bool fail(QString *error, const QString &path, const QString &message)
{
    if (error)
        *error = path.isEmpty() ? message : QStringLiteral("%1: %2").arg(path, message);
    return false;
}

std::unique_ptr<Node> readNode(const QJsonValue &value, const QString &path, QSet<QUuid> &seen,
                               QString *error)
{
    if (!value.isObject()) {
        fail(error, path, CourseJson::tr("expected an object"));
        return nullptr;
    }
    const QJsonObject object = value.toObject();
    static const QSet<QString> knownKeys = {QStringLiteral("id"), QStringLiteral("kind"),
                                            QStringLiteral("props"), QStringLiteral("children")};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!knownKeys.contains(it.key())) {
            fail(error, path, CourseJson::tr("unknown key '%1'").arg(it.key()));
            return nullptr;
        }
    }
    const auto kind = kindFromName(object.value(QStringLiteral("kind")).toString());
    if (!kind) {
        fail(error, path + QStringLiteral(".kind"),
             CourseJson::tr("unknown kind '%1'").arg(object.value(QStringLiteral("kind")).toString()));
        return nullptr;
    }
    const QString idText = object.value(QStringLiteral("id")).toString();
    const QUuid id = QUuid::fromString(idText);
    if (id.isNull()) {
        fail(error, path + QStringLiteral(".id"), CourseJson::tr("expected a UUID, found '%1'").arg(idText));
        return nullptr;
    }
    if (seen.contains(id)) {
        fail(error, path + QStringLiteral(".id"), CourseJson::tr("the id %1 is used twice").arg(idText));
        return nullptr;
    }
    seen.insert(id);
    auto node = std::make_unique<Node>(*kind, id);
    const QJsonValue props = object.value(QStringLiteral("props"));
    if (!props.isUndefined() && !props.isObject()) {
        fail(error, path + QStringLiteral(".props"), CourseJson::tr("expected an object"));
        return nullptr;
    }
    if (!CourseJson::readProperties(*node, props.toObject(), path + QStringLiteral(".props"), error))
        return nullptr;
    const QJsonValue children = object.value(QStringLiteral("children"));
    if (!children.isUndefined() && !children.isArray()) {
        fail(error, path + QStringLiteral(".children"), CourseJson::tr("expected an array"));
        return nullptr;
    }
    const KindSpec &spec = Schema::instance().kind(*kind);
    const QJsonArray list = children.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString childPath = QStringLiteral("%1.children[%2]").arg(path).arg(i);
        std::unique_ptr<Node> child = readNode(list.at(i), childPath, seen, error);
        if (!child)
            return nullptr;
        if (!spec.acceptsChild(child->kind())) {
            fail(error, childPath,
                 CourseJson::tr("a %1 cannot contain a %2").arg(kindName(*kind), kindName(child->kind())));
            return nullptr;
        }
        node->appendChild(std::move(child));
    }
    return node;
}

QPair<int, int> lineAndColumn(const QByteArray &text, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((uchar(text[i]) & 0xC0) != 0x80) { // count characters, not UTF-8 bytes
            ++column;
        }
    }
    return {line, column};
}

} // namespace

QJsonObject CourseJson::nodeToJson(const Node &node, bool withChildren)
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), idString(node.id()));
    object.insert(QStringLiteral("kind"), kindName(node.kind()));
    object.insert(QStringLiteral("props"), node.properties());
    if (withChildren && node.childCount() > 0) {
        QJsonArray children;
        for (const auto &c : node.children())
            children.append(nodeToJson(*c, true));
        object.insert(QStringLiteral("children"), children);
    }
    return object;
}

QJsonObject CourseJson::assetToJson(const AssetInfo &asset)
{
    QJsonObject object;
    object.insert(QStringLiteral("hash"), asset.hash);
    object.insert(QStringLiteral("name"), asset.name);
    object.insert(QStringLiteral("mimeType"), asset.mimeType);
    object.insert(QStringLiteral("size"), double(asset.size));
    if (asset.width > 0)
        object.insert(QStringLiteral("width"), asset.width);
    if (asset.height > 0)
        object.insert(QStringLiteral("height"), asset.height);
    if (asset.durationMs > 0)
        object.insert(QStringLiteral("durationMs"), double(asset.durationMs));
    return object;
}

std::optional<AssetInfo> CourseJson::assetFromJson(const QJsonObject &object, const QString &path,
                                                   QString *error)
{
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    AssetInfo asset;
    asset.hash = object.value(QStringLiteral("hash")).toString();
    if (!sha256.match(asset.hash).hasMatch()) {
        fail(error, path + QStringLiteral(".hash"), tr("expected a SHA-256 hash in lower-case hex"));
        return std::nullopt;
    }
    asset.name = object.value(QStringLiteral("name")).toString();
    // The name becomes a file name (a media folder, Import Media in reverse): no file system holds
    // more than 255 bytes in one name.
    const qsizetype nameBytes = asset.name.toUtf8().size();
    if (nameBytes > MaxNameBytes) {
        fail(error, path + QStringLiteral(".name"),
             tr("the file name is %1 bytes long; file systems allow at most %2")
                 .arg(nameBytes)
                 .arg(MaxNameBytes));
        return std::nullopt;
    }
    asset.mimeType = object.value(QStringLiteral("mimeType")).toString();
    const auto number = [&](const char *key, qint64 maximum, qint64 &out) {
        const QJsonValue v = object.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        QString problem;
        const std::optional<qint64> n = JsonNumber::toInteger(v, 0, maximum, &problem);
        if (!n)
            return fail(error, path + QLatin1Char('.') + QLatin1String(key), problem);
        out = *n;
        return true;
    };
    qint64 width = 0;
    qint64 height = 0;
    constexpr qint64 maxInt = std::numeric_limits<int>::max();
    if (!number("size", JsonNumber::MaxExact, asset.size) || !number("width", maxInt, width) ||
        !number("height", maxInt, height) || !number("durationMs", JsonNumber::MaxExact, asset.durationMs))
        return std::nullopt;
    asset.width = int(width);
    asset.height = int(height);
    return asset;
}

bool CourseJson::readProperties(Node &node, const QJsonObject &props, const QString &path, QString *error)
{
    const KindSpec &spec = Schema::instance().kind(node.kind());
    for (auto it = props.begin(); it != props.end(); ++it) {
        const PropertySpec *p = spec.property(it.key());
        if (!p)
            return fail(error, path, tr("a %1 has no property '%2'").arg(kindName(node.kind()), it.key()));
        const QString problem = Schema::checkValue(*p, it.value());
        if (!problem.isEmpty())
            return fail(error, path + QLatin1Char('.') + it.key(), problem);
        node.setProperty(it.key(), Schema::normalized(*p, it.value()));
    }
    return true;
}

QByteArray CourseJson::write(const Node &root, const QMap<QString, AssetInfo> &assets)
{
    QJsonArray assetList;
    for (const AssetInfo &a : assets) // QMap iterates in hash order: stable
        assetList.append(assetToJson(a));
    QJsonObject top;
    top.insert(QStringLiteral("format"), kFormatName);
    top.insert(QStringLiteral("formatVersion"), FormatVersion);
    top.insert(QStringLiteral("assets"), assetList);
    top.insert(QStringLiteral("course"), nodeToJson(root, true));
    return QJsonDocument(top).toJson(QJsonDocument::Indented);
}

std::optional<CourseData> CourseJson::read(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, parseError.offset);
        fail(error, {}, tr("line %1, column %2: %3").arg(line).arg(column).arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        fail(error, {}, tr("not a Coursewright course: the top level is not a JSON object"));
        return std::nullopt;
    }
    const QJsonObject top = doc.object();
    if (top.value(QStringLiteral("format")).toString() != kFormatName) {
        fail(error, {}, tr("not a Coursewright course: \"format\" is not \"%1\"").arg(kFormatName));
        return std::nullopt;
    }
    QString versionProblem;
    const std::optional<qint64> version = JsonNumber::toInteger(top.value(QStringLiteral("formatVersion")), 1,
                                                                JsonNumber::MaxExact, &versionProblem);
    if (!version) {
        fail(error, QStringLiteral("formatVersion"), versionProblem);
        return std::nullopt;
    }
    if (*version > FormatVersion) {
        fail(error, {},
             tr("this course was written by a newer Coursewright (format %1; this version reads up to %2)")
                 .arg(*version)
                 .arg(FormatVersion));
        return std::nullopt;
    }
    CourseData data;
    QSet<QUuid> seen;
    data.root = readNode(top.value(QStringLiteral("course")), QStringLiteral("course"), seen, error);
    if (!data.root)
        return std::nullopt;
    if (data.root->kind() != NodeKind::Course) {
        fail(error, QStringLiteral("course.kind"), tr("the top node must be a course"));
        return std::nullopt;
    }
    const QJsonValue assets = top.value(QStringLiteral("assets"));
    if (!assets.isUndefined() && !assets.isArray()) {
        fail(error, QStringLiteral("assets"), tr("expected an array"));
        return std::nullopt;
    }
    QSet<QString> hashes;
    const QJsonArray assetList = assets.toArray();
    for (qsizetype i = 0; i < assetList.size(); ++i) {
        const QString path = QStringLiteral("assets[%1]").arg(i);
        if (!assetList.at(i).isObject()) {
            fail(error, path, tr("expected an object"));
            return std::nullopt;
        }
        auto asset = assetFromJson(assetList.at(i).toObject(), path, error);
        if (!asset)
            return std::nullopt;
        if (hashes.contains(asset->hash)) {
            fail(error, path, tr("the asset %1 is listed twice").arg(asset->hash));
            return std::nullopt;
        }
        hashes.insert(asset->hash);
        data.assets << *asset;
    }
    return data;
}

} // namespace cw
