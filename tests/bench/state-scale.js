#!/usr/bin/env node
// How the learner state grows with course size (issue 8, point 6), run on demand; not a ctest.
//
//   node tests/bench/state-scale.js [--pages 2000,5000,10000]
//
// The course: modules of 20 pages, each ending in a quiz of ten four-choice and four multiple-
// response questions (choices shuffled, attempts unlimited), a branching scenario of 8 steps in
// every fourth module. Lengths are in characters of the stored string (templates/player/state.js);
// SCORM 1.2 keeps 4,096. "worst" is what the exporter reports (every answer at its longest,
// visited items alternating); "finished" visited everything in order and submitted every quiz
// once; "halfway" did that for the first half; "started" is two modules in.
'use strict';
const path = require('path');
const S = require(path.join(__dirname, '../../templates/player/state.js'));

const arg = process.argv.indexOf('--pages');
const sizes = (arg > 0 ? process.argv[arg + 1] : '2000,5000,10000').split(',').map(Number);
const QUIZ = [...Array(10).fill({kind: 'singleChoice', n: 4}), ...Array(4).fill({kind: 'multipleResponse', n: 4})];
const SCENARIO = {kind: 'scenario', nodes: 8, variables: ['number', 'boolean']};

function shape(pages) {
  const modules = Array.from({length: Math.ceil(pages / 20)}, (_, m) => ({items: [...Array(20).fill({kind: 'page'}),
    {kind: 'quiz', attempts: 0, drawCount: 0, shuffleQuestions: false, shuffleChoices: true, questions: QUIZ},
    ...(m % 4 === 3 ? [SCENARIO] : [])]}));
  return {format: S.VERSION, hash: 1, modules};
}

// A learner who went through the first `share` of the course in order and did everything there.
function learner(sh, share) {
  const flat = sh.modules.flatMap((m, mi) => m.items.map((it, ii) => ({it, mi, ii})));
  const upTo = Math.round(flat.length * share);
  const at = flat[Math.max(0, upTo - 1)];
  const done = (f) => flat.indexOf(f) < upTo;
  return {location: {module: at.mi, item: at.ii}, visited: flat.map(done),
    quizzes: flat.filter((f) => f.it.kind === 'quiz').map((f) => (done(f)
      ? {attemptsUsed: 1, bestScore: 80, passed: true, current: {submitted: true, order: null, choiceSeed: 4321,
        answers: f.it.questions.map((q, i) => (q.kind === 'singleChoice' ? i % 4 : [true, false, i % 2 === 0, false]))}}
      : {attemptsUsed: 0, bestScore: 0, passed: false, current: null})),
    scenarios: flat.filter((f) => f.it.kind === 'scenario').map((f) => (done(f)
      ? {node: 7, pathTruncated: false, path: [0, 2, 5], variables: [12, true], score: 12, ended: true, outcome: 'pass'}
      : null))};
}

console.log('| pages | items | worst | finished | halfway | started | finished / 4,096 |');
console.log('|---:|---:|---:|---:|---:|---:|---:|');
for (const pages of sizes) {
  const sh = shape(pages);
  const items = sh.modules.reduce((n, m) => n + m.items.length, 0);
  const len = (st) => S.encode(st, sh).length;
  const finished = len(learner(sh, 1));
  const started = learner(sh, 0);
  started.visited = started.visited.map((v, i) => i < 42);
  console.log(`| ${pages} | ${items} | ${len(S.worstCase(sh))} | ${finished} | ${len(learner(sh, 0.5))} | ${len(started)} | ` +
    `${(finished / 4096).toFixed(2)} |`);
}
