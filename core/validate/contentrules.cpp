#include "contentrules.h"

#include "model/coursedocument.h"
#include "model/schema.h"
#include "rulecontext.h"
#include "validator.h"

#include <QRegularExpression>

#include <cmath>

namespace cw {

void ContentRules::check(const Node &node, RuleContext &context)
{
    checkAssetRefs(node, context);
    switch (node.kind()) {
    case NodeKind::Course:
        checkCourse(node, context);
        break;
    case NodeKind::Module:
        checkModule(node, context);
        break;
    case NodeKind::Page:
        // A warning, not an error: a blank page still plays and exports; it is most likely a page
        // still being written, which the designer should see but which must not block a preview.
        if (node.childCount() == 0)
            context.warning(node, QStringLiteral("empty-page"),
                            tr("%1 has no blocks.").arg(RuleContext::describe(node)));
        break;
    case NodeKind::Image:
        checkImage(node, context);
        break;
    case NodeKind::Video:
    case NodeKind::Audio:
        checkMedia(node, context);
        break;
    case NodeKind::Accordion:
    case NodeKind::Tabs:
        if (node.childCount() == 0)
            context.warning(node, QStringLiteral("empty-block"),
                            tr("%1 has no sections.").arg(RuleContext::describe(node)));
        break;
    default:
        break;
    }
}

void ContentRules::checkAssetRefs(const Node &node, RuleContext &context)
{
    for (const PropertySpec &spec : Schema::instance().kind(node.kind()).properties) {
        if (spec.type != PropertyType::AssetRef)
            continue;
        const QString hash = node.string(spec.key);
        if (hash.isEmpty())
            continue;
        const AssetInfo *asset = context.document().asset(hash);
        if (!asset) {
            context.error(node, QStringLiteral("broken-asset"),
                          tr("%1: the file for “%2” is missing from the project.")
                              .arg(RuleContext::describe(node), Schema::propertyLabel(spec)));
            continue;
        }
        // Captions files are often detected as text/plain or octet-stream: no check rather than noise.
        const QString family = spec.mediaType.startsWith(QLatin1String("text/")) ? QString() : spec.mediaType;
        if (!family.isEmpty() && !asset->mimeType.isEmpty() && !asset->mimeType.startsWith(family))
            context.error(node, QStringLiteral("wrong-asset-type"),
                          tr("%1: “%2” holds %3 (%4), which cannot be shown there.")
                              .arg(RuleContext::describe(node), Schema::propertyLabel(spec), asset->name,
                                   asset->mimeType));
    }
}

void ContentRules::checkCourse(const Node &course, RuleContext &context)
{
    // The title becomes the package title in every LMS, so it is required.
    if (course.string(QStringLiteral("title")).trimmed().isEmpty())
        context.error(course, QStringLiteral("course-no-title"), tr("The course has no title."));
    // Package identifiers and activity IRIs derive from it; without one re-exports lose records.
    if (course.string(QStringLiteral("identifier")).trimmed().isEmpty())
        context.error(course, QStringLiteral("course-no-identifier"), tr("The course has no identifier."));
    const QString language = course.string(QStringLiteral("language"));
    if (!isWellFormedLanguageTag(language))
        context.error(course, QStringLiteral("invalid-language"),
                      language.isEmpty()
                          ? tr("The course has no language.")
                          : tr("The course language “%1” is not a valid language tag (such as en or de-CH).")
                                .arg(language));
    if (course.childCount() == 0)
        context.error(course, QStringLiteral("empty-course"), tr("The course has no modules."));
}

void ContentRules::checkModule(const Node &module, RuleContext &context)
{
    // An error: a module with nothing in it cannot be packaged as a SCO and gives the learner a
    // blank entry in the table of contents.
    if (module.childCount() == 0) {
        context.error(module, QStringLiteral("empty-module"),
                      tr("%1 has no pages, quizzes or scenarios.").arg(RuleContext::describe(module)));
        return;
    }
    const double seconds = context.duration().seconds(module);
    if (seconds > Validator::MaxModuleMinutes * 60.0)
        context.warning(module, QStringLiteral("module-too-long"),
                        tr("%1 takes about %2 minutes; keep modules under %3 minutes.")
                            .arg(RuleContext::describe(module))
                            .arg(int(std::ceil(seconds / 60.0)))
                            .arg(Validator::MaxModuleMinutes));
}

void ContentRules::checkImage(const Node &image, RuleContext &context)
{
    if (image.string(QStringLiteral("asset")).isEmpty())
        context.error(image, QStringLiteral("missing-media"),
                      tr("%1 has no image file.").arg(RuleContext::describe(image)));
    if (!image.boolean(QStringLiteral("decorative")) &&
        image.string(QStringLiteral("alt")).trimmed().isEmpty())
        context.error(image, QStringLiteral("image-no-alt"),
                      tr("%1 has no alternative text; add one or mark the image decorative.")
                          .arg(RuleContext::describe(image)));
}

void ContentRules::checkMedia(const Node &media, RuleContext &context)
{
    if (media.string(QStringLiteral("asset")).isEmpty())
        context.error(media, QStringLiteral("missing-media"),
                      media.kind() == NodeKind::Video
                          ? tr("%1 has no video file.").arg(RuleContext::describe(media))
                          : tr("%1 has no audio file.").arg(RuleContext::describe(media)));
    if (media.string(QStringLiteral("captions")).isEmpty())
        context.warning(media, QStringLiteral("media-no-captions"),
                        tr("%1 has no captions.").arg(RuleContext::describe(media)));
}

bool ContentRules::isWellFormedLanguageTag(const QString &tag)
{
    // RFC 5646 "langtag" and private use. The primary subtag is limited to 2-3 letters: 4-8 letter
    // ones are well-formed on paper but none is registered, and "english" should be caught.
    static const QRegularExpression re(
        QStringLiteral("^(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}"         // language, extlang
                       "(?:-[A-Za-z]{4})?"                              // script
                       "(?:-(?:[A-Za-z]{2}|[0-9]{3}))?"                 // region
                       "(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*" // variants
                       "(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*"  // extensions
                       "(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?"               // private use
                       "|[Xx](?:-[A-Za-z0-9]{1,8})+)$"));
    return re.match(tag).hasMatch();
}

} // namespace cw
