#pragma once
// Canonical JSON: the diffable text form of a course (coursewright-cli dump / load).
// Keys sorted, children in course order, assets by hash, byte-identical on a round trip.

#include "assetinfo.h"
#include "node.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>

#include <memory>
#include <optional>

namespace cw {

struct CourseData
{
    std::unique_ptr<Node> root;
    QList<AssetInfo> assets;
};

class CourseJson
{
    Q_DECLARE_TR_FUNCTIONS(cw::CourseJson)

public:
    static constexpr int FormatVersion = 1;
    // The longest asset name, in UTF-8 bytes, that a file system can hold as one file name.
    static constexpr qsizetype MaxNameBytes = 255;

    static QByteArray write(const Node &root, const QMap<QString, AssetInfo> &assets);
    // Parses and checks everything against the schema; on failure returns nullopt and a message
    // naming the line and column, or the JSON path, of the first problem.
    static std::optional<CourseData> read(const QByteArray &json, QString *error);

    // One node without its children, as stored in a project-file row.
    static QJsonObject nodeToJson(const Node &node, bool withChildren);
    static QJsonObject assetToJson(const AssetInfo &asset);
    static std::optional<AssetInfo> assetFromJson(const QJsonObject &object, const QString &path,
                                                  QString *error);
    // Checks one property bag against a kind's schema; fills missing keys with defaults.
    static bool readProperties(Node &node, const QJsonObject &props, const QString &path, QString *error);
};

} // namespace cw
