#pragma once
// A test AssetSource with one large video streamed slowly (tests/core/tst_exportjob.cpp,
// tests/widgets/tst_exportdialog.cpp): an export long enough to cancel or edit mid-way on any
// machine without writing hundreds of megabytes, and a log of what the writer took and when.

#include "model/assetsource.h"

#include <QIODevice>
#include <QThread>

#include <atomic>
#include <memory>

namespace cw {

// What the slow source saw, shared with the test (the job owns the source).
struct SourceLog
{
    std::atomic<bool> cancelRequested = false; // set by the test just before it cancels
    std::atomic<bool> held = false;            // the video waits before its first chunk...
    std::atomic<bool> waiting = false;         // (...and says it does)
    std::atomic<int> written = 0;              // chunks the package took
    std::atomic<int> writtenAfterCancel = 0;
    std::atomic<QThread *> thread = nullptr;
};

// `hash` is the slow video, `chunks` pieces of ChunkBytes, each after `delayMs`; every other asset
// comes from `inner` (the project's reader).
class SlowAssets final : public AssetSource
{
public:
    static constexpr qint64 ChunkBytes = 64 * 1024;

    SlowAssets(std::unique_ptr<AssetSource> inner, const QString &hash, int chunks, int delayMs,
               std::shared_ptr<SourceLog> log)
        : m_inner(std::move(inner))
        , m_hash(hash)
        , m_chunks(chunks)
        , m_delayMs(delayMs)
        , m_log(std::move(log))
    {}
    CourseDocument *document() const override { return m_inner->document(); }
    bool hasAssetData(const QString &hash) const override
    {
        return hash == m_hash || m_inner->hasAssetData(hash);
    }
    bool writeAssetTo(const QString &hash, QIODevice &out, QString *error) const override
    {
        if (hash != m_hash)
            return m_inner->writeAssetTo(hash, out, error);
        m_log->thread = QThread::currentThread();
        while (m_log->held) {
            m_log->waiting = true;
            QThread::msleep(1);
        }
        const QByteArray chunk(ChunkBytes, 'v');
        for (int i = 0; i < m_chunks; ++i) {
            QThread::msleep(static_cast<unsigned long>(m_delayMs));
            const bool afterCancel = m_log->cancelRequested;
            if (out.write(chunk) != chunk.size()) {
                if (error)
                    *error = out.errorString();
                return false;
            }
            ++m_log->written;
            if (afterCancel)
                ++m_log->writtenAfterCancel;
        }
        return true;
    }

private:
    std::unique_ptr<AssetSource> m_inner;
    QString m_hash;
    int m_chunks;
    int m_delayMs;
    std::shared_ptr<SourceLog> m_log;
};

} // namespace cw
