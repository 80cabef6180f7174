#include "projectfile.h"

#include "assetblobs.h"
#include "assetprobe.h"
#include "atomicfilewriter.h"
#include "model/coursedocument.h"
#include "model/schema.h"
#include "projectassetreader.h"
#include "projectschema.h"
#include "recoveryfile.h"
#include "sqlitestatement.h"
#include "svgsanitizer.h"
#include "tempartifact.h"

#include "platform/ioerror.h"
#include "platform/platformfiles.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QPointer>
#include <QUndoStack>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>
#include <limits>
#include <mutex>
#include <vector>

namespace cw {

namespace {

// How long Save As waits for another program's lock on the project before giving up.
constexpr int kBusyLimitMs = 3000;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Creates `path` empty. Private files (media not yet saved) are for this user alone; others get
// the permissions the user's umask gives any new file.
bool createEmptyFile(const QString &path, bool isPrivate, QString *error)
{
    QFile file(path);
    const bool created = isPrivate ? file.open(QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner)
                                   : file.open(QIODevice::NewOnly);
    if (!created && error)
        *error = ProjectFile::tr("Could not write %1: %2")
                     .arg(QDir::toNativeSeparators(path), IoError::describe(file));
    return created;
}

sqlite3 *openConnection(const QString &path, int flags, QString *error)
{
    sqlite3 *db = nullptr;
    const QByteArray name = (flags & SQLITE_OPEN_URI) ? path.toUtf8() : QFile::encodeName(path);
    const int rc = sqlite3_open_v2(name.constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString file = (flags & SQLITE_OPEN_URI) ? QUrl(path).fileName() : QFileInfo(path).fileName();
        fail(error, SqliteStatement::errorText(db, ProjectFile::tr("Could not open %1").arg(file)));
        sqlite3_close(db);
        return nullptr;
    }
    sqlite3_busy_timeout(db, 2000);
    sqlite3_extended_result_codes(db, 1);
    return db;
}

// A database file and the journal or write-ahead log SQLite may have left beside it.
void removeWithCompanions(const QString &path)
{
    QFile::remove(path);
    for (const char *suffix : {"-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

// A new empty private file in the temp folder (media not yet saved, an untitled course), made as a
// TempArtifact group so that what a killed session leaves is swept; its path goes to *path.
std::unique_ptr<TempArtifact> createTemporaryFile(const QString &prefix, const QString &extension,
                                                  QString *path, QString *error)
{
    std::unique_ptr<TempArtifact> artifact = TempArtifact::create(QDir::tempPath(), prefix, error);
    if (!artifact)
        return nullptr;
    *path = artifact->member(extension);
    return createEmptyFile(*path, true, error) ? std::move(artifact) : nullptr;
}

// True when the header says the file was left in write-ahead-log mode (bytes 18 and 19 are 2).
bool hasWalHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(20);
    return header.size() == 20 && header[18] == 2 && header[19] == 2;
}

// Opens for reading without writing to the file or leaving anything beside it, whatever journal
// mode it was left in. SQLite creates "-wal" and "-shm" beside a file in WAL mode even for a
// read-only connection: with nothing in the log, the file is read as immutable (no companions);
// with a log left by a crash, its contents are read and the companions this connection created
// are listed in *created for removal after closing.
sqlite3 *openForReading(const QString &path, QStringList *created, QString *error)
{
    if (!hasWalHeader(path))
        return openConnection(path, SQLITE_OPEN_READONLY, error);
    const QString wal = path + QStringLiteral("-wal");
    if (QFileInfo(wal).size() <= 0) {
        QUrl url = QUrl::fromLocalFile(path);
        url.setQuery(QStringLiteral("immutable=1"));
        return openConnection(url.toString(QUrl::FullyEncoded), SQLITE_OPEN_READONLY | SQLITE_OPEN_URI,
                              error);
    }
    for (const QString &companion : {wal, path + QStringLiteral("-shm")}) {
        if (!QFileInfo::exists(companion))
            created->append(companion);
    }
    return openConnection(path, SQLITE_OPEN_READONLY, error);
}

bool isReadOnlyFile(const QFileInfo &info)
{
    // Permission bits, not access(): a file marked read-only stays so even for root.
    return !info.isWritable() || !(info.permissions() & QFile::WriteOwner) ||
           !QFileInfo(info.absolutePath()).isWritable();
}

QByteArray propsText(const Node &node)
{
    return QJsonDocument(CourseJson::nodeToJson(node, false).value(QStringLiteral("props")).toObject())
        .toJson(QJsonDocument::Compact);
}

} // namespace

struct ProjectFile::Private
{
    sqlite3 *db = nullptr;
    QString path;
    bool temporary = false;
    bool readOnly = false;
    bool journalChecked = false;                     // the rollback journal is set (first save)
    QStringList createdCompanions;                   // made by a read-only connection (see openForReading)
    std::unique_ptr<TempArtifact> temporaryArtifact; // an untitled course's file

    sqlite3 *scratch = nullptr;
    QString scratchPath;
    std::unique_ptr<TempArtifact> scratchArtifact;
    bool removeLegacyScratch = false; // an adopted scratch file named by an older version

    QPointer<CourseDocument> document;
    QMetaObject::Connection connection;
    QSet<QUuid> changed;     // rows to write whole (edited or inserted)
    QSet<QUuid> removed;     // rows to delete
    QSet<QUuid> reposition;  // parents whose children's (parent, position) must be rewritten
    QSet<QString> assetKeys; // catalogue entries to add, update or drop
    bool allDirty = false;
    int lastSaveRows = 0;

    ~Private()
    {
        closeMain();
        sqlite3_close(scratch);
        scratchArtifact.reset(); // removes the scratch file, its journal and its lock
        if (removeLegacyScratch)
            removeWithCompanions(scratchPath);
        temporaryArtifact.reset();
    }

    void closeMain()
    {
        sqlite3_close(db);
        db = nullptr;
        for (const QString &companion : std::as_const(createdCompanions))
            QFile::remove(companion);
        createdCompanions.clear();
        journalChecked = false;
    }

    void clearDirty()
    {
        changed.clear();
        removed.clear();
        reposition.clear();
        assetKeys.clear();
        allDirty = false;
    }

    bool ensureScratch(QString *error);
    std::optional<AssetInfo> importSvg(QFile &file, AssetInfo info, QString *sourceHash, QString *error);
    bool writeNode(SqliteStatement &insert, const Node &node, int position, QString *error);
    bool writeAsset(sqlite3 *target, const AssetInfo &asset, QString *error);
    bool dropAsset(sqlite3 *target, const QString &hash, QString *error);
    bool writeChanges(sqlite3 *target, QString *error);
};

// An SVG can carry script that runs in the package's origin: only its cleaned form enters the
// project. SVG files are small, so this one is read whole.
std::optional<AssetInfo> ProjectFile::Private::importSvg(QFile &file, AssetInfo info, QString *sourceHash,
                                                         QString *error)
{
    const QString where = QDir::toNativeSeparators(file.fileName());
    if (file.size() > SvgSanitizer::MaxBytes) {
        fail(error, tr("Could not import %1: an SVG image may be at most %2 MB.")
                        .arg(where)
                        .arg(SvgSanitizer::MaxBytes / (1024 * 1024)));
        return std::nullopt;
    }
    const QByteArray raw = file.readAll();
    if (raw.size() != file.size()) {
        fail(error, tr("Could not read %1: %2").arg(where, file.errorString()));
        return std::nullopt;
    }
    if (sourceHash)
        *sourceHash = QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex());
    QString why;
    const std::optional<QByteArray> cleaned = SvgSanitizer::clean(raw, &why);
    if (!cleaned) {
        fail(error, tr("Could not import %1: %2").arg(where, why));
        return std::nullopt;
    }
    info.hash = QString::fromLatin1(QCryptographicHash::hash(*cleaned, QCryptographicHash::Sha256).toHex());
    info.size = cleaned->size();
    if (AssetBlobs::storedSize(db, info.hash) >= 0 ||
        (scratch && AssetBlobs::storedSize(scratch, info.hash) >= 0))
        return info;
    if (!ensureScratch(error) || !SqliteStatement::execute(scratch, "BEGIN", error))
        return std::nullopt;
    qint64 offset = 0;
    const auto fill = [&](char *out, qint64 length, QString *) {
        std::copy_n(cleaned->constData() + offset, length, out);
        offset += length;
        return true;
    };
    if (!AssetBlobs::write(scratch, info.hash, info.size, fill, error) ||
        !SqliteStatement::execute(scratch, "COMMIT", error)) {
        SqliteStatement::execute(scratch, "ROLLBACK", nullptr);
        return std::nullopt;
    }
    return info;
}

bool ProjectFile::Private::ensureScratch(QString *error)
{
    if (scratch)
        return true;
    QString name;
    std::unique_ptr<TempArtifact> artifact = createTemporaryFile(
        RecoveryFile::scratchFilePrefix(), RecoveryFile::scratchFileExtension(), &name, error);
    if (!artifact)
        return false;
    scratch = openConnection(name, SQLITE_OPEN_READWRITE, error);
    if (!scratch)
        return false;
    scratchPath = name;
    scratchArtifact = std::move(artifact);
    // Imported bytes only need to survive a killed process, not a power cut: skip the fsyncs.
    return SqliteStatement::execute(scratch, "PRAGMA synchronous = OFF", error) &&
           SqliteStatement::execute(scratch, AssetBlobs::CreateTableSql, error);
}

bool ProjectFile::Private::writeNode(SqliteStatement &insert, const Node &node, int position, QString *error)
{
    insert.bind(1, idString(node.id()));
    if (node.parent())
        insert.bind(2, idString(node.parent()->id()));
    else
        insert.bindNull(2);
    insert.bind(3, qint64(position));
    insert.bind(4, kindName(node.kind()));
    insert.bind(5, QString::fromUtf8(propsText(node)));
    return insert.exec() || fail(error, insert.error());
}

bool ProjectFile::Private::writeAsset(sqlite3 *target, const AssetInfo &asset, QString *error)
{
    SqliteStatement upsert(target,
                           "INSERT OR REPLACE INTO assets(hash, name, mime, size, width, height, duration_ms)"
                           " VALUES(?, ?, ?, ?, ?, ?, ?)");
    upsert.bind(1, asset.hash);
    upsert.bind(2, asset.name);
    upsert.bind(3, asset.mimeType);
    upsert.bind(4, asset.size);
    upsert.bind(5, qint64(asset.width));
    upsert.bind(6, qint64(asset.height));
    upsert.bind(7, asset.durationMs);
    if (!upsert.exec())
        return fail(error, upsert.error());
    if (AssetBlobs::storedSize(target, asset.hash) >= 0)
        return true;
    // Bytes come from the scratch area (imported since the last save) or, on Save As, the old file.
    if (scratch && AssetBlobs::storedSize(scratch, asset.hash) >= 0)
        return AssetBlobs::copy(scratch, target, asset.hash, error);
    if (target != db && AssetBlobs::storedSize(db, asset.hash) >= 0)
        return AssetBlobs::copy(db, target, asset.hash, error);
    return true; // a catalogue entry without bytes: the validator reports it as a broken reference
}

bool ProjectFile::Private::dropAsset(sqlite3 *target, const QString &hash, QString *error)
{
    SqliteStatement del(target, "DELETE FROM assets WHERE hash = ?");
    del.bind(1, hash);
    if (!del.exec())
        return fail(error, del.error());
    if (AssetBlobs::storedSize(target, hash) < 0)
        return true;
    // Undo can bring the entry back after this save, so keep the bytes in the scratch area.
    if (!ensureScratch(error))
        return false;
    if (AssetBlobs::storedSize(scratch, hash) < 0) {
        if (!SqliteStatement::execute(scratch, "BEGIN", error))
            return false;
        if (!AssetBlobs::copy(target, scratch, hash, error) ||
            !SqliteStatement::execute(scratch, "COMMIT", error)) {
            SqliteStatement::execute(scratch, "ROLLBACK", nullptr);
            return false;
        }
    }
    return AssetBlobs::remove(target, hash, error);
}

bool ProjectFile::Private::writeChanges(sqlite3 *target, QString *error)
{
    const CourseDocument &doc = *document;
    SqliteStatement insert(target, "INSERT OR REPLACE INTO nodes(id, parent, position, kind, props)"
                                   " VALUES(?, ?, ?, ?, ?)");
    if (!insert.isValid())
        return fail(error, insert.error());
    if (allDirty) {
        if (!SqliteStatement::execute(target, "DELETE FROM nodes", error))
            return false;
        std::vector<std::pair<const Node *, int>> stack{{doc.root(), 0}};
        while (!stack.empty()) {
            const auto [node, position] = stack.back();
            stack.pop_back();
            if (!writeNode(insert, *node, position, error))
                return false;
            for (int i = 0; i < node->childCount(); ++i)
                stack.emplace_back(node->child(i), i);
        }
        QSet<QString> stored;
        SqliteStatement hashes(target, "SELECT hash FROM assets");
        while (hashes.next())
            stored.insert(hashes.text(0));
        for (const AssetInfo &asset : doc.assets()) {
            if (!writeAsset(target, asset, error))
                return false;
            stored.remove(asset.hash);
        }
        for (const QString &hash : std::as_const(stored)) {
            if (!dropAsset(target, hash, error))
                return false;
        }
        return true;
    }

    SqliteStatement del(target, "DELETE FROM nodes WHERE id = ?");
    for (const QUuid &id : std::as_const(removed)) {
        del.bind(1, idString(id));
        if (!del.exec())
            return fail(error, del.error());
    }
    for (const QUuid &id : std::as_const(changed)) {
        if (const Node *node = doc.node(id); node && !writeNode(insert, *node, node->indexInParent(), error))
            return false;
    }
    SqliteStatement place(target, "UPDATE nodes SET parent = ?, position = ? WHERE id = ?");
    for (const QUuid &id : std::as_const(reposition)) {
        const Node *parent = doc.node(id);
        if (!parent)
            continue;
        for (int i = 0; i < parent->childCount(); ++i) {
            const Node *child = parent->child(i);
            if (changed.contains(child->id()))
                continue;
            place.bind(1, idString(id));
            place.bind(2, qint64(i));
            place.bind(3, idString(child->id()));
            if (!place.exec())
                return fail(error, place.error());
        }
    }
    for (const QString &hash : std::as_const(assetKeys)) {
        const AssetInfo *asset = doc.asset(hash);
        if (asset ? !writeAsset(target, *asset, error) : !dropAsset(target, hash, error))
            return false;
    }
    return true;
}

ProjectFile::ProjectFile()
    : d(std::make_unique<Private>())
{
    // Once per process: temporary files left by sessions that crashed before any autosave.
    static std::once_flag cleaned;
    std::call_once(cleaned, [] {
        RecoveryFile::removeStaleTemporaryFiles(QDir::tempPath(), RecoveryFile::defaultDirectory());
    });
}

ProjectFile::~ProjectFile() = default;

std::unique_ptr<ProjectFile> ProjectFile::createTemporary(QString *error)
{
    std::unique_ptr<ProjectFile> file(new ProjectFile);
    QString name;
    std::unique_ptr<TempArtifact> artifact = createTemporaryFile(
        RecoveryFile::untitledFilePrefix(), RecoveryFile::untitledFileExtension(), &name, error);
    if (!artifact)
        return nullptr;
    file->d->path = name;
    file->d->temporary = true;
    file->d->temporaryArtifact = std::move(artifact); // from here the destructor removes the file
    file->d->db = openConnection(name, SQLITE_OPEN_READWRITE, error);
    if (!file->d->db || !ProjectSchema::initialize(file->d->db, error))
        return nullptr;
    return file;
}

std::unique_ptr<ProjectFile> ProjectFile::open(const QString &path, QString *error, Access access)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        fail(error, tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(path)));
        return nullptr;
    }
    if (info.isDir()) {
        fail(error, tr("%1 is a folder, not a Coursewright project.").arg(QDir::toNativeSeparators(path)));
        return nullptr;
    }
    const QString absolute = info.absoluteFilePath();
    QString problem = ProjectSchema::checkHeader(absolute);
    if (!problem.isEmpty()) {
        fail(error, problem);
        return nullptr;
    }
    // Every check runs on a read-only connection, so a refused file cannot have been written to.
    std::unique_ptr<ProjectFile> file(new ProjectFile);
    file->d->path = absolute;
    file->d->db = openForReading(absolute, &file->d->createdCompanions, error);
    if (!file->d->db)
        return nullptr;
    problem = ProjectSchema::checkDatabase(file->d->db, absolute);
    const int version = ProjectSchema::userVersion(file->d->db);
    if (!problem.isEmpty()) {
        fail(error, problem);
        return nullptr;
    }
    file->d->readOnly = access == Access::ReadOnly || isReadOnlyFile(info);
    if (file->d->readOnly) {
        if (version < SchemaVersion && access == Access::ReadWrite) {
            fail(error,
                 tr("%1 was saved by an older version of Coursewright and is read-only, so it cannot be "
                    "upgraded. Copy it somewhere writable first.")
                     .arg(info.fileName()));
            return nullptr;
        }
        return file;
    }
    file->d->closeMain();
    file->d->db = openConnection(absolute, SQLITE_OPEN_READWRITE, error); // never SQLITE_OPEN_CREATE
    if (!file->d->db)
        return nullptr;
    if (version < SchemaVersion && !ProjectSchema::migrate(file->d->db, version, error))
        return nullptr;
    return file;
}

