#pragma once
// How long a person needs to build a course through the editor, by the Keystroke-Level Model:
// counted step by step while a test builds a course through the window (tst_buildcourse), or
// estimated from a finished course's content. Printed by the test, never checked.

#include "model/node.h"
#include "model/richtext.h"
#include "model/schema.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QtGlobal>

namespace cw {

// What the build asks of a person, counted as the Keystroke-Level Model counts it (Card, Moran and
// Newell, 1980): keystrokes, pointing at a control, mouse clicks, moving a hand between keyboard
// and mouse, and a moment's thought before each step. Printed, not checked: it tells how long a
// designer needs for a course through the UI, which no timer in a test can measure.
struct Effort
{
    int keys = 0;
    int points = 0;
    int clicks = 0;
    int homings = 0;
    int thoughts = 0;
    bool onMouse = false;

    void key(int count = 1)
    {
        if (onMouse)
            ++homings;
        onMouse = false;
        keys += count;
    }
    // Pointing at a control and clicking it.
    void click()
    {
        if (!onMouse)
            ++homings;
        onMouse = true;
        ++points;
        ++clicks;
    }
    void think() { ++thoughts; }
    // Seconds for an average non-professional typist (the model's published operator times).
    double seconds() const
    {
        return keys * 0.28 + points * 1.1 + clicks * 0.2 + homings * 0.4 + thoughts * 1.35;
    }
};

inline void reportEffort(const char *what, const Effort &e)
{
    qInfo("%-48s %6d %6d %7d %8d %7.1f", what, e.keys, e.points, e.homings, e.thoughts, e.seconds() / 60);
}

// The same model applied to a finished course, for courses not built by a test: every item is
// added from a palette or a menu (one or two clicks), every property that differs from its default is reached
// with a click and typed (text) or picked (two clicks), every media file imported through a file dialog. With
// TextEntry::LongTextPasted, a text of over 80 characters (about a line) comes from the designer's script
// document instead: a click there, a drag over the text, a click back in the field, and Ctrl+C, Ctrl+V.
enum class TextEntry
{
    Typed,
    LongTextPasted,
};

inline Effort effortFor(const Node &node, TextEntry text, bool isRoot = true)
{
    const auto enter = [text](Effort &e, qsizetype characters) {
        if (text == TextEntry::LongTextPasted && characters > 80) {
            e.click();
            e.click();
            e.click();
            e.key(2);
        } else {
            e.key(int(characters));
        }
    };
    Effort e;
    const KindSpec &spec = Schema::instance().kind(node.kind());
    if (!isRoot) {
        e.think();
        e.click();
        // Blocks and questions come from their editor's palette (one click), the rest from the
        // Add menu (two).
        const NodeKind parent = node.parent() ? node.parent()->kind() : NodeKind::Course;
        if (parent != NodeKind::Page && !(parent == NodeKind::Quiz && isQuestionKind(node.kind())))
            e.click();
    }
    for (const PropertySpec &property : spec.properties) {
        const QJsonValue value = node.property(property.key);
        if (value == property.defaultValue || value.isNull() || value.isUndefined() ||
            property.type == PropertyType::Settings)
            continue;
        e.think();
        e.click();
        switch (property.type) {
        case PropertyType::String:
        case PropertyType::Condition:
        case PropertyType::Effects:
            enter(e, value.toString().size() + 1);
            break;
        case PropertyType::RichText:
            enter(e, RichText::toPlainText(value.toString()).size());
            break;
        case PropertyType::StringList:
            for (const QJsonValue &entry : value.toArray())
                enter(e, entry.toString().size() + 1);
            break;
        case PropertyType::Int:
        case PropertyType::Real:
            e.key(int(QString::number(value.toDouble()).size()) + 1);
            break;
        case PropertyType::AssetRef: // Import Media, then a double click on the file
            e.click();
            e.click();
            break;
        default: // a list to open and an entry to pick (a check box counts the same)
            e.click();
            break;
        }
    }
    for (const auto &child : node.children()) {
        const Effort c = effortFor(*child, text, false);
        e.keys += c.keys;
        e.points += c.points;
        e.clicks += c.clicks;
        e.homings += c.homings;
        e.thoughts += c.thoughts;
    }
    return e;
}

} // namespace cw
