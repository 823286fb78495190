/*
 * NeckCheck chat widget. Embed with one tag:
 *   <script src="https://HOST/widget.js" async></script>
 * Optional data- attributes: data-server (base URL of the NeckCheck server, default: where this script
 * came from), data-lang, data-accent (a CSS colour), data-position (right | left), data-open (true),
 * data-key (the site's widget key, when the clinic requires one).
 * No dependencies. Everything from the server or the visitor is rendered as text, never as markup.
 * Protocol: docs/protocol.md.
 */
(function () {
  'use strict';
  var script = document.currentScript || document.querySelector('script[src*="widget.js"]');
  var data = (script && script.dataset) || {};
  var base = new URL(data.server || (script && script.src) || location.href, location.href);
  var socketUrl = (base.protocol === 'https:' ? 'wss://' : 'ws://') + base.host + '/ws/chat';
  var KEY = 'neckcheck:' + base.host;
  var accent = data.accent || '#0b5f7a';

  var CSS = ':host{all:initial}*{box-sizing:border-box;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}' +
    '.launch{position:fixed;bottom:20px;SIDE:20px;z-index:2147483000;border:0;border-radius:28px;padding:14px 20px;background:var(--a);color:#fff;font-size:16px;font-weight:600;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25)}' +
    '.panel{position:fixed;bottom:20px;SIDE:20px;z-index:2147483001;width:380px;max-width:calc(100vw - 16px);height:600px;max-height:calc(100vh - 40px);display:flex;flex-direction:column;background:#fff;color:#1a1a1a;border-radius:12px;box-shadow:0 8px 30px rgba(0,0,0,.3);overflow:hidden}' +
    '.panel[hidden],.launch[hidden]{display:none}' +
    'header{display:flex;align-items:center;gap:8px;padding:12px 14px;background:var(--a);color:#fff}h2{font-size:17px;margin:0;flex:1}' +
    'header button{background:transparent;border:2px solid #fff;color:#fff;border-radius:6px;font-size:15px;padding:4px 10px;cursor:pointer}' +
    '.status{padding:6px 14px;background:#fff4d6;color:#5c4300;font-size:14px}.status:empty{display:none}' +
    '.progress{padding:4px 14px;font-size:13px;color:#444;border-bottom:1px solid #e4e4e4}.progress:empty{display:none}' +
    '.log{flex:1;overflow-y:auto;padding:12px;display:flex;flex-direction:column;gap:8px}' +
    '.msg{max-width:88%;padding:9px 12px;border-radius:12px;font-size:15px;line-height:1.4;white-space:pre-wrap;overflow-wrap:anywhere}' +
    '.bot{background:#eef3f5;align-self:flex-start}.me{background:var(--a);color:#fff;align-self:flex-end}.me.pending{opacity:.7}' +
    '.note{align-self:center;font-size:13px;color:#5c4300;background:#fff4d6;padding:6px 10px;border-radius:8px}' +
    '.typing{align-self:flex-start;color:#444;font-size:14px;padding:4px 12px}' +
    '.answers{padding:8px 12px;display:flex;flex-wrap:wrap;gap:6px;border-top:1px solid #e4e4e4;max-height:45%;overflow-y:auto}.answers:empty{display:none}' +
    '.opt,.go{border:2px solid var(--a);background:#fff;color:var(--a);border-radius:18px;padding:7px 12px;font-size:15px;cursor:pointer}' +
    '.go{background:var(--a);color:#fff}.opt[aria-pressed=true]{background:var(--a);color:#fff}' +
    'fieldset{border:0;margin:0;padding:0;display:flex;flex-direction:column;gap:6px;width:100%}legend{font-size:14px;margin-bottom:4px}' +
    'label{font-size:15px;display:flex;gap:8px;align-items:flex-start}input[type=checkbox]{width:20px;height:20px;flex:none}' +
    '.num{font-size:16px;padding:7px;width:110px;border:2px solid #767676;border-radius:6px}' +
    'form.say{display:flex;gap:6px;padding:10px 12px;border-top:1px solid #e4e4e4}' +
    'form.say input{flex:1;font-size:16px;padding:9px;border:2px solid #767676;border-radius:8px;min-width:0}' +
    'form.say button{border:0;background:var(--a);color:#fff;border-radius:8px;padding:0 14px;font-size:15px;cursor:pointer}' +
    ':focus-visible{outline:3px solid #e07b00;outline-offset:2px}' +
    'svg{width:100%;max-width:330px}svg .r{fill:#dfe8ec;stroke:#4a5a60;stroke-width:1.5;cursor:pointer}svg .r[aria-checked=true]{fill:#e07b00}svg text{font-size:10px;fill:#333}' +
    '.card{border:1px solid #ccd;border-radius:10px;padding:12px;display:flex;flex-direction:column;gap:8px;background:#fff}' +
    '.banner{border-radius:8px;padding:10px 12px;font-weight:600;font-size:16px}.banner.emergency{background:#b00020;color:#fff;font-size:18px}' +
    '.banner.urgent{background:#8a4b00;color:#fff}.banner.routine{background:#e6f2e8;color:#14401e}.banner ul{font-weight:400;margin:6px 0 0;padding-left:18px}' +
    '.call{display:block;text-align:center;background:#fff;color:#b00020;border-radius:8px;padding:10px;font-size:20px;font-weight:700;margin-top:8px;text-decoration:none}' +
    '.meter{height:10px;background:#e4e4e4;border-radius:5px;overflow:hidden}.meter span{display:block;height:100%;background:var(--a)}' +
    '.card h3{font-size:15px;margin:4px 0 0}.card ul{margin:0;padding-left:18px;font-size:14px}.card p{margin:0;font-size:14px;white-space:pre-wrap}' +
    '.book{display:inline-block;text-align:center;background:var(--a);color:#fff;border-radius:8px;padding:10px;font-weight:600;text-decoration:none}.book.second{background:#fff;color:var(--a);border:2px solid var(--a);font-weight:400}' +
    '.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}' +
    '@media (max-width:480px){.panel{bottom:0;SIDE:0;width:100vw;max-width:100vw;height:100vh;max-height:100vh;border-radius:0}}' +
    '@media (prefers-reduced-motion:reduce){*{transition:none!important;animation:none!important;scroll-behavior:auto!important}}';

  var state = load();
  state.unacked = state.unacked || [];
  var shown = {};
  var shownIds = {};
  var ws = null;
  var attempts = 0;
  var counter = 0;
  var replaying = true;
  var ask = null;

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
  function svg(tag, attrs) {
    var node = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (var name in attrs) node.setAttribute(name, attrs[name]);
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
  var title = el('h2', { id: 'nc-title', text: 'Headache screening' });
  var closeButton = el('button', { type: 'button', text: 'Close', 'aria-label': 'Close the chat', onclick: close });
  var status = el('div', { class: 'status', role: 'status' });
  var progress = el('div', { class: 'progress' });
  var log = el('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': 'Conversation', tabindex: '0' });
  var typing = el('div', { class: 'typing', 'aria-hidden': 'true', text: 'NeckCheck is typing…' });
  var answers = el('div', { class: 'answers' });
  var input = el('input', { id: 'nc-say', type: 'text', autocomplete: 'off', maxlength: '1000', placeholder: 'Type your answer…' });
  var form = el('form', { class: 'say', onsubmit: function (e) {
    e.preventDefault();
    var text = input.value.trim();
    if (text) { sendText(text); input.value = ''; }
  } }, el('label', { class: 'sr', for: 'nc-say', text: 'Your message' }), input, el('button', { type: 'submit', text: 'Send' }));
  var panel = el('section', { class: 'panel', role: 'dialog', 'aria-labelledby': 'nc-title', hidden: '' },
    el('header', null, title, closeButton), status, progress, log, answers, form);
  root.appendChild(launcher);
  root.appendChild(panel);
  (document.body || document.documentElement).appendChild(host);

  function open() {
    panel.hidden = false;
    launcher.hidden = true;
    state.open = true;
    save();
    if (!ws) connect();
    input.focus();
  }
  function close() {
    panel.hidden = true;
    launcher.hidden = false;
    state.open = false;
    save();
    launcher.focus();
  }
  panel.addEventListener('keydown', function (e) { if (e.key === 'Escape') close(); });

  function connect() {
    ws = new WebSocket(socketUrl);
    ws.onopen = function () {
      attempts = 0;
      replaying = true;
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
      setTimeout(connect, delay);
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
    if (ws && ws.readyState === 1) ws.send(JSON.stringify(message));
  }

  function receive(m) {
    if (m.type === 'session') {
      status.textContent = '';
      if (state.token && state.token !== m.token) { state.unacked = []; state.lastSeq = 0; }
      state.token = m.token;
      save();
      state.unacked.forEach(send);
      return;
    }
    if (m.type === 'ack') {
      state.unacked = state.unacked.filter(function (u) { return u.id !== m.id; });
      seen(m.seq);
      var bubble = shownIds[m.id];
      if (bubble) bubble.classList.remove('pending');
      else if (m.replay) shownIds[m.id] = addMessage('me', m.text !== undefined ? m.text : display(m.value));
      save();
      return;
    }
    if (m.type === 'bot' || m.type === 'summary') {
      if (shown[m.seq]) return;
      shown[m.seq] = true;
      seen(m.seq);
      typing.remove();
      if (m.type === 'bot') {
        addMessage('bot', m.text);
        if (m.ask) showAsk(m.ask, m.progress);
      } else {
        showSummary(m);
      }
      return;
    }
    if (m.type === 'error') {
      typing.remove();
      if (m.code === 'unknown_session') { state = { unacked: [], open: true }; save(); send({ type: 'start', lang: data.lang || 'en' }); return; }
      var words = { rate_limited: 'You are sending messages very quickly. Please wait a moment, then try again.',
        too_large: 'That message is too long. Please send it in shorter parts.',
        too_long: m.message, // the server's own words: they end with when to call the emergency number
        forbidden: 'The screening chat is not available on this page. Please contact the clinic directly.',
        internal: 'Something went wrong on our side. Please try again in a moment.' };
      addNote(words[m.code] || 'Sorry, something went wrong with that message.');
    }
  }
  function seen(seq) {
    if (seq > (state.lastSeq || 0)) { state.lastSeq = seq; save(); }
  }

  function addMessage(who, text) {
    var node = el('div', { class: 'msg ' + who, text: text });
    if (who === 'me') node.insertBefore(el('span', { class: 'sr', text: 'You: ' }), node.firstChild);
    log.appendChild(node);
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
    var values = [].concat(value);
    return values.map(function (v) { return labels[v] || String(v); }).join(', ');
  }

  function nextId() {
    return 'w' + Date.now().toString(36) + (counter++).toString(36);
  }
  function deliver(message, label) {
    state.unacked.push(message);
    save();
    shownIds[message.id] = addMessage('me', label);
    shownIds[message.id].classList.add('pending');
    answers.textContent = '';
    log.appendChild(typing);
    send(message);
    input.focus();
  }
  function sendText(text) {
    deliver({ type: 'text', id: nextId(), text: text }, text);
  }
  function sendChoice(value, label) {
    deliver({ type: 'choice', id: nextId(), value: value }, label);
  }

  function showAsk(a, p) {
    ask = a;
    answers.textContent = '';
    progress.textContent = p ? 'Question ' + p.step + ' of about ' + p.of : '';
    var options = a.options || [];
    if (a.kind === 'multi') return showMulti(a, options);
    if (a.kind === 'painmap') return showPainMap(options);
    if (a.kind === 'number') return showNumber(a);
    if (a.kind === 'scale') {
      var group = el('div', { role: 'group', 'aria-label': 'From 0, no pain, to 10, the worst imaginable' });
      for (var i = 0; i <= 10; i++) group.appendChild(numberButton(i));
      answers.appendChild(group);
      return;
    }
    options.forEach(function (o) {
      answers.appendChild(el('button', { class: 'opt', type: 'button', text: o.label, onclick: function () { sendChoice(o.value, o.label); } }));
    });
  }
  function numberButton(i) {
    return el('button', { class: 'opt', type: 'button', text: String(i), onclick: function () { sendChoice(i, String(i)); } });
  }
  function showNumber(a) {
    var field = el('input', { class: 'num', id: 'nc-num', type: 'number', inputmode: 'decimal', min: a.min, max: a.max });
    var units = { years: 'Age in years', days_per_month: 'Days a month', hours: 'Hours', months: 'Months', score: 'From 0 to 10' };
    var label = el('label', { for: 'nc-num', text: units[a.unit] || 'Number' });
    var go = el('button', { class: 'go', type: 'button', text: 'Send', onclick: function () {
      if (field.value !== '' && field.checkValidity()) sendChoice(Number(field.value), field.value);
      else field.focus();
    } });
    field.addEventListener('keydown', function (e) { if (e.key === 'Enter') go.click(); });
    answers.appendChild(label);
    answers.appendChild(field);
    answers.appendChild(go);
  }
  function showMulti(a, options) {
    var set = el('fieldset', null, el('legend', { text: 'Pick all that apply' }));
    var boxes = options.map(function (o) {
      var box = el('input', { type: 'checkbox', value: o.value });
      box.addEventListener('change', function () {
        var none = o.value === 'none';
        if (box.checked) boxes.forEach(function (b) { if (b !== box && (none || b.value === 'none')) b.checked = false; });
      });
      set.appendChild(el('label', null, box, document.createTextNode(o.label)));
      return box;
    });
    set.appendChild(el('button', { class: 'go', type: 'button', text: 'Continue', onclick: function () {
      var picked = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
      if (!picked.length) { addNote('Please pick at least one option, or "None of these".'); return; }
      sendChoice(picked, display(picked));
    } }));
    answers.appendChild(set);
  }

  // The pain map: front, side and back views; every region is a checkbox for mouse, touch and keyboard,
  // and the list below the figure is the same choice as plain text.
  var VIEWS = [
    ['Front', 0, [['forehead', 'ellipse', { cx: 55, cy: 38, rx: 26, ry: 12 }], ['temple', 'ellipse', { cx: 25, cy: 58, rx: 8, ry: 12 }],
      ['temple', 'ellipse', { cx: 85, cy: 58, rx: 8, ry: 12 }], ['around_eye', 'ellipse', { cx: 42, cy: 62, rx: 9, ry: 6 }],
      ['around_eye', 'ellipse', { cx: 68, cy: 62, rx: 9, ry: 6 }], ['face', 'ellipse', { cx: 55, cy: 84, rx: 18, ry: 10 }],
      ['jaw', 'ellipse', { cx: 55, cy: 106, rx: 20, ry: 7 }]]],
    ['Side', 110, [['vertex', 'ellipse', { cx: 55, cy: 22, rx: 22, ry: 8 }], ['behind_eye', 'ellipse', { cx: 78, cy: 60, rx: 7, ry: 6 }],
      ['temple', 'ellipse', { cx: 65, cy: 52, rx: 8, ry: 9 }], ['behind_ear', 'ellipse', { cx: 38, cy: 70, rx: 7, ry: 10 }],
      ['side_of_neck', 'rect', { x: 40, y: 112, width: 22, height: 26 }]]],
    ['Back', 220, [['occiput', 'ellipse', { cx: 55, cy: 60, rx: 26, ry: 16 }], ['base_of_skull', 'rect', { x: 34, y: 86, width: 42, height: 12 }],
      ['back_of_neck', 'rect', { x: 42, y: 102, width: 26, height: 34 }], ['shoulder', 'ellipse', { cx: 20, cy: 146, rx: 16, ry: 8 }],
      ['shoulder', 'ellipse', { cx: 90, cy: 146, rx: 16, ry: 8 }], ['arm', 'rect', { x: 0, y: 156, width: 12, height: 4 }]]]
  ];
  function showPainMap(options) {
    var labels = {};
    options.forEach(function (o) { labels[o.value] = o.label; });
    var picked = {};
    var figure = svg('svg', { viewBox: '0 0 330 170', role: 'group', 'aria-label': 'Head and neck: pick where it hurts' });
    var shapes = [];
    var boxes = {};
    function toggle(region) {
      picked[region] = !picked[region];
      shapes.forEach(function (s) { if (s.region === region) s.node.setAttribute('aria-checked', String(!!picked[region])); });
      if (boxes[region]) boxes[region].checked = !!picked[region];
    }
    VIEWS.forEach(function (view) {
      var g = svg('g', { transform: 'translate(' + view[1] + ',0)' });
      g.appendChild(svg('ellipse', { cx: 55, cy: 68, rx: 38, ry: 50, fill: 'none', stroke: '#4a5a60' }));
      var caption = svg('text', { x: 40, y: 168 });
      caption.textContent = view[0];
      g.appendChild(caption);
      view[2].forEach(function (spec) {
        var node = svg(spec[1], spec[2]);
        node.setAttribute('class', 'r');
        node.setAttribute('role', 'checkbox');
        node.setAttribute('tabindex', '0');
        node.setAttribute('aria-checked', 'false');
        node.setAttribute('aria-label', (labels[spec[0]] || spec[0]) + ' (' + view[0].toLowerCase() + ' view)');
        var t = svg('title', {});
        t.textContent = labels[spec[0]] || spec[0];
        node.appendChild(t);
        node.addEventListener('click', function () { toggle(spec[0]); });
        node.addEventListener('keydown', function (e) { if (e.key === ' ' || e.key === 'Enter') { e.preventDefault(); toggle(spec[0]); } });
        shapes.push({ region: spec[0], node: node });
        g.appendChild(node);
      });
      figure.appendChild(g);
    });
    var set = el('fieldset', null, el('legend', { text: 'Or pick from the list' }));
    options.forEach(function (o) {
      var box = el('input', { type: 'checkbox', value: o.value });
      box.addEventListener('change', function () { if (box.checked !== !!picked[o.value]) toggle(o.value); });
      boxes[o.value] = box;
      set.appendChild(el('label', null, box, document.createTextNode(o.label)));
    });
    set.appendChild(el('button', { class: 'go', type: 'button', text: 'Continue', onclick: function () {
      var regions = Object.keys(picked).filter(function (r) { return picked[r]; });
      if (!regions.length) { addNote('Please pick at least one area, or type where it hurts.'); return; }
      sendChoice(regions, regions.map(function (r) { return labels[r] || r; }).join(', '));
    } }));
    answers.appendChild(figure);
    answers.appendChild(set);
  }

  function showSummary(s) {
    ask = null;
    answers.textContent = '';
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
    if (advice.call && triage === 'emergency') banner.appendChild(el('a', { class: 'call', href: 'tel:' + advice.call, text: 'Call ' + advice.call }));
    card.appendChild(banner);
    var sections = s.sections || (s.text || '').split('\n\n').slice(1).map(function (t) { return { kind: 'text', text: t }; });
    var paragraph = function (p) { card.appendChild(el('p', { class: p.kind, text: p.text })); };
    sections.filter(function (p) { return p.kind === 'pattern'; }).forEach(paragraph);
    if (triage !== 'emergency' && s.neck) {
      var percent = Math.round(s.neck.probability * 100);
      card.appendChild(el('h3', { text: 'Does the neck play a part? ' + s.neck.band + ' (about ' + percent + '%)' }));
      var fill = el('span');
      fill.style.width = percent + '%'; // through the CSSOM: a page's Content-Security-Policy may forbid style attributes
      card.appendChild(el('div', { class: 'meter', role: 'img', 'aria-label': 'About ' + percent + ' percent' }, fill));
      factorList(card, s.factors, 'for', 'Pointing towards the neck');
      factorList(card, s.factors, 'against', 'Pointing away from the neck');
    }
    var skip = { advice: 1, flags: 1, pattern: 1, factors: 1, booking: 1 };
    sections.filter(function (p) { return !skip[p.kind]; }).forEach(paragraph);
    if (s.booking && s.booking.url) {
      // Through the server when it offers a tracking path, so the clinic can see which screenings led to a booking.
      var href = s.booking.track ? new URL(s.booking.track, base).href : s.booking.url;
      card.appendChild(el('a', { class: 'book' + (triage === 'routine' ? '' : ' second'), href: href, target: '_blank', rel: 'noopener', text: 'Book an assessment (ref. ' + s.booking.reference + ')' }));
    }
    log.appendChild(card);
    // The instruction comes first: show the top of the card, not its end.
    log.scrollTop = card.offsetTop - log.offsetTop - 8;
  }
  function factorList(card, factors, direction, heading) {
    var items = (factors || []).filter(function (f) { return f.direction === direction; });
    if (!items.length) return;
    var list = el('ul');
    items.forEach(function (f) { list.appendChild(el('li', { text: f.label || f.finding })); });
    card.appendChild(el('h3', { text: heading }));
    card.appendChild(list);
  }

  if (state.open || data.open === 'true' || state.token) {
    connect();
    if (state.open || data.open === 'true') open();
  }
})();