QString ProjectFile::filePath() const
{
    return d->path;
}

bool ProjectFile::isTemporary() const
{
    return d->temporary;
}

bool ProjectFile::isReadOnly() const
{
    return d->readOnly;
}

bool ProjectFile::hasUnsavedChanges() const
{
    return d->allDirty || !d->changed.isEmpty() || !d->removed.isEmpty() || !d->reposition.isEmpty() ||
           !d->assetKeys.isEmpty();
}

std::optional<CourseData> ProjectFile::load(QString *error)
{
    const auto damaged = [&](const QString &detail) {
        fail(error, ProjectSchema::isBusy(d->db)
                        ? ProjectSchema::inUseMessage(d->path)
                        : tr("%1 is damaged: %2").arg(QFileInfo(d->path).fileName(), detail));
        return std::nullopt;
    };
    struct Row
    {
        std::unique_ptr<Node> node;
        QString parent;
        qint64 position;
    };
    std::vector<Row> rows;
    QHash<QString, size_t> byId;
    SqliteStatement select(d->db, "SELECT id, parent, position, kind, props FROM nodes");
    if (!select.isValid())
        return damaged(select.error());
    while (select.next()) {
        const QString idText = select.text(0);
        const QUuid id = QUuid::fromString(idText);
        if (id.isNull())
            return damaged(tr("an item has the invalid id '%1'").arg(idText));
        const auto kind = kindFromName(select.text(3));
        if (!kind)
            return damaged(tr("item %1 has the unknown kind '%2'").arg(idText, select.text(3)));
        QJsonParseError parseError;
        const QJsonDocument props = QJsonDocument::fromJson(select.bytes(4), &parseError);
        if (parseError.error != QJsonParseError::NoError || !props.isObject())
            return damaged(tr("the properties of item %1 are not a JSON object").arg(idText));
        auto node = std::make_unique<Node>(*kind, id);
        QString problem;
        if (!CourseJson::readProperties(*node, props.object(), tr("item %1").arg(idText), &problem))
            return damaged(problem);
        byId.insert(idString(id), rows.size());
        rows.push_back({std::move(node), select.isNull(1) ? QString() : select.text(1), select.integer(2)});
    }
    if (!select.ok())
        return damaged(select.error());
    if (int(byId.size()) != int(rows.size()))
        return damaged(tr("an item id is used twice"));

    QHash<QString, std::vector<size_t>> children;
    std::optional<size_t> root;
    for (size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].parent.isEmpty()) {
            if (root || rows[i].node->kind() != NodeKind::Course)
                return damaged(tr("item %1 has no parent").arg(idString(rows[i].node->id())));
            root = i;
        } else if (!byId.contains(rows[i].parent)) {
            return damaged(tr("item %1 belongs to %2, which does not exist")
                               .arg(idString(rows[i].node->id()), rows[i].parent));
        } else {
            children[rows[i].parent].push_back(i);
        }
    }
    if (!root)
        return damaged(tr("the course itself is missing"));
    for (auto &list : children) {
        std::stable_sort(list.begin(), list.end(),
                         [&rows](size_t a, size_t b) { return rows[a].position < rows[b].position; });
    }
    // Attach children top-down; a node can only be reached once, so cycles stay unattached.
    CourseData data;
    data.root = std::move(rows[*root].node);
    size_t attached = 1;
    std::vector<Node *> pending{data.root.get()};
    while (!pending.empty()) {
        Node *parent = pending.back();
        pending.pop_back();
        const auto it = children.constFind(idString(parent->id()));
        if (it == children.constEnd())
            continue;
        const KindSpec &spec = Schema::instance().kind(parent->kind());
        for (size_t index : *it) {
            std::unique_ptr<Node> &child = rows[index].node;
            if (!spec.acceptsChild(child->kind()))
                return damaged(
                    tr("item %1 (%2) cannot be inside a %3")
                        .arg(idString(child->id()), kindName(child->kind()), kindName(parent->kind())));
            Node *raw = child.get();
            parent->appendChild(std::move(child));
            pending.push_back(raw);
            ++attached;
        }
    }
    if (attached != rows.size())
        return damaged(
            tr("%n item(s) are not connected to the course", nullptr, int(rows.size() - attached)));

    SqliteStatement assets(
        d->db, "SELECT hash, name, mime, size, width, height, duration_ms FROM assets ORDER BY hash");
    while (assets.next()) {
        AssetInfo asset;
        asset.hash = assets.text(0);
        asset.name = assets.text(1);
        asset.mimeType = assets.text(2);
        asset.size = assets.integer(3);
        const qint64 width = assets.integer(4);
        const qint64 height = assets.integer(5);
        asset.durationMs = assets.integer(6);
        // int(4294967297) would silently be 1: an impossible figure means a damaged file.
        constexpr qint64 maxInt = std::numeric_limits<int>::max();
        if (asset.size < 0 || width < 0 || width > maxInt || height < 0 || height > maxInt ||
            asset.durationMs < 0)
            return damaged(tr("the media file %1 has an impossible size or duration").arg(asset.hash));
        asset.width = int(width);
        asset.height = int(height);
        data.assets << asset;
    }
    if (!assets.ok())
        return damaged(assets.error());
    return data;
}

