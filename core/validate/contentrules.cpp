#include "contentrules.h"

#include "model/coursedocument.h"
#include "model/mediafit.h"
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
        checkHeadingLevels(node, context);
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

void ContentRules::checkHeadingLevels(const Node &page, RuleContext &context)
{
    // The player shows the page title as the level 1 heading, accordion and tabs titles at level 2
    // and accordion sections one below their title (docs/player.md). Screen reader users move
    // through a page by heading level, so a skipped level reads as missing content.
    int previous = 1;
    for (const auto &child : page.children()) {
        const Node &block = *child;
        if (block.kind() == NodeKind::Heading) {
            const int level = block.integer(QStringLiteral("level"));
            if (level > previous + 1)
                context.warning(block, QStringLiteral("heading-skips-level"),
                                tr("%1 is a level %2 heading right after a level %3 heading; use level %4 "
                                   "so screen reader users don't miss a section.")
                                    .arg(RuleContext::describe(block))
                                    .arg(level)
                                    .arg(previous)
                                    .arg(previous + 1));
            previous = level;
        } else if (block.kind() == NodeKind::Accordion || block.kind() == NodeKind::Tabs) {
            const bool titled = !block.string(QStringLiteral("title")).trimmed().isEmpty();
            const bool sections = block.kind() == NodeKind::Accordion && block.childCount() > 0;
            if (titled || sections)
                previous = 2 + (titled && sections ? 1 : 0);
        }
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
        // The rule import and export follow too: what passes here is what the package can play.
        if (!MediaFit::fits(spec.mediaType, *asset))
            context.error(node, QStringLiteral("wrong-asset-type"),
                          tr("%1: “%2” holds %3 (%4), which cannot be shown there.")
                              .arg(RuleContext::describe(node), Schema::propertyLabel(spec), asset->name,
                                   asset->mimeType.isEmpty() ? tr("unknown type") : asset->mimeType));
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
    checkTheme(course, context);
}

void ContentRules::checkTheme(const Node &course, RuleContext &context)
{
    const QString color = course.string(QStringLiteral("themeColor"));
    static const QRegularExpression hex(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    if (!hex.match(color).hasMatch()) {
        context.error(
            course, QStringLiteral("invalid-theme-color"),
            tr("The theme colour “%1” is not a colour in the form #rrggbb (such as #1f5f99).").arg(color));
    } else {
        // The accent colours links, buttons and focus rings on white: WCAG 2.1 AA asks 4.5:1.
        const double ratio = contrastWithWhite(color);
        if (ratio < MinimumContrast)
            context.warning(course, QStringLiteral("low-contrast-theme-color"),
                            tr("The theme colour %1 has a contrast of %2:1 against white; text in it needs "
                               "at least 4.5:1. Choose a darker colour.")
                                .arg(color, QString::number(std::floor(ratio * 100) / 100, 'f', 2)));
    }
    if (!course.string(QStringLiteral("logo")).isEmpty() &&
        course.string(QStringLiteral("logoAlt")).trimmed().isEmpty())
        context.warning(course, QStringLiteral("logo-no-alt"),
                        tr("The course logo has no alternative text; screen readers will announce it "
                           "without a name."));
}

double ContentRules::contrastWithWhite(const QString &color)
{
    // WCAG 2.1 relative luminance of an sRGB colour, then (L1 + 0.05) / (L2 + 0.05) with white.
    const auto channel = [&color](int at) {
        const double c = color.mid(at, 2).toInt(nullptr, 16) / 255.0;
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const double luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
    return 1.05 / (luminance + 0.05);
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
