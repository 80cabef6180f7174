#pragma once
// Reading one file back out of an exported zip, for the tests that check a package's contents.

#include <QByteArray>
#include <QFile>
#include <QString>

#include <zip.h>

namespace cw {

// One file of a zip archive, or empty.
inline QByteArray zipEntry(const QString &archive, const char *name)
{
    int code = 0;
    zip_t *zip = zip_open(QFile::encodeName(archive).constData(), ZIP_RDONLY, &code);
    if (!zip)
        return {};
    QByteArray data;
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(zip, name, 0, &st) == 0) {
        if (zip_file_t *file = zip_fopen(zip, name, 0)) {
            data.resize(static_cast<qsizetype>(st.size));
            if (zip_fread(file, data.data(), st.size) != static_cast<zip_int64_t>(st.size))
                data.clear();
            zip_fclose(file);
        }
    }
    zip_discard(zip);
    return data;
}

} // namespace cw
