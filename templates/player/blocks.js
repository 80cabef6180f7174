// Renders one content block (docs/player.md, "Blocks"). Plain-text properties go through
// textContent only, rich text through dom.rich only: course data never reaches innerHTML.
(function (CW) {
  'use strict';

  const WORDS = {
    en: { 'block.info': 'Note', 'block.tip': 'Tip', 'block.warning': 'Warning', 'block.important': 'Important',
      'block.transcript': 'Transcript', 'block.captions': 'Captions', 'block.missing': 'Media file missing',
      'block.video': 'Video', 'block.audio': 'Audio' },
    de: { 'block.info': 'Hinweis', 'block.tip': 'Tipp', 'block.warning': 'Warnung', 'block.important': 'Wichtig',
      'block.transcript': 'Transkript', 'block.captions': 'Untertitel', 'block.missing': 'Mediendatei fehlt',
      'block.video': 'Video', 'block.audio': 'Audio' },
    fr: { 'block.info': 'Remarque', 'block.tip': 'Astuce', 'block.warning': 'Attention', 'block.important': 'Important',
      'block.transcript': 'Transcription', 'block.captions': 'Sous-titres', 'block.missing': 'Fichier média manquant',
      'block.video': 'Vidéo', 'block.audio': 'Audio' },
    es: { 'block.info': 'Nota', 'block.tip': 'Consejo', 'block.warning': 'Advertencia', 'block.important': 'Importante',
      'block.transcript': 'Transcripción', 'block.captions': 'Subtítulos', 'block.missing': 'Falta el archivo multimedia',
      'block.video': 'Vídeo', 'block.audio': 'Audio' },
  };
  if (CW.i18n) CW.i18n.add(WORDS);

  const t = (key) => CW.i18n.t(key);
  const STYLES = ['info', 'tip', 'warning', 'important'];

  function asset(ctx, hash) {
    return (hash && ctx && ctx.asset && ctx.asset(hash)) || null;
  }

  const missing = (extra) => CW.dom.el('p', { class: 'cw-missing', text: t('block.missing') + (extra ? ': ' + extra : '') });

  function image(p, ctx) {
    const { el } = CW.dom;
    const a = asset(ctx, p.asset);
    const alt = p.decorative ? '' : p.alt || '';
    return el('figure', { class: 'cw-figure' },
      a ? el('img', { src: a.src, alt, width: a.width || null, height: a.height || null, loading: 'lazy',
        decoding: 'async' }) : missing(alt),
      p.caption ? el('figcaption', { text: p.caption }) : null);
  }

  // Video and audio: native controls, captions track, transcript in a <details> disclosure.
  function media(tag, p, ctx) {
    const { el, rich } = CW.dom;
    const a = asset(ctx, p.asset);
    const captions = asset(ctx, p.captions);
    const poster = tag === 'video' ? asset(ctx, p.poster) : null;
    const player = a && el(tag, { controls: true, preload: 'metadata', 'aria-label': p.title || t('block.' + tag),
      poster: poster && poster.src, width: tag === 'video' && a.width || null, height: tag === 'video' && a.height || null },
    el('source', { src: a.src, type: a.mimeType || null }),
    captions && el('track', { kind: 'captions', src: captions.src, srclang: ctx.language || null,
      label: t('block.captions'), default: true }));
    return el('figure', { class: 'cw-media cw-' + tag },
      p.title ? el('figcaption', { text: p.title }) : null,
      player || missing(),
      p.transcript ? el('details', { class: 'cw-transcript' },
        el('summary', { text: t('block.transcript') }), el('div', {}, rich(p.transcript))) : null);
  }

  function callout(p) {
    const { el, rich } = CW.dom;
    const style = STYLES.includes(p.style) ? p.style : 'info';
    return el('div', { class: 'cw-callout cw-callout-' + style, role: 'note' },
      el('p', { class: 'cw-callout-head' },
        el('span', { class: 'cw-callout-word', text: t('block.' + style) }),
        p.title ? el('span', { class: 'cw-visually-hidden', text: ': ' }) : null,
        p.title ? el('strong', { text: p.title }) : null),
      el('div', { class: 'cw-callout-body' }, rich(p.html)));
  }

  const panels = (node) => (node.children || []).filter((c) => c.kind === 'panel');

  // WAI-ARIA accordion: heading > button[aria-expanded] controlling a region. Panels use
  // hidden="until-found" so the browser's find-in-page can still open them.
  function accordion(node, p) {
    const { el, rich, uid } = CW.dom;
    const level = p.title ? 'h3' : 'h2';
    return el('div', { class: 'cw-accordion' },
      p.title ? el('h2', { text: p.title }) : null,
      panels(node).map((panel) => {
        const id = uid('cw-acc');
        const body = el('div', { id: id + '-p', role: 'region', 'aria-labelledby': id, class: 'cw-accordion-panel',
          hidden: 'until-found', on: { beforematch: () => set(true) } }, rich(panel.props.html));
        const button = el('button', { type: 'button', id, 'aria-expanded': 'false', 'aria-controls': id + '-p',
          on: { click: () => set(button.getAttribute('aria-expanded') !== 'true') } }, panel.props.title || '');
        function set(open) {
          button.setAttribute('aria-expanded', String(open));
          if (open) body.removeAttribute('hidden');
          else body.setAttribute('hidden', 'until-found');
        }
        return el('div', { class: 'cw-accordion-item' }, el(level, { class: 'cw-accordion-head' }, button), body);
      }));
  }

  // WAI-ARIA tabs with automatic activation and a roving tabindex.
  function tabs(node, p) {
    const { el, rich, uid } = CW.dom;
    const titleId = p.title ? uid('cw-tabs') : null;
    const list = panels(node);
    const tabEls = [];
    const panelEls = [];
    function select(index, focus) {
      tabEls.forEach((tab, i) => {
        const on = i === index;
        tab.setAttribute('aria-selected', String(on));
        tab.tabIndex = on ? 0 : -1;
        panelEls[i].hidden = !on;
      });
      if (focus) tabEls[index].focus();
    }
    function keydown(event) {
      const n = tabEls.length;
      const i = tabEls.indexOf(event.target);
      const next = { ArrowRight: i + 1, ArrowLeft: i - 1 + n, Home: 0, End: n - 1 }[event.key];
      if (i < 0 || next === undefined) return;
      event.preventDefault();
      select(next % n, true);
    }
    list.forEach((panel, i) => {
      const id = uid('cw-tab');
      tabEls.push(el('button', { type: 'button', role: 'tab', id, 'aria-controls': id + '-p', class: 'cw-tab',
        on: { click: () => select(i, true) } }, panel.props.title || ''));
      panelEls.push(el('div', { role: 'tabpanel', id: id + '-p', 'aria-labelledby': id, tabindex: 0,
        class: 'cw-tabpanel' }, rich(panel.props.html)));
    });
    if (list.length) select(0);
    return el('div', { class: 'cw-tabs' },
      p.title ? el('h2', { id: titleId, text: p.title }) : null,
      list.length ? el('div', { role: 'tablist', class: 'cw-tablist', 'aria-labelledby': titleId,
        on: { keydown } }, tabEls) : null,
      panelEls);
  }

  function render(node, ctx) {
    const { el, rich } = CW.dom;
    const p = (node && node.props) || {};
    let out;
    switch (node && node.kind) {
      case 'heading': out = el('h' + Math.min(4, Math.max(2, p.level | 0 || 2)), { text: p.text || '' }); break;
      case 'text': out = el('div', { class: 'cw-text' }, rich(p.html)); break;
      case 'image': out = image(p, ctx); break;
      case 'video': case 'audio': out = media(node.kind, p, ctx); break;
      case 'callout': out = callout(p); break;
      case 'accordion': out = accordion(node, p); break;
      case 'tabs': out = tabs(node, p); break;
      case 'quote': out = el('figure', { class: 'cw-quote' }, el('blockquote', {}, el('p', { text: p.text || '' })),
        p.attribution ? el('figcaption', { text: '\u2014 ' + p.attribution }) : null); break;
      case 'divider': out = el('hr', { class: 'cw-divider' }); break;
      default: return null;
    }
    out.classList.add('cw-block', 'cw-' + node.kind);
    return out;
  }

  CW.blocks = { render, words: WORDS };
  if (typeof module === 'object' && module.exports) module.exports = CW.blocks;
})(globalThis.Coursewright = globalThis.Coursewright || {});
