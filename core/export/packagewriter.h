#pragma once
// Writes a PackagePlan into a PackageSink: the one step every export target shares. Streams
// assets out of the project file, reports progress, and can be cancelled; a failed or cancelled
// write leaves no package and no temporary file behind.

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

#include <atomic>
#include <functional>

namespace cw {

class PackagePlan;
class PackageSink;
class AssetSource;

class PackageWriter
{
    Q_DECLARE_TR_FUNCTIONS(cw::PackageWriter)

public:
    // `done` grows to `total`; both count bytes of work (content bytes times PackageSink::passes()).
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // `progress` and `cancel` may be null. `cancel` is polled between chunks and may be set from
    // another thread (or from `progress`).
    static bool write(const PackagePlan &plan, const AssetSource &project, PackageSink &sink,
                      const Progress &progress, const std::atomic<bool> *cancel, QString *error);

    static QString cancelledMessage();
};

} // namespace cw
