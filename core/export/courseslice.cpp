#include "export/courseslice.h"

#include "model/coursedocument.h"

namespace cw {

std::unique_ptr<CourseDocument> CourseSlice::module(const CourseDocument &document, int module)
{
    std::unique_ptr<Node> root = document.root()->clone(false);
    const Node *kept = document.root()->child(module);
    for (int i = root->childCount() - 1; i >= 0; --i) {
        if (i != module)
            root->takeChild(i);
    }
    const QString title = QStringLiteral("title");
    const QString identifier = QStringLiteral("identifier");
    root->setProperty(title, kept->string(title));
    const QString base = document.root()->string(identifier);
    root->setProperty(identifier, (base.isEmpty() ? idString(document.root()->id()) : base) +
                                      QLatin1Char('/') + idString(kept->id()));
    return std::make_unique<CourseDocument>(std::move(root), document.assets().values());
}

int CourseSlice::moduleCount(const CourseDocument &document)
{
    return document.root()->childCount();
}

} // namespace cw
