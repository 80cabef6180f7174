#include "statebudget.h"

#include "model/coursedocument.h"
#include "model/jsonnumber.h"
#include "model/node.h"

#include <QJsonArray>

#include <algorithm>
#include <functional>

namespace cw {

namespace {

// The caps of templates/player/state.js (CAPS); docs/learner-state.md explains each.
constexpr int kFillBlankBytes = 64;
constexpr int kShortAnswerBytes = 256;
constexpr int kNumberChars = 25;
constexpr int kPathLength = 32;
constexpr int kUnlimitedAttemptsBits = 8;
constexpr int kHashBits = 32;
constexpr int kScoreBits = 7;
constexpr int kSeedBits = 16;
constexpr int kNumberBits = 5 + 4 * kNumberChars;

// Bits for a value in 0..n-1.
int width(qint64 n)
{
    int w = 0;
    while ((qint64(1) << w) < n)
        ++w;
    return w;
}

qint64 textBits(int cap)
{
    return width(cap + 1) + qint64(cap) * 8;
}

qint64 responseBits(const StateBudget::Question &q)
{
    const QString &k = q.kind;
    if (k == u"singleChoice" || k == u"likert")
        return width(q.n);
    if (k == u"multipleResponse")
        return q.n;
    if (k == u"trueFalse")
        return 1;
    if (k == u"fillBlank")
        return textBits(kFillBlankBytes);
    if (k == u"shortAnswer")
        return textBits(kShortAnswerBytes);
    // A matching may be saved while partial: a flag, then each prompt's match or none.
    if (k == u"matching")
        return 1 + qint64(q.n) * width(q.n + 1);
    if (k == u"sequencing")
        return qint64(q.n) * width(q.n);
    if (k == u"numeric")
        return kNumberBits;
    return 0;
}

qint64 quizBits(const StateBudget::Item &quiz)
{
    const int count = int(quiz.questions.size());
    const bool drawn = quiz.drawCount > 0 && quiz.drawCount < count;
    const int presented = drawn ? quiz.drawCount : count;
    // Touched, attempts used, best score, passed, attempt state.
    qint64 bits =
        1 + (quiz.attempts > 0 ? width(quiz.attempts + 1) : kUnlimitedAttemptsBits) + kScoreBits + 1 + 2;
    if (drawn || quiz.shuffleQuestions)
        bits += qint64(presented) * width(count);
    if (quiz.shuffleChoices)
        bits += kSeedBits;
    QList<qint64> answers;
    // Answered flag, response, checked flag.
    for (const StateBudget::Question &q : quiz.questions)
        answers << 1 + responseBits(q) + 1;
    std::sort(answers.begin(), answers.end(), std::greater<>());
    for (int i = 0; i < presented; ++i)
        bits += answers.at(i);
    return bits;
}

qint64 scenarioBits(const StateBudget::Item &scenario)
{
    const int step = width(scenario.nodes);
    qint64 bits = 1 + step + 1 + width(kPathLength + 1) + qint64(kPathLength) * step;
    for (bool boolean : scenario.booleanVariables)
        bits += boolean ? 1 : kNumberBits;
    return bits + kNumberBits + 1 + 2;
}

void appendId(QStringList &ids, const Node &node)
{
    ids << idString(node.id());
}

} // namespace

quint32 StateBudget::structureHash(const QStringList &ids)
{
    quint32 h = 0x811c9dc5u;
    for (const QString &id : ids) {
        const QByteArray bytes = id.toUtf8() + '\n';
        for (const char c : bytes) {
            h ^= quint8(c);
            h *= 0x01000193u;
        }
    }
    return h;
}

StateBudget::Shape StateBudget::shape(const Node &course)
{
    Shape shape;
    QStringList ids;
    for (const auto &module : course.children()) {
        if (module->kind() != NodeKind::Module)
            continue;
        appendId(ids, *module);
        QList<Item> items;
        for (const auto &child : module->children()) {
            Item item;
            switch (child->kind()) {
            case NodeKind::Page:
                item.kind = QStringLiteral("page");
                appendId(ids, *child);
                break;
            case NodeKind::Quiz:
                item.kind = QStringLiteral("quiz");
                appendId(ids, *child);
                item.attempts = child->integer(QStringLiteral("attempts"));
                item.drawCount = child->integer(QStringLiteral("drawCount"));
                item.shuffleQuestions = child->boolean(QStringLiteral("shuffleQuestions"));
                item.shuffleChoices = child->boolean(QStringLiteral("shuffleChoices"));
                for (const auto &question : child->children()) {
                    if (!isQuestionKind(question->kind()))
                        continue;
                    appendId(ids, *question);
                    Question q{kindName(question->kind()), question->childCount()};
                    for (const auto &part : question->children())
                        appendId(ids, *part);
                    if (question->kind() == NodeKind::Likert)
                        q.n = int(question->stringList(QStringLiteral("scale")).size());
                    item.questions << q;
                }
                break;
            case NodeKind::Scenario:
                item.kind = QStringLiteral("scenario");
                appendId(ids, *child);
                // Variables first, then steps: the player numbers each list on its own.
                for (const auto &part : child->children()) {
                    if (part->kind() == NodeKind::Variable) {
                        appendId(ids, *part);
                        item.booleanVariables << (part->string(QStringLiteral("type")) == u"boolean");
                    }
                }
                for (const auto &part : child->children()) {
                    if (part->kind() == NodeKind::ScenarioNode) {
                        appendId(ids, *part);
                        ++item.nodes;
                    }
                }
                break;
            default:
                continue;
            }
            items << item;
        }
        shape.modules << items;
    }
    shape.hash = structureHash(ids);
    return shape;
}

QJsonObject StateBudget::shapeToJson(const Shape &shape)
{
    QJsonArray modules;
    for (const QList<Item> &items : shape.modules) {
        QJsonArray list;
        for (const Item &item : items) {
            QJsonObject o{{QStringLiteral("kind"), item.kind}};
            if (item.kind == u"quiz") {
                QJsonArray questions;
                for (const Question &q : item.questions)
                    questions.append(
                        QJsonObject{{QStringLiteral("kind"), q.kind}, {QStringLiteral("n"), q.n}});
                o.insert(QStringLiteral("attempts"), item.attempts);
                o.insert(QStringLiteral("drawCount"), item.drawCount);
                o.insert(QStringLiteral("shuffleQuestions"), item.shuffleQuestions);
                o.insert(QStringLiteral("shuffleChoices"), item.shuffleChoices);
                o.insert(QStringLiteral("questions"), questions);
            } else if (item.kind == u"scenario") {
                QJsonArray variables;
                for (bool boolean : item.booleanVariables)
                    variables.append(boolean ? QStringLiteral("boolean") : QStringLiteral("number"));
                o.insert(QStringLiteral("nodes"), item.nodes);
                o.insert(QStringLiteral("variables"), variables);
            }
            list.append(o);
        }
        modules.append(QJsonObject{{QStringLiteral("items"), list}});
    }
    return {{QStringLiteral("format"), FormatVersion},
            {QStringLiteral("hash"), double(shape.hash)},
            {QStringLiteral("modules"), modules}};
}

StateBudget::Shape StateBudget::shapeFromJson(const QJsonObject &json)
{
    Shape shape;
    shape.hash = quint32(
        JsonNumber::toInteger(json.value(QStringLiteral("hash")), 0, 0xFFFFFFFF, nullptr).value_or(0));
    for (const QJsonValue &module : json.value(QStringLiteral("modules")).toArray()) {
        QList<Item> items;
        for (const QJsonValue &value : module.toObject().value(QStringLiteral("items")).toArray()) {
            const QJsonObject o = value.toObject();
            Item item;
            item.kind = o.value(QStringLiteral("kind")).toString();
            item.attempts = o.value(QStringLiteral("attempts")).toInt();
            item.drawCount = o.value(QStringLiteral("drawCount")).toInt();
            item.shuffleQuestions = o.value(QStringLiteral("shuffleQuestions")).toBool();
            item.shuffleChoices = o.value(QStringLiteral("shuffleChoices")).toBool();
            for (const QJsonValue &q : o.value(QStringLiteral("questions")).toArray())
                item.questions << Question{q.toObject().value(QStringLiteral("kind")).toString(),
                                           q.toObject().value(QStringLiteral("n")).toInt()};
            item.nodes = o.value(QStringLiteral("nodes")).toInt();
            for (const QJsonValue &v : o.value(QStringLiteral("variables")).toArray())
                item.booleanVariables << (v.toString() == u"boolean");
            items << item;
        }
        shape.modules << items;
    }
    return shape;
}

qint64 StateBudget::worstCaseBits(const Shape &shape)
{
    qint64 items = 0;
    for (const QList<Item> &module : shape.modules)
        items += module.size();
    // Visited items: a form flag, then a bitset, or runs where they are shorter (never longer).
    qint64 bits = kHashBits + width(items) + (items > 0 ? 1 + items : 0);
    // Quizzes come first in the stream, then scenarios; the sum does not depend on the order.
    for (const QList<Item> &module : shape.modules) {
        for (const Item &item : module) {
            if (item.kind == u"quiz")
                bits += quizBits(item);
            else if (item.kind == u"scenario")
                bits += scenarioBits(item);
        }
    }
    return bits;
}

qint64 StateBudget::worstCase(const Shape &shape)
{
    // One version character, the bit stream in 6-bit characters, two check characters.
    return 1 + (worstCaseBits(shape) + 5) / 6 + 2;
}

qint64 StateBudget::worstCase(const CourseDocument &document)
{
    return worstCase(shape(*document.root()));
}

} // namespace cw