void ProjectFile::attach(CourseDocument *document)
{
    QObject::disconnect(d->connection);
    d->document = document;
    d->clearDirty();
    if (!document)
        return;
    d->connection = connect(document, &CourseDocument::changed, this, [this](const ChangeEvent &event) {
        const CourseDocument *doc = d->document;
        switch (event.type) {
        case ChangeEvent::PropertiesChanged:
            d->changed.insert(event.node);
            break;
        case ChangeEvent::NodeInserted:
            if (const Node *node = doc->node(event.node)) {
                node->walk([this](const Node *n) {
                    d->changed.insert(n->id());
                    d->removed.remove(n->id());
                });
            }
            d->reposition.insert(event.parent);
            break;
        case ChangeEvent::NodeAboutToBeRemoved:
            // Collect the ids now: after the removal they are no longer in the document's index.
            if (const Node *node = doc->node(event.node)) {
                node->walk([this](const Node *n) {
                    d->removed.insert(n->id());
                    d->changed.remove(n->id());
                });
            }
            d->reposition.insert(event.parent);
            break;
        case ChangeEvent::NodeMoved:
            d->reposition.insert(event.parent);
            d->reposition.insert(event.newParent);
            break;
        case ChangeEvent::AssetsChanged:
            for (const QString &key : event.keys)
                d->assetKeys.insert(key);
            break;
        default:
            break;
        }
    });
}

