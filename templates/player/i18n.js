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

  function t(key, params) {
    const text = (tables[language] && tables[language][key]) || tables.en[key] || key;
    return params ? text.replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m)) : text;
  }

  CW.i18n = { add, setLanguage, t, get language() { return language; } };
  if (typeof module === 'object' && module.exports) module.exports = CW.i18n;
})(globalThis.Coursewright = globalThis.Coursewright || {});
