#pragma once
// Activity IRIs for xAPI and cmi5: a base (from the course identifier unless the author sets one)
// plus node ids, so an LRS sees the same activities across re-exports of one course.

#include <QString>

namespace cw {

class ActivityIri
{
public:
    // Whether `text` starts with an IRI scheme ("https:", "urn:"), which makes it absolute.
    static bool hasScheme(const QString &text);
    // The base used when the author sets none: the course identifier itself when it is already an
    // absolute IRI (it has a scheme), else https://coursewright.invalid/course/<identifier>.
    static QString defaultBase(const QString &courseIdentifier);
    // `base` + "/" + `nodeId`; characters an IRI cannot hold are percent-encoded.
    static QString activityIri(const QString &base, const QString &nodeId);
};

} // namespace cw
