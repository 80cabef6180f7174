// Completion rules and the course score (docs/player.md, "Completion and score"): pure functions of
// the canonical course tree and the learner state (docs/learner-state.md), for the shell and Node.
(function (CW) {
  'use strict';

  const KINDS = ['page', 'quiz', 'scenario'];
  const ALL = ['pages', 'quizzes', 'scenarios'];

  // Modules and items numbered exactly as CoursewrightState.shapeFromCourse numbers them: flat is
  // the index into state.visited, index the one into state.quizzes / state.scenarios.
  function layout(course) {
    let flat = 0;
    const counts = { quiz: 0, scenario: 0 };
    return ((course && course.children) || []).filter((m) => m.kind === 'module').map((node, mi) => ({
      node,
      items: (node.children || []).filter((it) => KINDS.includes(it.kind)).map((it, ii) => ({
        node: it, kind: it.kind, module: mi, item: ii, flat: flat++,
        index: it.kind === 'page' ? -1 : counts[it.kind]++,
      })),
    }));
  }

  const props = (node) => (node && node.props) || {};
  // A quiz counts towards the score only when it has a graded question; the rule is the quiz
  // engine's (loaded before this file in the page; required under Node).
  const graded = (quiz) => ((CW.quiz && CW.quiz.engine) || require('./quiz.js')).gradedQuiz(quiz);

  function quizPassed(item, state) {
    const e = state.quizzes[item.index];
    return !!e && (!!e.passed || (!graded(item.node) && e.attemptsUsed > 0));
  }

  // Outcome "pass"; or, with a passing score, ended without "fail" and at or above it.
  function scenarioPassed(item, state) {
    const e = state.scenarios[item.index];
    const min = props(item.node).passingScore || 0;
    return !!e && !!e.ended && (e.outcome === 'pass' || (min > 0 && e.outcome !== 'fail' && e.score >= min));
  }

  function rule(course, module) {
    const p = props(module);
    const flags = p.ownCompletion ? p.completion : props(course).completion;
    return Array.isArray(flags) ? flags : ALL;
  }

  function moduleComplete(course, module, state) {
    const flags = rule(course, module.node);
    return module.items.every((it) => {
      if (it.kind === 'page') return !flags.includes('pages') || !!state.visited[it.flat];
      if (it.kind === 'quiz') return !flags.includes('quizzes') || quizPassed(it, state);
      return !flags.includes('scenarios') || scenarioPassed(it, state);
    });
  }

  // passingScore (percent) overrides the course's, e.g. an LMS mastery score.
  function evaluate(course, state, passingScore) {
    const modules = layout(course);
    const done = modules.map((m) => moduleComplete(course, m, state));
    const quizzes = [].concat(...modules.map((m) => m.items))
      .filter((it) => it.kind === 'quiz' && graded(it.node));
    const score = quizzes.length
      ? quizzes.reduce((sum, it) => sum + ((state.quizzes[it.index] || {}).bestScore || 0), 0) / quizzes.length
      : null;
    const complete = done.every(Boolean);
    const min = passingScore !== null && passingScore !== undefined ? passingScore
      : (props(course).passingScore !== undefined ? props(course).passingScore : 80);
    const passed = complete && (score === null || score >= min);
    // Complete below the passing score (the LMS's mastery score may be above every quiz's own)
    // is a fail too: the LMS gets a verdict with the score.
    const failed = !passed && ((complete && score !== null) || quizzes.some((it) => {
      const e = state.quizzes[it.index];
      const allowed = props(it.node).attempts || 0;
      return !!e && allowed > 0 && !e.passed && e.attemptsUsed >= allowed;
    }));
    return { modules: done, complete, score, passed, failed };
  }

  CW.completion = { layout, graded, quizPassed, scenarioPassed, moduleComplete, evaluate };
  if (typeof module === 'object' && module.exports) module.exports = CW.completion;
})(globalThis.Coursewright = globalThis.Coursewright || {});
