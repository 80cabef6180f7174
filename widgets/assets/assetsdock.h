#pragma once
// The Media dock: every media file of the course with its thumbnail, kind, size and where it is used (a
// click on a use selects that item), "Remove Unused" for files nothing refers to any more (one
// undo step), "Replace..." for the selected file (the window picks and imports the new one), and
// import. Refreshed after edits settle, like the Problems list.

#include <QDockWidget>
#include <QIcon>
#include <QPointer>
#include <QUuid>

class QAction;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace cw {

class AssetSource;
class CourseDocument;
class ThumbnailCache;
struct AssetInfo;

class AssetsDock : public QDockWidget
{
    Q_OBJECT

public:
    // `importAction` is the window's Import Media command, offered here as a button too.
    // `thumbnails` is the window's cache, shared with the media fields.
    AssetsDock(QAction *importAction, ThumbnailCache *thumbnails, QWidget *parent = nullptr);

    // `source` gives the files' bytes for image thumbnails; without it images get a generic icon.
    void setDocument(CourseDocument *document, const AssetSource *source = nullptr);
    // The icon shown for an asset: a thumbnail for a raster image, else its kind's icon.
    QIcon iconFor(const AssetInfo &asset);
    void refreshNow();
    QTreeWidget *list() const { return m_list; }
    QPushButton *removeUnusedButton() const { return m_removeUnused; }
    QPushButton *replaceButton() const { return m_replace; }
    // The hash of the media file selected in the list (a use selects its file); empty without one.
    QString selectedHash() const;
    // Removes every media file nothing refers to, as one undo step; returns how many went.
    int removeUnused();

Q_SIGNALS:
    void nodeActivated(const QUuid &id);
    // The designer asked to put another file in place of this one.
    void replaceRequested(const QString &hash);

private:
    void onItemActivated(QTreeWidgetItem *item);
    void showContextMenu(const QPoint &pos);
    void requestReplace();

    QPointer<CourseDocument> m_document;
    ThumbnailCache *m_thumbnails;
    QTreeWidget *m_list;
    QPushButton *m_removeUnused;
    QPushButton *m_replace;
    QTimer *m_refresh;
};

} // namespace cw
