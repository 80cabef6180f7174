// Standalone adapter: no LMS, the learner's record lives in this browser's localStorage under the
// course identifier. Where storage is missing or refuses (file:// quirks, privacy mode, quota) the
// record lives in memory for this visit and the course plays on.
(function (CW) {
  'use strict';

  // options: {id, title, language, course} (see player.js).
  function standalone(options) {
    const key = 'coursewright:' + ((options && options.id) || 'course');
    let store = null;
    let record = null;
    try {
      store = globalThis.localStorage; // merely reading the property throws in some privacy modes
      record = JSON.parse(store.getItem(key));
    } catch (e) {
      // memory only
    }
    if (!record || typeof record !== 'object') record = {};
    if (typeof record.state !== 'string') record.state = null;

    function persist() {
      try {
        store.setItem(key, JSON.stringify(record));
      } catch (e) {
        // memory only
      }
    }
    const set = (fields) => persist(Object.assign(record, fields));

    return {
      start: () => Promise.resolve({ entry: record.state ? 'resume' : 'ab-initio', mode: 'normal', credit: true,
        masteryScore: null, state: record.state, location: record.location || null }),
      saveState: (state, location) => set({ state, location }),
      recordInteraction() {},
      setProgress: (progress) => set({ progress }),
      setScore: (score) => set({ score }),
      complete: () => set({ completion: 'completed' }),
      pass: () => set({ success: 'passed' }),
      fail: () => set({ success: 'failed' }),
      commit: persist,
      exit: persist,
    };
  }

  (CW.adapters = CW.adapters || {}).standalone = standalone;
  if (typeof module === 'object' && module.exports) module.exports = standalone;
})(globalThis.Coursewright = globalThis.Coursewright || {});
