// The CMI data formats SCORM 2004 and xAPI share (docs/player.md): decimals, ISO 8601 durations and
// the response syntax of interactions ("c1[,]c3", "s1[.]t2", "3.4[:]3.6"), which xAPI's
// cmi.interaction took over from SCORM 2004. One rule in one place, so a learner_response in an
// LMS and a result.response in an LRS always read the same.
(function (CW) {
  'use strict';

  // SCORM 2004's limits; xAPI has none (and no LMS that splits answers at a bare comma).
  const SCORM2004 = { short: 250, long: 4000, ids: 36, comma: true };
  const XAPI = { short: Infinity, long: Infinity, ids: Infinity, comma: false };

  // CMIDecimal: digits, never an exponent; null for a number it cannot hold.
  function decimal(x) {
    x = +(+x).toPrecision(12);
    let s = String(x);
    if (s.includes('e')) s = x.toFixed(18).replace(/\.?0+$/, '');
    return /^-?\d{1,10}(\.\d{1,18})?$/.test(s) ? s : null;
  }
  // Text without control or line-separator characters (LMSs reject them); at most max UTF-16
  // units, never half a surrogate pair.
  function text(s, max) {
    s = String(s).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
    return s.length > max ? s.slice(0, /[\ud800-\udbff]/.test(s[max - 1]) ? max - 1 : max) : s;
  }
  // Hours, minutes, seconds with at most two decimals, no W (SCORM 2004 refuses it); PT0S for nothing.
  function duration(ms) {
    const cs = Math.round(Math.max(0, +ms || 0) / 10);
    const h = Math.floor(cs / 360000);
    const m = Math.floor(cs / 6000) % 60;
    const s = (cs % 6000) / 100;
    return 'PT' + (h ? h + 'H' : '') + (m ? m + 'M' : '') + (s || !(h || m) ? s + 'S' : '');
  }

  // A leading "{" would read as a {lang=...} or {case_matters=...} delimiter.
  const words = (s, max) => text(String(s).replace(/^\{/, ' {'), max);
  const choice = (i) => 'c' + (i + 1);
  function range(v) {
    const [min, max] = [decimal(v.min), decimal(v.max)];
    return min && max ? min + '[:]' + max : '';
  }

  // A response or correct answer (docs/player.md, Interactions) in the 2004 syntax. Choices (c),
  // matching sources (s) and targets (t) are named by their authoring number: short, stable,
  // URI-safe, the same ids an xAPI definition lists. rules: SCORM2004 (default) or XAPI.
  function format(type, v, rules) {
    const r = rules || SCORM2004;
    const ids = (list, name) => (list.length <= r.ids ? list.map(name).join('[,]') : '');
    switch (type) {
      case 'true-false': return String(!!v);
      case 'choice': case 'sequencing': return ids(v, choice);
      case 'likert': return choice(v);
      case 'matching': return ids(v, ([s, t]) => `s${s + 1}[.]t${t + 1}`);
      case 'numeric': return typeof v === 'object' ? range(v) : decimal(v);
      case 'long-fill-in': return words(v, r.long);
    }
    // fill-in answers are split at "[,]", by some LMSs (scorm-again) at a bare "," too: there a
    // comma goes as U+201A, which looks the same.
    return words(r.comma ? String(v).replace(/,/g, '\u201a') : v, r.short);
  }

  CW.cmiFormats = { SCORM2004, XAPI, decimal, text, duration, words, choice, format };
  if (typeof module === 'object' && module.exports) module.exports = CW.cmiFormats;
})(globalThis.Coursewright = globalThis.Coursewright || {});