CourseDocument *ProjectFile::document() const
{
    return d->document;
}

void ProjectFile::markAllDirty()
{
    d->allDirty = true;
}

bool ProjectFile::save(QString *error)
{
    if (d->readOnly)
        return fail(error, tr("The file is read-only; use Save As."));
    if (!d->document)
        return fail(error, tr("There is no course to save."));
    // A rollback journal, never a write-ahead log: when COMMIT returns, the .cwcourse alone holds
    // the saved course, so a copy taken while the editor is open is complete. (With WAL the data
    // waited in "-wal" until the editor closed.) A file an older version left in WAL mode is
    // switched back here, at the first save: opening must not write.
    if (!d->journalChecked) {
        if (!SqliteStatement::execute(d->db, "PRAGMA journal_mode = DELETE", error))
            return false;
        d->journalChecked = true;
    }
    if (!SqliteStatement::execute(d->db, "BEGIN IMMEDIATE", error))
        return false;
    const int changesBefore = sqlite3_total_changes(d->db);
    const bool droppedAssets =
        d->allDirty || std::any_of(d->assetKeys.cbegin(), d->assetKeys.cend(),
                                   [this](const QString &h) { return !d->document->asset(h); });
    if (!d->writeChanges(d->db, error) || !SqliteStatement::execute(d->db, "COMMIT", error)) {
        SqliteStatement::execute(d->db, "ROLLBACK", nullptr);
        return false;
    }
    d->lastSaveRows = sqlite3_total_changes(d->db) - changesBefore;
    d->clearDirty();
    if (droppedAssets) {
        // Gives the space of deleted media back now rather than at close; failure loses nothing.
        SqliteStatement::execute(d->db, "PRAGMA incremental_vacuum", nullptr);
    }
    d->document->undoStack()->setClean();
    Q_EMIT saved();
    return true;
}

