// Element building without innerHTML, the safe rich-text subset, live-region announcements and
// focus moves: the few DOM helpers every part of the player shares.
(function (CW) {
  'use strict';

  // Mirrors core/model/richtext.cpp: the editor keeps only these, and the player trusts nothing.
  const ALLOWED = new Set(['p', 'br', 'strong', 'b', 'em', 'i', 'a', 'ul', 'ol', 'li', 'h2', 'h3', 'h4',
    'blockquote', 'code', 'pre']);
  // Dropped together with their content; anything else unknown is unwrapped to its children.
  const DROPPED = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg',
    'math', 'textarea', 'title', 'select', 'button', 'input', 'form', 'video', 'audio', 'img']);

  function append(parent, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) child.forEach((c) => append(parent, c));
    else parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'text') e.textContent = value;
      else if (key === 'class') e.className = value;
      else if (key === 'on') for (const [type, fn] of Object.entries(value)) e.addEventListener(type, fn);
      else e.setAttribute(key, value === true ? '' : String(value));
    }
    append(e, children);
    return e;
  }

  // Same rule as RichText::isSafeHref: relative references and http(s)/mailto/tel only.
  function safeHref(href) {
    let compact = '';
    for (const c of href) if (c.charCodeAt(0) > 0x20) compact += c.toLowerCase();
    const colon = compact.indexOf(':');
    const delimiter = compact.search(/[/?#]/);
    if (colon < 0 || (delimiter >= 0 && delimiter < colon)) return true;
    return ['http', 'https', 'mailto', 'tel'].includes(compact.slice(0, colon));
  }

  function copySafe(source, target) {
    for (const node of source.childNodes) {
      if (node.nodeType === 3) {
        target.appendChild(document.createTextNode(node.nodeValue));
        continue;
      }
      if (node.nodeType !== 1) continue; // comments, processing instructions
      const tag = node.localName;
      if (DROPPED.has(tag)) continue;
      if (!ALLOWED.has(tag)) {
        copySafe(node, target);
        continue;
      }
      const copy = document.createElement(tag);
      if (tag === 'a') {
        const href = (node.getAttribute('href') || '').trim();
        if (href && safeHref(href)) {
          copy.setAttribute('href', href);
          copy.setAttribute('target', '_blank');
          copy.setAttribute('rel', 'noopener noreferrer');
        }
      }
      copySafe(node, copy);
      target.appendChild(copy);
    }
  }

  // A <template>'s content is inert: nothing in it runs, loads or fires while we walk it.
  function rich(html) {
    const template = document.createElement('template');
    template.innerHTML = String(html || '');
    const out = document.createDocumentFragment();
    copySafe(template.content, out);
    return out;
  }

  function plain(html) {
    const template = document.createElement('template');
    template.innerHTML = String(html || '').replace(/<(br|\/p|\/li|\/h[2-4])\b[^>]*>/gi, ' $&');
    for (const s of template.content.querySelectorAll('script,style,template')) s.remove();
    return template.content.textContent.replace(/\s+/g, ' ').trim();
  }

  let counter = 0;
  function uid(prefix) {
    counter += 1;
    return (prefix || 'cw') + '-' + counter;
  }

  // Two live regions (polite, assertive) created on first use. Clearing first and writing on the
  // next frame makes screen readers repeat a message identical to the last one.
  const regions = {};
  function region(assertive) {
    const key = assertive ? 'assertive' : 'polite';
    if (!regions[key] || !regions[key].isConnected) {
      regions[key] = el('div', { class: 'cw-visually-hidden', 'aria-live': key, 'aria-atomic': 'true',
        role: assertive ? 'alert' : 'status' });
      document.body.appendChild(regions[key]);
    }
    return regions[key];
  }

  function announce(text, assertive) {
    const r = region(assertive);
    r.textContent = '';
    requestAnimationFrame(() => { r.textContent = text; });
  }

  function focus(element) {
    if (!element) return;
    if (!element.matches('a[href],button,input,select,textarea,[tabindex]')) element.setAttribute('tabindex', '-1');
    element.focus({ preventScroll: false });
  }

  CW.dom = { el, rich, plain, uid, announce, focus, safeHref };
})(globalThis.Coursewright = globalThis.Coursewright || {});
