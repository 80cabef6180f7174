// Right and wrong answers for a question node of the canonical course JSON, in the shape
// player.quiz.answer() takes. Derived from the course, so content edits do not break the tests.
'use strict';

const kids = (q, kind) => (q.children || []).filter((c) => !kind || c.kind === kind);
const plain = (html) => String(html || '').replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim();

function answer(q, right) {
  const p = q.props;
  switch (q.kind) {
    case 'singleChoice': {
      const c = kids(q, 'choice');
      return {single: (right ? c.find((x) => x.props.correct) : c.find((x) => !x.props.correct)).props.text};
    }
    case 'multipleResponse': {
      const c = kids(q, 'choice');
      return {multiple: (right ? c.filter((x) => x.props.correct) : c.filter((x) => !x.props.correct).slice(0, 1)).map((x) => x.props.text)};
    }
    case 'trueFalse': return {trueFalse: right ? p.answer !== false : p.answer === false};
    case 'fillBlank': return {blank: right ? p.accepted[0] : 'certainly wrong'};
    case 'matching': {
      const c = kids(q, 'matchPair');
      return {matching: Object.fromEntries(c.map((x, i) => [x.props.prompt, c[right ? i : (i + 1) % c.length].props.match]))};
    }
    case 'sequencing': {
      const items = kids(q, 'sequenceItem').map((x) => x.props.text);
      return {sequence: right ? items : items.slice().reverse()};
    }
    case 'numeric': return {numeric: String(right ? p.answer : p.answer + (p.tolerance || 0) + 10)};
    case 'likert': {
      const scale = p.scale || ['Strongly disagree', 'Disagree', 'Neutral', 'Agree', 'Strongly agree'];
      return {likert: scale[right ? Math.min(3, scale.length - 1) : 1]};
    }
    case 'shortAnswer': return {text: right ? 'A considered answer.' : 'Another answer.'};
  }
  throw new Error('no answer for ' + q.kind);
}

const graded = (q) => q.kind !== 'likert' && q.kind !== 'shortAnswer';

// Finds the question node whose prompt is shown (questions may be shuffled or drawn).
function byPrompt(quiz, shown) {
  const squeeze = (t) => t.replace(/[^\p{L}\p{N}]+/gu, '');
  const text = plain(shown);
  // Prompts are told apart by their start: rich text may lose dropped elements when rendered.
  const q = kids(quiz).find((x) => squeeze(text).startsWith(squeeze(plain(x.props.prompt)).slice(0, 10)));
  if (!q) throw new Error(`no question of "${quiz.props.title}" has the prompt "${text}"`);
  return q;
}

// Every item of the course in order: {module, node}.
function items(course) {
  return course.children.flatMap((m) => m.children.map((node) => ({module: m, node})));
}

module.exports = {answer, graded, byPrompt, items, plain, kids};