int ProjectFile::lastSaveRowCount() const
{
    return d->lastSaveRows;
}

bool ProjectFile::saveAs(const QString &path, QString *error)
{
    if (!d->document)
        return fail(error, tr("There is no course to save."));
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    if (absolute == d->path && !d->readOnly)
        return save(error);
    if (info.isDir())
        return fail(error, tr("%1 is a folder.").arg(QDir::toNativeSeparators(absolute)));
    // Replacing a read-only file (such as the one open read-only) would defeat its protection.
    if (absolute == d->path || (info.exists() && isReadOnlyFile(info)))
        return fail(error, tr("%1 is read-only; save the course under another name.")
                               .arg(QDir::toNativeSeparators(absolute)));
    // Build the complete new file under a temporary name beside the target and rename it into place,
    // so a crash never leaves a half-written file under the user's name. What killed runs left
    // there before goes first.
    TempArtifact::sweep(info.absolutePath());
    std::unique_ptr<TempArtifact> artifact = TempArtifact::besides(absolute, error);
    if (!artifact)
        return false;
    const QString temp = artifact->member(QStringLiteral("tmp"));
    if (!createEmptyFile(temp, false, error))
        return false;
    const auto abandon = [&](sqlite3 *db) {
        sqlite3_close(db);
        return false; // `artifact` removes the file and its journal
    };
    sqlite3 *target = openConnection(temp, SQLITE_OPEN_READWRITE, error);
    if (!target)
        return abandon(nullptr);
    sqlite3_backup *backup = sqlite3_backup_init(target, "main", d->db, "main");
    if (!backup) {
        fail(error, SqliteStatement::errorText(target, tr("Could not copy the project")));
        return abandon(target);
    }
    // Another program holding a lock on the source makes a step return BUSY or LOCKED: wait for it
    // a little, without spinning, then give up.
    int rc;
    QDeadlineTimer busyLimit(QDeadlineTimer::Forever); // forever = not waiting yet
    for (;;) {
        rc = sqlite3_backup_step(backup, 256);
        const int code = rc & 0xff;
        if (code == SQLITE_OK) {
            busyLimit = QDeadlineTimer(QDeadlineTimer::Forever);
            continue;
        }
        if (code != SQLITE_BUSY && code != SQLITE_LOCKED)
            break;
        if (busyLimit.isForever())
            busyLimit.setRemainingTime(kBusyLimitMs);
        else if (busyLimit.hasExpired())
            break;
        sqlite3_sleep(50);
    }
    sqlite3_backup_finish(backup);
    if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED) {
        fail(error, ProjectSchema::inUseMessage(d->path));
        return abandon(target);
    }
    if (rc != SQLITE_DONE || sqlite3_errcode(target) != SQLITE_OK) {
        fail(error, SqliteStatement::errorText(target, tr("Could not copy the project")));
        return abandon(target);
    }
    if (!SqliteStatement::execute(target, "BEGIN IMMEDIATE", error))
        return abandon(target);
    if (!d->writeChanges(target, error) || !SqliteStatement::execute(target, "COMMIT", error)) {
        SqliteStatement::execute(target, "ROLLBACK", nullptr);
        return abandon(target);
    }
    // The copy may carry the source's WAL flag; the renamed file must stand alone.
    if (!SqliteStatement::execute(target, "PRAGMA journal_mode = DELETE", error))
        return abandon(target);
    if (sqlite3_close(target) != SQLITE_OK)
        return abandon(target);
    // The new file has the mode the umask gives a new file; one that replaces a file keeps its mode.
    if (info.exists())
        QFile::setPermissions(temp, QFile::permissions(absolute)); // failing keeps the umask's mode
    QString reason;
    if (!PlatformFiles::replaceFile(temp, absolute, &reason))
        return fail(error, tr("Could not write %1: %2").arg(QDir::toNativeSeparators(absolute), reason));
    // A journal or write-ahead log left beside the replaced file by a crash would be replayed into
    // the new one; it belonged to the replaced file, so it goes too. Only now: had the rename
    // failed, the old file would still need its write-ahead log (its latest saves).
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(absolute + QLatin1String(suffix));
    sqlite3 *db = openConnection(absolute, SQLITE_OPEN_READWRITE, error);
    if (!db)
        return false;
    d->closeMain();
    d->db = db;
    d->temporaryArtifact.reset(); // an untitled course's temporary file goes
    d->path = absolute;
    d->temporary = false;
    d->readOnly = false;
    d->clearDirty();
    d->document->undoStack()->setClean();
    Q_EMIT filePathChanged(absolute);
    Q_EMIT saved();
    return true;
}

