#pragma once
// One export on a worker thread, over a snapshot, so the editor stays responsive while a package
// is written and a later edit cannot reach a package being written.

#include "export/exporter.h"
#include "model/assetinfo.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace cw {

class AssetSource;
class CourseDocument;
class Node;

class ExportJob : public QObject
{
    Q_OBJECT

public:
    // Takes the snapshot now: a copy of `document`'s tree (same ids, so identifiers in the package
    // are the course's) and its asset catalogue. `assets` supplies the media bytes; from start()
    // on only the worker thread uses it, so it must not share a connection with the GUI thread
    // (ProjectFile::openAssetReader).
    ExportJob(const CourseDocument &document, std::unique_ptr<AssetSource> assets, QObject *parent = nullptr);
    // Cancels a running export and waits for the worker: nothing outlives the job.
    ~ExportJob() override;

    // Runs Exporter::run on the worker thread. Once per job.
    void start(const Exporter::Options &options);
    // Asks the worker to stop; the package writer checks between files and between the chunks of
    // a file, so it stops within one chunk, leaving nothing at the output path. finished() follows.
    void cancel();
    bool isCancelled() const { return m_cancel.load(); }
    bool isRunning() const;
    // Blocks until the worker is done; false when `milliseconds` (-1: no limit) ran out first.
    bool wait(int milliseconds = -1);
    // The outcome, once finished() was emitted or wait() returned true.
    const Exporter::Result &result() const { return m_result; }

Q_SIGNALS:
    // Thousandths of the work done, on this object's thread (queued from the worker).
    void progress(int permille);
    // The worker is done; on this object's thread.
    void finished();

private:
    void work(const Exporter::Options &options);

    std::unique_ptr<Node> m_root;
    QList<AssetInfo> m_assets;
    std::unique_ptr<AssetSource> m_source;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_cancel = false;
    Exporter::Result m_result;
};

} // namespace cw
