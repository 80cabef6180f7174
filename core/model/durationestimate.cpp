#include "durationestimate.h"

#include "coursedocument.h"
#include "richtext.h"
#include "schema.h"

#include <vector>

namespace cw {

// What counts as reading. Every translatable String, RichText and StringList property counts,
// found by walking the schema, except:
// - text that is an alternative to something already counted: image alt text (the picture has its
//   own allowance), media transcripts (the media duration is counted);
// - text the learner never sees: the accepted answers of a fill-in-the-blank question;
// - quiz feedback (per choice, correct/incorrect, a short answer's sample) when the quiz shows
//   no feedback. Otherwise feedback counts, both the correct and the incorrect text: learners read
//   it, and with several attempts they often meet both, so the slight overestimate is accepted.

namespace {

bool isAlternativeOrHidden(NodeKind kind, const QString &key)
{
    return key == QLatin1String("alt") || key == QLatin1String("imageAlt") ||
           key == QLatin1String("transcript") ||
           (kind == NodeKind::FillBlank && key == QLatin1String("accepted"));
}

bool isQuizFeedback(NodeKind kind, const QString &key)
{
    if (key == QLatin1String("correctFeedback") || key == QLatin1String("incorrectFeedback") ||
        key == QLatin1String("sampleAnswer"))
        return true;
    return kind == NodeKind::Choice && key == QLatin1String("feedback");
}

bool feedbackHidden(const Node &node)
{
    for (const Node *p = node.parent(); p; p = p->parent()) {
        if (p->kind() == NodeKind::Quiz)
            return p->string(QStringLiteral("feedbackTiming")) == QLatin1String("never");
    }
    return false;
}

// The properties of each kind that count as reading, worked out from the schema once.
struct ReadProperty
{
    QString key;
    PropertyType type;
    bool quizFeedback;
};

const std::vector<ReadProperty> &readProperties(NodeKind kind)
{
    static const std::vector<std::vector<ReadProperty>> table = [] {
        std::vector<std::vector<ReadProperty>> t(NodeKindCount);
        for (int k = 0; k < NodeKindCount; ++k) {
            const NodeKind kind = NodeKind(k);
            for (const PropertySpec &spec : Schema::instance().kind(kind).properties) {
                const bool text = spec.type == PropertyType::String || spec.type == PropertyType::RichText ||
                                  spec.type == PropertyType::StringList;
                if (spec.translatable && text && !isAlternativeOrHidden(kind, spec.key))
                    t[size_t(k)].push_back({spec.key, spec.type, isQuizFeedback(kind, spec.key)});
            }
        }
        return t;
    }();
    return table[size_t(kind)];
}

bool isContainer(NodeKind kind)
{
    return kind == NodeKind::Course || kind == NodeKind::Module || kind == NodeKind::Page ||
           kind == NodeKind::Quiz || kind == NodeKind::Scenario;
}

} // namespace

DurationEstimate::DurationEstimate(const CourseDocument &document)
    : m_document(document)
{
    const Node *course = document.root();
    const int wpm = course->integer(QStringLiteral("readingWordsPerMinute"));
    if (wpm > 0)
        m_assumptions.wordsPerMinute = wpm;
    const QJsonValue perQuestion = course->property(QStringLiteral("secondsPerQuestion"));
    if (perQuestion.isDouble() && perQuestion.toInt() >= 0)
        m_assumptions.secondsPerQuestion = perQuestion.toInt();
}

int DurationEstimate::ownWords(const Node &node)
{
    int words = 0;
    for (const ReadProperty &p : readProperties(node.kind())) {
        if (p.quizFeedback && feedbackHidden(node))
            continue;
        if (p.type == PropertyType::StringList) {
            for (const QString &item : node.stringList(p.key))
                words += RichText::plainWordCount(item);
        } else {
            const QString value = node.string(p.key);
            words += p.type == PropertyType::RichText ? RichText::wordCount(value)
                                                      : RichText::plainWordCount(value);
        }
    }
    return words;
}

int DurationEstimate::words(const Node &node) const
{
    int total = ownWords(node);
    for (const auto &child : node.children())
        total += words(*child);
    return total;
}

double DurationEstimate::ownSeconds(const Node &node) const
{
    double s = ownWords(node) * 60.0 / m_assumptions.wordsPerMinute;
    const NodeKind kind = node.kind();
    if (isQuestionKind(kind)) {
        s += m_assumptions.secondsPerQuestion;
    } else if (kind == NodeKind::Image) {
        s += m_assumptions.secondsPerImage;
    } else if (kind == NodeKind::Video || kind == NodeKind::Audio) {
        // Unknown durations (0) add nothing: the estimate stays a lower bound rather than a guess.
        if (const AssetInfo *asset = m_document.asset(node.string(QStringLiteral("asset"))))
            s += double(asset->durationMs) / 1000.0;
    } else if (kind == NodeKind::ScenarioNode) {
        s += m_assumptions.secondsPerScenarioStep;
        if (!node.string(QStringLiteral("image")).isEmpty())
            s += m_assumptions.secondsPerImage;
    }
    return s;
}

double DurationEstimate::childrenSeconds(const Node &node) const
{
    double s = 0;
    for (const auto &child : node.children())
        s += seconds(*child);
    return s;
}

double DurationEstimate::seconds(const Node &node) const
{
    const bool cached = isContainer(node.kind());
    if (cached) {
        auto it = m_seconds.constFind(node.id());
        if (it != m_seconds.constEnd())
            return it.value();
    }
    double s = 0;
    if (node.kind() == NodeKind::Quiz)
        s = quizSeconds(node);
    else if (node.kind() == NodeKind::Scenario)
        s = scenarioSeconds(node);
    else
        s = ownSeconds(node) + childrenSeconds(node);
    if (cached)
        m_seconds.insert(node.id(), s);
    return s;
}

double DurationEstimate::quizSeconds(const Node &quiz) const
{
    // Drawing N of M questions: each learner meets N, so count the pool's average question N times.
    const int questions = quiz.childCount();
    const int drawCount = quiz.integer(QStringLiteral("drawCount"));
    const double share = drawCount > 0 && drawCount < questions ? double(drawCount) / questions : 1.0;
    return ownSeconds(quiz) + childrenSeconds(quiz) * share;
}

double DurationEstimate::scenarioSeconds(const Node &scenario) const
{
    // A learner walks one path, so summing every step overestimates a branching scenario. The
    // estimate is (typical path length) x (average step among the reachable ones), where the typical
    // path length is the mean over the reachable endings of the shortest route from the start to
    // that ending, counted in steps. A scenario without a start or without a reachable ending
    // (which validation reports) falls back to all its steps.
    std::vector<const Node *> steps;
    QHash<QUuid, int> index;
    for (const auto &child : scenario.children()) {
        if (child->kind() == NodeKind::ScenarioNode) {
            index.insert(child->id(), int(steps.size()));
            steps.push_back(child.get());
        }
    }
    double all = 0;
    std::vector<double> stepSeconds(steps.size());
    for (size_t i = 0; i < steps.size(); ++i) {
        stepSeconds[i] = seconds(*steps[i]);
        all += stepSeconds[i];
    }
    const double own = ownSeconds(scenario);

    const int start = index.value(QUuid::fromString(scenario.string(QStringLiteral("start"))), -1);
    if (start < 0)
        return own + all;

    // Breadth-first distances from the start.
    std::vector<int> distance(steps.size(), -1);
    std::vector<int> queue{start};
    distance[size_t(start)] = 0;
    for (size_t head = 0; head < queue.size(); ++head) {
        const Node &step = *steps[size_t(queue[head])];
        for (const auto &choice : step.children()) {
            const int target = index.value(QUuid::fromString(choice->string(QStringLiteral("target"))), -1);
            if (target >= 0 && distance[size_t(target)] < 0) {
                distance[size_t(target)] = distance[size_t(queue[head])] + 1;
                queue.push_back(target);
            }
        }
    }

    double reachableSeconds = 0;
    double pathSteps = 0;
    int endings = 0;
    for (size_t i = 0; i < steps.size(); ++i) {
        if (distance[i] < 0)
            continue;
        reachableSeconds += stepSeconds[i];
        if (steps[i]->string(QStringLiteral("nodeType")) == QLatin1String("ending")) {
            pathSteps += distance[i] + 1;
            ++endings;
        }
    }
    if (endings == 0)
        return own + all;
    const double averageStep = reachableSeconds / double(queue.size());
    return own + (pathSteps / endings) * averageStep;
}

} // namespace cw