std::optional<AssetInfo> ProjectFile::importAsset(const QString &sourcePath, QString *error,
                                                  QString *sourceHash, const ImportProgress &progress)
{
    // Checked before opening: opening a FIFO waits for a writer forever, and a device such as
    // /dev/zero never ends. (A symbolic link to a regular file is fine here; folders the user did
    // not pick file by file are checked by MediaFolder.)
    const QFileInfo source(sourcePath);
    if (source.exists() && !source.isFile()) {
        fail(error, tr("%1 is not a regular file, so it cannot be imported as media.")
                        .arg(QDir::toNativeSeparators(sourcePath)));
        return std::nullopt;
    }
    QFile file(sourcePath);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error,
             tr("Could not read %1: %2").arg(QDir::toNativeSeparators(sourcePath), file.errorString()));
        return std::nullopt;
    }
    AssetInfo info;
    info.name = QFileInfo(sourcePath).fileName();
    info.size = file.size();
    if (SvgSanitizer::isSvg(QMimeDatabase().mimeTypeForFile(sourcePath).name(), info.name, file.peek(4096))) {
        AssetProbe::probe(sourcePath, info);
        return d->importSvg(file, info, sourceHash, error);
    }
    // First pass: the hash, so a file already in the project is not stored twice.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // static_cast, not size_t(...): clang reads "buffer(size_t(X::Y))" as a function declaration.
    std::vector<char> buffer(static_cast<size_t>(AssetBlobs::IoSize));
    qint64 n;
    const qint64 work = 2 * info.size; // hashed, then copied
    qint64 done = 0;
    const auto stopped = [&](qint64 length) {
        done += length;
        if (!progress || progress(done, work))
            return false;
        fail(error, tr("The import of %1 was cancelled.").arg(info.name));
        return true;
    };
    while ((n = file.read(buffer.data(), AssetBlobs::IoSize)) > 0) {
        hash.addData(QByteArrayView(buffer.data(), n));
        if (stopped(n))
            return std::nullopt;
    }
    if (n < 0) {
        fail(error,
             tr("Could not read %1: %2").arg(QDir::toNativeSeparators(sourcePath), file.errorString()));
        return std::nullopt;
    }
    info.hash = QString::fromLatin1(hash.result().toHex());
    if (sourceHash)
        *sourceHash = info.hash;
    AssetProbe::probe(sourcePath, info);
    if (hasAssetData(info.hash))
        return info;
    // Second pass: the bytes, into the scratch database; re-hashed to notice a file changing meanwhile.
    if (!d->ensureScratch(error) || !file.seek(0))
        return std::nullopt;
    QCryptographicHash verify(QCryptographicHash::Sha256);
    const auto fill = [&](char *out, qint64 length, QString *err) {
        if (file.read(out, length) != length)
            return fail(err, tr("%1 changed while it was being imported.").arg(info.name));
        verify.addData(QByteArrayView(out, length));
        return !stopped(length);
    };
    if (!SqliteStatement::execute(d->scratch, "BEGIN", error))
        return std::nullopt;
    if (!AssetBlobs::write(d->scratch, info.hash, info.size, fill, error) ||
        verify.result() != hash.result() || !file.atEnd()) {
        if (error && error->isEmpty())
            *error = tr("%1 changed while it was being imported.").arg(info.name);
        SqliteStatement::execute(d->scratch, "ROLLBACK", nullptr);
        return std::nullopt;
    }
    if (!SqliteStatement::execute(d->scratch, "COMMIT", error))
        return std::nullopt;
    return info;
}

