#pragma once
// One module of a course as a course of its own: what a SCO per module or a package per module
// plays, tracks and stores learner state for.

#include <memory>

namespace cw {

class CourseDocument;

class CourseSlice
{
public:
    // Module `module` (an index among the course's modules) with the course's settings and asset
    // catalogue; node ids are kept, so identifiers derived from them stay stable. The course title
    // becomes the module's, which is what the learner and the LMS see of it.
    static std::unique_ptr<CourseDocument> module(const CourseDocument &document, int module);
    static int moduleCount(const CourseDocument &document);
};

} // namespace cw
