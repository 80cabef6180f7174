#pragma once
// Runs every validation rule over a course and returns the problems found.

#include "problem.h"

#include <QList>

namespace cw {

class CourseDocument;

class Validator
{
public:
    // Modules estimated longer than this get a "module-too-long" warning (micro-learning limit).
    static constexpr int MaxModuleMinutes = 15;

    static QList<Problem> validate(const CourseDocument &document);
    static bool hasErrors(const QList<Problem> &problems);
};

} // namespace cw
