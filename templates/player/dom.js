// Element building without innerHTML, the safe rich-text subset, live-region announcements and
// focus moves: the few DOM helpers every part of the player shares.
(function (CW) {
  'use strict';

  // Mirrors core/model/richtext.cpp exactly (tests/data/richtext-agreement.json is run by both):
  // the editor keeps only these, and the player trusts nothing.
  const ALLOWED = new Set(['p', 'br', 'strong', 'b', 'em', 'i', 'a', 'ul', 'ol', 'li', 'h2', 'h3', 'h4',
    'blockquote', 'code', 'pre']);
  // Dropped together with their content; anything else unknown is unwrapped to its children.
  const DROPPED = new Set(['script', 'style', 'template', 'noscript', 'noembed', 'noframes', 'iframe',
    'object', 'embed', 'svg', 'math', 'textarea', 'title', 'select', 'video', 'audio', 'img', 'input']);
  // RichTextLimiter's limits: deeper elements are unwrapped.
  const FORMATTING = new Set(['a', 'b', 'strong', 'em', 'i', 'code']);
  const MAX_DEPTH = 128;
  const MAX_FORMATTING = 8;
  const HTML_NS = 'http://www.w3.org/1999/xhtml';

  // Control characters (C0 but tab and newline, DEL, C1) and noncharacters: dropped from text and
  // links, as RichText does.
  function droppedChar(c) {
    return (c < 0x20 && c !== 9 && c !== 10) || (c >= 0x7f && c <= 0x9f) || (c >= 0xfdd0 && c <= 0xfdef) ||
      (c & 0xfffe) === 0xfffe;
  }
  function withoutDropped(text) {
    let out = '';
    for (const ch of text) if (!droppedChar(ch.codePointAt(0))) out += ch;
    return out;
  }

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

  // Same rule as RichText::isSafeHref: absolute http(s) URLs with a host, mailto: and tel: only, so
  // rich text never links to a file of the package ("assets/x.svg", "course.js", "#top", "//host").
  function safeHref(href) {
    let compact = '';
    for (const c of href) if (c.charCodeAt(0) > 0x20) compact += c.toLowerCase();
    const colon = compact.indexOf(':');
    if (colon <= 0) return false;
    const scheme = compact.slice(0, colon);
    const rest = compact.slice(colon + 1);
    if (scheme === 'mailto' || scheme === 'tel') return rest.length > 0;
    if (scheme !== 'http' && scheme !== 'https') return false;
    return /^[/\\]{2,}[^/\\?#]/.test(rest);
  }

  // What URL parsing strips from both ends: C0 controls and space.
  function trimHref(href) {
    return href.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  }

  function copySafe(source, target, depth, formatting) {
    for (const node of source.childNodes) {
      if (node.nodeType === 3 || node.nodeType === 4) {
        const text = withoutDropped(node.nodeValue);
        if (text) target.appendChild(document.createTextNode(text));
        continue;
      }
      if (node.nodeType !== 1) continue; // comments, processing instructions
      const tag = node.localName;
      if (node.namespaceURI !== HTML_NS || DROPPED.has(tag)) continue;
      const f = FORMATTING.has(tag) ? 1 : 0;
      if (!ALLOWED.has(tag) || depth >= MAX_DEPTH || (f && formatting >= MAX_FORMATTING)) {
        copySafe(node, target, depth, formatting);
        continue;
      }
      const copy = document.createElement(tag);
      if (tag === 'a' && node.hasAttribute('href')) {
        const href = trimHref(withoutDropped(node.getAttribute('href')));
        if (safeHref(href)) {
          copy.setAttribute('href', href);
          copy.setAttribute('target', '_blank');
          copy.setAttribute('rel', 'noopener noreferrer');
        }
      }
      copySafe(node, copy, depth + 1, formatting + f);
      target.appendChild(copy);
    }
  }

  // The HTML5 fragment serialization of what copySafe keeps, as RichText writes it.
  function serialize(parent) {
    let out = '';
    const escape = (text, attribute) => text.replace(attribute ? /[&\u00a0"]/g : /[&\u00a0<>]/g,
      (c) => ({'&': '&amp;', '\u00a0': '&nbsp;', '"': '&quot;', '<': '&lt;', '>': '&gt;'})[c]);
    for (const node of parent.childNodes) {
      if (node.nodeType === 3) {
        out += escape(node.nodeValue, false);
        continue;
      }
      const tag = node.localName;
      const href = node.getAttribute('href');
      out += '<' + tag + (href === null ? '' : ' href="' + escape(href, true) + '"') + '>';
      if (tag === 'br') continue;
      // The parser drops a newline right after <pre>; one written there keeps the text's own.
      if (tag === 'pre' && node.firstChild && node.firstChild.nodeType === 3 && node.firstChild.nodeValue[0] === '\n') {
        out += '\n';
      }
      out += serialize(node) + '</' + tag + '>';
    }
    return out;
  }

  // A <template>'s content is inert: nothing in it runs, loads or fires while we walk it.
  function cleaned(html) {
    const template = document.createElement('template');
    template.innerHTML = html;
    const out = document.createDocumentFragment();
    copySafe(template.content, out, 0, 0);
    return out;
  }

  // As RichText::sanitize: when the kept subset does not read back as itself (unwrapping a table
  // cell can put a link inside a link), it is parsed once more, as a browser would.
  function rich(html) {
    const input = String(html || '');
    const once = cleaned(input);
    const text = serialize(once);
    return text === input ? once : cleaned(text);
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

  function focus(element, preventScroll) {
    if (!element) return;
    if (!element.matches('a[href],button,input,select,textarea,[tabindex]')) element.setAttribute('tabindex', '-1');
    element.focus({ preventScroll });
  }

  CW.dom = { el, rich, plain, uid, announce, focus, safeHref, serialize };
})(globalThis.Coursewright = globalThis.Coursewright || {});