bool ProjectFile::hasAssetData(const QString &hash) const
{
    return AssetBlobs::holder(d->db, d->scratch, hash) != nullptr;
}

bool ProjectFile::writeAssetTo(const QString &hash, QIODevice &out, QString *error) const
{
    if (sqlite3 *db = AssetBlobs::holder(d->db, d->scratch, hash))
        return AssetBlobs::read(db, hash, out, error);
    const AssetInfo *asset = d->document ? d->document->asset(hash) : nullptr;
    return fail(error, tr("The project has no data for the media file %1.").arg(asset ? asset->name : hash));
}

bool ProjectFile::exportAsset(const QString &hash, const QString &destinationPath, QString *error) const
{
    return AtomicFileWriter::write(
        destinationPath, [&](QIODevice &out, QString *reason) { return writeAssetTo(hash, out, reason); },
        error);
}

std::unique_ptr<AssetSource> ProjectFile::openAssetReader(QString *error) const
{
    // Opened like a read-only open (openForReading), so a file left in WAL mode gets nothing
    // new beside it that the reader does not remove again.
    QStringList companions;
    sqlite3 *db = openForReading(d->path, &companions, error);
    if (!db)
        return nullptr;
    sqlite3 *scratch = nullptr;
    if (d->scratch) {
        scratch = openConnection(d->scratchPath, SQLITE_OPEN_READONLY, error);
        if (!scratch) {
            sqlite3_close(db);
            for (const QString &companion : std::as_const(companions))
                QFile::remove(companion);
            return nullptr;
        }
    }
    return std::make_unique<ProjectAssetReader>(db, scratch, companions);
}

