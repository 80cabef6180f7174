#pragma once
// The schema: for each node kind, its properties (type, default, constraints, translatable) and the
// child kinds it accepts. Serialization, validation, search and the property editor walk this.

#include "nodekind.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace cw {

class Node;

enum class PropertyType
{
    Bool,
    Int,
    Real,
    String,     // one line of plain text
    RichText,   // the safe HTML subset (see richtext.h)
    Enum,       // one of PropertySpec::choices
    Flags,      // a subset of PropertySpec::choices, stored as a sorted JSON array of strings
    StringList, // JSON array of strings
    AssetRef,   // SHA-256 hex of an asset, or ""
    NodeRef,    // id of another node in the same course (braceless UUID), or ""
    Condition,  // scenario condition expression (see expression.h), or ""
    Effects,    // scenario effect statements (see expression.h), or ""
    Settings,   // a JSON object a tool keeps with the course (export options); not edited in a form
};

// How an editor presents a property beyond its type: written here, never guessed from a key's name.
enum class EditorHint
{
    None,
    LanguageTag, // a String holding a BCP 47 tag: picked from the languages by name
    Color,       // a String holding "#rrggbb": a colour picker with the contrast the player will get
    ShortText,   // RichText of a sentence or two (feedback, a question): a smaller box to start with
    TrueOrFalse, // a Bool that is an answer: "True" and "False" side by side, not a check box
};

// When a property matters: only while another property of the same node has a given value
// (an image's alternative text unless it is decorative). Editors grey out an inactive field.
struct ActiveWhen
{
    QString key; // empty: always active
    QJsonValue equals;
};

struct PropertySpec
{
    QString key;
    PropertyType type = PropertyType::String;
    QJsonValue defaultValue;
    bool translatable = false;
    QStringList choices; // Enum and Flags
    double minimum = 0;  // Int and Real, when hasRange
    double maximum = 0;
    bool hasRange = false;
    int maxLength = 0;                    // String, 0 = unlimited
    NodeKind refKind = NodeKind::Course;  // NodeRef: the kind it must point to
    NodeKind refScope = NodeKind::Course; // NodeRef: ...inside the nearest enclosing node of this kind
    QString mediaType; // AssetRef: what it holds, see MediaFit::fits ("image/", "text/vtt")
    EditorHint hint = EditorHint::None;
    ActiveWhen activeWhen;
    const char *label = ""; // untranslated source text; use Schema::propertyLabel()
};

struct KindSpec
{
    NodeKind kind = NodeKind::Course;
    const char *label = "";
    QList<PropertySpec> properties;
    QList<NodeKind> childKinds;
    // The property whose text names a node in the outline (title, text, prompt, ...).
    QString displayKey;

    const PropertySpec *property(const QString &key) const;
    bool acceptsChild(NodeKind child) const { return childKinds.contains(child); }
};

class Schema
{
public:
    static const Schema &instance();

    const KindSpec &kind(NodeKind kind) const { return m_kinds[size_t(kind)]; }
    const PropertySpec *property(NodeKind kind, const QString &key) const;

    // Translated labels for the user interface.
    static QString kindLabel(NodeKind kind);
    static QString propertyLabel(const PropertySpec &spec);
    // The same labels as used inside a sentence ("Delete page"): lower-cased, unless the
    // translation keeps nouns capitalised (German does).
    static QString kindNoun(NodeKind kind);
    static QString propertyNoun(const PropertySpec &spec);

    // Whether the property matters for this node now (see ActiveWhen).
    static bool isActive(const PropertySpec &spec, const Node &node);

    // Checks a value against a property's type and constraints; empty string when valid.
    static QString checkValue(const PropertySpec &spec, const QJsonValue &value);
    // Brings a value into its canonical form (Flags sorted and unique, NodeRef without braces,
    // RichText reduced to the safe subset); assumes checkValue passed.
    static QJsonValue normalized(const PropertySpec &spec, const QJsonValue &value);

private:
    Schema();
    std::vector<KindSpec> m_kinds;
};

} // namespace cw
