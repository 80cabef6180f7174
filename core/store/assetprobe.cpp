#include "assetprobe.h"

#include "model/mediafit.h"

#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QMimeDatabase>
#include <QtEndian>

namespace cw {

namespace {

quint32 be32(const QByteArray &b, qsizetype at)
{
    return qFromBigEndian<quint32>(b.constData() + at);
}

quint64 be64(const QByteArray &b, qsizetype at)
{
    return qFromBigEndian<quint64>(b.constData() + at);
}

quint32 le32(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}

struct Mp4Result
{
    qint64 durationMs = 0;
    int width = 0;
    int height = 0;
};

// Walks ISO base media boxes in [start, end); descends into the containers that lead to mvhd/tkhd.
void walkBoxes(QIODevice &device, qint64 start, qint64 end, int depth, Mp4Result &result)
{
    qint64 pos = start;
    while (depth < 6 && pos + 8 <= end) {
        if (!device.seek(pos))
            return;
        QByteArray header = device.read(16);
        if (header.size() < 8)
            return;
        qint64 size = be32(header, 0);
        const QByteArray type = header.mid(4, 4);
        qint64 headerSize = 8;
        if (size == 1) {
            if (header.size() < 16)
                return;
            size = qint64(be64(header, 8));
            headerSize = 16;
        } else if (size == 0) {
            size = end - pos;
        }
        if (size < headerSize || pos + size > end)
            return;
        const qint64 body = pos + headerSize;
        if (type == "moov" || type == "trak") {
            walkBoxes(device, body, pos + size, depth + 1, result);
        } else if (type == "mvhd" && device.seek(body)) {
            const QByteArray b = device.read(32);
            const bool v1 = b.size() >= 1 && b[0] == 1;
            if (b.size() >= (v1 ? 32 : 20)) {
                const quint32 timescale = v1 ? be32(b, 20) : be32(b, 12);
                const quint64 duration = v1 ? be64(b, 24) : be32(b, 16);
                if (timescale > 0 && duration != ~quint64(0) && duration != 0xffffffffu)
                    result.durationMs = qint64(duration * 1000 / timescale);
            }
        } else if (type == "tkhd" && result.width == 0 && size >= headerSize + 84) {
            // width and height are the last two 16.16 fixed-point fields of the box
            if (device.seek(pos + size - 8)) {
                const QByteArray b = device.read(8);
                if (b.size() == 8) {
                    result.width = int(be32(b, 0) >> 16);
                    result.height = int(be32(b, 4) >> 16);
                }
            }
        }
        pos += size;
    }
}

// Bit rates (kbit/s) for MPEG-1 layer III and MPEG-2/2.5 layer III.
const int kMp3Bitrates[2][16] = {{0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 0},
                                 {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, 0}};
const int kMp3Rates[3][3] = {{44100, 48000, 32000}, {22050, 24000, 16000}, {11025, 12000, 8000}};

} // namespace

qint64 AssetProbe::wavDurationMs(QIODevice &device)
{
    if (!device.seek(0))
        return 0;
    const QByteArray riff = device.read(12);
    if (riff.size() < 12 || !riff.startsWith("RIFF") || riff.mid(8, 4) != "WAVE")
        return 0;
    quint32 byteRate = 0;
    qint64 pos = 12;
    for (int guard = 0; guard < 64; ++guard) {
        if (!device.seek(pos))
            return 0;
        const QByteArray chunk = device.read(8);
        if (chunk.size() < 8)
            return 0;
        const quint32 size = le32(chunk, 4);
        if (chunk.startsWith("fmt ")) {
            const QByteArray fmt = device.read(12);
            if (fmt.size() < 12)
                return 0;
            byteRate = le32(fmt, 8);
        } else if (chunk.startsWith("data")) {
            return byteRate > 0 ? qint64(size) * 1000 / byteRate : 0;
        }
        pos += 8 + size + (size & 1);
    }
    return 0;
}

qint64 AssetProbe::mp4DurationMs(QIODevice &device, int *width, int *height)
{
    Mp4Result result;
    walkBoxes(device, 0, device.size(), 0, result);
    if (width)
        *width = result.width;
    if (height)
        *height = result.height;
    return result.durationMs;
}

qint64 AssetProbe::mp3DurationMs(QIODevice &device)
{
    if (!device.seek(0))
        return 0;
    qint64 start = 0;
    const QByteArray id3 = device.read(10);
    if (id3.size() == 10 && id3.startsWith("ID3")) {
        // syncsafe size: 7 bits per byte
        start = 10 + ((qint64(id3[6] & 0x7f) << 21) | ((id3[7] & 0x7f) << 14) | ((id3[8] & 0x7f) << 7) |
                      (id3[9] & 0x7f));
    }
    if (!device.seek(start))
        return 0;
    const QByteArray head = device.read(4096);
    for (qsizetype i = 0; i + 4 <= head.size(); ++i) {
        const quint32 h = be32(head, i);
        if ((h & 0xffe00000u) != 0xffe00000u)
            continue;
        const int version = (h >> 19) & 3; // 3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5
        const int layer = (h >> 17) & 3;   // 1 = layer III
        const int bitrateIndex = (h >> 12) & 15;
        const int rateIndex = (h >> 10) & 3;
        if (version == 1 || layer != 1 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3)
            continue;
        const bool mpeg1 = version == 3;
        const int sampleRate = kMp3Rates[mpeg1 ? 0 : (version == 2 ? 1 : 2)][rateIndex];
        const int bitrate = kMp3Bitrates[mpeg1 ? 0 : 1][bitrateIndex] * 1000;
        const int samplesPerFrame = mpeg1 ? 1152 : 576;
        // A Xing/Info header (VBR) sits after the side information and gives the frame count.
        const bool mono = ((h >> 6) & 3) == 3;
        const qsizetype xing = i + 4 + (mpeg1 ? (mono ? 17 : 32) : (mono ? 9 : 17));
        if (xing + 12 <= head.size()) {
            const QByteArray tag = head.mid(xing, 4);
            if ((tag == "Xing" || tag == "Info") && (be32(head, xing + 4) & 1))
                return qint64(be32(head, xing + 8)) * samplesPerFrame * 1000 / sampleRate;
        }
        const qint64 audioBytes = device.size() - start - i;
        return audioBytes * 8 * 1000 / bitrate;
    }
    return 0;
}

void AssetProbe::probe(const QString &path, AssetInfo &info)
{
    const QMimeType mime = QMimeDatabase().mimeTypeForFile(path);
    QByteArray head;
    if (QFile start(path); start.open(QIODevice::ReadOnly))
        head = start.read(16);
    info.mimeType = MediaFit::mimeType(mime.name(), head);
    // A drawing is not decoded here: it has no pixel size, it is not cleaned yet (SvgSanitizer
    // runs after the probe), and Qt SVG's image plugin, where installed, draws text with fonts a
    // process without a GUI cannot open (the command line aborts).
    if (info.mimeType == QLatin1String("image/svg+xml"))
        return;
    if (mime.name().startsWith(QLatin1String("image/"))) {
        QImageReader reader(path);
        const QSize size = reader.size();
        if (size.isValid()) {
            info.width = size.width();
            info.height = size.height();
        }
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QString name = mime.name();
    if (mime.inherits(QStringLiteral("audio/x-wav")) || name == QLatin1String("audio/vnd.wave")) {
        info.durationMs = wavDurationMs(file);
    } else if (mime.inherits(QStringLiteral("audio/mpeg"))) {
        info.durationMs = mp3DurationMs(file);
    } else if (name == QLatin1String("video/mp4") || name == QLatin1String("audio/mp4") ||
               name == QLatin1String("video/quicktime") || mime.inherits(QStringLiteral("video/mp4")) ||
               mime.inherits(QStringLiteral("audio/mp4"))) {
        int width = 0;
        int height = 0;
        info.durationMs = mp4DurationMs(file, &width, &height);
        if (name.startsWith(QLatin1String("video/"))) {
            info.width = width;
            info.height = height;
        }
    }
}

} // namespace cw
