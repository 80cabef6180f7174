#include "export/packagewriter.h"

#include "export/packageplan.h"
#include "export/packagesink.h"
#include "model/assetsource.h"
#include "model/coursedocument.h"
#include "store/svgsanitizer.h"

#include <QBuffer>
#include <QFile>
#include <QIODevice>

#include <algorithm>
#include <cmath>

namespace cw {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Passes writes through to the sink's device, counting them for progress and refusing them once
// the export is cancelled, which makes the asset reader stop at its next chunk.
class CountingDevice : public QIODevice
{
public:
    CountingDevice(QIODevice *target, const std::function<bool(qint64)> &written)
        : m_target(target)
        , m_written(written)
    {}

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override
    {
        qint64 total = 0;
        while (total < length) {
            const qint64 n = m_target->write(data + total, length - total);
            if (n <= 0) {
                setErrorString(m_target->errorString());
                return -1;
            }
            total += n;
        }
        if (!m_written(length)) {
            setErrorString(PackageWriter::cancelledMessage());
            return -1;
        }
        return length;
    }

private:
    QIODevice *m_target;
    std::function<bool(qint64)> m_written;
};

// Throws the sink's partial output away on every early return.
class DiscardGuard
{
public:
    explicit DiscardGuard(PackageSink &sink)
        : m_sink(sink)
    {}
    ~DiscardGuard()
    {
        if (m_active)
            m_sink.discard();
    }
    void release() { m_active = false; }

private:
    PackageSink &m_sink;
    bool m_active = true;
};

bool isSvg(const PackageEntry &entry, const CourseDocument *document)
{
    const AssetInfo *info = document ? document->asset(entry.reference) : nullptr;
    return SvgSanitizer::isSvg(info ? info->mimeType : QString(), entry.path) ||
           (info && SvgSanitizer::isSvg(QString(), info->name));
}

// Cleaned again on the way out: a project from before SVGs were cleaned on import may hold one
// with script in it, and the package serves its media from the course's own origin.
bool writeCleanSvg(const PackageEntry &entry, const AssetSource &project, QIODevice &out, QString *error)
{
    const CourseDocument *document = project.document();
    const AssetInfo *info = document ? document->asset(entry.reference) : nullptr;
    const QString name = info ? info->name : entry.path;
    if (info && info->size > SvgSanitizer::MaxBytes) // not read into memory to find that out
        return fail(error, PackageWriter::tr("The SVG image %1 is larger than %2 MB.")
                               .arg(name)
                               .arg(SvgSanitizer::MaxBytes / (1024 * 1024)));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!project.writeAssetTo(entry.reference, buffer, error))
        return false;
    QString why;
    const std::optional<QByteArray> cleaned = SvgSanitizer::clean(bytes, &why);
    if (!cleaned)
        return fail(
            error,
            PackageWriter::tr("The SVG image %1 cannot be made safe for the package: %2").arg(name, why));
    if (out.write(*cleaned) != cleaned->size())
        return fail(error, out.errorString());
    return true;
}

// A file a browser opens as a document that runs script (a web page, XML with a style sheet, a
// script): opened directly from the package it would run in the LMS's origin. No media field
// takes one, so only a forced export of an invalid course could reach this; it is never shipped.
bool isActiveDocument(const QString &path, const AssetInfo *info)
{
    static const QStringList suffixes = {
        QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("xhtml"),
        QStringLiteral("xht"),  QStringLiteral("xml"), QStringLiteral("xsl"),
        QStringLiteral("xslt"), QStringLiteral("js"),  QStringLiteral("mjs")};
    static const QStringList types = {QStringLiteral("text/html"),
                                      QStringLiteral("application/xhtml+xml"),
                                      QStringLiteral("text/xml"),
                                      QStringLiteral("application/xml"),
                                      QStringLiteral("application/xslt+xml"),
                                      QStringLiteral("text/javascript"),
                                      QStringLiteral("application/javascript")};
    const QString suffix = path.section(QLatin1Char('.'), -1).toLower();
    return (path.contains(QLatin1Char('.')) && suffixes.contains(suffix)) ||
           (info && types.contains(info->mimeType.toLower()));
}

} // namespace

QString PackageWriter::cancelledMessage()
{
    return tr("The export was cancelled; no package was written.");
}

