#pragma once
// Small pictures of the course's media for the Media dock and the media fields: an image's
// thumbnail (a photo's or a drawing's), else the kind's icon. Kept by hash, since a file's bytes
// never change; shared by every view of one open project.

#include <QHash>
#include <QIcon>

namespace cw {

class AssetSource;
struct AssetInfo;

class ThumbnailCache
{
public:
    static constexpr int Size = 48;

    // `source` gives the files' bytes; without one every asset gets its kind's icon.
    void setSource(const AssetSource *source);
    QIcon iconFor(const AssetInfo &asset);

private:
    const AssetSource *m_source = nullptr;
    QHash<QString, QIcon> m_icons;
};

} // namespace cw
