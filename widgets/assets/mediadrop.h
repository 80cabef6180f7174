#pragma once
// Which files the editor takes as media: local files whose names say image, video, audio or
// captions. One list for drops and for the Import and Replace file dialogs. A drag carrying
// anything else (a remote address, a document, a folder) is refused as a whole, so the pointer
// shows "no drop" instead of a drop that would fail.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QMimeData;
class QWidget;

namespace cw {

class MediaDrop
{
    Q_DECLARE_TR_FUNCTIONS(cw::MediaDrop)

public:
    // The file dialogs' filter: the media types first, then every file.
    static QString dialogFilter();
    // The local paths of a drag that holds only media files; empty otherwise.
    static QStringList files(const QMimeData *mime);
    static bool isMediaFile(const QString &path);
    // The text fields inside `form` let a drag of media files pass on to the widgets around them
    // (the page editor, the window), which import the files, instead of taking the files' paths as
    // text. Plain text is still dropped into a field as text.
    static void passThroughTextFields(QWidget *form);
};

} // namespace cw
