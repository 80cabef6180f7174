// The player's own words (Next, Submit, Try again, ...) in the course language. Each script adds
// its words with i18n.add; missing translations fall back to English, then to the key itself.
(function (CW) {
  'use strict';

  const tables = { en: {}, de: {}, fr: {}, es: {} };
  let language = 'en';

  function add(words) {
    for (const [lang, entries] of Object.entries(words)) Object.assign(tables[lang] || (tables[lang] = {}), entries);
  }

  // "de-CH" plays in German; a language without a table plays in English.
  function setLanguage(tag) {
    const base = String(tag || 'en').toLowerCase().split(/[-_]/)[0];
    language = tables[base] ? base : 'en';
    return language;
  }

  // Whether the player has words in this language ("fr-CA": French).
  const has = (tag) => !!tag && !!tables[String(tag).toLowerCase().split(/[-_]/)[0]];

  function t(key, params) {
    const text = (tables[language] && tables[language][key]) || tables.en[key] || key;
    return params ? text.replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m)) : text;
  }

  // The language's own marks, from Intl: "1.234.567,5" in German, "1 234 567,5" in French.
  function marks(lang) {
    const parts = new Intl.NumberFormat(lang).formatToParts(1234567.5);
    const mark = (type, fallback) => (parts.find((x) => x.type === type) || { value: fallback }).value;
    return { group: mark('group', ','), decimal: mark('decimal', '.') };
  }

  // A number as the learner writes it in `lang`: "1.500" is 1500 and "3,5" is 3.5 in German,
  // "1,500" is 1500 in English, "1 500,5" is 1500.5 in French. One mark that is not the
  // language's decimal mark groups thousands only where it can (1-3 digits, then groups of
  // exactly 3); otherwise it is a decimal point, so "3.5" is 3.5 in every language. With both
  // marks the last one is the decimal mark. Spaces group thousands everywhere. null: not a number.
  function parseNumber(text, lang = language) {
    const m = /^([-+\u2212]?)(\d[\d.,\s]*|[.,]\d+)(e[-+]?\d+)?$/i.exec(String(text).trim());
    if (!m) return null;
    const body = m[2].replace(/\s/g, ' ');
    const own = marks(lang);
    const used = ['.', ','].filter((c) => body.includes(c));
    let decimal = null;
    if (used.length === 2) decimal = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
    else if (used.length === 1 && body.split(used[0]).length === 2) {
      const c = used[0];
      const grouping = c !== own.decimal && c === own.group && /^[1-9]\d{0,2}[.,]\d{3}$/.test(body.replace(/ /g, ''));
      if (!grouping) decimal = c;
    }
    const at = decimal ? body.lastIndexOf(decimal) : body.length;
    const whole = body.slice(0, at);
    const fraction = body.slice(at + 1);
    if (/[^\d]/.test(fraction) || (decimal && body.indexOf(decimal) !== at)) return null;
    const groups = whole.split(/[., ]/);
    if (groups.length > 1 && (new Set(whole.replace(/\d/g, '')).size > 1 || !/^\d{1,3}$/.test(groups[0]) ||
      groups.slice(1).some((g) => !/^\d{3}$/.test(g)))) return null;
    const sign = m[1] && m[1] !== '+' ? '-' : '';
    const n = Number(sign + (groups.join('') || '0') + '.' + (fraction || '0') + (m[3] || ''));
    return Number.isFinite(n) ? n : null;
  }

  // A number as the language writes it ("1.500", "3,5"); up to 10 decimals, no rounding of whole numbers.
  const formatNumber = (n, lang = language) =>
    (Number.isFinite(+n) ? new Intl.NumberFormat(lang, { maximumFractionDigits: 10 }).format(+n) : String(n));

  CW.i18n = { add, setLanguage, has, t, parseNumber, formatNumber, get language() { return language; } };
  if (typeof module === 'object' && module.exports) module.exports = CW.i18n;
})(globalThis.Coursewright = globalThis.Coursewright || {});
