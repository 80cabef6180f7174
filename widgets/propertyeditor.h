#pragma once
// The inspector: the selected node's kind and name over a form of all its properties (NodeForm),
// for the kinds no dedicated editor claims (the course's settings, modules, scenario parts).

#include "editors/editor.h"
#include "model/coursedocument.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

class QLabel;
class QScrollArea;
class QStackedWidget;

namespace cw {

class Node;
class NodeForm;
class ThumbnailCache;

class PropertyEditor : public QWidget, public Editor
{
    Q_OBJECT

public:
    explicit PropertyEditor(QWidget *parent = nullptr);
    ~PropertyEditor() override;

    QWidget *widget() override { return this; }
    void setDocument(CourseDocument *document) override;
    CourseDocument *document() const { return m_document; }
    // Shows the node's properties; a null id shows the empty state.
    void setNode(const QUuid &id) override;
    QUuid node() const { return m_node; }

    // The editor widget for a property of the shown node, or nullptr (tests, focus handling).
    QWidget *editorFor(const QString &key) const override;
    // Puts the keyboard in the shown node's first field that can take it (its text selected), so
    // a designer who just added an item types its title straight away. False when there is none.
    bool focusFirstField() override;
    // The last refused edit's message, empty after a successful one.
    QString errorText() const;

    // Media fields show pictures of images from here (the window's cache); none: no pictures.
    void setThumbnails(ThumbnailCache *thumbnails) { m_thumbnails = thumbnails; }
    NodeForm *form() const { return m_form; }

private:
    void rebuild();
    void clearForm();
    void onChanged(const cw::ChangeEvent &event);
    void showResult(const QString &error);
    void updateHeader();
    const Node *currentNode() const;

    QPointer<CourseDocument> m_document;
    QUuid m_node;
    ThumbnailCache *m_thumbnails = nullptr;

    QStackedWidget *m_stack;
    QLabel *m_empty;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_kind;
    QLabel *m_error;
    QScrollArea *m_scroll;
    QWidget *m_formHost = nullptr;
    NodeForm *m_form = nullptr;
};

} // namespace cw