QString ProjectFile::scratchPath() const
{
    return d->scratchPath;
}

bool ProjectFile::adoptScratch(const QString &path, QString *error)
{
    if (d->scratch)
        return fail(error, tr("This project already has imported media waiting to be saved."));
    if (!QFileInfo::exists(path))
        return fail(error,
                    tr("The recovered media file %1 no longer exists.").arg(QDir::toNativeSeparators(path)));
    // A scratch file with a lock is taken over only when the session that made it is gone.
    std::unique_ptr<TempArtifact> artifact;
    if (TempArtifact::isArtifactName(QFileInfo(path).fileName())) {
        artifact = TempArtifact::adopt(path);
        if (!artifact)
            return fail(error, tr("The recovered media file %1 is still in use by another Coursewright "
                                  "window.")
                                   .arg(QDir::toNativeSeparators(path)));
    }
    sqlite3 *db = openConnection(path, SQLITE_OPEN_READWRITE, error);
    if (!db)
        return false;
    SqliteStatement probe(db, "SELECT asset, seq, data FROM asset_chunks LIMIT 0");
    if (!probe.isValid()) {
        fail(error, probe.error());
        sqlite3_close(db);
        return false;
    }
    d->scratch = db;
    d->scratchPath = QFileInfo(path).absoluteFilePath();
    d->scratchArtifact = std::move(artifact);
    d->removeLegacyScratch = !d->scratchArtifact;
    return true;
}

} // namespace cw
