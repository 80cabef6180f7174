// The shell (docs/player.md): boots the course, lays out header, menu and item, navigates, keeps
// the learner state and reports progress, score and status through the tracker.
(function (CW) {
  'use strict';

  const { el, focus, announce } = CW.dom;
  const t = (key, params) => CW.i18n.t(key, params);

  CW.i18n.add({
    en: { 'nav.skip': 'Skip to content', 'nav.menu': 'Menu', 'nav.courseMenu': 'Course menu', 'nav.previous': 'Previous',
      'nav.next': 'Next', 'nav.module': 'Module {n} of {m}', 'nav.page': 'Part {n} of {m}', 'nav.progress': '{n} of {m} viewed',
      'nav.progressLabel': 'Course progress', 'nav.locked': 'locked', 'nav.visited': 'visited',
      'nav.complete': 'Course complete', 'nav.finished': 'You have finished the course.',
      'nav.empty': 'This course has no content yet.', 'nav.broken': 'This course could not be loaded',
      'nav.brokenHelp': 'The package may be incomplete or damaged. Please contact the course provider.',
      'nav.unavailable': 'This part of the course cannot be shown.', 'nav.pager': 'Pages',
      'nav.no-lms': 'Not connected to a learning platform: your progress is not being recorded.',
      'nav.resumeAsk': 'Welcome back. Continue where you left off?', 'nav.resume': 'Resume', 'nav.restart': 'Start over', 'nav.exit': 'Exit',
      'nav.exited': 'You have left the course. You can close this window.',
      'nav.ended': 'This session has ended: return to the learning platform to continue.',
      'nav.return': 'Return to the learning platform' },
    de: { 'nav.skip': 'Zum Inhalt springen', 'nav.menu': 'Menü', 'nav.courseMenu': 'Kursmenü', 'nav.previous': 'Zurück',
      'nav.next': 'Weiter', 'nav.module': 'Modul {n} von {m}', 'nav.page': 'Teil {n} von {m}', 'nav.progress': '{n} von {m} angesehen',
      'nav.progressLabel': 'Kursfortschritt', 'nav.locked': 'gesperrt', 'nav.visited': 'angesehen',
      'nav.complete': 'Kurs abgeschlossen', 'nav.finished': 'Sie haben den Kurs abgeschlossen.',
      'nav.empty': 'Dieser Kurs hat noch keine Inhalte.', 'nav.broken': 'Dieser Kurs konnte nicht geladen werden',
      'nav.brokenHelp': 'Das Paket ist möglicherweise unvollständig oder beschädigt. Bitte wenden Sie sich an den Anbieter des Kurses.',
      'nav.unavailable': 'Dieser Teil des Kurses kann nicht angezeigt werden.', 'nav.pager': 'Seiten',
      'nav.no-lms': 'Nicht mit einer Lernplattform verbunden: Ihr Fortschritt wird nicht gespeichert.',
      'nav.resumeAsk': 'Willkommen zurück. Dort weitermachen, wo Sie aufgehört haben?', 'nav.resume': 'Fortsetzen',
      'nav.restart': 'Neu beginnen', 'nav.exit': 'Beenden',
      'nav.exited': 'Sie haben den Kurs verlassen. Sie können dieses Fenster schließen.',
      'nav.ended': 'Diese Sitzung ist beendet: Kehren Sie zur Lernplattform zurück, um weiterzumachen.',
      'nav.return': 'Zurück zur Lernplattform' },
    fr: { 'nav.skip': 'Aller au contenu', 'nav.menu': 'Menu', 'nav.courseMenu': 'Menu du cours', 'nav.previous': 'Précédent',
      'nav.next': 'Suivant', 'nav.module': 'Module {n} sur {m}', 'nav.page': 'Partie {n} sur {m}', 'nav.progress': '{n} sur {m} consultés',
      'nav.progressLabel': 'Progression dans le cours', 'nav.locked': 'verrouillé', 'nav.visited': 'consulté',
      'nav.complete': 'Cours terminé', 'nav.finished': 'Vous avez terminé le cours.',
      'nav.empty': 'Ce cours n’a pas encore de contenu.', 'nav.broken': 'Impossible de charger ce cours',
      'nav.brokenHelp': 'Le paquet est peut-être incomplet ou endommagé. Veuillez contacter le fournisseur du cours.',
      'nav.unavailable': 'Cette partie du cours ne peut pas être affichée.', 'nav.pager': 'Pages',
      'nav.no-lms': 'Non connecté à une plateforme de formation : votre progression n’est pas enregistrée.',
      'nav.resumeAsk': 'Bon retour ! Reprendre là où vous en étiez ?', 'nav.resume': 'Reprendre',
      'nav.restart': 'Recommencer', 'nav.exit': 'Quitter',
      'nav.exited': 'Vous avez quitté le cours. Vous pouvez fermer cette fenêtre.',
      'nav.ended': 'Cette session est terminée : retournez sur la plateforme de formation pour continuer.',
      'nav.return': 'Retour à la plateforme de formation' },
    es: { 'nav.skip': 'Saltar al contenido', 'nav.menu': 'Menú', 'nav.courseMenu': 'Menú del curso', 'nav.previous': 'Anterior',
      'nav.next': 'Siguiente', 'nav.module': 'Módulo {n} de {m}', 'nav.page': 'Parte {n} de {m}', 'nav.progress': '{n} de {m} vistos',
      'nav.progressLabel': 'Progreso del curso', 'nav.locked': 'bloqueado', 'nav.visited': 'visto',
      'nav.complete': 'Curso completado', 'nav.finished': 'Has terminado el curso.',
      'nav.empty': 'Este curso aún no tiene contenido.', 'nav.broken': 'No se pudo cargar este curso',
      'nav.brokenHelp': 'Es posible que el paquete esté incompleto o dañado. Ponte en contacto con el proveedor del curso.',
      'nav.unavailable': 'Esta parte del curso no se puede mostrar.', 'nav.pager': 'Páginas',
      'nav.no-lms': 'Sin conexión con una plataforma de aprendizaje: tu progreso no se está registrando.',
      'nav.resumeAsk': 'Hola de nuevo. ¿Quieres continuar donde lo dejaste?', 'nav.resume': 'Continuar',
      'nav.restart': 'Empezar de nuevo', 'nav.exit': 'Salir',
      'nav.exited': 'Has salido del curso. Puedes cerrar esta ventana.',
      'nav.ended': 'Esta sesión ha terminado: vuelve a la plataforma de aprendizaje para continuar.',
      'nav.return': 'Volver a la plataforma de aprendizaje' },
  });

  // Local stacks only: nothing is downloaded.
  const FONTS = {
    system: 'system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif',
    sans: '"Helvetica Neue",Helvetica,Arial,"Liberation Sans",sans-serif',
    serif: 'Georgia,Cambria,"Times New Roman","Liberation Serif",serif',
    rounded: 'ui-rounded,"SF Pro Rounded","Arial Rounded MT Bold",Nunito,system-ui,sans-serif',
    mono: 'ui-monospace,"SF Mono",Menlo,Consolas,"Liberation Mono",monospace',
  };
  const lum = (rgb) => rgb.reduce((sum, c, i) => {
    c /= 255;
    return sum + [0.2126, 0.7152, 0.0722][i] * (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  }, 0);
  const contrast = (a, b) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

  function theme(p) {
    const html = document.documentElement;
    const hex = /^#[0-9a-f]{6}$/i.test(p.themeColor) ? p.themeColor : '#1f5f99';
    let rgb = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    // The accent also colours links, borders and focus rings on the light surface (#f4f5f7), so a
    // pale brand colour is darkened until it reads there at 4.5:1.
    while (contrast(lum(rgb), 0.91) < 4.5) rgb = rgb.map((c) => Math.floor(c * 0.92));
    const dark = contrast(lum(rgb), 0) > contrast(lum(rgb), 1);
    html.style.setProperty('--cw-accent', `rgb(${rgb})`);
    html.style.setProperty('--cw-accent-text', dark ? '#000' : '#fff');
    html.style.setProperty('--cw-font', FONTS[p.font] || FONTS.system);
    html.lang = p.language || html.lang || 'en';
    document.title = p.title || document.title;
  }

  let course, props, modules, items, shape, state, tracker, info, mode;
  let current = -1;
  let view = null;
  let lastScore = null;
  let prefix = 0; // items 0..prefix-1 are all visited
  let wanted; // the item asked for last
  const ui = {};
  const loading = {};
  const asset = (hash) => (hash && CW.data.assets && CW.data.assets[hash]) || null;
  const title = (node) => (node.props && node.props.title) || '';

  function fresh() {
    const of = (kind, make) => items.filter((it) => it.kind === kind).map(make);
    return { location: { module: 0, item: 0 }, visited: items.map(() => false),
      quizzes: of('quiz', () => ({ attemptsUsed: 0, bestScore: 0, passed: false, current: null })),
      scenarios: of('scenario', () => null) };
  }

  // A saved state from another version of the course, or a damaged one, starts afresh.
  function restore(text) {
    if (!text) return fresh();
    try {
      const r = CoursewrightState.decode(text, shape);
      if (r.state && !r.error) return r.state;
      console.warn('Coursewright: saved progress not usable (' + r.error.code + '); starting afresh');
    } catch (e) {
      console.warn('Coursewright: saved progress not usable; starting afresh', e);
    }
    return fresh();
  }

  function save() {
    try {
      tracker.saveState(CoursewrightState.encode(state, shape), state.location.module + '.' + state.location.item);
    } catch (e) {
      console.warn('Coursewright: progress not saved', e);
    }
  }

  // Sequential courses open an item once every earlier one was visited; review and browse are free.
  const open = (f) => mode !== 'normal' || props.navigation !== 'sequential' || f <= prefix;

  // An item's children (page blocks, questions, scenario steps) come in a script per module
  // (docs/player.md): <script> works from file://, fetch does not. Settles on failure too; the
  // next visit asks again.
  function load(m) {
    const src = (CW.data.parts || [])[m];
    return !src || (CW.parts || {})[m] ? Promise.resolve() : loading[m] || (loading[m] = new Promise((done) =>
      document.head.append(el('script', { src, on: { load: done, error: () => done(delete loading[m]) } }))));
  }
  // undefined while the module's script is not loaded; an item the script leaves out has none.
  function childrenOf(it) {
    if (!CW.data.parts) return it.node.children || [];
    if (!CW.data.parts[it.module]) return [];
    const part = (CW.parts || {})[it.module];
    return part && (part[it.node.id] || []);
  }

  function menu(show) {
    ui.toggle.setAttribute('aria-expanded', String(show));
    document.body.classList.toggle('cw-menu-open', show);
  }

  // Built once, after the first page is shown, then only changed buttons are marked: a step costs
  // the same at 10 items or 2,000. Modules out of view are not laid out.
  function renderMenu() {
    const proto = el('li', null, el('button', { type: 'button', class: 'cw-menu-item' },
      el('span', { class: 'cw-nav-mark', 'aria-hidden': 'true' }), '', el('span', { class: 'cw-visually-hidden' }),
      el('span', { class: 'cw-locked' })));
    ui.nav.append(el('ol', { class: 'cw-menu', on: { click: (e) => (e = e.target.closest('button')) && go(+e.value, true) } },
      modules.map((m, mi) => {
        const li = el('li', null, el('span', { class: 'cw-menu-module', id: 'cw-module-' + mi }, title(m.node)),
          el('ol', { 'aria-labelledby': 'cw-module-' + mi }, m.items.map((it) => {
            const item = proto.cloneNode(true);
            const b = ui.items[it.flat] = item.firstChild;
            b.value = it.flat;
            b.childNodes[1].data = title(it.node);
            return item;
          })));
        li.style.contentVisibility = 'auto';
        li.style.containIntrinsicSize = `auto ${m.items.length * 44 + 40}px`;
        return li;
      })));
    items.forEach((it) => mark(it.flat));
  }

  function mark(f) {
    const b = ui.items[f];
    if (!b) return;
    const seen = state.visited[f];
    b.disabled = !open(f);
    if (f === current) b.setAttribute('aria-current', 'page');
    else b.removeAttribute('aria-current');
    b.firstChild.textContent = seen ? '✓' : '';
    b.childNodes[2].textContent = seen ? ` (${t('nav.visited')})` : '';
    b.lastChild.textContent = b.disabled ? ` (${t('nav.locked')})` : '';
  }

  // Progress, menu, pager and what the tracker hears, after every navigation and view change.
  function update() {
    const seen = state.visited.filter(Boolean).length;
    ui.progress.value = seen;
    ui.progressText.textContent = t('nav.progress', { n: seen, m: items.length });
    const it = items[current];
    const inModule = modules[it.module].items.length;
    ui.prev.disabled = current <= 0;
    ui.next.disabled = current >= items.length - 1 || !open(current + 1);
    ui.where.textContent = t('nav.module', { n: it.module + 1, m: modules.length }) + ' · ' +
      t('nav.page', { n: it.item + 1, m: inModule });
    // Rounded: 0.7 * 100 is 70.00000000000001, which a score of 70 would miss.
    const mastery = info.masteryScore === null || info.masteryScore === undefined ? null
      : Math.round(info.masteryScore * 1e6) / 1e4;
    const r = CW.completion.evaluate(course, state, mastery);
    ui.notice.replaceChildren(r.complete && current === items.length - 1
      ? el('p', { class: 'cw-feedback cw-correct' }, el('strong', null, t('nav.complete')), ' ', t('nav.finished')) : '');
    tracker.setProgress(items.length ? seen / items.length : 1);
    if (r.score !== null && r.score !== lastScore && state.quizzes.some((q) => q && q.attemptsUsed > 0)) {
      lastScore = r.score;
      tracker.setScore({ scaled: r.score / 100, raw: r.score, min: 0, max: 100 });
    }
    if (r.complete) tracker.complete();
    if (r.passed) tracker.pass();
    else if (r.failed) tracker.fail();
  }

  function flushView() {
    try {
      if (view) view.flush();
    } catch (e) {
      console.warn(e);
    }
  }

  const unavailable = () => el('p', { class: 'cw-feedback cw-neutral' }, t('nav.unavailable'));

  function mount(it, children) {
    const engine = CW[it.kind]; // Coursewright.quiz or Coursewright.scenario
    const list = it.kind === 'quiz' ? state.quizzes : state.scenarios;
    const box = el('div', { class: 'cw-view' });
    ui.content.append(box);
    if (!engine || !engine.mount) return box.append(unavailable());
    let live = true; // a view left behind can no longer write
    const host = {
      changed(entry) {
        if (!live) return;
        list[it.index] = entry;
        update();
        save();
        tracker.commit();
      },
      record: (interaction) => live && tracker.recordInteraction(interaction),
      asset, announce, focus, mode,
      passingScore: it.node.props.passingScore,
      random: () => (CW.random || Math.random)(),
    };
    try {
      const v = engine.mount(box, Object.assign({}, it.node, { children }), list[it.index], host);
      // The view may save once more while it is taken down (a text field left mid-edit).
      view = {
        flush() {
          if (v && v.flush) v.flush();
        },
        destroy() {
          if (v && v.destroy) v.destroy();
          live = false;
        },
      };
    } catch (e) {
      console.warn('Coursewright: cannot show', title(it.node), e);
      box.replaceChildren(unavailable());
    }
  }

  function go(f, moveFocus, loaded) {
    if (!(f >= 0 && f < items.length) || !open(f)) return;
    const it = items[f];
    const children = childrenOf(it);
    wanted = f;
    if (!children && !loaded) return load(it.module).then(() => wanted === f && go(f, moveFocus, true));
    try {
      if (view) view.destroy();
    } catch (e) {
      console.warn(e);
    }
    view = null;
    const was = current;
    const from = prefix;
    current = f;
    state.location = { module: it.module, item: it.item };
    state.visited[f] = true;
    while (state.visited[prefix]) prefix++;
    menu(false);
    ui.title.textContent = title(it.node);
    ui.content.replaceChildren();
    if (it.kind === 'page') {
      if (!CW.blocks || !children) ui.content.append(unavailable());
      const ctx = { asset, language: CW.i18n.language };
      for (const child of children || []) {
        try {
          const block = CW.blocks && CW.blocks.render(child, ctx);
          if (block) ui.content.append(block);
        } catch (e) {
          console.warn('Coursewright: cannot show a block', child.kind, e);
        }
      }
    } else if (children) {
      mount(it, children);
    } else {
      ui.content.append(unavailable());
    }
    // The only buttons that can change: the items left and opened, and the newly unlocked.
    if (was >= 0) mark(was);
    for (let i = from; i <= prefix; i++) mark(i);
    mark(f);
    tracker.visit({ id: it.node.id, title: title(it.node), kind: it.kind });
    update();
    save();
    window.scrollTo(0, 0);
    if (moveFocus) focus(ui.title, true); // at the top already: no layout to scroll it into view
    (window.requestIdleCallback || setTimeout)(() => items[f + 1] && load(items[f + 1].module));
  }

  function layout() {
    const logo = asset(props.logo);
    ui.toggle = el('button', { type: 'button', class: 'cw-button cw-menu-toggle', 'aria-expanded': 'false',
      'aria-controls': 'cw-nav', on: { click: () => menu(ui.toggle.getAttribute('aria-expanded') !== 'true') } }, t('nav.menu'));
    ui.nav = el('nav', { id: 'cw-nav', class: 'cw-nav', 'aria-label': t('nav.courseMenu') });
    ui.progress = el('progress', { max: Math.max(items.length, 1), value: 0, 'aria-label': t('nav.progressLabel') });
    ui.progressText = el('span');
    ui.title = el('h1', { class: 'cw-title', tabindex: '-1' });
    ui.content = el('div', { class: 'cw-content' });
    ui.prev = el('button', { type: 'button', class: 'cw-button', on: { click: () => go(current - 1, true) } }, '← ' + t('nav.previous'));
    ui.next = el('button', { type: 'button', class: 'cw-button cw-button-primary', on: { click: () => go(current + 1, true) } },
      t('nav.next') + ' →');
    ui.where = el('span', { class: 'cw-where' });
    ui.notice = el('div', { class: 'cw-notice' });
    document.body.append(
      el('a', { class: 'cw-skip', href: '#cw-main', on: { click: (e) => e.preventDefault() || focus(ui.title) } }, t('nav.skip')),
      el('header', { class: 'cw-header' },
        logo && el('img', { class: 'cw-logo', src: logo.src, alt: props.logoAlt || '' }),
        el('p', { class: 'cw-course-title' }, props.title || ''),
        items.length ? el('div', { class: 'cw-progress' }, ui.progress, ui.progressText) : null,
        items.length ? ui.toggle : null,
        info.exit ? el('button', { type: 'button', class: 'cw-button cw-exit', on: { click: leave } }, t('nav.exit')) : null),
      el('div', { class: 'cw-layout' }, items.length ? ui.nav : null,
        el('main', { id: 'cw-main', class: 'cw-main' }, ui.title, ui.content, ui.notice,
          items.length ? el('nav', { class: 'cw-pager', 'aria-label': t('nav.pager') }, ui.prev, ui.where, ui.next) : null,
          info.notice ? el('p', { class: 'cw-note' }, t('nav.' + info.notice), returnLink()) : null)));
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && document.body.classList.contains('cw-menu-open')) {
        menu(false);
        focus(ui.toggle);
      }
    });
    ui.items = [];
  }

  // The platform's page for a session that has ended (cmi5 returnURL): web addresses only.
  function returnLink() {
    const url = /^https?:\/\//i.test(info.returnURL || '') ? info.returnURL : null;
    return url && [' ', el('a', { href: url }, t('nav.return'))];
  }

  // The Exit button (start info exit): saves, ends the session (the adapter may then go to the
  // platform's returnURL) and says the window can be closed.
  function leave() {
    flushView();
    save();
    try {
      if (view) view.destroy();
    } catch (e) {
      console.warn(e);
    }
    view = null;
    tracker.exit(!tracker.finished);
    const h = el('h1', { class: 'cw-title' }, props.title || '');
    document.body.replaceChildren(el('main', { id: 'cw-main', class: 'cw-main' }, h, el('p', null, t('nav.exited'))));
    focus(h);
  }

  // The adapter found a saved attempt and the export says to ask: true resumes it.
  function ask() {
    const label = CW.dom.uid('cw-ask');
    return new Promise((done) => {
      const answer = (keep) => () => {
        box.remove();
        done(keep);
      };
      const box = el('main', { class: 'cw-main' }, el('h1', { class: 'cw-title' }, props.title || ''),
        el('div', { role: 'group', 'aria-labelledby': label },
          el('div', { class: 'cw-card' }, el('p', { id: label }, t('nav.resumeAsk')), el('div', { class: 'cw-actions' },
            el('button', { type: 'button', class: 'cw-button cw-button-primary', on: { click: answer(true) } }, t('nav.resume')),
            el('button', { type: 'button', class: 'cw-button', on: { click: answer(false) } }, t('nav.restart'))))));
      document.body.append(box);
      focus(box.querySelector('button'));
    });
  }

  function broken() {
    document.body.append(el('main', { class: 'cw-main cw-broken' }, el('h1', null, t('nav.broken')), el('p', null, t('nav.brokenHelp'))));
  }

  async function boot() {
    const data = CW.data;
    course = data && data.course;
    if (!course || typeof course !== 'object' || !Array.isArray(course.children)) return broken();
    props = course.props || {};
    CW.i18n.setLanguage(props.language);
    theme(props);
    modules = CW.completion.layout(course);
    items = [].concat(...modules.map((m) => m.items));
    try {
      shape = data.shape || CoursewrightState.shapeFromCourse(course);
    } catch (e) {
      console.warn('Coursewright: progress cannot be saved', e);
    }
    const make = (CW.adapters || {})[data.adapter || 'standalone'];
    let adapter = null;
    try {
      adapter = make({ id: props.identifier || course.id, title: props.title || '', language: props.language, course,
        tracking: data.tracking || {} });
    } catch (e) {
      console.warn('Coursewright: no tracking', e);
    }
    // Leaving saves what the open view still holds (an answer typed a moment ago) before the
    // tracker commits and exits: listeners run in the order added, so these come first.
    window.addEventListener('pagehide', flushView);
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flushView());
    tracker = CW.tracking.create(adapter);
    info = await tracker.start();
    mode = info.mode;
    // The learner's own language (cmi5 learner preferences: "fr-FR,en"): the first one with words.
    const own = String(info.language || '').split(',').find((tag) => CW.i18n.has(tag.trim()));
    if (own) CW.i18n.setLanguage(own.trim());
    // Starting over leaves the saved attempt to be overwritten by the first save.
    const asked = !!(info.askResume && info.state && items.length);
    if (asked && !(await ask())) info.state = info.location = null;
    state = restore(info.state);
    while (state.visited[prefix]) prefix++;
    layout();
    if (!items.length) {
      ui.title.textContent = props.title || '';
      return ui.content.append(el('p', null, t('nav.empty')));
    }
    let at = items.findIndex((it) => it.module === state.location.module && it.item === state.location.item);
    if (!info.state && info.location) at = items.findIndex((it) => `${it.module}.${it.item}` === info.location);
    if (at < 0) at = 0;
    if (!open(at)) at = Math.max(0, state.visited.indexOf(false));
    Promise.resolve(go(at, asked)).then(() => requestAnimationFrame(() => setTimeout(renderMenu)));
  }

  CW.player = { state: () => state, go: (f) => go(f, true) };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
  else boot();
})(globalThis.Coursewright = globalThis.Coursewright || {});
