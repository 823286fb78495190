/*
 * NeckCheck chat widget. Embed with one tag:
 *   <script src="https://HOST/widget.js" async></script>
 * Optional data- attributes (all documented in README.md, "Embedding the widget"):
 *   data-clinic    the clinic's name, shown in the header (default "Headache check")
 *   data-logo      URL of a square logo for the header; without it, the name's first letter
 *   data-accent    a CSS colour for buttons and the header (dark enough for white text)
 *   data-greeting  a line of the clinic's own shown above the screener's greeting
 *   data-position  right | left;  data-open  true (open at once);  data-lang;  data-key (the site's widget key)
 *   data-server    base URL of the NeckCheck server (default: where this script came from)
 * A page can open and close it: window.NeckCheck.open(), .close(), or any element with data-neckcheck-open.
 * No dependencies. Everything from the server or the visitor is rendered as text, never as markup.
 * Protocol: docs/protocol.md.
 */
(function () {
  'use strict';
  var script = document.currentScript || document.querySelector('script[src*="widget.js"]');
  var data = (script && script.dataset) || {};

  // The pain map: back, side and front outlines drawn for this widget, one view at a time so that every
  // region is a target of at least 44 px. Front and back mark the visitor's own right and left; a region on
  // both sides is two targets. The side view stands for either side. Every region is a checkbox for mouse,
  // touch and keyboard, and the list under the figure is the same choice as plain text.
  var OUTLINE = {
    Back: 'M100 16C146 16 168 48 168 88c0 32-14 56-34 66-20 6-48 6-68 0-20-10-34-34-34-66 0-40 22-72 68-72zM32 92c-8 2-8 24 2 28M168 92c8 2 8 24-2 28M72 154l-2 50M128 154l2 50M70 204C44 208 14 216 4 248M130 204c26 4 56 12 66 44',
    Side: 'M58 40C80 12 140 8 164 44c10 16 12 34 12 48l14 26-12 6 2 18c0 14-12 18-28 16l-4 18c-16 4-40 2-54-8M58 40C40 60 38 100 50 130c4 12 14 22 30 28M102 98c-8-10-14 4-10 18 4 14 14 12 14 2M80 158l2 56M144 178l2 36M82 214C60 220 40 230 30 248M146 214c16 4 30 14 40 34',
    Front: 'M100 14c50 0 72 36 70 78-2 38-20 80-70 92-50-12-68-54-70-92-2-42 20-78 70-78zM30 86c-8 0-10 22 2 28M170 86c8 0 10 22-2 28M64 90q12-8 24 0M112 90q12-8 24 0M100 96l-8 28h14M86 150q14 6 28 0M78 180l-2 26M122 180l2 26M76 206C50 212 20 220 6 248M124 206c26 6 56 14 68 42'
  };
  // [view, region, side (the visitor's own: front shows their right on the viewer's left), shape, geometry]
  var REGIONS = [
    ['Back', 'vertex', '', 'ellipse', { cx: 100, cy: 32, rx: 38, ry: 16 }], ['Back', 'occiput', '', 'ellipse', { cx: 100, cy: 82, rx: 46, ry: 28 }],
    ['Back', 'behind_ear', 'left', 'ellipse', { cx: 38, cy: 110, rx: 16, ry: 20 }], ['Back', 'behind_ear', 'right', 'ellipse', { cx: 162, cy: 110, rx: 16, ry: 20 }],
    ['Back', 'base_of_skull', '', 'rect', { x: 62, y: 118, width: 76, height: 32, rx: 8 }], ['Back', 'back_of_neck', '', 'rect', { x: 72, y: 156, width: 56, height: 42, rx: 8 }],
    ['Back', 'shoulder', 'left', 'ellipse', { cx: 42, cy: 214, rx: 32, ry: 17 }], ['Back', 'shoulder', 'right', 'ellipse', { cx: 158, cy: 214, rx: 32, ry: 17 }],
    ['Back', 'arm', 'left', 'rect', { x: 0, y: 224, width: 32, height: 32, rx: 6 }], ['Back', 'arm', 'right', 'rect', { x: 168, y: 224, width: 32, height: 32, rx: 6 }],
    ['Side', 'vertex', '', 'ellipse', { cx: 108, cy: 26, rx: 40, ry: 16 }], ['Side', 'occiput', '', 'ellipse', { cx: 60, cy: 80, rx: 18, ry: 28 }],
    ['Side', 'temple', '', 'ellipse', { cx: 130, cy: 68, rx: 18, ry: 20 }], ['Side', 'behind_eye', '', 'ellipse', { cx: 162, cy: 90, rx: 16, ry: 16 }],
    ['Side', 'behind_ear', '', 'ellipse', { cx: 92, cy: 124, rx: 16, ry: 20 }], ['Side', 'jaw', '', 'ellipse', { cx: 142, cy: 150, rx: 24, ry: 16 }],
    ['Side', 'side_of_neck', '', 'rect', { x: 92, y: 170, width: 46, height: 40, rx: 8 }],
    ['Front', 'forehead', '', 'ellipse', { cx: 100, cy: 50, rx: 46, ry: 19 }],
    ['Front', 'temple', 'right', 'ellipse', { cx: 42, cy: 78, rx: 16, ry: 21 }], ['Front', 'temple', 'left', 'ellipse', { cx: 158, cy: 78, rx: 16, ry: 21 }],
    ['Front', 'around_eye', 'right', 'ellipse', { cx: 76, cy: 92, rx: 18, ry: 16 }], ['Front', 'around_eye', 'left', 'ellipse', { cx: 124, cy: 92, rx: 18, ry: 16 }],
    ['Front', 'face', '', 'ellipse', { cx: 100, cy: 128, rx: 34, ry: 17 }], ['Front', 'jaw', '', 'ellipse', { cx: 100, cy: 162, rx: 40, ry: 16 }],
    ['Front', 'side_of_neck', 'right', 'rect', { x: 44, y: 180, width: 32, height: 32, rx: 6 }], ['Front', 'side_of_neck', 'left', 'rect', { x: 124, y: 180, width: 32, height: 32, rx: 6 }]
  ];
  // The staff console draws the visitor's regions on the same figure: with data-drawing-only this script
  // only lends it the drawing and shows no widget.
  if (data.drawingOnly !== undefined) {
    window.NeckCheckDrawing = { outline: OUTLINE, regions: REGIONS };
    return;
  }
  var base = new URL(data.server || (script && script.src) || location.href, location.href);
  var socketUrl = (base.protocol === 'https:' ? 'wss://' : 'ws://') + base.host + '/ws/chat';
  var KEY = 'neckcheck:' + base.host;
  var accent = data.accent || '#0b5f7a';
  var clinic = data.clinic || '';
  // An assumption, not yet measured on real visitors: reading a question and answering it takes about 12 s.
  var SECONDS_PER_QUESTION = 12;

  var CSS = ':host{all:initial}*{box-sizing:border-box;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}' +
    '.launch{position:fixed;bottom:calc(20px + env(safe-area-inset-bottom));SIDE:calc(20px + env(safe-area-inset-SIDE));z-index:2147483000;border:0;border-radius:28px;min-height:52px;padding:14px 22px;background:var(--a);color:#fff;font-size:17px;font-weight:600;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25)}' +
    '.panel{position:fixed;bottom:20px;SIDE:20px;z-index:2147483001;width:400px;max-width:calc(100vw - 16px);height:720px;max-height:calc(100vh - 40px);max-height:calc(100dvh - 40px);display:flex;flex-direction:column;background:#fff;color:#1a1a1a;border-radius:14px;box-shadow:0 8px 30px rgba(0,0,0,.3);overflow:hidden}' +
    '[hidden]{display:none!important}' +
    'header{display:flex;align-items:center;gap:10px;padding:6px 6px 6px 12px;background:var(--a);color:#fff;flex:none}' +
    '.logo{width:36px;height:36px;border-radius:50%;background:#fff;color:var(--a);display:flex;align-items:center;justify-content:center;font-weight:700;font-size:18px;flex:none;object-fit:cover}' +
    'h2{font-size:16px;margin:0;flex:1;min-width:0;line-height:1.25;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}h2 small{display:block;font-size:14px;font-weight:400}' +
    'header button{background:transparent;border:2px solid #fff;color:#fff;border-radius:8px;font-size:16px;min-width:64px;min-height:44px;cursor:pointer}' +
    '.status{padding:8px 14px;background:#fff4d6;color:#5c4300;font-size:15px}.status:empty{display:none}' +
    '.progress{padding:6px 14px 8px;font-size:15px;color:#333;flex:none}.progress:empty{display:none}' +
    '.bar{height:4px;background:#e4e4e4;border-radius:2px;margin-top:5px}.bar span{display:block;height:100%;background:var(--a);border-radius:2px}' +
    '.log{flex:1 1 0;min-height:0;overflow-y:auto;padding:12px;display:flex;flex-direction:column;gap:8px;border-top:1px solid #e4e4e4}' +
    '.msg{max-width:88%;padding:9px 12px;border-radius:14px;font-size:16px;line-height:1.4;white-space:pre-wrap;overflow-wrap:anywhere}' +
    '.bot{background:#eef3f5;align-self:flex-start}.me{background:var(--a);color:#fff;align-self:flex-end}.me.pending{opacity:.7}.intro{background:#fff;border:1px solid #ccd}' +
    '.note{align-self:center;font-size:15px;color:#5c4300;background:#fff4d6;padding:6px 10px;border-radius:8px}' +
    '.typing{align-self:flex-start;background:#eef3f5;border-radius:14px;padding:12px 14px;display:flex;gap:5px}.typing i{width:8px;height:8px;border-radius:50%;background:#5b6b70;animation:nc 1.2s infinite}.typing i:nth-child(3){animation-delay:.2s}.typing i:nth-child(4){animation-delay:.4s}@keyframes nc{50%{opacity:.25}}' +
    '.ask{flex:none;max-height:calc(100% - 220px);overflow-y:auto;padding:12px;border-top:2px solid var(--a);background:#f6f9fa}' +
    '.q{margin:0 0 10px;font-size:17px;font-weight:600;line-height:1.4;white-space:pre-wrap;overflow-wrap:anywhere}' +
    '.ctl{display:flex;flex-wrap:wrap;gap:8px}' +
    '.opt,.go,.act{min-height:48px;min-width:48px;border:2px solid var(--a);background:#fff;color:var(--a);border-radius:24px;padding:10px 16px;font-size:16px;cursor:pointer}' +
    '.go{background:var(--a);color:#fff;font-weight:600}.opt[aria-pressed=true]{background:var(--a);color:#fff}' +
    '.scale{display:grid;grid-template-columns:repeat(6,1fr);gap:8px;width:100%}.scale .opt{padding:0;border-radius:12px}.ends{width:100%;display:flex;justify-content:space-between;font-size:15px;color:#333}' +
    'fieldset{border:0;margin:0;padding:0;display:flex;flex-direction:column;gap:6px;width:100%}legend{font-size:15px;margin-bottom:6px;color:#333}' +
    'label.box{display:flex;gap:10px;align-items:center;min-height:48px;padding:8px 12px;border:1px solid #b9c6cb;border-radius:10px;background:#fff;font-size:16px;cursor:pointer}input[type=checkbox]{width:22px;height:22px;flex:none;accent-color:var(--a)}' +
    '.num{font-size:18px;padding:8px 10px;width:120px;min-height:48px;border:2px solid #767676;border-radius:10px}.unit{width:100%;font-size:15px}' +
    'form.say{display:flex;align-items:flex-end;gap:8px;padding:8px 12px calc(8px + env(safe-area-inset-bottom));border-top:1px solid #e4e4e4;flex:none}' +
    'textarea{flex:1;font-size:16px;line-height:1.4;min-height:48px;max-height:132px;padding:11px 12px;border:2px solid #767676;border-radius:12px;min-width:0;resize:none;overflow-y:auto}' +
    'form.say button{border:0;background:var(--a);color:#fff;border-radius:12px;min-width:64px;min-height:48px;font-size:16px;cursor:pointer}' +
    '.more{padding:8px 12px calc(8px + env(safe-area-inset-bottom));border-top:1px solid #e4e4e4;flex:none}' +
    ':focus{outline:none}:focus-visible{outline:3px solid var(--a);outline-offset:3px}header :focus-visible{outline-color:#fff}textarea:focus-visible,.num:focus-visible{outline:0;border-color:var(--a);box-shadow:0 0 0 1px var(--a)}' +
    '.views{display:flex;gap:6px;width:100%}.views .opt{flex:1;border-radius:10px}' +
    'svg{display:block;width:100%;max-width:300px;margin:4px auto}svg .o{fill:none;stroke:#56666c;stroke-width:2;stroke-linecap:round}svg .r{fill:#0b5f7a;fill-opacity:.07;stroke:#0b5f7a;stroke-opacity:.45;stroke-width:1.5;stroke-dasharray:4 3;cursor:pointer}' +
    'svg .r[aria-checked=true]{fill:#d9480f;fill-opacity:.6;stroke:#a33200;stroke-opacity:1;stroke-dasharray:none}svg .r:focus-visible{outline:none;stroke:#000;stroke-width:3;stroke-dasharray:none;stroke-opacity:1}svg text{font-size:12px;fill:#333}' +
    '.picked{width:100%;font-size:15px;min-height:22px}details{width:100%}summary{min-height:48px;display:flex;align-items:center;font-size:16px;color:var(--a);cursor:pointer}' +
    '.card{border:1px solid #ccd;border-radius:12px;padding:14px;display:flex;flex-direction:column;gap:10px;background:#fff}' +
    '.banner{border-radius:10px;padding:12px 14px;font-weight:600;font-size:17px;line-height:1.4}.banner.emergency{background:#b00020;color:#fff;font-size:19px}' +
    '.banner.urgent{background:#8a4b00;color:#fff}.banner.routine{background:#e6f2e8;color:#14401e}.banner ul{font-weight:400;margin:8px 0 0;padding-left:20px}' +
    '.call{display:flex;align-items:center;justify-content:center;min-height:52px;background:#fff;color:#b00020;border-radius:10px;font-size:21px;font-weight:700;margin-top:10px;text-decoration:none}.urgent .call{color:#8a4b00;font-size:17px;min-height:48px}' +
    '.meter{height:12px;background:#e4e4e4;border-radius:6px;overflow:hidden}.meter span{display:block;height:100%;background:var(--a)}' +
    '.card h3{font-size:17px;margin:4px 0 0;line-height:1.4}.card ul{margin:0;padding-left:20px;font-size:16px;line-height:1.45}.card p{margin:0;font-size:16px;line-height:1.45;white-space:pre-wrap}.card .notice{font-weight:600}' +
    '.book{display:flex;align-items:center;justify-content:center;min-height:52px;text-align:center;background:var(--a);color:#fff;border-radius:12px;padding:10px;font-size:18px;font-weight:700;text-decoration:none}.ref{width:100%;font-size:15px;color:#333;text-align:center}.acts .book{flex:1}' +
    '.book.second{background:#fff;color:var(--a);border:2px solid var(--a);font-size:16px;font-weight:600}.acts{display:flex;flex-wrap:wrap;gap:8px}' +
    '.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}' +
    '@media (max-width:480px),(max-height:560px){.panel{inset:0;width:100%;max-width:none;height:100vh;height:100dvh;max-height:none;border-radius:0;padding:env(safe-area-inset-top) env(safe-area-inset-right) 0 env(safe-area-inset-left)}}' +
    '@media (prefers-reduced-motion:reduce){*{transition:none!important;animation:none!important;scroll-behavior:auto!important}}';

  var state = load();
  state.unacked = state.unacked || [];
  var shown = {};
  var shownIds = {};
  var ws = null;
  var attempts = 0;
  var counter = 0;
  var ask = null;
  var retry = null; // the reconnect timer, cleared when a new conversation begins
  var lastAsk = null;
  var tries = {}; // resends of a refused message, by its id // the question last shown, to show again when a message about it was refused
  var waiting = null; // the text of the question in the card, moved into the log once it is answered
  var byControl = false; // the last answer came from a control, not the text box: focus follows to the next question

  function load() {
    try { return JSON.parse(sessionStorage.getItem(KEY)) || {}; } catch (e) { return {}; }
  }
  function save() {
    try { sessionStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* private mode: the session lasts the page */ }
  }
  function el(tag, attrs) {
    var node = document.createElement(tag);
    for (var name in attrs || {}) {
      if (name === 'text') node.textContent = attrs[name];
      else if (name.indexOf('on') === 0) node.addEventListener(name.slice(2), attrs[name]);
      else if (attrs[name] !== null && attrs[name] !== undefined) node.setAttribute(name, attrs[name]);
    }
    for (var i = 2; i < arguments.length; i++) if (arguments[i]) node.appendChild(arguments[i]);
    return node;
  }
  function svg(tag, attrs, text) {
    var node = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (var name in attrs) node.setAttribute(name, attrs[name]);
    if (text) node.textContent = text;
    return node;
  }

  var host = el('div', { id: 'neckcheck-widget' });
  var root = host.attachShadow({ mode: 'open' });
  var css = CSS.replace(/SIDE/g, data.position === 'left' ? 'left' : 'right');
  if (root.adoptedStyleSheets !== undefined && window.CSSStyleSheet && CSSStyleSheet.prototype.replaceSync) {
    var sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } else {
    root.appendChild(el('style', { text: css }));
  }
  host.style.setProperty('--a', accent);

  var launcher = el('button', { class: 'launch', type: 'button', 'aria-haspopup': 'dialog', text: 'Headache check', 'aria-label': 'Open the headache screening chat', onclick: open });
  var logo = data.logo ? el('img', { class: 'logo', src: new URL(data.logo, location.href).href, alt: '' })
    : el('span', { class: 'logo', 'aria-hidden': 'true', text: (clinic || 'H').charAt(0).toUpperCase() });
  var title = el('h2', { id: 'nc-title', text: clinic || 'Headache check' }, clinic ? el('small', { text: 'Headache check' }) : null);
  var closeButton = el('button', { type: 'button', text: 'Close', 'aria-label': 'Close the chat', onclick: close });
  var status = el('div', { class: 'status', role: 'status' });
  var progress = el('div', { class: 'progress', 'aria-live': 'polite' });
  var log = el('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': 'Conversation', tabindex: '0' });
  var typing = el('div', { class: 'typing', role: 'status' }, el('span', { class: 'sr', text: (clinic || 'The screener') + ' is typing' }), el('i'), el('i'), el('i'));
  // The question waiting for an answer sits with its controls in one card under the log, so neither can
  // push the other out of view.
  var question = el('p', { class: 'q', id: 'nc-q', 'aria-live': 'polite' });
  var controls = el('div', { class: 'ctl', role: 'group', 'aria-labelledby': 'nc-q' });
  var askCard = el('section', { class: 'ask', 'aria-label': 'Current question', hidden: '' }, question, controls);
  var input = el('textarea', { id: 'nc-say', rows: '1', autocomplete: 'off', maxlength: '1000', placeholder: 'Type your answer…' });
  var form = el('form', { class: 'say', onsubmit: function (e) {
    e.preventDefault();
    var text = input.value.trim();
    if (text) { sendText(text); input.value = ''; grow(); }
  } }, el('label', { class: 'sr', for: 'nc-say', text: 'Your message' }), input, el('button', { type: 'submit', text: 'Send' }));
  var more = el('div', { class: 'more', hidden: '' }, el('button', { class: 'act', type: 'button', text: 'Add something I forgot', onclick: function () {
    more.hidden = true; form.hidden = false; input.focus();
  } }));
  var panel = el('section', { class: 'panel', role: 'dialog', 'aria-labelledby': 'nc-title', hidden: '' },
    el('header', null, logo, title, closeButton), status, progress, log, askCard, form, more);
  root.appendChild(launcher);
  root.appendChild(panel);
  if (data.greeting) log.appendChild(el('div', { class: 'msg bot intro', text: data.greeting }));
  (document.body || document.documentElement).appendChild(host);

  // Enter sends, Shift+Enter starts a new line; the box grows with the story up to about five lines.
  function grow() {
    input.style.height = 'auto';
    input.style.height = Math.min(input.scrollHeight + 4, 132) + 'px';
  }
  input.addEventListener('input', grow);
  input.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && e.keyCode !== 229) { e.preventDefault(); form.requestSubmit ? form.requestSubmit() : form.dispatchEvent(new Event('submit')); }
  });

  function open() {
    panel.hidden = false;
    launcher.hidden = true;
    state.open = true;
    save();
    if (!ws) connect();
    (form.hidden ? more.firstChild : input).focus();
  }
  function close() {
    panel.hidden = true;
    launcher.hidden = false;
    state.open = false;
    save();
    launcher.focus();
  }
  panel.addEventListener('keydown', function (e) { if (e.key === 'Escape' && !e.isComposing) close(); });
  window.NeckCheck = { open: open, close: close };
  document.addEventListener('click', function (e) {
    var opener = e.target.closest && e.target.closest('[data-neckcheck-open]');
    if (opener) { e.preventDefault(); open(); }
  });

  function connect() {
    clearTimeout(retry);
    ws = new WebSocket(socketUrl);
    ws.onopen = function () {
      attempts = 0;
      var start = { type: 'start', lang: data.lang || 'en' };
      if (data.key) start.key = data.key;
      if (state.token) { start.resume = state.token; start.after = Object.keys(shown).length ? state.lastSeq || 0 : 0; }
      ws.send(JSON.stringify(start));
    };
    ws.onmessage = function (e) {
      var message;
      try { message = JSON.parse(e.data); } catch (err) { return; }
      receive(message);
    };
    ws.onclose = function (e) {
      if (Date.now() - lastActivity > IDLE) {
        // Nobody has been here for a while: connect again only when the visitor comes back.
        ws = null;
        status.textContent = '';
        return;
      }
      status.textContent = 'Reconnecting… your answers are safe.';
      // 1012: the server is restarting and asked us to come back; spread the reconnects of many visitors.
      if (e.code === 1012) attempts = 0;
      var delay = Math.min(8000, 500 * Math.pow(2, attempts++)) + Math.random() * (e.code === 1012 ? 1500 : 300);
      retry = setTimeout(connect, delay);
    };
  }
  // Keep-alive well inside the server's idle timeout, while the visitor is still around (30 minutes).
  var IDLE = 30 * 60 * 1000;
  var lastActivity = Date.now();
  setInterval(function () {
    if (ws && ws.readyState === 1 && Date.now() - lastActivity < IDLE) ws.send('{"type":"ping"}');
  }, 25000);
  function send(message) {
    lastActivity = Date.now();
    if (!ws) { connect(); return; }
    if (ws.readyState === 1) ws.send(JSON.stringify(message));
  }

  function receive(m) {
    if (m.type === 'session') {
      status.textContent = '';
      if (state.token && state.token !== m.token) { state.unacked = []; state.lastSeq = 0; state.left = null; }
      state.token = m.token;
      save();
      state.unacked.forEach(send);
      return;
    }
    if (m.type === 'ack') {
      var mine = state.unacked.filter(function (u) { return u.id === m.id; })[0] || m;
      state.unacked = state.unacked.filter(function (u) { return u.id !== m.id; });
      seen(m.seq);
      var bubble = shownIds[m.id];
      if (bubble) bubble.classList.remove('pending');
      // replayed history, or a message sent before a reload and only now acknowledged
      else if (m.replay || mine !== m) { settle(); shownIds[m.id] = addMessage('me', mine.text !== undefined ? mine.text : display(mine.value)); }
      save();
      return;
    }
    if (m.type === 'bot' || m.type === 'summary') {
      if (shown[m.seq]) return;
      shown[m.seq] = true;
      seen(m.seq);
      typing.remove();
      if (m.type === 'summary') showSummary(m);
      else if (m.ask) showAsk(m.text, m.ask, m.progress);
      else if (m.alert) addAlert(m.text, m.alert);
      else addMessage('bot', m.text);
      return;
    }
    if (m.type === 'error') {
      typing.remove();
      if (m.code === 'unknown_session') { restart(); return; }
      refused(m);
      var words = { rate_limited: 'You are sending messages very quickly. Please wait a moment, then try again.',
        too_large: 'That message is too long. Please send it in shorter parts.',
        too_long: m.message, // the server's own words: they end with when to call the emergency number
        forbidden: 'The screening chat is not available on this page. Please contact the clinic directly.',
        internal: m.message || 'Something went wrong on our side. Please try again in a moment.' };
      addNote(words[m.code] || 'Sorry, something went wrong with that message.');
    }
  }
  // A message the server did not take: sent again shortly when it was only too quick or the server failed
  // before storing it, otherwise dropped (so it can never answer a later question) and its question shown again.
  function refused(m) {
    var message = state.unacked.filter(function (u) { return u.id === m.replyTo; })[0];
    if (!message) return;
    // a few tries, further apart each time; a server that keeps failing must not be asked forever
    tries[message.id] = (tries[message.id] || 0) + 1;
    if ((m.code === 'rate_limited' || m.code === 'internal') && tries[message.id] <= 3) {
      setTimeout(function () { send(message); }, 1500 * tries[message.id] + Math.random() * 1000);
      return;
    }
    state.unacked = state.unacked.filter(function (u) { return u !== message; });
    save();
    if (shownIds[message.id]) { shownIds[message.id].classList.remove('pending'); shownIds[message.id].appendChild(el('span', { class: 'sr', text: ' (not sent)' })); }
    if (lastAsk && !askCard.querySelector('button')) { showAsk(lastAsk[0], lastAsk[1], null); waiting = null; }
  }
  function addAlert(text, alert) {
    var node = el('div', { class: 'msg banner ' + alert.level, role: 'alert' }, el('div', { text: text }));
    if (alert.level === 'emergency' && alert.call) node.appendChild(el('a', { class: 'call', href: 'tel:' + alert.call, text: 'Call ' + alert.call }));
    log.insertBefore(node, typing.parentNode === log ? typing : null);
    log.scrollTop = log.scrollHeight;
  }
  function seen(seq) {
    if (seq > (state.lastSeq || 0)) { state.lastSeq = seq; save(); }
  }

  function addMessage(who, text) {
    var node = el('div', { class: 'msg ' + who, text: text });
    if (who === 'me') node.insertBefore(el('span', { class: 'sr', text: 'You: ' }), node.firstChild);
    log.insertBefore(node, typing.parentNode === log ? typing : null);
    log.scrollTop = log.scrollHeight;
    return node;
  }
  function addNote(text) {
    log.appendChild(el('div', { class: 'note', role: 'alert', text: text }));
    log.scrollTop = log.scrollHeight;
  }
  function display(value) {
    var labels = {};
    (ask && ask.options || []).forEach(function (o) { labels[o.value] = o.label; });
    return [].concat(value).map(function (v) { return labels[v] || String(v); }).join(', ');
  }
  // The answered (or talked-over) question joins the log, where the conversation reads in order.
  function settle() {
    if (waiting !== null) addMessage('bot', waiting);
    waiting = null;
    askCard.hidden = true;
    controls.textContent = '';
  }

  function nextId() {
    return 'w' + Date.now().toString(36) + (counter++).toString(36);
  }
  function deliver(message, label) {
    state.unacked.push(message);
    save();
    settle();
    shownIds[message.id] = addMessage('me', label);
    shownIds[message.id].classList.add('pending');
    log.appendChild(typing);
    log.scrollTop = log.scrollHeight;
    send(message);
  }
  function sendText(text) {
    byControl = false;
    input.focus();
    deliver({ type: 'text', id: nextId(), text: text }, text);
  }
  function sendChoice(value, label) {
    byControl = true;
    deliver({ type: 'choice', id: nextId(), value: value }, label);
  }

  function showAsk(text, a, p) {
    settle();
    ask = a;
    lastAsk = [text, a];
    waiting = text;
    askCard.hidden = false;
    question.textContent = text;
    showProgress(p);
    var options = a.options || [];
    if (a.kind === 'multi') showMulti(options);
    else if (a.kind === 'painmap') showPainMap(a, options);
    else if (a.kind === 'number') showNumber(a);
    else if (a.kind === 'scale') showScale(a);
    else options.forEach(function (o) {
      controls.appendChild(el('button', { class: 'opt', type: 'button', text: o.label, onclick: function () { sendChoice(o.value, o.label); } }));
    });
    askCard.scrollTop = 0;
    log.scrollTop = log.scrollHeight;
    // Not the text box after a tap: on a phone that would raise the keyboard over the next question. Never
    // the Skip of a story question either, where a visitor who starts typing would press it with a space.
    var first = controls.querySelector('button, input');
    if (byControl && !panel.hidden && first && a.kind !== 'text') first.focus({ preventScroll: true });
  }
  // Minutes left from the questions that can still come; never more than was shown before, so the
  // estimate only ever shrinks (the server's count can grow when an answer opens follow-up questions).
  // "Last question" only when the server says so, not because the shown estimate ran down.
  function showProgress(p) {
    if (!p) return;
    var remaining = p.of - p.step + 1;
    var left = Math.max(1, Math.min(remaining, state.left || Infinity));
    state.left = left;
    save();
    var minutes = Math.ceil(left * SECONDS_PER_QUESTION / 60);
    var fill = el('span');
    fill.style.width = Math.round(100 * (p.step - 1) / (p.step - 1 + left)) + '%';
    progress.textContent = remaining <= 1 ? 'Last question' : minutes <= 1 ? 'About a minute left' : 'About ' + minutes + ' minutes left';
    progress.appendChild(el('div', { class: 'bar', 'aria-hidden': 'true' }, fill));
  }
  function showScale(a) {
    var group = el('div', { class: 'scale' });
    for (var i = a.min || 0; i <= (a.max || 10); i++) group.appendChild(numberButton(i));
    controls.appendChild(group);
    controls.appendChild(el('div', { class: 'ends', 'aria-hidden': 'true' }, el('span', { text: '0 no pain' }), el('span', { text: '10 worst imaginable' })));
  }
  function numberButton(i) {
    return el('button', { class: 'opt', type: 'button', text: String(i), 'aria-label': i + (i === 0 ? ', no pain' : i === 10 ? ', the worst imaginable' : ''), onclick: function () { sendChoice(i, String(i)); } });
  }
  function showNumber(a) {
    var field = el('input', { class: 'num', id: 'nc-num', type: 'number', inputmode: 'decimal', step: 'any', min: a.min, max: a.max });
    var go = el('button', { class: 'go', type: 'button', text: 'Send', onclick: function () {
      if (field.value !== '' && field.checkValidity()) sendChoice(Number(field.value), field.value);
      else { addNote('Please give a number from ' + a.min + ' to ' + a.max + '.'); field.focus(); }
    } });
    field.addEventListener('keydown', function (e) { if (e.key === 'Enter') go.click(); });
    controls.appendChild(el('label', { class: 'unit', for: 'nc-num', text: a.unitLabel || 'Number' }));
    controls.appendChild(field);
    controls.appendChild(go);
  }
  function checkbox(value, label, onchange) {
    var box = el('input', { type: 'checkbox', value: value, onchange: onchange });
    return { box: box, label: el('label', { class: 'box' }, box, document.createTextNode(label)) };
  }
  function showMulti(options) {
    var set = el('fieldset', null, el('legend', { text: 'Pick all that apply' }));
    var boxes = options.map(function (o) {
      var c = checkbox(o.value, o.label, function () {
        if (c.box.checked) boxes.forEach(function (b, i) { if (b !== c.box && (o.exclusive || options[i].exclusive)) b.checked = false; });
      });
      set.appendChild(c.label);
      return c.box;
    });
    set.appendChild(el('button', { class: 'go', type: 'button', text: 'Continue', onclick: function () {
      var picked = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
      if (!picked.length) { addNote('Please pick at least one option, or "None of these".'); return; }
      sendChoice(picked, display(picked));
    } }));
    controls.appendChild(set);
  }

  function showPainMap(a, options) {
    var labels = {};
    options.forEach(function (o) { labels[o.value] = o.label; });
    var told = a.side === 'left' || a.side === 'right' ? [a.side] : ['left', 'right'];
    var picked = {}; // 'region:side' keys; side '' where the drawing has one target for the region
    var shapes = [];
    var boxes = {};
    var summary = el('p', { class: 'picked', 'aria-live': 'polite' });
    function sides(region) {
      return REGIONS.some(function (r) { return r[1] === region && r[2]; }) ? told : [''];
    }
    function any(region) {
      return Object.keys(picked).some(function (k) { return picked[k] && k.split(':')[0] === region; });
    }
    function set(region, on) {
      sides(region).forEach(function (s) { picked[region + ':' + s] = on; });
      if (!on) Object.keys(picked).forEach(function (k) { if (k.split(':')[0] === region) picked[k] = false; });
    }
    function refresh() {
      shapes.forEach(function (s) { s.node.setAttribute('aria-checked', String(!!(s.side ? picked[s.region + ':' + s.side] : any(s.region)))); });
      var names = [];
      for (var r in labels) { if (boxes[r]) boxes[r].checked = any(r); if (any(r)) names.push(labels[r]); }
      summary.textContent = (a.side ? 'Side you told me: ' + a.side + '. ' : '') + (names.length ? 'Picked: ' + names.join(', ') : 'Nothing picked yet');
    }
    var figures = {};
    var tabs = el('div', { class: 'views', role: 'group', 'aria-label': 'View' });
    Object.keys(OUTLINE).forEach(function (view) {
      var figure = svg('svg', { viewBox: '0 0 200 256', role: 'group', 'aria-label': view + ' of the head and neck: pick where it hurts' });
      figure.appendChild(svg('path', { class: 'o', d: OUTLINE[view] }));
      if (view !== 'Side') {
        var front = view === 'Front';
        figure.appendChild(svg('text', { x: 2, y: 14, 'aria-hidden': 'true' }, front ? 'Your right' : 'Your left'));
        figure.appendChild(svg('text', { x: 198, y: 14, 'text-anchor': 'end', 'aria-hidden': 'true' }, front ? 'Your left' : 'Your right'));
      }
      REGIONS.filter(function (r) { return r[0] === view; }).forEach(function (r) {
        var name = (labels[r[1]] || r[1]) + (r[2] ? ', your ' + r[2] : '') + ' (' + view.toLowerCase() + ' view)';
        var node = svg(r[3], r[4]);
        node.setAttribute('class', 'r');
        node.setAttribute('role', 'checkbox');
        node.setAttribute('tabindex', '0');
        node.setAttribute('aria-label', name);
        node.appendChild(svg('title', {}, name));
        var toggle = function () {
          if (r[2]) picked[r[1] + ':' + r[2]] = !picked[r[1] + ':' + r[2]];
          else set(r[1], !any(r[1]));
          refresh();
        };
        node.addEventListener('click', toggle);
        node.addEventListener('keydown', function (e) { if (e.key === ' ' || e.key === 'Enter') { e.preventDefault(); toggle(); } });
        shapes.push({ region: r[1], side: r[2], node: node });
        figure.appendChild(node);
      });
      figures[view] = figure;
      tabs.appendChild(el('button', { class: 'opt', type: 'button', 'aria-pressed': String(view === 'Back'), text: view, onclick: function () {
        for (var v in figures) figures[v].style.display = v === view ? '' : 'none';
        [].forEach.call(tabs.children, function (b) { b.setAttribute('aria-pressed', String(b.textContent === view)); });
      } }));
      if (view !== 'Back') figure.style.display = 'none';
    });
    var list = el('fieldset', null, el('legend', { text: 'Pick from the list' }));
    options.forEach(function (o) {
      var c = checkbox(o.value, o.label, function () { set(o.value, c.box.checked); refresh(); });
      boxes[o.value] = c.box;
      list.appendChild(c.label);
    });
    (a.selected || []).forEach(function (r) { set(r, true); });
    controls.appendChild(tabs);
    for (var v in figures) controls.appendChild(figures[v]);
    controls.appendChild(summary);
    controls.appendChild(el('details', null, el('summary', { text: 'Or pick from a list (also "all over the head")' }), list));
    controls.appendChild(el('button', { class: 'go', type: 'button', text: 'Continue', onclick: function () {
      var regions = Object.keys(labels).filter(any);
      if (!regions.length) { addNote('Please pick at least one area, or type where it hurts.'); return; }
      sendChoice(regions, regions.map(function (r) { return labels[r]; }).join(', '));
    } }));
    refresh();
  }

  function showSummary(s) {
    settle();
    ask = null;
    progress.textContent = '';
    var triage = s.triage || 'routine';
    var advice = s.advice || {};
    var card = el('article', { class: 'card', 'aria-label': 'Your summary' });
    var banner = el('div', { class: 'banner ' + triage, role: triage === 'routine' ? null : 'alert' }, el('div', { text: advice.heading || '' }));
    if (advice.reasons && advice.reasons.length) {
      var reasons = el('ul');
      advice.reasons.forEach(function (r) { reasons.appendChild(el('li', { text: r })); });
      banner.appendChild(reasons);
    }
    // Urgent is not an emergency: its link says when to call, so nobody takes it as "call now".
    if (advice.call && triage !== 'routine') banner.appendChild(el('a', { class: 'call', href: 'tel:' + advice.call, text: (triage === 'urgent' ? 'If it suddenly gets worse: call ' : 'Call ') + advice.call }));
    card.appendChild(banner);
    var sections = s.sections || (s.text || '').split('\n\n').slice(1).map(function (t) { return { kind: 'text', text: t }; });
    var kind = function (k) { return sections.filter(function (p) { return p.kind === k; }); };
    var paragraph = function (p) { card.appendChild(el('p', { class: p.kind, text: p.text })); };
    var book = s.booking && s.booking.url && el('div', { class: 'acts' },
      // Through the server when it offers a tracking path, so the clinic can see which screenings led to a booking.
      el('a', { class: 'book' + (triage === 'routine' ? '' : ' second'), href: s.booking.track ? new URL(s.booking.track, base).href : s.booking.url, target: '_blank', rel: 'noopener', text: 'Book an assessment' }));
    if (book) book.appendChild(el('div', { class: 'ref', text: 'Your reference: ' + s.booking.reference }));
    if (triage === 'emergency') {
      kind('notice').concat(kind('safetyNet')).forEach(paragraph);
    } else {
      if (triage === 'routine' && book) card.appendChild(book);
      var percent = s.neck ? Math.round(s.neck.probability * 100) : null;
      var neck = kind('neck')[0];
      if (neck) card.appendChild(el('h3', { text: neck.text }));
      if (percent !== null) {
        var fill = el('span');
        fill.style.width = percent + '%'; // through the CSSOM: a page's Content-Security-Policy may forbid style attributes
        card.appendChild(el('div', { class: 'meter', 'aria-hidden': 'true' }, fill));
      }
      factorList(card, s.factors, 'for', 'Pointing towards the neck');
      factorList(card, s.factors, 'against', 'Pointing away from the neck');
      var skip = { advice: 1, flags: 1, neck: 1, factors: 1, booking: 1 };
      sections.filter(function (p) { return !skip[p.kind]; }).forEach(paragraph);
      if (triage !== 'routine' && book) card.appendChild(book);
    }
    card.appendChild(el('div', { class: 'acts' },
      el('button', { class: 'act', type: 'button', text: 'Print or save', onclick: function () { keep(card); } }),
      state.token ? el('button', { class: 'act', type: 'button', text: 'Download my answers (PDF)', onclick: downloadReport }) : null,
      el('button', { class: 'act', type: 'button', text: 'Start again', onclick: restart })));
    log.appendChild(card);
    if (triage === 'emergency') { form.hidden = true; more.hidden = false; }
    // The instruction comes first: show the top of the card, not its end; focus goes there too, since the
    // control just used is gone.
    log.scrollTop = card.offsetTop - log.offsetTop - 8;
    banner.setAttribute('tabindex', '-1');
    if (!panel.hidden && (!root.activeElement || root.activeElement === input && form.hidden)) (banner.querySelector('a') || banner).focus({ preventScroll: true });
  }
  function factorList(card, factors, direction, heading) {
    var items = (factors || []).filter(function (f) { return f.direction === direction; });
    if (!items.length) return;
    var list = el('ul');
    items.forEach(function (f) { list.appendChild(el('li', { text: f.label || f.finding })); });
    card.appendChild(el('h3', { text: heading }));
    card.appendChild(list);
  }
  // The visitor's own report (their summary and answers) as a PDF: a form post of the conversation's token,
  // a download the browser handles, so no cross-origin read is needed and the token stays out of the URL.
  function downloadReport() {
    var frame = root.querySelector('iframe.download') || root.appendChild(el('iframe', { class: 'download', name: 'neckcheck-download', title: 'Download', hidden: 'hidden' }));
    var post = el('form', { method: 'post', action: new URL('/my-report', base).href, target: frame.name });
    post.hidden = true;
    var field = el('input', { type: 'hidden', name: 'token' });
    field.value = state.token;
    post.appendChild(field);
    root.appendChild(post);
    post.submit();
    root.removeChild(post);
  }
  // A printable copy in a window of its own: the browser's print dialog also saves it as a PDF.
  function keep(card) {
    var w = window.open('', '_blank');
    if (!w) { addNote('Your browser blocked the printable copy. Please allow pop-ups for this page, or take a screenshot.'); return; }
    var d = w.document;
    d.title = (clinic ? clinic + ': ' : '') + 'headache screening summary';
    d.head.appendChild(d.createElement('style')).textContent = 'body{font:16px/1.5 system-ui,sans-serif;max-width:40em;margin:2em auto;color:#000}.banner{border:2px solid #000;padding:.6em;font-weight:600}a{color:#000}';
    d.body.appendChild(d.createElement('h1')).textContent = d.title;
    d.body.appendChild(d.createElement('p')).textContent = new Date().toLocaleString();
    var copy = d.importNode(card, true);
    [].forEach.call(copy.querySelectorAll('button, .meter'), function (n) { n.remove(); });
    [].forEach.call(copy.querySelectorAll('a[href]'), function (a) { a.textContent += ' (' + a.href + ')'; });
    d.body.appendChild(copy);
    w.focus();
    w.print();
  }
  function restart() {
    state = { unacked: [], open: !panel.hidden };
    save();
    byControl = false;
    lastAsk = null;
    shown = {};
    shownIds = {};
    waiting = null;
    settle();
    [].slice.call(log.children).forEach(function (c) { if (!c.classList.contains('intro')) c.remove(); });
    progress.textContent = '';
    form.hidden = false;
    more.hidden = true;
    if (ws) { ws.onclose = null; ws.close(); ws = null; }
    clearTimeout(retry);
    // A conversation erased while the panel was closed begins again only when the visitor opens it.
    if (!panel.hidden) { connect(); input.focus(); }
  }

  if (state.open || data.open === 'true' || state.token) {
    connect();
    if (state.open || data.open === 'true') open();
  }
})();
