// Learner state: a versioned, compact, printable-ASCII encoding of everything the player needs to
// resume a course (docs/learner-state.md describes the format bit by bit). Plain script: works from
// file:// as a <script>, and under Node for the tests. core/export/statebudget.cpp computes the
// worst-case length with the same rules; change both together and bump VERSION.
(function (root) {
  'use strict';

  var VERSION = 1;
  var ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var CAPS = {
    fillBlankBytes: 64, // the typed text of a fill-in-the-blank answer, UTF-8 bytes
    shortAnswerBytes: 256, // the typed text of a short answer, UTF-8 bytes
    numberChars: 24, // String(n) of any finite double fits in 24 characters
    pathLength: 32, // scenario path: only the last 32 steps are kept
    unlimitedAttempts: 255, // attempts used, when the quiz allows unlimited attempts, saturates here
  };
  var NUMBER_CHARS = '0123456789.-e+';
  var OUTCOMES = ['neutral', 'pass', 'fail'];
  var QUESTION_KINDS = ['singleChoice', 'multipleResponse', 'trueFalse', 'fillBlank', 'matching',
    'sequencing', 'numeric', 'likert', 'shortAnswer'];

  // Bits needed for a value in 0..n-1 (0 when there is only one possible value).
  function width(n) {
    var w = 0;
    while ((1 << w) < n) w++;
    return w;
  }

  function fnv1a(bytes, hash) {
    var h = hash === undefined ? 0x811c9dc5 : hash;
    for (var i = 0; i < bytes.length; i++) {
      h ^= bytes[i];
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h >>> 0;
  }

  function utf8(text) {
    return new TextEncoder().encode(text);
  }

  // FNV-1a 32 over each structural id followed by a line feed (UTF-8), in course order.
  function structureHash(ids) {
    var h = 0x811c9dc5;
    for (var i = 0; i < ids.length; i++) h = fnv1a(utf8(ids[i] + '\n'), h);
    return h;
  }

  // The course shape (what the exporter ships next to the course) from a canonical JSON course
  // node tree ({id, kind, props, children}). Also returns the hash of its structural ids.
  function shapeFromCourse(course) {
    var ids = [];
    var modules = [];
    (course.children || []).forEach(function (m) {
      if (m.kind !== 'module') return;
      ids.push(m.id);
      var items = [];
      (m.children || []).forEach(function (it) {
        var p = it.props || {};
        if (it.kind === 'page') {
          ids.push(it.id);
          items.push({ kind: 'page' });
        } else if (it.kind === 'quiz') {
          ids.push(it.id);
          var questions = [];
          (it.children || []).forEach(function (q) {
            if (QUESTION_KINDS.indexOf(q.kind) < 0) return;
            ids.push(q.id);
            var n = 0;
            (q.children || []).forEach(function (part) {
              ids.push(part.id);
              n++;
            });
            if (q.kind === 'likert') n = ((q.props || {}).scale || []).length;
            questions.push({ kind: q.kind, n: n });
          });
          items.push({ kind: 'quiz', attempts: p.attempts || 0, drawCount: p.drawCount || 0,
            shuffleQuestions: !!p.shuffleQuestions, shuffleChoices: !!p.shuffleChoices,
            questions: questions });
        } else if (it.kind === 'scenario') {
          ids.push(it.id);
          var variables = [];
          var nodes = 0;
          (it.children || []).forEach(function (c) {
            if (c.kind === 'variable') {
              ids.push(c.id);
              variables.push((c.props || {}).type === 'boolean' ? 'boolean' : 'number');
            }
          });
          (it.children || []).forEach(function (c) {
            if (c.kind === 'scenarioNode') {
              ids.push(c.id);
              nodes++;
            }
          });
          items.push({ kind: 'scenario', nodes: nodes, variables: variables });
        }
      });
      modules.push({ items: items });
    });
    return { format: VERSION, hash: structureHash(ids), modules: modules };
  }

  // ---- derived facts about a shape -------------------------------------------------------------

  function flatItems(shape) {
    var out = [];
    shape.modules.forEach(function (m, mi) {
      m.items.forEach(function (it, ii) {
        out.push({ item: it, module: mi, index: ii });
      });
    });
    return out;
  }

  function quizzes(shape) {
    return flatItems(shape).filter(function (f) { return f.item.kind === 'quiz'; })
      .map(function (f) { return f.item; });
  }

  function scenarios(shape) {
    return flatItems(shape).filter(function (f) { return f.item.kind === 'scenario'; })
      .map(function (f) { return f.item; });
  }

  // How many questions an attempt presents, and whether their order must be stored.
  function presented(quiz) {
    var q = quiz.questions.length;
    var drawn = quiz.drawCount > 0 && quiz.drawCount < q;
    return { count: drawn ? quiz.drawCount : q, stored: drawn || quiz.shuffleQuestions };
  }

  function attemptsWidth(quiz) {
    return quiz.attempts > 0 ? width(quiz.attempts + 1) : 8;
  }

  function attemptsCap(quiz) {
    return quiz.attempts > 0 ? quiz.attempts : CAPS.unlimitedAttempts;
  }

  // ---- bit streams -----------------------------------------------------------------------------

  function Writer() {
    this.bitsOut = [];
  }
  Writer.prototype.put = function (value, w) {
    for (var i = w - 1; i >= 0; i--) this.bitsOut.push(Math.floor(value / Math.pow(2, i)) % 2);
  };
  Writer.prototype.flag = function (b) { this.put(b ? 1 : 0, 1); };
  Writer.prototype.bytes = function (bytes, cap) {
    this.put(bytes.length, width(cap + 1));
    for (var i = 0; i < bytes.length; i++) this.put(bytes[i], 8);
  };
  Writer.prototype.number = function (n) {
    var s = isFinite(n) ? String(n) : '0';
    this.put(s.length, 5);
    for (var i = 0; i < s.length; i++) this.put(NUMBER_CHARS.indexOf(s.charAt(i)), 4);
  };

  function Fail(code, message) {
    this.code = code;
    this.message = message;
  }

  function Reader(bits) {
    this.bitsIn = bits;
    this.pos = 0;
  }
  Reader.prototype.get = function (w) {
    if (this.pos + w > this.bitsIn.length) throw new Fail('truncated', 'the state ends too early');
    var v = 0;
    for (var i = 0; i < w; i++) v = v * 2 + this.bitsIn[this.pos++];
    return v;
  };
  Reader.prototype.flag = function () { return this.get(1) === 1; };
  Reader.prototype.below = function (n, what) {
    var v = this.get(width(n));
    if (v >= n) throw new Fail('corrupt', what + ' out of range');
    return v;
  };
  Reader.prototype.bytes = function (cap) {
    var len = this.get(width(cap + 1));
    if (len > cap) throw new Fail('corrupt', 'text longer than its cap');
    var out = new Uint8Array(len);
    for (var i = 0; i < len; i++) out[i] = this.get(8);
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(out);
    } catch (e) {
      throw new Fail('corrupt', 'text is not UTF-8');
    }
  };
  Reader.prototype.number = function () {
    var len = this.get(5);
    if (len === 0 || len > CAPS.numberChars) throw new Fail('corrupt', 'bad number length');
    var s = '';
    for (var i = 0; i < len; i++) {
      var c = this.get(4);
      if (c >= NUMBER_CHARS.length) throw new Fail('corrupt', 'bad number digit');
      s += NUMBER_CHARS.charAt(c);
    }
    var n = Number(s);
    if (!isFinite(n) || String(n) !== s) throw new Fail('corrupt', 'bad number');
    return n;
  };

  // UTF-8 bytes of text, cut at a character boundary so they fit in cap bytes.
  function cappedBytes(text, cap) {
    var out = [];
    for (var ch of String(text)) {
      var b = utf8(ch);
      if (out.length + b.length > cap) break;
      for (var i = 0; i < b.length; i++) out.push(b[i]);
    }
    return out;
  }

  function checkChars(text) {
    var h = fnv1a(utf8(text)) & 0xfff;
    return ALPHABET.charAt(h >> 6) + ALPHABET.charAt(h & 63);
  }

  // ---- responses -------------------------------------------------------------------------------

  function writeResponse(w, q, r) {
    switch (q.kind) {
      case 'singleChoice':
      case 'likert':
        w.put(r, width(q.n));
        break;
      case 'multipleResponse':
        for (var i = 0; i < q.n; i++) w.flag(r[i]);
        break;
      case 'trueFalse':
        w.flag(r);
        break;
      case 'fillBlank':
        w.bytes(cappedBytes(r, CAPS.fillBlankBytes), CAPS.fillBlankBytes);
        break;
      case 'shortAnswer':
        w.bytes(cappedBytes(r, CAPS.shortAnswerBytes), CAPS.shortAnswerBytes);
        break;
      case 'matching':
      case 'sequencing':
        for (var j = 0; j < q.n; j++) w.put(r[j], width(q.n));
        break;
      case 'numeric':
        w.number(r);
        break;
      default:
        throw new Error('unknown question kind ' + q.kind);
    }
  }

  function readPermutation(rd, n, what) {
    var seen = [];
    var out = [];
    for (var i = 0; i < n; i++) {
      var v = rd.below(n, what);
      if (seen[v]) throw new Fail('corrupt', what + ' repeats an index');
      seen[v] = true;
      out.push(v);
    }
    return out;
  }

  function readResponse(rd, q) {
    switch (q.kind) {
      case 'singleChoice':
      case 'likert':
        return rd.below(q.n, 'answer');
      case 'multipleResponse':
        var set = [];
        for (var i = 0; i < q.n; i++) set.push(rd.flag());
        return set;
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

  // ---- encode / decode -------------------------------------------------------------------------

  // state: see docs/learner-state.md. Texts over their cap are cut, paths over their cap keep
  // their last steps, attempt counts saturate: normalize(state, shape) is what decode returns.
  function encode(state, shape) {
    var items = flatItems(shape);
    var w = new Writer();
    w.put(shape.hash >>> 0, 32);
    var loc = 0;
    items.forEach(function (f, i) {
      if (f.module === state.location.module && f.index === state.location.item) loc = i;
    });
    w.put(loc, width(items.length));
    for (var i = 0; i < items.length; i++) w.flag(state.visited[i]);

    quizzes(shape).forEach(function (quiz, qi) {
      var s = state.quizzes[qi];
      w.put(Math.min(s.attemptsUsed, attemptsCap(quiz)), attemptsWidth(quiz));
      w.put(s.bestScore, 7);
      w.flag(s.passed);
      var cur = s.current;
      w.put(cur ? (cur.submitted ? 2 : 1) : 0, 2);
      if (!cur) return;
      var p = presented(quiz);
      var order = [];
      for (var k = 0; k < p.count; k++) order.push(p.stored ? cur.order[k] : k);
      if (p.stored) order.forEach(function (o) { w.put(o, width(quiz.questions.length)); });
      if (quiz.shuffleChoices) w.put(cur.choiceSeed, 16);
      order.forEach(function (o, k) {
        var r = cur.answers[k];
        w.flag(r !== null && r !== undefined);
        if (r !== null && r !== undefined) writeResponse(w, quiz.questions[o], r);
      });
    });

    scenarios(shape).forEach(function (sc, si) {
      var s = state.scenarios[si];
      w.flag(!!s);
      if (!s) return;
      var nw = width(sc.nodes);
      w.put(s.node, nw);
      var path = s.path.slice(-CAPS.pathLength);
      w.flag(s.pathTruncated || s.path.length > CAPS.pathLength);
      w.put(path.length, width(CAPS.pathLength + 1));
      path.forEach(function (n) { w.put(n, nw); });
      sc.variables.forEach(function (type, vi) {
        if (type === 'boolean') w.flag(s.variables[vi]);
        else w.number(s.variables[vi]);
      });
      w.number(s.score);
      w.flag(s.ended);
      if (s.ended) w.put(Math.max(0, OUTCOMES.indexOf(s.outcome)), 2);
    });

    var bits = w.bitsOut;
    while (bits.length % 6) bits.push(0);
    var out = ALPHABET.charAt(VERSION);
    for (var b = 0; b < bits.length; b += 6) {
      var v = 0;
      for (var j = 0; j < 6; j++) v = v * 2 + bits[b + j];
      out += ALPHABET.charAt(v);
    }
    return out + checkChars(out);
  }

  function decodeBody(text, shape) {
    if (typeof text !== 'string' || text.length < 3) throw new Fail('truncated', 'the state is too short');
    var version = ALPHABET.indexOf(text.charAt(0));
    if (version < 0) throw new Fail('corrupt', 'not a learner state');
    if (version !== VERSION)
      throw new Fail('version', 'state version ' + version + ', this player reads ' + VERSION);
    var body = text.slice(0, -2);
    if (checkChars(body) !== text.slice(-2)) throw new Fail('corrupt', 'check characters do not match');
    var bits = [];
    for (var i = 1; i < body.length; i++) {
      var v = ALPHABET.indexOf(body.charAt(i));
      if (v < 0) throw new Fail('corrupt', 'character outside the alphabet');
      for (var j = 5; j >= 0; j--) bits.push((v >> j) & 1);
    }
    var rd = new Reader(bits);
    var hash = rd.get(32);
    if (hash !== (shape.hash >>> 0))
      throw new Fail('hash', 'the course changed since this state was saved');

    var items = flatItems(shape);
    var state = { location: { module: 0, item: 0 }, visited: [], quizzes: [], scenarios: [] };
    if (items.length) {
      var loc = items[rd.below(items.length, 'location')];
      state.location = { module: loc.module, item: loc.index };
    }
    for (var k = 0; k < items.length; k++) state.visited.push(rd.flag());

    quizzes(shape).forEach(function (quiz) {
      var s = { attemptsUsed: rd.get(attemptsWidth(quiz)), bestScore: rd.get(7), passed: false, current: null };
      if (s.attemptsUsed > attemptsCap(quiz)) throw new Fail('corrupt', 'attempts out of range');
      if (s.bestScore > 100) throw new Fail('corrupt', 'score out of range');
      s.passed = rd.flag();
      var mode = rd.get(2);
      if (mode === 3) throw new Fail('corrupt', 'bad attempt state');
      if (mode) {
        var p = presented(quiz);
        var cur = { submitted: mode === 2, order: null, answers: [] };
        var order = [];
        if (p.stored) {
          var seen = [];
          for (var n = 0; n < p.count; n++) {
            var o = rd.below(quiz.questions.length, 'question');
            if (seen[o]) throw new Fail('corrupt', 'question order repeats a question');
            seen[o] = true;
            order.push(o);
          }
          cur.order = order;
        } else {
          for (var m = 0; m < p.count; m++) order.push(m);
        }
        if (quiz.shuffleChoices) cur.choiceSeed = rd.get(16);
        order.forEach(function (qi) {
          cur.answers.push(rd.flag() ? readResponse(rd, quiz.questions[qi]) : null);
        });
        s.current = cur;
      }
      state.quizzes.push(s);
    });

    scenarios(shape).forEach(function (sc) {
      if (!rd.flag()) {
        state.scenarios.push(null);
        return;
      }
      var s = { node: rd.below(sc.nodes, 'step'), pathTruncated: rd.flag(), path: [], variables: [] };
      var len = rd.get(width(CAPS.pathLength + 1));
      if (len > CAPS.pathLength) throw new Fail('corrupt', 'path too long');
      for (var i = 0; i < len; i++) s.path.push(rd.below(sc.nodes, 'step'));
      sc.variables.forEach(function (type) {
        s.variables.push(type === 'boolean' ? rd.flag() : rd.number());
      });
      s.score = rd.number();
      s.ended = rd.flag();
      s.outcome = null;
      if (s.ended) {
        var oc = rd.get(2);
        if (oc >= OUTCOMES.length) throw new Fail('corrupt', 'bad outcome');
        s.outcome = OUTCOMES[oc];
      }
      state.scenarios.push(s);
    });

    // Only the zero padding of the last character may remain.
    if (bits.length - rd.pos >= 6) throw new Fail('corrupt', 'trailing data');
    for (var r = rd.pos; r < bits.length; r++)
      if (bits[r]) throw new Fail('corrupt', 'non-zero padding');
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

  var LONGEST_NUMBER = -2.2250738585072014e-308; // 24 characters

  function longestResponse(q) {
    var perm = [];
    for (var i = 0; i < q.n; i++) perm.push(q.n - 1 - i);
    switch (q.kind) {
      case 'singleChoice':
      case 'likert':
        return Math.max(0, q.n - 1);
      case 'multipleResponse':
        return perm.map(function () { return true; });
      case 'trueFalse':
        return true;
      case 'fillBlank':
        return new Array(CAPS.fillBlankBytes + 1).join('x');
      case 'shortAnswer':
        return new Array(CAPS.shortAnswerBytes + 1).join('x');
      case 'matching':
      case 'sequencing':
        return perm;
      case 'numeric':
        return LONGEST_NUMBER;
    }
    return null;
  }

  function responseBits(q) {
    var w = new Writer();
    writeResponse(w, q, longestResponse(q));
    return w.bitsOut.length;
  }

  // The largest state a learner can produce in this course (every page visited, every question
  // answered with its longest response, the longest path, ...). encode(worstCase(shape)) is the
  // longest string the player ever stores for this shape.
  function worstCase(shape) {
    var items = flatItems(shape);
    return {
      location: items.length ? { module: items[items.length - 1].module, item: items[items.length - 1].index }
        : { module: 0, item: 0 },
      visited: items.map(function () { return true; }),
      quizzes: quizzes(shape).map(function (quiz) {
        var p = presented(quiz);
        // The questions with the longest responses are the ones drawn.
        var byLength = quiz.questions.map(function (q, i) { return { i: i, bits: responseBits(q) }; })
          .sort(function (a, b) { return b.bits - a.bits || a.i - b.i; });
        var order = p.stored ? byLength.slice(0, p.count).map(function (e) { return e.i; })
          : quiz.questions.map(function (q, i) { return i; });
        return { attemptsUsed: attemptsCap(quiz), bestScore: 100, passed: true,
          current: { submitted: true, order: p.stored ? order : null, choiceSeed: 65535,
            answers: order.map(function (i) { return longestResponse(quiz.questions[i]); }) } };
      }),
      scenarios: scenarios(shape).map(function (sc) {
        var path = [];
        for (var i = 0; i < CAPS.pathLength; i++) path.push(Math.max(0, sc.nodes - 1));
        return { node: Math.max(0, sc.nodes - 1), pathTruncated: true, path: path,
          variables: sc.variables.map(function (t) { return t === 'boolean' ? true : LONGEST_NUMBER; }),
          score: LONGEST_NUMBER, ended: true, outcome: 'fail' };
      }),
    };
  }

  var api = {
    VERSION: VERSION,
    ALPHABET: ALPHABET,
    CAPS: CAPS,
    width: width,
    structureHash: structureHash,
    shapeFromCourse: shapeFromCourse,
    encode: encode,
    decode: decode,
    worstCase: worstCase,
  };
  root.CoursewrightState = api;
  if (typeof module !== 'undefined') module.exports = api;
})(typeof globalThis !== 'undefined' ? globalThis : this);