bool PackageWriter::write(const PackagePlan &plan, const AssetSource &project, PackageSink &sink,
                          const Progress &progress, const std::atomic<bool> *cancel, QString *error)
{
    const auto cancelled = [cancel] { return cancel && cancel->load(); };
    if (plan.isEmpty())
        return fail(error, tr("There is nothing to export: the package would be empty."));

    // Check every source before anything is created, and size the work for the progress bar.
    qint64 content = 0;
    const CourseDocument *document = project.document();
    for (const PackageEntry &entry : plan.entries()) {
        switch (entry.source) {
        case PackageEntry::Source::Bytes:
            content += entry.bytes.size();
            break;
        case PackageEntry::Source::Asset: {
            if (!project.hasAssetData(entry.reference)) {
                const AssetInfo *info = document ? document->asset(entry.reference) : nullptr;
                return fail(error, tr("The media file %1 needed for \"%2\" is missing from the project.")
                                       .arg(info ? info->name : entry.reference, entry.path));
            }
            // Unknown sizes (an asset not in the catalogue) are added as their bytes arrive.
            const AssetInfo *info = document ? document->asset(entry.reference) : nullptr;
            if (isActiveDocument(entry.path, info))
                return fail(error, tr("The media file %1 is a web page or script, which could run in the "
                                      "learner's LMS window; it is not put into packages.")
                                       .arg(info ? info->name : entry.path));
            content += info ? info->size : 0;
            break;
        }
        case PackageEntry::Source::Resource: {
            QFile resource(entry.reference);
            if (!resource.exists())
                return fail(error, tr("The application file %1 needed for \"%2\" is missing.")
                                       .arg(entry.reference, entry.path));
            content += resource.size();
            break;
        }
        }
    }

    const int passes = std::max(1, sink.passes());
    qint64 done = 0;
    qint64 lastReported = -1;
    const auto report = [&] {
        const qint64 total = std::max(content * passes, done);
        if (progress && done != lastReported) {
            lastReported = done;
            progress(done, total);
        }
    };
    // Returns false when the export has been cancelled.
    const auto advance = [&](qint64 bytes) {
        done += bytes;
        if (done > content)
            content = done; // an asset larger than its catalogue entry said
        report();
        return !cancelled();
    };

    if (cancelled())
        return fail(error, cancelledMessage());
    if (!sink.open(error))
        return false;
    DiscardGuard guard(sink);
    report();

    for (const PackageEntry &entry : plan.entries()) {
        const bool deflate = PackagePlan::effectiveCompression(entry) == PackageEntry::Compression::Deflate;
        if (entry.source == PackageEntry::Source::Bytes) {
            if (!sink.addData(entry.path, entry.bytes, deflate, error))
                return false;
            if (!advance(entry.bytes.size()))
                return fail(error, cancelledMessage());
            continue;
        }
        QIODevice *out = sink.beginEntry(entry.path, deflate, error);
        if (!out)
            return false;
        CountingDevice counter(out, advance);
        counter.open(QIODevice::WriteOnly);
        QString readError;
        bool ok = true;
        if (entry.source == PackageEntry::Source::Asset) {
            ok = isSvg(entry, document) ? writeCleanSvg(entry, project, counter, &readError)
                                        : project.writeAssetTo(entry.reference, counter, &readError);
        } else {
            QFile resource(entry.reference);
            if (!resource.open(QIODevice::ReadOnly)) {
                readError = tr("Could not read the application file %1: %2")
                                .arg(entry.reference, resource.errorString());
                ok = false;
            }
            QByteArray chunk;
            while (ok && !resource.atEnd()) {
                chunk = resource.read(1 << 20);
                if (chunk.isEmpty() && !resource.atEnd()) {
                    readError = tr("Could not read the application file %1: %2")
                                    .arg(entry.reference, resource.errorString());
                    ok = false;
                } else if (counter.write(chunk) != chunk.size()) {
                    readError = counter.errorString();
                    ok = false;
                }
            }
        }
        if (cancelled())
            return fail(error, cancelledMessage());
        if (!ok)
            return fail(error, readError);
        if (!sink.endEntry(error))
            return false;
    }

    // The sink's final pass (compressing into the archive) covers the rest of the bar.
    const qint64 firstPass = done;
    const qint64 remaining = content * passes - firstPass;
    const auto finalPass = [&](double fraction) {
        done = firstPass + static_cast<qint64>(std::llround(remaining * std::clamp(fraction, 0.0, 1.0)));
        report();
        return !cancelled();
    };
    if (!sink.commit(finalPass, error)) {
        if (cancelled())
            return fail(error, cancelledMessage());
        return false;
    }
    guard.release();
    done = content * passes;
    report();
    return true;
}

} // namespace cw
