#include "export/exportjob.h"

#include "model/assetsource.h"
#include "model/coursedocument.h"

#include <QThread>

#include <algorithm>

namespace cw {

namespace {

// The worker's media source answers for the snapshot: the catalogue it names assets by is the
// snapshot's, never the live document's, which the GUI thread keeps changing.
class SnapshotAssets final : public AssetSource
{
public:
    SnapshotAssets(const AssetSource &bytes, CourseDocument &snapshot)
        : m_bytes(bytes)
        , m_snapshot(snapshot)
    {}
    CourseDocument *document() const override { return &m_snapshot; }
    bool hasAssetData(const QString &hash) const override { return m_bytes.hasAssetData(hash); }
    bool writeAssetTo(const QString &hash, QIODevice &out, QString *error) const override
    {
        return m_bytes.writeAssetTo(hash, out, error);
    }

private:
    const AssetSource &m_bytes;
    CourseDocument &m_snapshot;
};

} // namespace

ExportJob::ExportJob(const CourseDocument &document, std::unique_ptr<AssetSource> assets, QObject *parent)
    : QObject(parent)
    , m_root(document.root()->clone(false))
    , m_assets(document.assets().values())
    , m_source(std::move(assets))
{}

ExportJob::~ExportJob()
{
    cancel();
    wait();
}

void ExportJob::start(const Exporter::Options &options)
{
    if (m_thread || !m_root)
        return;
    m_thread.reset(QThread::create([this, options] { work(options); }));
    m_thread->setObjectName(QStringLiteral("export"));
    // Emitted on the worker thread; delivered here through the event loop.
    connect(m_thread.get(), &QThread::finished, this, &ExportJob::finished, Qt::QueuedConnection);
    m_thread->start();
}

void ExportJob::work(const Exporter::Options &options)
{
    // Made on this thread and destroyed on it: the snapshot is a QObject no other thread touches.
    CourseDocument snapshot(std::move(m_root), m_assets);
    const SnapshotAssets assets(*m_source, snapshot);
    int reported = -1;
    const auto report = [this, &reported](qint64 done, qint64 total) {
        const int permille = total > 0 ? int(std::clamp<qint64>(done * 1000 / total, 0, 1000)) : 0;
        if (permille == reported) // the writer reports every chunk; the bar needs a thousand steps
            return;
        reported = permille;
        Q_EMIT progress(permille);
    };
    m_result = Exporter::run(snapshot, assets, options, report, &m_cancel);
}

void ExportJob::cancel()
{
    m_cancel = true;
}

bool ExportJob::isRunning() const
{
    return m_thread && !m_thread->isFinished();
}

bool ExportJob::wait(int milliseconds)
{
    if (!m_thread)
        return true;
    return milliseconds < 0 ? m_thread->wait() : m_thread->wait(QDeadlineTimer(milliseconds));
}

} // namespace cw
