// Quizzes: a pure engine (drawing and shuffling an attempt, grading, scoring; tested under Node)
// and the view the shell mounts (docs/player.md, Views). Questions are addressed by their index
// among the quiz's question children and responses are kept in authoring index space, exactly as
// the learner state stores them (docs/learner-state.md, Quiz).
(function (CW) {
  'use strict';

  const KINDS = ['singleChoice', 'multipleResponse', 'trueFalse', 'fillBlank', 'matching', 'sequencing',
    'numeric', 'likert', 'shortAnswer'];
  const TYPES = { singleChoice: 'choice', multipleResponse: 'choice', trueFalse: 'true-false', fillBlank: 'fill-in',
    matching: 'matching', sequencing: 'sequencing', numeric: 'numeric', likert: 'likert', shortAnswer: 'long-fill-in' };
  const kids = (n) => n.children || [];
  const range = (n) => [...Array(n).keys()];

  // mulberry32: tiny and seeded, so a resumed attempt derives the same choice orders.
  function prng(seed) {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = Math.imul(a ^ (a >>> 15), a | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  function shuffle(n, random) {
    const p = range(n);
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [p[i], p[j]] = [p[j], p[i]];
    }
    return p;
  }
  const mix = (seed, qi) => Math.imul(seed + 1, 0x9e3779b1) ^ Math.imul(qi + 1, 0x85ebca6b);
  const choiceOrder = (seed, qi, n) => shuffle(n, prng(mix(seed, qi)));
  // A sequencing question must never open already solved: its start order is a seeded shuffle
  // that is not the answer (seed 0 when choices are not shuffled, so it is stable too).
  function sequenceStart(seed, qi, n) {
    const o = shuffle(n, prng(mix(seed || 0, qi) ^ 0x5bd1e995));
    return o.every((v, i) => v === i) ? o.map((v) => (v + 1) % n) : o;
  }

  // The one rule of what counts (tests/data/grading.json; C++: Grading): a question is graded when
  // its kind has a right answer and it is worth points; a quiz with no graded question is a survey.
  // Scoring, completion, the results screen and the reported interactions all ask these two.
  const UNGRADED_KINDS = ['likert', 'shortAnswer'];
  const questions = (quiz) => kids(quiz).filter((q) => KINDS.includes(q.kind));
  const presented = (quiz, cur) => cur.order || range(questions(quiz).length);
  const graded = (q) => q.props.points > 0 && !UNGRADED_KINDS.includes(q.kind);
  const gradedQuiz = (quiz) => questions(quiz).some(graded);
  const attemptsLeft = (quiz, e) => (quiz.props.attempts > 0 ? Math.max(0, quiz.props.attempts - e.attemptsUsed) : Infinity);

  // A new attempt: the question order is stored when drawn or shuffled (a draw without shuffling
  // keeps authoring order), the 16-bit choice seed when choices are shuffled.
  function newAttempt(quiz, random) {
    const p = quiz.props;
    const n = questions(quiz).length;
    const draw = p.drawCount > 0 && p.drawCount < n;
    let order = null;
    if (draw || p.shuffleQuestions) {
      order = shuffle(n, random);
      if (draw) order = order.slice(0, p.drawCount);
      if (!p.shuffleQuestions) order.sort((a, b) => a - b);
    }
    const count = order ? order.length : n;
    const cur = { submitted: false, order, answers: Array(count).fill(null), checked: Array(count).fill(false) };
    if (p.shuffleChoices) cur.choiceSeed = Math.floor(random() * 65536);
    return cur;
  }

  const norm = (s, cs) => {
    s = String(s).normalize('NFC').trim().replace(/\s+/g, ' ');
    return cs ? s : s.toLowerCase();
  };
  // In the course language: "1.500" is 1500 in German and 1.5 in English (i18n.parseNumber).
  const parseNumber = (s, lang) => CW.i18n.parseNumber(s, lang);
  // A matching answer may be partial while the learner works (-1: no match chosen yet); only a
  // full permutation is an answer that can be checked or be right.
  const complete = (q, r) => r != null && (q.kind !== 'matching' ||
    (r.length === kids(q).length && r.every((v, i) => v >= 0 && r.indexOf(v) === i)));

  // The response that is right, in the state's shape (fill in: the first accepted answer).
  function key(q) {
    const p = q.props;
    const c = kids(q);
    switch (q.kind) {
      case 'singleChoice': return Math.max(0, c.findIndex((x) => x.props.correct));
      case 'multipleResponse': return c.map((x) => !!x.props.correct);
      case 'trueFalse': return !!p.answer;
      case 'fillBlank': return (p.accepted || [])[0] || '';
      case 'matching': case 'sequencing': return range(c.length);
      case 'numeric': return p.answer;
    }
    return null;
  }

  // All or nothing; matching and sequencing compare texts so that duplicated texts are not a trap.
  function isRight(q, r) {
    if (!complete(q, r)) return false;
    const p = q.props;
    const c = kids(q);
    const same = (f) => r.length === c.length && c.every((x, i) => c[r[i]] && c[r[i]].props[f] === x.props[f]);
    switch (q.kind) {
      case 'singleChoice': return !!(c[r] && c[r].props.correct);
      case 'multipleResponse': return c.every((x, i) => !!r[i] === !!x.props.correct);
      case 'trueFalse': return r === !!p.answer;
      case 'fillBlank': return (p.accepted || []).some((a) => norm(a, p.caseSensitive) === norm(r, p.caseSensitive));
      case 'matching': return same('match');
      case 'sequencing': return same('text');
      case 'numeric': return Math.abs(r - p.answer) <= (+p.tolerance || 0) + 1e-9;
    }
    return false;
  }
  const grade = (q, r) => (graded(q) ? isRight(q, r) : null);

  // Percent of the graded points earned; a quiz with nothing graded scores 100.
  function score(quiz, cur) {
    const qs = questions(quiz);
    let earned = 0;
    let total = 0;
    const results = presented(quiz, cur).map((qi, k) => {
      const q = qs[qi];
      const g = grade(q, cur.answers[k]);
      if (g !== null) total += q.props.points;
      if (g) earned += q.props.points;
      return g;
    });
    return { results, earned, total, percent: total ? Math.round((100 * earned) / total) : 100 };
  }

  // The entry after submitting its current attempt (a sequence never touched counts as the order
  // it was shown in). Passed is sticky, the best score only rises.
  function submit(quiz, entry, passing) {
    const qs = questions(quiz);
    const cur = entry.current;
    const order = presented(quiz, cur);
    const answers = cur.answers.map((r, k) => {
      const q = qs[order[k]];
      return r == null && q.kind === 'sequencing' ? sequenceStart(cur.choiceSeed, order[k], kids(q).length) : r;
    });
    const current = Object.assign({}, cur, { submitted: true, answers });
    delete current.checked; // every answer of a submitted attempt is final
    const s = score(quiz, current);
    return { score: s, entry: { attemptsUsed: entry.attemptsUsed + 1, bestScore: Math.max(entry.bestScore, s.percent),
      passed: !!entry.passed || s.percent >= passing, current } };
  }

  // docs/player.md, Interactions. An unanswered question has response null.
  function interaction(q, r, result, plain) {
    const p = q.props;
    const c = kids(q);
    const texts = (f) => c.map((x) => x.props[f]);
    const set = (b) => b.map((v, i) => (v ? i : -1)).filter((i) => i >= 0);
    const it = { id: q.id, type: TYPES[q.kind], description: plain(p.prompt), response: r == null ? null : r,
      correct: key(q), result: result === null ? 'neutral' : result ? 'correct' : 'incorrect',
      weighting: graded(q) ? p.points : 0 };
    if (q.kind === 'singleChoice' || q.kind === 'multipleResponse') {
      it.choices = texts('text');
      it.correct = set(texts('correct'));
      if (r != null) it.response = q.kind === 'singleChoice' ? [r] : set(r);
    } else if (q.kind === 'matching') {
      it.source = texts('prompt');
      it.target = texts('match');
      it.correct = it.correct.map((i) => [i, i]);
      if (r) it.response = r.map((m, i) => [i, m]).filter(([, m]) => m >= 0);
    } else if (q.kind === 'sequencing') it.choices = texts('text');
    else if (q.kind === 'likert') it.choices = p.scale || [];
    else if (q.kind === 'numeric') it.correct = { min: p.answer - (+p.tolerance || 0), max: p.answer + (+p.tolerance || 0) };
    if (result === null) it.correct = null;
    return it;
  }

  const engine = { KINDS, UNGRADED_KINDS, prng, shuffle, choiceOrder, sequenceStart, questions, presented, graded,
    gradedQuiz, attemptsLeft, newAttempt, parseNumber, complete, key, grade, score, submit, interaction };

  // The player's words: one '|'-separated list per language, in the order of WORDS.
  const WORDS = 'start q qn check submit next prev correct incorrect score best passing passed failed retry review left used unlimited count up down moved choose dup true false answer right none blank pick chars nan results done sample over thanks yours'.split(' ');
  const words = {
    en: 'Start quiz|Question {n} of {m}|Question {n}|Check answer|Submit answers|Next question|Previous question|Correct|' +
      'Not quite|Your score|Best score|Passing score|Passed|Not passed|Try again|Review answers|' +
      'Attempts left|Attempts used|Unlimited|Questions|Move up|Move down|{item}: position {n} of {m}|' +
      'Choose…|“{match}” is chosen more than once; each match fits one item.|True|False|Your answer|Correct answer|No answer|Fill in the blank|' +
      'Answer the question first.|{n} of {m} characters|Enter a number, for example 3.5|Results|' +
      'Your answers were submitted.|Sample answer|No attempts left.|Submitted, thank you|Your answers',
    de: 'Quiz starten|Frage {n} von {m}|Frage {n}|Antwort prüfen|Antworten abschicken|Nächste Frage|Vorherige Frage|' +
      'Richtig|Nicht richtig|Ihr Ergebnis|Bestes Ergebnis|Zum Bestehen nötig|Bestanden|Nicht bestanden|' +
      'Erneut versuchen|Antworten ansehen|Verbleibende Versuche|Genutzte Versuche|Unbegrenzt|Fragen|' +
      'Nach oben|Nach unten|{item}: Position {n} von {m}|Auswählen…|„{match}“ ist mehrfach gewählt; jede Zuordnung passt nur zu einem Eintrag.|Wahr|Falsch|' +
      'Ihre Antwort|Richtige Antwort|Keine Antwort|Lücke ausfüllen|Beantworten Sie zuerst die Frage.|' +
      '{n} von {m} Zeichen|Geben Sie eine Zahl ein, zum Beispiel 3,5|Ergebnis|' +
      'Ihre Antworten wurden abgeschickt.|Musterantwort|Keine Versuche mehr.|Abgeschickt, vielen Dank|Ihre Antworten',
    fr: 'Commencer le quiz|Question {n} sur {m}|Question {n}|Vérifier la réponse|Envoyer les réponses|' +
      'Question suivante|Question précédente|Correct|Pas tout à fait|Votre score|Meilleur score|Score de réussite|Réussi|' +
      'Non réussi|Réessayer|Revoir les réponses|Tentatives restantes|Tentatives utilisées|Illimitées|' +
      'Questions|Monter|Descendre|{item} : position {n} sur {m}|Choisir…|« {match} » est choisi plusieurs fois ; chaque réponse ne convient qu’à un élément.|' +
      'Vrai|Faux|Votre réponse|Bonne réponse|Pas de réponse|Complétez le texte|' +
      'Répondez d’abord à la question.|{n} caractères sur {m}|Saisissez un nombre, par exemple 3,5|' +
      'Résultats|Vos réponses ont été envoyées.|Exemple de réponse|Plus aucune tentative.|Envoyé, merci|Vos réponses',
    es: 'Empezar el cuestionario|Pregunta {n} de {m}|Pregunta {n}|Comprobar respuesta|Enviar respuestas|' +
      'Siguiente pregunta|Pregunta anterior|Correcto|No es correcto|Tu puntuación|Mejor puntuación|Puntuación para aprobar|' +
      'Aprobado|No aprobado|Intentar de nuevo|Revisar respuestas|Intentos restantes|Intentos usados|' +
      'Ilimitados|Preguntas|Subir|Bajar|{item}: posición {n} de {m}|Elegir…|«{match}» está elegido más de una vez; cada respuesta corresponde a un solo elemento.|' +
      'Verdadero|Falso|Tu respuesta|Respuesta correcta|Sin respuesta|Completa el espacio|' +
      'Responde primero a la pregunta.|{n} de {m} caracteres|Escribe un número, por ejemplo 3,5|' +
      'Resultados|Tus respuestas se han enviado.|Respuesta de ejemplo|No quedan intentos.|Enviado, gracias|Tus respuestas',
  };
  CW.i18n && CW.i18n.add(Object.fromEntries(Object.entries(words).map(([l, w]) =>
    [l, Object.fromEntries(w.split('|').map((x, i) => ['quiz.' + WORDS[i], x]))])));

  // The view. Every answer is saved as it changes (typing: debounced, and at once when the page is
  // hidden or the view closes), a partial matching too. With feedback `immediate` a checked answer
  // locks; the state keeps which answers were checked, so an unchecked one stays open on resume.
  // "Try again" shows whenever attempts remain, also after passing: passed is sticky and the best
  // score only rises, so a retry can only help.
  function mount(container, quiz, entry, host) {
    const { el, rich, plain, uid } = CW.dom;
    const t = (k, a) => CW.i18n.t('quiz.' + k, a);
    const p = quiz.props;
    const qs = questions(quiz);
    const ro = host.mode === 'review' || host.mode === 'browse';
    const instant = p.feedbackTiming === 'immediate';
    const passing = host.passingScore != null ? host.passingScore : p.passingScore;
    const say = (s) => (host.announce || CW.dom.announce)(s);
    const focus = (e) => (host.focus || CW.dom.focus)(e);
    const copy = (r) => (Array.isArray(r) ? r.slice() : r);
    const root = el('div', { class: 'cw-quiz' });
    const fmt = (n) => CW.i18n.formatNumber(n);
    const pct = (n) => fmt(n) + '%';
    const survey = !gradedQuiz(quiz);
    let cur, answers, checked, drafts, shown, changedAt, dirty, timer;
    entry = entry || { attemptsUsed: 0, bestScore: 0, passed: false, current: null };
    container.replaceChildren(root);

    function load(c) {
      cur = c;
      answers = c ? c.answers.map(copy) : [];
      // A state without flags counts every answer as checked, as format 1 stored checked answers only.
      checked = answers.map((a, k) => instant && a != null && (!c.checked || !!c.checked[k]));
      drafts = [];
      shown = [];
      changedAt = [];
    }
    const order = () => presented(quiz, cur);
    const build = () => Object.assign({}, entry, { current: Object.assign({}, cur,
      { answers: answers.map(copy), checked: checked.slice() }) });
    function commit(e) {
      entry = e;
      cur = e.current;
      dirty = false;
      clearTimeout(timer);
      if (!ro) host.changed(e);
    }
    const flush = () => dirty && commit(build());
    // Typing saves a second after the last key, so a closed tab loses at most that second.
    function set(k, v, typing) {
      answers[k] = v;
      changedAt[k] = Date.now();
      dirty = true;
      clearTimeout(timer);
      if (typing) timer = setTimeout(flush, 1000);
      else flush();
    }
    const btn = (label, fn, primary) => el('button', { type: 'button', class: primary ? 'cw-button cw-button-primary' : 'cw-button',
      on: { click: fn } }, label);
    function show(nodes, move) {
      root.replaceChildren(...nodes.flat().filter(Boolean));
      if (move) focus(root.querySelector('h2'));
    }
    const verdict = (g, word, ...more) => el('div', { class: 'cw-feedback cw-' + (g === null ? 'neutral' : g ? 'correct' : 'incorrect') },
      word && el('strong', {}, word), ...more);
    const richDiv = (html) => html && el('div', { class: 'cw-rich' }, rich(html));
    const fb = (q, g) => verdict(g, g !== null && t(g ? 'correct' : 'incorrect'),
      richDiv(g === null ? '' : q.props[g ? 'correctFeedback' : 'incorrectFeedback']));
    const facts = (rows) => el('dl', { class: 'cw-facts' }, rows.filter(Boolean).map(([a, b]) =>
      el('div', {}, el('dt', {}, a), el('dd', {}, String(b)))));
    const left = () => attemptsLeft(quiz, entry);
    const leftText = () => (left() === Infinity ? t('unlimited') : left());
    function begin() {
      commit(Object.assign({}, entry, { current: newAttempt(quiz, host.random || Math.random) }));
      load(entry.current);
      question(0, true);
    }

    function intro() {
      const n = qs.length;
      show([richDiv(p.intro), facts([[t('count'), p.drawCount > 0 && p.drawCount < n ? p.drawCount : n],
        !survey && [t('passing'), pct(passing)], [t('left'), leftText()]]),
      !ro && n && el('div', { class: 'cw-actions' }, left() ? btn(t('start'), begin, true) : el('p', {}, t('over')))]);
    }

    // Text of a response for the review (null: none).
    function answerText(q, r, tol) {
      if (r == null) return t('none');
      const c = kids(q).map((x) => x.props);
      switch (q.kind) {
        case 'singleChoice': return c[r].text;
        case 'multipleResponse': return c.filter((x, i) => r[i]).map((x) => x.text).join('; ') || t('none');
        case 'trueFalse': return t(r ? 'true' : 'false');
        case 'matching': return c.map((x, i) => x.prompt + ' → ' + (r[i] >= 0 ? c[r[i]].match : '—')).join('; ');
        case 'sequencing': return r.map((i) => c[i].text).join(' → ');
        case 'likert': return q.props.scale[r];
        case 'numeric': return fmt(r) + (tol ? ' ± ' + fmt(tol) : '') + (q.props.unit ? ' ' + q.props.unit : '');
      }
      return r;
    }

    function question(k, move) {
      const ord = order();
      const qi = ord[k];
      const q = qs[qi];
      const qp = q.props;
      const c = kids(q);
      const n = c.length;
      const seed = cur.choiceSeed;
      const lock = ro || (instant && checked[k] && graded(q));
      const marks = instant && checked[k] && graded(q);
      const pid = uid('cw-p');
      const prompt = el('div', { class: 'cw-prompt cw-rich', id: pid }, rich(qp.prompt));
      const r = answers[k];
      const name = uid('cw-n');
      const group = (role, ...items) => el('div', { role, 'aria-labelledby': pid, class: 'cw-options' }, ...items);
      // Words (and choice feedback) beside a choice once checked: never colour alone.
      const mark = (chosen, right, more) => marks && (chosen || right) && el('span', { class: 'cw-mark cw-' + (right ? 'ok' : 'bad') },
        chosen ? t(right ? 'correct' : 'incorrect') : t('right'), more ? ' — ' + more : '');
      const opt = (type, label, on, sel, extra) => el('label', { class: 'cw-option' },
        el('input', { type, name, checked: sel, disabled: lock, on: { change: on } }), el('span', {}, label), extra);
      const textInput = (attrs, parse) => el('input', Object.assign({ type: 'text',
        value: drafts[k] != null ? drafts[k] : r == null ? '' : q.kind === 'numeric' ? fmt(r) : r,
        disabled: lock, autocomplete: 'off', on: { input: (e) => set(k, parse((drafts[k] = e.target.value)), true), change: flush } }, attrs));
      if (shown[k] == null) shown[k] = Date.now();
      let body;
      if (q.kind === 'singleChoice' || q.kind === 'multipleResponse') {
        const multi = q.kind === 'multipleResponse';
        body = group(multi ? 'group' : 'radiogroup', (seed != null ? choiceOrder(seed, qi, n) : range(n)).map((i) => {
          const x = c[i].props;
          const chosen = multi ? !!(r && r[i]) : r === i;
          return opt(multi ? 'checkbox' : 'radio', x.text, (e) => {
            if (!multi) return set(k, i);
            const a = answers[k] ? answers[k].slice() : c.map(() => false);
            a[i] = e.target.checked;
            set(k, a);
          }, chosen, mark(chosen, !!x.correct, x.feedback));
        }));
      } else if (q.kind === 'trueFalse' || q.kind === 'likert') {
        const vals = q.kind === 'likert' ? range((qp.scale || []).length) : [true, false];
        body = group('radiogroup', vals.map((v) => opt('radio', q.kind === 'likert' ? qp.scale[v] : t(v ? 'true' : 'false'),
          () => set(k, v), r === v, mark(r === v, v === !!qp.answer))));
        body.classList.toggle('cw-likert', q.kind === 'likert');
      } else if (q.kind === 'fillBlank') {
        const input = textInput({ class: 'cw-blank', spellcheck: 'false' }, (v) => (v.trim() ? v : null));
        const walk = document.createTreeWalker(prompt, NodeFilter.SHOW_TEXT);
        let node;
        while (!input.parentNode && (node = walk.nextNode())) {
          const m = /_{3,}/.exec(node.nodeValue);
          if (m) {
            node.splitText(m.index).deleteData(0, m[0].length);
            node.after(input);
            input.setAttribute('aria-label', t('blank') + ': ' + plain(qp.prompt).replace(/_{3,}/g, '…'));
          }
        }
        if (!input.parentNode) body = el('label', { class: 'cw-field' }, el('span', {}, t('answer')), input);
      } else if (q.kind === 'matching') {
        const sel = r ? r.slice() : drafts[k] || c.map(() => -1);
        const opts = seed != null ? choiceOrder(seed, qi, n) : range(n).sort((a, b) => String(c[a].props.match).localeCompare(c[b].props.match));
        const selects = [];
        // Arrow keys on a closed <select> fire change at every option passed, so a choice never
        // moves another prompt's match: a repeated match is only pointed out, and the answer is
        // saved once it pairs every prompt with a different match.
        const hid = uid('cw-h');
        const hint = el('p', { id: hid, class: 'cw-hint', 'aria-live': 'polite' });
        const check = () => {
          const dup = sel.find((v, i) => v >= 0 && sel.indexOf(v) !== i);
          selects.forEach((s, i) => s.setAttribute('aria-invalid', dup !== undefined && sel[i] === dup));
          hint.textContent = dup !== undefined ? t('dup', { match: c[dup].props.match }) : '';
        };
        body = group('group', c.map((x, i) => {
          const id = uid('cw-m');
          selects[i] = el('select', { id, disabled: lock, 'aria-describedby': hid, on: { change: (e) => {
            sel[i] = +e.target.value;
            drafts[k] = sel;
            check();
            set(k, sel.some((v) => v >= 0) ? sel.slice() : null);
          } } }, el('option', { value: -1 }, t('choose')), opts.map((j) => el('option', { value: j, selected: sel[i] === j }, c[j].props.match)));
          const ok = r && r[i] >= 0 && c[r[i]].props.match === x.props.match;
          return el('div', { class: 'cw-match' }, el('label', { for: id }, x.props.prompt), selects[i],
            mark(true, ok, !ok && t('right') + ': ' + x.props.match));
        }), hint);
        check();
      } else if (q.kind === 'sequencing') {
        if (r == null && !ro) answers[k] = sequenceStart(seed, qi, n);
        const list = el('ol', { class: 'cw-seq' });
        const draw = () => list.replaceChildren(...answers[k].map((item, at) => {
          const text = c[item].props.text;
          const mv = (d, to) => el('button', { type: 'button', class: 'cw-button cw-move', 'data-key': d + item, disabled: lock,
            'aria-disabled': to < 0 || to >= n ? 'true' : null, on: { click: () => {
              if (to < 0 || to >= n) return;
              const s = answers[k].slice();
              [s[at], s[to]] = [s[to], s[at]];
              set(k, s);
              draw();
              focus(list.querySelector(`[data-key="${d + item}"]`));
              say(t('moved', { item: text, n: to + 1, m: n }));
            } } }, el('span', { 'aria-hidden': 'true' }, d === 'up' ? '▲' : '▼'), el('span', { class: 'cw-visually-hidden' }, t(d) + ': ' + text));
          return el('li', {}, el('span', {}, text, mark(true, c[item].props.text === c[at].props.text)), mv('up', at - 1), mv('down', at + 1));
        }));
        if (answers[k]) draw();
        body = group('group', list);
      } else if (q.kind === 'numeric') {
        const hid = uid('cw-h');
        const hint = el('p', { id: hid, class: 'cw-hint' });
        const check = (v) => {
          const x = parseNumber(v);
          hint.textContent = v.trim() && x === null ? t('nan') : '';
          body && body.querySelector('input').setAttribute('aria-invalid', !!hint.textContent);
          return x;
        };
        const input = textInput({ inputmode: 'decimal', 'aria-describedby': hid, size: 10 }, check);
        check(input.value);
        body = group('group', el('label', { class: 'cw-field' }, el('span', {}, t('answer')),
          el('span', { class: 'cw-row' }, input, qp.unit && el('span', {}, qp.unit))), hint);
      } else {
        const max = qp.maxLength || 1000;
        const cid = uid('cw-c');
        const count = (v) => (counter.textContent = t('chars', { n: v.length, m: max }));
        const counter = el('p', { id: cid, class: 'cw-hint' });
        const area = el('textarea', { maxlength: max, rows: 5, 'aria-describedby': cid, disabled: lock,
          on: { input: (e) => set(k, count(e.target.value) && (e.target.value.trim() ? e.target.value : null), true), change: flush } }, r || '');
        count(area.value);
        body = group('group', el('label', { class: 'cw-field' }, el('span', {}, t('answer')), area), counter);
      }
      const last = k === ord.length - 1;
      const primary = last ? !ro && btn(t('submit'), finish, true) : btn(t('next'), () => go(k + 1), !instant || checked[k] || !graded(q));
      show([el('h2', {}, t('q', { n: k + 1, m: ord.length })), el('div', { class: 'cw-q' }, prompt, body),
        marks && fb(q, grade(q, r)),
        el('div', { class: 'cw-actions' }, k > 0 && btn(t('prev'), () => go(k - 1)),
          instant && graded(q) && !lock && btn(t('check'), () => {
            if (!complete(q, answers[k])) return say(t('pick'));
            checked[k] = true;
            dirty = true;
            flush();
            const g = grade(q, answers[k]);
            focus(question(k));
            say(t(g ? 'correct' : 'incorrect') + '. ' + plain(qp[g ? 'correctFeedback' : 'incorrectFeedback']));
          }, true), primary)], move);
      return primary;
    }
    function go(k) {
      flush();
      question(k, true);
    }

    function finish() {
      const now = Date.now();
      const out = submit(quiz, Object.assign({}, entry, { current: Object.assign({}, cur, { answers: answers.map(copy) }) }), passing);
      // The answers are recorded before the commit that follows, so they reach the LMS with the score.
      const done = out.entry.current;
      presented(quiz, done).forEach((qi, k) => host.record(Object.assign(interaction(qs[qi], done.answers[k], out.score.results[k], plain),
        { latencyMs: Math.max(0, (changedAt[k] || now) - (shown[k] || now)), timestamp: new Date(now) })));
      commit(out.entry);
      load(cur);
      results(true);
    }

    function results(move) {
      const s = score(quiz, cur);
      const never = p.feedbackTiming === 'never';
      const ord = order();
      // A survey has no verdict, score or second try: it thanks, and shows what was answered.
      show([el('h2', {}, t('results')),
        survey ? verdict(null, t('thanks'), el('p', {}, t('done')))
          : verdict(entry.passed, t(entry.passed ? 'passed' : 'failed')),
        !survey && facts([[t('score'), pct(s.percent)], entry.bestScore !== s.percent && [t('best'), pct(entry.bestScore)],
          [t('passing'), pct(passing)], [t('used'), entry.attemptsUsed], [t('left'), leftText()]]),
        !ro && !survey && left() && el('div', { class: 'cw-actions' }, btn(t('retry'), begin, true)),
        (p.allowReview || survey) && el('section', { class: 'cw-review' }, el('h3', {}, t(survey ? 'yours' : 'review')), el('ol', {}, ord.map((qi, k) => {
          const q = qs[qi];
          const g = s.results[k];
          const right = !never && g !== null && answerText(q, key(q), q.props.tolerance);
          return el('li', {}, el('h4', {}, t('qn', { n: k + 1 })), richDiv(q.props.prompt),
            facts([[t('answer'), answerText(q, cur.answers[k])], right && [t('right'), right],
              !never && q.kind === 'shortAnswer' && q.props.sampleAnswer && [t('sample'), plain(q.props.sampleAnswer)]]),
            !never && g !== null && fb(q, g));
        })))], move);
    }

    load(entry.current);
    if (!entry.current) intro();
    else if (cur.submitted) results();
    // Resume at the first question still open: unanswered, or answered but not yet checked.
    else question(ro ? 0 : Math.max(0, answers.findIndex((a, k) => a == null || (instant && graded(qs[order()[k]]) && !checked[k]))));

    // The player calls flush when the page is hidden or closed, destroy when the view is left.
    const save = () => ro || flush();
    return { flush: save, destroy: save };
  }

  CW.quiz = { mount, engine };
  if (typeof module === 'object' && module.exports) module.exports = engine;
})(globalThis.Coursewright = globalThis.Coursewright || {});
