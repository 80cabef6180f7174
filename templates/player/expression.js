// Scenario conditions and effects, parsed as core/model/expression.cpp validates them. == != compare
// any two values (true equals 1); < <= > >= += -= need numbers. Anything malformed, an unknown
// variable or a type error makes a condition false and effects change nothing; nothing throws.
(function (CW) {
  'use strict';

  const TOKEN = /\s+|([\p{L}_][\p{L}\p{N}_]*)|(\d[\d.]*|\.\d[\d.]*)|(==|!=|<=|>=|\+=|-=|&&|\|\||[<>=!\-();])/uy;
  const own = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
  const truthy = (v) => v === true || (typeof v === 'number' && v !== 0);

  function reader(text, vars) {
    const s = String(text == null ? '' : text);
    const T = [];
    let p = 0;
    TOKEN.lastIndex = 0;
    while (TOKEN.lastIndex < s.length) {
      const m = TOKEN.exec(s);
      if (!m) throw 0;
      if (m[1]) T.push(['i', m[1]]);
      else if (m[2]) {
        if (!/^(\d+\.?\d*|\.\d+)$/.test(m[2])) throw 0;
        T.push(['n', +m[2]]);
      } else if (m[3]) T.push(['o', m[3]]);
    }
    const r = {
      empty: !T.length,
      get end() { return p >= T.length; },
      next: () => T[p++] || [],
      word: (w) => T[p] && T[p][0] === 'i' && T[p][1].toLowerCase() === w && ++p,
      op: (...o) => T[p] && T[p][0] === 'o' && o.includes(T[p][1]) && T[p++][1],
      operand() {
        if (r.op('-')) {
          const [k, v] = r.next();
          if (k !== 'n') throw 0;
          return -v;
        }
        const [k, v] = r.next();
        if (k === 'n') return v;
        if (k !== 'i' || /^(and|or|not)$/i.test(v)) throw 0;
        const l = v.toLowerCase();
        if (l === 'true' || l === 'false') return l === 'true';
        if (!own(vars, v)) throw 0;
        return vars[v];
      },
    };
    return r;
  }

  function compare(a, o, b) {
    if (o === '==' || o === '!=') return (+a === +b) === (o === '==');
    if (typeof a !== 'number' || typeof b !== 'number') throw 0;
    return o === '<' ? a < b : o === '<=' ? a <= b : o === '>' ? a > b : a >= b;
  }

  function evaluateCondition(text, vars) {
    try {
      const r = reader(text, vars || {});
      if (r.empty) return true;
      // No short circuit: an error on either side makes the condition false.
      const or = () => {
        let v = and();
        while (r.word('or') || r.op('||')) {
          const b = and();
          v = truthy(v) || truthy(b);
        }
        return v;
      };
      const and = () => {
        let v = not();
        while (r.word('and') || r.op('&&')) {
          const b = not();
          v = truthy(v) && truthy(b);
        }
        return v;
      };
      const not = () => (r.word('not') || r.op('!') ? !truthy(not()) : primary());
      const primary = () => {
        if (r.op('(')) {
          const v = or();
          if (!r.op(')')) throw 0;
          return v;
        }
        const a = r.operand();
        const o = r.op('==', '!=', '<', '<=', '>', '>=');
        return o ? compare(a, o, r.operand()) : a;
      };
      const v = or();
      if (!r.end) throw 0;
      return truthy(v);
    } catch (e) {
      return false;
    }
  }

  // Statements run in order; each variable keeps its type (a boolean assigned 2 becomes true).
  function applyEffects(text, vars) {
    const out = Object.assign({}, vars);
    try {
      const r = reader(text, out);
      do {
        if (r.end) break;
        const [k, name] = r.next();
        if (k !== 'i' || !/^[A-Za-z_]\w*$/.test(name) || /^(and|or|not|true|false)$/i.test(name)) throw 0;
        const o = r.op('=', '+=', '-=');
        if (!o) throw 0;
        const v = r.operand();
        if (!own(out, name)) throw 0;
        const c = out[name];
        if (o === '=') out[name] = typeof c === 'boolean' ? truthy(v) : +v;
        else if (typeof c !== 'number' || typeof v !== 'number') throw 0;
        else out[name] = o === '+=' ? c + v : c - v;
        if (!isFinite(out[name])) throw 0;
      } while (r.op(';'));
      if (!r.end) throw 0;
      return out;
    } catch (e) {
      return Object.assign({}, vars);
    }
  }

  CW.expression = { evaluateCondition, applyEffects };
  if (typeof module === 'object' && module.exports) module.exports = CW.expression;
})(globalThis.Coursewright = globalThis.Coursewright || {});
