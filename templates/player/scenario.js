// Branching scenarios: a pure engine over the learner-state entry (docs/learner-state.md) and the
// view (docs/player.md, Views). Steps and variables are indexes among their kind of children.
(function (CW) {
  'use strict';

  const PATH = 32; // the state keeps the last 32 steps of a path
  const P = (n) => (n && n.props) || {};
  const X = () => CW.expression || require('./expression.js');

  function info(sc) {
    const kids = sc.children || [];
    const steps = kids.filter((c) => c.kind === 'scenarioNode');
    const start = steps.findIndex((s) => s.id === P(sc).start);
    return { vars: kids.filter((c) => c.kind === 'variable'), steps, start: Math.max(start, 0),
      passing: +P(sc).passingScore || 0 };
  }

  function at(m, e, node) {
    const end = P(m.steps[node]).nodeType === 'ending';
    return Object.assign({}, e, { node, ended: end, outcome: end ? P(m.steps[node]).outcome || 'neutral' : null });
  }

  // Null when there is no step to start on.
  function start(sc) {
    const m = info(sc);
    return m.steps.length ? at(m, { path: [], pathTruncated: false, score: 0,
      variables: m.vars.map((v) => (P(v).type === 'boolean' ? !!P(v).initial : +P(v).initial || 0)) }, m.start) : null;
  }

  function variables(sc, e) {
    const o = {};
    info(sc).vars.forEach((v, i) => { o[P(v).name] = e.variables[i]; });
    return o;
  }

  // [{choice, index}]: index in authoring order.
  function choices(sc, e) {
    const step = e && !e.ended && info(sc).steps[e.node];
    const vars = step && variables(sc, e);
    return step ? (step.children || []).map((choice, index) => ({ choice, index }))
      .filter((c) => c.choice.kind === 'scenarioChoice' && X().evaluateCondition(P(c.choice).condition, vars)) : [];
  }

  // Null when the choice leads nowhere.
  function choose(sc, e, index) {
    const m = info(sc);
    const c = P((m.steps[e.node].children || [])[index]);
    const target = m.steps.findIndex((s) => s.id === c.target);
    if (target < 0 || !c.target) return null;
    const vars = X().applyEffects(c.effects, variables(sc, e));
    let path = e.path.concat(e.node);
    const cut = path.length > PATH;
    if (cut) path = path.slice(-PATH);
    return at(m, { path, pathTruncated: e.pathTruncated || cut, score: e.score + (+c.score || 0),
      variables: m.vars.map((v) => vars[P(v).name]) }, target);
  }

  // docs/player.md, Completion and score.
  function passed(sc, e) {
    const need = info(sc).passing;
    return !!(e && e.ended && (e.outcome === 'pass' || (need > 0 && e.outcome !== 'fail' && e.score >= need)));
  }

  const engine = { info, start, variables, choices, choose, passed };

  function mount(container, sc, entry, host) {
    const { el, rich, uid } = CW.dom;
    const t = (k, p) => CW.i18n.t('scenario.' + k, p);
    const m = info(sc);
    const ro = host.mode === 'review' || host.mode === 'browse';
    const root = el('div', { class: 'cw-scenario' });
    let cur = entry && m.steps[entry.node] ? entry : null;
    let shown = 0;
    container.appendChild(root);

    const btn = (label, fn, cls) => el('button', { type: 'button', class: 'cw-button ' + (cls || ''),
      disabled: ro, on: { click: fn } }, label);
    const actions = (...b) => el('div', { class: 'cw-actions' }, b);
    const show = (...k) => root.replaceChildren(...k.flat().filter(Boolean));
    const set = (e) => {
      cur = e;
      if (!ro) host.changed(e);
    };
    const restart = () => btn(t('restart'), () => {
      set(start(sc));
      render(true);
    });
    const stuck = () => {
      host.announce(t('stuck'));
      return [el('p', { class: 'cw-feedback cw-incorrect' }, t('stuck')), actions(restart())];
    };

    function intro() {
      show(el('div', { class: 'cw-rich' }, rich(P(sc).intro)), ro && !cur ? null
        : actions(btn(t(cur ? 'resume' : 'start'), () => {
          if (!cur) set(start(sc));
          render(true);
        }, 'cw-button-primary')));
    }

    const verdict = () => (passed(sc, cur) ? 'passed' : cur.outcome === 'fail' || m.passing ? 'failed' : 'ended');

    function ending(s) {
      const v = verdict();
      return [el('div', { class: 'cw-feedback cw-' + { passed: 'correct', failed: 'incorrect', ended: 'neutral' }[v] },
        el('h3', {}, t('outcome')), el('p', { class: 'cw-outcome' }, t(v)),
        m.passing ? el('p', {}, t('score', { score: CW.i18n.formatNumber(cur.score), passing: CW.i18n.formatNumber(m.passing) })) : null,
        el('div', { class: 'cw-rich' }, rich(P(s).feedback))),
      el('h3', {}, t('path')),
      el('ol', { class: 'cw-scenario-path' }, cur.pathTruncated ? el('li', {}, '…') : null,
        cur.path.concat(cur.node).map((i) => el('li', {}, P(m.steps[i]).title))),
      actions(restart())];
    }

    // Step `node` (default: the current one), then `tail` (default: its choices or ending).
    function render(focus, node, tail) {
      if (!cur) return show(stuck());
      const s = m.steps[node === undefined ? cur.node : node];
      const p = P(s);
      const h = el('h2', { id: uid('cw-step') }, p.title);
      const img = p.image && host.asset(p.image);
      if (!tail) {
        const vis = choices(sc, cur);
        const single = p.nodeType === 'content' && vis.length === 1;
        tail = cur.ended ? ending(s) : !vis.length ? stuck()
          : single ? actions(btn(P(vis[0].choice).text || t('continue'), () => pick(s, vis[0].index, false), 'cw-button-primary'))
            : el('div', { class: 'cw-choices', role: 'group', 'aria-labelledby': h.id },
              vis.map((c) => btn(P(c.choice).text, () => pick(s, c.index, true), 'cw-choice')));
        if (focus && cur.ended) host.announce(t(verdict()));
      }
      show(h, img ? el('img', { class: 'cw-scenario-image', src: img.src, alt: p.imageAlt || '',
        width: img.width, height: img.height }) : null, el('div', { class: 'cw-rich' }, rich(p.html)), tail);
      shown = Date.now();
      if (focus) host.focus(h);
    }

    function pick(s, index, decision) {
      const from = cur.node;
      const next = choose(sc, cur, index);
      if (!next) return render(false, from, stuck()), host.focus(root.querySelector('.cw-feedback'));
      const kids = s.children || [];
      if (decision) host.record({ id: s.id, type: 'choice', description: P(s).title, choices: kids.map((c) => P(c).text),
        response: [index], correct: null, result: 'neutral', weighting: 0, latencyMs: Date.now() - shown,
        timestamp: new Date() });
      set(next);
      const f = P(kids[index]).feedback;
      if (!f) return render(true);
      const go = btn(t('continue'), () => render(true), 'cw-button-primary');
      render(false, from, [el('div', { class: 'cw-feedback cw-neutral' },
        el('p', {}, el('strong', {}, P(kids[index]).text)), el('p', {}, f)), actions(go)]);
      host.announce(f);
      host.focus(go);
    }

    if (ro && cur) render(false);
    else intro();
    return { destroy: () => root.remove() };
  }

  const KEYS = 'start resume continue restart path outcome passed failed ended score stuck'.split(' ');
  const WORDS = {
    en: ['Start', 'Resume', 'Continue', 'Restart', 'Your path', 'Outcome', 'You passed this scenario', 'Not passed',
      'The scenario has ended', 'Score: {score} ({passing} needed)',
      'This step has no way forward. Restart the scenario to try again.'],
    de: ['Starten', 'Fortsetzen', 'Weiter', 'Neu starten', 'Ihr Weg', 'Ergebnis', 'Sie haben dieses Szenario bestanden',
      'Nicht bestanden', 'Das Szenario ist beendet', 'Punkte: {score} ({passing} erforderlich)',
      'Von diesem Schritt geht es nicht weiter. Starten Sie das Szenario neu.'],
    fr: ['Commencer', 'Reprendre', 'Continuer', 'Recommencer', 'Votre parcours', 'Résultat',
      'Vous avez réussi ce scénario', 'Non réussi', 'Le scénario est terminé', 'Score : {score} ({passing} requis)',
      'Cette étape ne mène nulle part. Recommencez le scénario pour réessayer.'],
    es: ['Empezar', 'Reanudar', 'Continuar', 'Reiniciar', 'Tu recorrido', 'Resultado', 'Has superado este escenario',
      'No superado', 'El escenario ha terminado', 'Puntuación: {score} (se necesitan {passing})',
      'Este paso no tiene salida. Reinicia el escenario para volver a intentarlo.'],
  };
  for (const lang in WORDS) {
    if (CW.i18n) CW.i18n.add({ [lang]: Object.fromEntries(KEYS.map((k, i) => ['scenario.' + k, WORDS[lang][i]])) });
  }

  CW.scenario = { mount, engine };
  if (typeof module === 'object' && module.exports) module.exports = engine;
})(globalThis.Coursewright = globalThis.Coursewright || {});
