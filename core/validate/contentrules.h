#pragma once
// Rules on the course settings, modules, pages, blocks and asset references.

#include <QCoreApplication>
#include <QString>

namespace cw {

class Node;
class RuleContext;

class ContentRules
{
    Q_DECLARE_TR_FUNCTIONS(cw::ContentRules)

public:
    // Checks one node (not its children: the validator walks the tree once).
    static void check(const Node &node, RuleContext &context);

    static constexpr double MinimumContrast = 4.5; // WCAG 2.1 AA, normal text

    // Contrast ratio (1 to 21) of a "#rrggbb" colour against white.
    static double contrastWithWhite(const QString &color);

    // Well-formed per BCP 47 (RFC 5646) syntax; does not consult the subtag registry.
    static bool isWellFormedLanguageTag(const QString &tag);

private:
    static void checkAssetRefs(const Node &node, RuleContext &context);
    static void checkCourse(const Node &course, RuleContext &context);
    static void checkTheme(const Node &course, RuleContext &context);
    static void checkModule(const Node &module, RuleContext &context);
    static void checkHeadingLevels(const Node &page, RuleContext &context);
    static void checkImage(const Node &image, RuleContext &context);
    static void checkMedia(const Node &media, RuleContext &context);
};

} // namespace cw
