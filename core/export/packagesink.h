#pragma once
// Where a package is written: a zip archive or a folder. The package only appears at its target
// on commit(); until then (and after discard()) an existing target is untouched and nothing is left.

#include <QString>

#include <functional>

class QByteArray;
class QIODevice;

namespace cw {

class PackageSink
{
public:
    virtual ~PackageSink() = default;

    // How many times each content byte is processed: a zip archive spools streamed entries to disk,
    // then compresses everything on commit. Progress is reported in bytes times this.
    virtual int passes() const { return 1; }

    virtual bool open(QString *error) = 0;
    // An entry whose bytes are already in memory.
    virtual bool addData(const QString &path, const QByteArray &data, bool deflate, QString *error) = 0;
    // An entry streamed in chunks: write to the returned device (owned by the sink), then endEntry().
    virtual QIODevice *beginEntry(const QString &path, bool deflate, QString *error) = 0;
    virtual bool endEntry(QString *error) = 0;
    // Finishes the package and moves it into place, replacing an existing target. `progress` gets
    // the fraction of the final pass done and returns false to cancel it.
    virtual bool commit(const std::function<bool(double)> &progress, QString *error) = 0;
    // Throws away everything written since open(). Safe to call at any time, more than once.
    virtual void discard() = 0;
};

} // namespace cw
