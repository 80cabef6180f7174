// Learner state: a versioned, compact, printable-ASCII encoding of everything the player needs to
// resume a course (docs/learner-state.md describes the format bit by bit). Plain script: works from
// file:// as a <script>, and under Node for the tests. core/export/statebudget.cpp computes the
// worst-case length with the same rules; change both together and bump VERSION.
(function (root) {
  'use strict';

  const VERSION = 2;
  // Version 1 (no visited runs, no untouched-quiz bit, no checked flags, no partial matching) is
  // still read, so a course re-exported with this player keeps its learners' progress.
  const READABLE = [1, 2];
  const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const CAPS = {
    fillBlankBytes: 64, // the typed text of a fill-in-the-blank answer, UTF-8 bytes
    shortAnswerBytes: 256, // the typed text of a short answer, UTF-8 bytes
    numberChars: 25, // String(n) of any finite double fits in 25 characters ("-0.0000012345678901234567")
    pathLength: 32, // scenario path: only the last 32 steps are kept
    unlimitedAttempts: 255, // attempts used, when the quiz allows unlimited attempts, saturates here
  };
  const NUMBER_CHARS = '0123456789.-e+';
  const OUTCOMES = ['neutral', 'pass', 'fail'];
  const QUESTION_KINDS = ['singleChoice', 'multipleResponse', 'trueFalse', 'fillBlank', 'matching',
    'sequencing', 'numeric', 'likert', 'shortAnswer'];

  // Bits needed for a value in 0..n-1 (0 when there is only one possible value).
  function width(n) {
    let w = 0;
    while ((1 << w) < n) w++;
    return w;
  }

  function fnv1a(bytes, hash = 0x811c9dc5) {
    let h = hash;
    for (const b of bytes) h = Math.imul(h ^ b, 0x01000193) >>> 0;
    return h >>> 0;
  }

  const utf8 = (text) => new TextEncoder().encode(text);

  // FNV-1a 32 over each structural id followed by a line feed (UTF-8), in course order.
  const structureHash = (ids) => ids.reduce((h, id) => fnv1a(utf8(id + '\n'), h), 0x811c9dc5);

  // The course shape (what the exporter ships next to the course) from a canonical JSON course
  // node tree ({id, kind, props, children}). Also returns the hash of its structural ids.
  function shapeFromCourse(course) {
    const ids = [];
    const kids = (n) => n.children || [];
    const modules = kids(course).filter((m) => m.kind === 'module').map((m) => {
      ids.push(m.id);
      const items = [];
      for (const it of kids(m)) {
        const p = it.props || {};
        if (it.kind === 'page') {
          ids.push(it.id);
          items.push({ kind: 'page' });
        } else if (it.kind === 'quiz') {
          ids.push(it.id);
          const questions = kids(it).filter((q) => QUESTION_KINDS.includes(q.kind)).map((q) => {
            ids.push(q.id);
            for (const part of kids(q)) ids.push(part.id);
            const n = q.kind === 'likert' ? ((q.props || {}).scale || []).length : kids(q).length;
            return { kind: q.kind, n };
          });
          items.push({ kind: 'quiz', attempts: p.attempts || 0, drawCount: p.drawCount || 0,
            shuffleQuestions: !!p.shuffleQuestions, shuffleChoices: !!p.shuffleChoices, questions });
        } else if (it.kind === 'scenario') {
          ids.push(it.id);
          const variables = kids(it).filter((c) => c.kind === 'variable');
          const nodes = kids(it).filter((c) => c.kind === 'scenarioNode');
          for (const c of variables.concat(nodes)) ids.push(c.id);
          items.push({ kind: 'scenario', nodes: nodes.length,
            variables: variables.map((c) => ((c.props || {}).type === 'boolean' ? 'boolean' : 'number')) });
        }
      }
      return { items };
    });
    return { format: VERSION, hash: structureHash(ids), modules };
  }

  // ---- derived facts about a shape -------------------------------------------------------------

  const flatItems = (shape) =>
    shape.modules.flatMap((m, module) => m.items.map((item, index) => ({ item, module, index })));
  const itemsOf = (shape, kind) => flatItems(shape).filter((f) => f.item.kind === kind).map((f) => f.item);

  // How many questions an attempt presents, and whether their order must be stored.
  function presented(quiz) {
    const q = quiz.questions.length;
    const drawn = quiz.drawCount > 0 && quiz.drawCount < q;
    return { count: drawn ? quiz.drawCount : q, stored: drawn || quiz.shuffleQuestions };
  }

  const attemptsWidth = (quiz) => (quiz.attempts > 0 ? width(quiz.attempts + 1) : 8);
  const attemptsCap = (quiz) => (quiz.attempts > 0 ? quiz.attempts : CAPS.unlimitedAttempts);

  // ---- bit streams -----------------------------------------------------------------------------

  class Writer {
    constructor() {
      this.bitsOut = [];
    }
    put(value, w) {
      for (let i = w - 1; i >= 0; i--) this.bitsOut.push(Math.floor(value / 2 ** i) % 2);
    }
    flag(b) {
      this.put(b ? 1 : 0, 1);
    }
    bytes(bytes, cap) {
      this.put(bytes.length, width(cap + 1));
      for (const b of bytes) this.put(b, 8);
    }
    number(n) {
      const s = isFinite(n) ? String(n) : '0';
      this.put(s.length, 5);
      for (const c of s) this.put(NUMBER_CHARS.indexOf(c), 4);
    }
    // Elias gamma code of n >= 1: as many zeros as n has bits after its leading 1, then n.
    gamma(n) {
      const w = Math.floor(Math.log2(n));
      this.put(0, w);
      this.put(n, w + 1);
    }
  }

  // Runs of equal flags ([true, true, false] -> 2 then 1), for the visited items.
  function runs(flags) {
    const out = [];
    flags.forEach((f, i) => (i && !!f === !!flags[i - 1] ? out[out.length - 1]++ : out.push(1)));
    return out;
  }
  const gammaBits = (n) => 2 * Math.floor(Math.log2(n)) + 1;

  class Fail {
    constructor(code, message) {
      this.code = code;
      this.message = message;
    }
  }

  class Reader {
    constructor(bits) {
      this.bitsIn = bits;
      this.pos = 0;
    }
    get(w) {
      if (this.pos + w > this.bitsIn.length) throw new Fail('truncated', 'the state ends too early');
      let v = 0;
      for (let i = 0; i < w; i++) v = v * 2 + this.bitsIn[this.pos++];
      return v;
    }
    flag() {
      return this.get(1) === 1;
    }
    below(n, what) {
      const v = this.get(width(n));
      if (v >= n) throw new Fail('corrupt', what + ' out of range');
      return v;
    }
    bytes(cap) {
      const len = this.get(width(cap + 1));
      if (len > cap) throw new Fail('corrupt', 'text longer than its cap');
      const out = new Uint8Array(len);
      for (let i = 0; i < len; i++) out[i] = this.get(8);
      try {
        return new TextDecoder('utf-8', { fatal: true }).decode(out);
      } catch (e) {
        throw new Fail('corrupt', 'text is not UTF-8');
      }
    }
    gamma() {
      let w = 0;
      while (!this.get(1)) if (++w > 31) throw new Fail('corrupt', 'run too long');
      return 2 ** w + this.get(w);
    }
    number() {
      const len = this.get(5);
      if (len === 0 || len > CAPS.numberChars) throw new Fail('corrupt', 'bad number length');
      let s = '';
      for (let i = 0; i < len; i++) {
        const c = this.get(4);
        if (c >= NUMBER_CHARS.length) throw new Fail('corrupt', 'bad number digit');
        s += NUMBER_CHARS[c];
      }
      const n = Number(s);
      if (!isFinite(n) || String(n) !== s) throw new Fail('corrupt', 'bad number');
      return n;
    }
  }

  // UTF-8 bytes of text, cut at a character boundary so they fit in cap bytes.
  function cappedBytes(text, cap) {
    const out = [];
    for (const ch of String(text)) {
      const b = utf8(ch);
      if (out.length + b.length > cap) break;
      out.push(...b);
    }
    return out;
  }

  function checkChars(text) {
    const h = fnv1a(utf8(text)) & 0xfff;
    return ALPHABET[h >> 6] + ALPHABET[h & 63];
  }

  // ---- responses -------------------------------------------------------------------------------

  function writeResponse(w, q, r) {
    switch (q.kind) {
      case 'singleChoice':
      case 'likert':
        return w.put(r, width(q.n));
      case 'multipleResponse':
        for (let i = 0; i < q.n; i++) w.flag(r[i]);
        return;
      case 'trueFalse':
        return w.flag(r);
      case 'fillBlank':
        return w.bytes(cappedBytes(r, CAPS.fillBlankBytes), CAPS.fillBlankBytes);
      case 'shortAnswer':
        return w.bytes(cappedBytes(r, CAPS.shortAnswerBytes), CAPS.shortAnswerBytes);
      case 'matching':
        // A matching the learner is still working on: -1 for a prompt without a match yet.
        w.flag(isPermutation(r, q.n));
        if (!isPermutation(r, q.n)) {
          for (let j = 0; j < q.n; j++) w.put(r[j] + 1, width(q.n + 1));
          return;
        }
      // falls through: a whole matching is a permutation like a sequence
      case 'sequencing':
        for (let j = 0; j < q.n; j++) w.put(r[j], width(q.n));
        return;
      case 'numeric':
        return w.number(r);
    }
    throw new Error('unknown question kind ' + q.kind);
  }

  const isPermutation = (r, n) => r.length === n && r.every((v, i) => v >= 0 && v < n && r.indexOf(v) === i);

  function readPermutation(rd, n, what) {
    const seen = [];
    const out = [];
    for (let i = 0; i < n; i++) {
      const v = rd.below(n, what);
      if (seen[v]) throw new Fail('corrupt', what + ' repeats an index');
      seen[v] = true;
      out.push(v);
    }
    return out;
  }

  function readResponse(rd, q, version) {
    if (q.kind === 'matching' && version >= 2 && !rd.flag())
      return Array.from({ length: q.n }, () => rd.below(q.n + 1, 'answer') - 1);
    switch (q.kind) {
      case 'singleChoice':
      case 'likert':
        return rd.below(q.n, 'answer');
      case 'multipleResponse':
        return Array.from({ length: q.n }, () => rd.flag());
      case 'trueFalse':
        return rd.flag();
      case 'fillBlank':
        return rd.bytes(CAPS.fillBlankBytes);
      case 'shortAnswer':
        return rd.bytes(CAPS.shortAnswerBytes);
      case 'matching':
      case 'sequencing':
        return readPermutation(rd, q.n, 'answer');
      case 'numeric':
        return rd.number();
    }
    throw new Fail('shape', 'unknown question kind ' + q.kind);
  }

  const isAnswer = (r) => r !== null && r !== undefined;

  // ---- encode / decode -------------------------------------------------------------------------

  // state: see docs/learner-state.md. Texts over their cap are cut, paths over their cap keep
  // their last steps, attempt counts saturate: normalize(state, shape) is what decode returns.
  function encode(state, shape) {
    const items = flatItems(shape);
    const w = new Writer();
    w.put(shape.hash >>> 0, 32);
    const loc = items.findIndex((f) => f.module === state.location.module && f.index === state.location.item);
    w.put(Math.max(0, loc), width(items.length));
    // Visited items as a bitset, or as runs when that is shorter: a learner who went through in
    // order has one or two runs, whatever the course's size.
    if (items.length) {
      const visited = items.map((f, i) => !!state.visited[i]);
      const lengths = runs(visited);
      const byRuns = 1 + lengths.reduce((sum, n) => sum + gammaBits(n), 0);
      w.flag(byRuns < items.length);
      if (byRuns < items.length) {
        w.flag(visited[0]);
        lengths.forEach((n) => w.gamma(n));
      } else visited.forEach((v) => w.flag(v));
    }

    itemsOf(shape, 'quiz').forEach((quiz, qi) => {
      const s = state.quizzes[qi];
      const touched = !!(s.attemptsUsed || s.bestScore || s.passed || s.current);
      w.flag(touched);
      if (!touched) return;
      w.put(Math.min(s.attemptsUsed, attemptsCap(quiz)), attemptsWidth(quiz));
      w.put(s.bestScore, 7);
      w.flag(s.passed);
      const cur = s.current;
      w.put(cur ? (cur.submitted ? 2 : 1) : 0, 2);
      if (!cur) return;
      const p = presented(quiz);
      const order = Array.from({ length: p.count }, (_, k) => (p.stored ? cur.order[k] : k));
      if (p.stored) for (const o of order) w.put(o, width(quiz.questions.length));
      if (quiz.shuffleChoices) w.put(cur.choiceSeed, 16);
      // Each answer and, while the attempt is open, whether it was checked (immediate feedback
      // locks a checked answer; after submitting, every answer is final).
      order.forEach((o, k) => {
        const r = cur.answers[k];
        w.flag(isAnswer(r));
        if (!isAnswer(r)) return;
        writeResponse(w, quiz.questions[o], r);
        // A state without flags means every answer is checked (as format 1 read it).
        if (!cur.submitted) w.flag(cur.checked ? !!cur.checked[k] : true);
      });
    });

    itemsOf(shape, 'scenario').forEach((sc, si) => {
      const s = state.scenarios[si];
      w.flag(!!s);
      if (!s) return;
      const nw = width(sc.nodes);
      w.put(s.node, nw);
      const path = s.path.slice(-CAPS.pathLength);
      w.flag(s.pathTruncated || s.path.length > CAPS.pathLength);
      w.put(path.length, width(CAPS.pathLength + 1));
      for (const n of path) w.put(n, nw);
      sc.variables.forEach((type, vi) => (type === 'boolean' ? w.flag(s.variables[vi]) : w.number(s.variables[vi])));
      w.number(s.score);
      w.flag(s.ended);
      if (s.ended) w.put(Math.max(0, OUTCOMES.indexOf(s.outcome)), 2);
    });

    const bits = w.bitsOut;
    while (bits.length % 6) bits.push(0);
    let out = ALPHABET[VERSION];
    for (let b = 0; b < bits.length; b += 6) {
      let v = 0;
      for (let j = 0; j < 6; j++) v = v * 2 + bits[b + j];
      out += ALPHABET[v];
    }
    return out + checkChars(out);
  }

  function decodeBody(text, shape) {
    if (typeof text !== 'string' || text.length < 3) throw new Fail('truncated', 'the state is too short');
    const version = ALPHABET.indexOf(text[0]);
    if (version < 0) throw new Fail('corrupt', 'not a learner state');
    if (!READABLE.includes(version)) throw new Fail('version', 'state version ' + version + ', this player reads ' + READABLE);
    const v2 = version >= 2;
    const body = text.slice(0, -2);
    if (checkChars(body) !== text.slice(-2)) throw new Fail('corrupt', 'check characters do not match');
    const bits = [];
    for (const c of body.slice(1)) {
      const v = ALPHABET.indexOf(c);
      if (v < 0) throw new Fail('corrupt', 'character outside the alphabet');
      for (let j = 5; j >= 0; j--) bits.push((v >> j) & 1);
    }
    const rd = new Reader(bits);
    if (rd.get(32) !== shape.hash >>> 0) throw new Fail('hash', 'the course changed since this state was saved');

    const items = flatItems(shape);
    const state = { location: { module: 0, item: 0 }, visited: [], quizzes: [], scenarios: [] };
    if (items.length) {
      const loc = items[rd.below(items.length, 'location')];
      state.location = { module: loc.module, item: loc.index };
    }
    if (v2 && items.length && rd.flag()) {
      let value = rd.flag();
      while (state.visited.length < items.length) {
        const n = rd.gamma();
        if (state.visited.length + n > items.length) throw new Fail('corrupt', 'visited runs too long');
        for (let i = 0; i < n; i++) state.visited.push(value);
        value = !value;
      }
    } else state.visited = items.map(() => rd.flag());

    state.quizzes = itemsOf(shape, 'quiz').map((quiz) => {
      if (v2 && !rd.flag()) return { attemptsUsed: 0, bestScore: 0, passed: false, current: null };
      const s = { attemptsUsed: rd.get(attemptsWidth(quiz)), bestScore: rd.get(7), passed: false, current: null };
      if (s.attemptsUsed > attemptsCap(quiz)) throw new Fail('corrupt', 'attempts out of range');
      if (s.bestScore > 100) throw new Fail('corrupt', 'score out of range');
      s.passed = rd.flag();
      const mode = rd.get(2);
      if (mode === 3) throw new Fail('corrupt', 'bad attempt state');
      if (!mode) return s;
      const p = presented(quiz);
      const cur = { submitted: mode === 2, order: null, answers: [] };
      let order = Array.from({ length: p.count }, (_, k) => k);
      if (p.stored) {
        const seen = [];
        order = order.map(() => {
          const o = rd.below(quiz.questions.length, 'question');
          if (seen[o]) throw new Fail('corrupt', 'question order repeats a question');
          seen[o] = true;
          return o;
        });
        cur.order = order;
      }
      if (quiz.shuffleChoices) cur.choiceSeed = rd.get(16);
      const checked = [];
      cur.answers = order.map((qi, k) => {
        if (!rd.flag()) return null;
        const r = readResponse(rd, quiz.questions[qi], version);
        // Version 1 stored checked answers only.
        if (!cur.submitted) checked[k] = v2 ? rd.flag() : true;
        return r;
      });
      // An attempt in progress always says which answers are checked; a submitted one has
      // none (every answer is final).
      if (!cur.submitted) cur.checked = order.map((qi, k) => !!checked[k]);
      s.current = cur;
      return s;
    });

    state.scenarios = itemsOf(shape, 'scenario').map((sc) => {
      if (!rd.flag()) return null;
      const s = { node: rd.below(sc.nodes, 'step'), pathTruncated: rd.flag(), path: [], variables: [] };
      const len = rd.get(width(CAPS.pathLength + 1));
      if (len > CAPS.pathLength) throw new Fail('corrupt', 'path too long');
      for (let i = 0; i < len; i++) s.path.push(rd.below(sc.nodes, 'step'));
      s.variables = sc.variables.map((type) => (type === 'boolean' ? rd.flag() : rd.number()));
      s.score = rd.number();
      s.ended = rd.flag();
      s.outcome = null;
      if (s.ended) {
        const oc = rd.get(2);
        if (oc >= OUTCOMES.length) throw new Fail('corrupt', 'bad outcome');
        s.outcome = OUTCOMES[oc];
      }
      return s;
    });

    // Only the zero padding of the last character may remain.
    if (bits.length - rd.pos >= 6) throw new Fail('corrupt', 'trailing data');
    if (bits.slice(rd.pos).some((b) => b)) throw new Fail('corrupt', 'non-zero padding');
    return state;
  }

  // Returns {state, error}: state is null and error {code, message} when the text cannot be used.
  // codes: 'version' (another format), 'hash' (the course changed), 'truncated', 'corrupt', 'shape'.
  // Never throws.
  function decode(text, shape) {
    try {
      return { state: decodeBody(text, shape), error: null };
    } catch (e) {
      if (e instanceof Fail) return { state: null, error: { code: e.code, message: e.message } };
      return { state: null, error: { code: 'corrupt', message: String(e && e.message) } };
    }
  }

  // ---- worst case ------------------------------------------------------------------------------

  // 25 characters: down to 1e-7 a double is written out without an exponent, with up to 17 digits.
  const LONGEST_NUMBER = -0.0000012345678901234567;

  function longestResponse(q) {
    const perm = Array.from({ length: q.n }, (_, i) => q.n - 1 - i);
    switch (q.kind) {
      case 'singleChoice':
      case 'likert':
        return Math.max(0, q.n - 1);
      case 'multipleResponse':
        return perm.map(() => true);
      case 'trueFalse':
        return true;
      case 'fillBlank':
        return 'x'.repeat(CAPS.fillBlankBytes);
      case 'shortAnswer':
        return 'x'.repeat(CAPS.shortAnswerBytes);
      case 'matching':
        // Partial (the first prompt has no match yet): every prompt may also be unmatched, so a
        // partial matching takes at least the bits of a whole one.
        return perm.map((v, i) => (i ? v : -1));
      case 'sequencing':
        return perm;
      case 'numeric':
        return LONGEST_NUMBER;
    }
    return null;
  }

  function responseBits(q) {
    const w = new Writer();
    writeResponse(w, q, longestResponse(q));
    return w.bitsOut.length;
  }

  // The largest state a learner can produce in this course (visited items alternating, every question
  // answered with its longest response, the longest path, ...). encode(worstCase(shape)) is the
  // longest string the player ever stores for this shape.
  function worstCase(shape) {
    const items = flatItems(shape);
    const last = items[items.length - 1];
    return {
      location: last ? { module: last.module, item: last.index } : { module: 0, item: 0 },
      // Every other item: no run is longer than one, so the bitset is the shorter form.
      visited: items.map((f, i) => i % 2 === 0),
      quizzes: itemsOf(shape, 'quiz').map((quiz) => {
        const p = presented(quiz);
        // The questions with the longest responses are the ones drawn.
        const byLength = quiz.questions.map((q, i) => ({ i, bits: responseBits(q) }))
          .sort((a, b) => b.bits - a.bits || a.i - b.i);
        const order = p.stored ? byLength.slice(0, p.count).map((e) => e.i) : quiz.questions.map((q, i) => i);
        return { attemptsUsed: attemptsCap(quiz), bestScore: 100, passed: true,
          current: { submitted: false, order: p.stored ? order : null, choiceSeed: 65535,
            answers: order.map((i) => longestResponse(quiz.questions[i])), checked: order.map(() => true) } };
      }),
      scenarios: itemsOf(shape, 'scenario').map((sc) => ({
        node: Math.max(0, sc.nodes - 1), pathTruncated: true,
        path: new Array(CAPS.pathLength).fill(Math.max(0, sc.nodes - 1)),
        variables: sc.variables.map((t) => (t === 'boolean' ? true : LONGEST_NUMBER)),
        score: LONGEST_NUMBER, ended: true, outcome: 'fail' })),
    };
  }

  const api = { VERSION, READABLE, ALPHABET, CAPS, width, structureHash, shapeFromCourse, encode, decode, worstCase };
  root.CoursewrightState = api;
  if (typeof module !== 'undefined') module.exports = api;
})(globalThis);
