#pragma once
// The "benchmark course" the benchmarks share: 100 modules x 20 pages x 5 text blocks and a quiz
// of 10 questions per module. The generator is seeded, so every benchmark measures the same text.

#include "model/coursedocument.h"
#include "model/node.h"

#include <QRandomGenerator>
#include <QStringList>

#include <iterator>
#include <memory>

namespace cw::bench {

inline QString lorem(QRandomGenerator &rng, int words)
{
    static const char *vocabulary[] = {"feedback",  "team",    "clear",  "specific", "impact",  "behaviour",
                                       "situation", "listen",  "ask",    "follow",   "up",      "goal",
                                       "project",   "meeting", "review", "progress", "support", "example"};
    QStringList out;
    for (int i = 0; i < words; ++i)
        out << QString::fromLatin1(vocabulary[rng.bounded(int(std::size(vocabulary)))]);
    return out.join(QLatin1Char(' '));
}

inline std::unique_ptr<Node> bigCourse()
{
    QRandomGenerator rng(7);
    auto course = CourseDocument::createCourseTree();
    course->takeChild(0);
    for (int m = 0; m < 100; ++m) {
        auto module = std::make_unique<Node>(NodeKind::Module);
        module->setProperty(QStringLiteral("title"), QStringLiteral("Module %1").arg(m + 1));
        for (int p = 0; p < 20; ++p) {
            auto page = std::make_unique<Node>(NodeKind::Page);
            page->setProperty(QStringLiteral("title"), QStringLiteral("Page %1.%2").arg(m + 1).arg(p + 1));
            for (int b = 0; b < 5; ++b) {
                auto text = std::make_unique<Node>(NodeKind::Text);
                text->setProperty(QStringLiteral("html"), QStringLiteral("<p>%1</p>").arg(lorem(rng, 60)));
                page->appendChild(std::move(text));
            }
            module->appendChild(std::move(page));
        }
        auto quiz = std::make_unique<Node>(NodeKind::Quiz);
        for (int q = 0; q < 10; ++q) {
            auto question = CourseDocument::createNode(NodeKind::SingleChoice);
            question->setProperty(QStringLiteral("prompt"), QStringLiteral("<p>%1?</p>").arg(lorem(rng, 12)));
            quiz->appendChild(std::move(question));
        }
        module->appendChild(std::move(quiz));
        course->appendChild(std::move(module));
    }
    return course;
}

} // namespace cw::bench
