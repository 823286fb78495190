/*
 * NeckCheck staff console: conversations, one transcript with what the screener understood, analytics,
 * the audit log and accounts. Plain DOM, no library. Everything that comes from the server, and above all
 * what visitors typed, is put on the page with textContent or as SVG text nodes: never as markup.
 */
(function () {
  'use strict';

  var view = document.getElementById('view');
  var me = null;
  var catalogue = { findings: {}, regions: {} };

  // triage, pattern and band come from the server with the catalogue (dialogs/texts.yaml, staff)
  var WORDS = {
    triage: {},
    pattern: {},
    band: {},
    status: { completed: 'Completed', active: 'In progress', abandoned: 'Abandoned' },
    verdict: { agree: 'Agrees', partly: 'Partly agrees', disagree: 'Disagrees' },
    finding: { present: 'reported', absent: 'denied', uncertain: 'unsure' }
  };

  // ---- DOM helpers: text only ----

  // Direction overrides and other invisible control characters a visitor typed are shown as what they are
  // ("\u2039U+202E\u203a"), so "invoice\u202Egnp.exe" cannot pass for "invoiceexe.png" on a clinician's screen.
  // The stored text stays exactly as typed.
  var CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

  function visible(text) {
    return String(text).replace(CONTROLS, function (c) {
      return '\u2039U+' + ('000' + c.charCodeAt(0).toString(16).toUpperCase()).slice(-4) + '\u203A';
    });
  }

  function el(tag, attrs) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      var value = attrs[name];
      if (value === undefined || value === null || value === false) return;
      if (name === 'text') node.textContent = visible(value);
      else if (name === 'on') Object.keys(value).forEach(function (type) { node.addEventListener(type, value[type]); });
      else node.setAttribute(name, value === true ? '' : String(value));
    });
    for (var i = 2; i < arguments.length; i++) append(node, arguments[i]);
    return node;
  }

  function append(node, child) {
    if (child === undefined || child === null || child === false) return;
    if (Array.isArray(child)) child.forEach(function (c) { append(node, c); });
    else node.appendChild(typeof child === 'string' ? document.createTextNode(visible(child)) : child);
  }

  var SVG = 'http://www.w3.org/2000/svg';

  function svg(tag, attrs, text) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, String(attrs[name])); });
    if (text !== undefined) node.textContent = String(text);
    return node;
  }

  function show() {
    while (view.firstChild) view.removeChild(view.firstChild);
    for (var i = 0; i < arguments.length; i++) append(view, arguments[i]);
  }

  function word(kind, value) {
    return value === null || value === undefined ? '—' : (WORDS[kind][value] || String(value));
  }

  function label(finding) {
    return catalogue.findings[finding] || String(finding).replace(/_/g, ' ');
  }

  function when(iso) {
    return iso ? new Date(iso).toLocaleString() : '—';
  }

  // ---- the staff API ----

  function csrf() {
    var match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : '';
  }

  function api(path, options) {
    options = options || {};
    var headers = { 'Accept': 'application/json' };
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    if (options.method && options.method !== 'GET') headers['X-XSRF-TOKEN'] = csrf();
    return fetch(path, {
      method: options.method || 'GET', credentials: 'same-origin', headers: headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body)
    }).then(function (response) {
      if (response.status === 401) {
        location.assign('/console/login' + location.hash);
        throw new Error('Your session has ended. Please log in again.');
      }
      if (response.status === 204) return null;
      return response.json().catch(function () { return {}; }).then(function (body) {
        if (!response.ok) throw new Error(body.message || body.detail || ('The server answered ' + response.status + '.'));
        return body;
      });
    });
  }

  function failed(error) {
    show(el('p', { class: 'error', role: 'alert', text: error.message }));
  }

  // ---- filters (list, exports and analytics share them) ----

  var FILTERS = ['from', 'to', 'triage', 'pattern', 'band', 'redFlag', 'status', 'booked', 'flag', 'q'];

  function select(name, title, options) {
    return el('label', {}, title, el('select', { name: name },
      el('option', { value: '', text: 'Any' }),
      Object.keys(options).map(function (value) { return el('option', { value: value, text: options[value] }); })));
  }

  function filterForm(params, target, full) {
    var form = el('form', { class: 'filters', role: 'search' },
      el('label', {}, 'From', el('input', { type: 'date', name: 'from' })),
      el('label', {}, 'To', el('input', { type: 'date', name: 'to' })),
      full && [
        select('triage', 'Triage', WORDS.triage),
        select('pattern', 'Pattern', WORDS.pattern),
        select('band', 'Neck', WORDS.band),
        select('redFlag', 'Red flags', { 'true': 'Any red flag', 'false': 'None' }),
        select('status', 'Status', WORDS.status),
        select('booked', 'Booking', { 'true': 'Clicked', 'false': 'Not clicked' }),
        el('label', { class: 'wide' }, 'Visitor’s words', el('input', { type: 'search', name: 'q', maxlength: 200, placeholder: 'e.g. botox' }))
      ],
      el('button', { type: 'submit', text: 'Apply' }),
      el('button', { type: 'button', class: 'secondary', text: 'Clear', on: { click: function () { location.hash = target; } } }));
    FILTERS.forEach(function (name) {
      if (form.elements[name] && params.get(name)) form.elements[name].value = params.get(name);
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      location.hash = target + '?' + formQuery(form).toString();
    });
    return form;
  }

  function formQuery(form) {
    var query = new URLSearchParams();
    FILTERS.forEach(function (name) {
      var field = form.elements[name];
      if (field && field.value) query.set(name, field.value);
    });
    return query;
  }

  function onlyFilters(params) {
    var query = new URLSearchParams();
    FILTERS.forEach(function (name) { if (params.get(name)) query.set(name, params.get(name)); });
    return query;
  }

  // ---- conversations ----

  function conversations(params) {
    var page = Number(params.get('page') || 0);
    var query = onlyFilters(params);
    query.set('page', page);
    query.set('size', 50);
    return Promise.all([api('/api/staff/conversations?' + query.toString()), api('/api/staff/conversations/queue')]).then(function (both) {
      var result = both[0];
      var queue = both[1];
      var filters = onlyFilters(params).toString();
      var exports = el('p', { class: 'exports' }, 'Export these: ',
        el('a', { href: '/api/staff/conversations/export.csv?' + filters, download: '', class: 'button secondary', text: 'CSV' }), ' ',
        el('a', { href: '/api/staff/conversations/export.json?' + filters, download: '', class: 'button secondary', text: 'JSON' }));
      var lookup = el('form', { class: 'lookup', role: 'search' },
        el('label', {}, 'Booking reference', el('input', { name: 'reference', placeholder: 'NC-…', autocomplete: 'off', spellcheck: 'false' })),
        el('button', { type: 'submit', class: 'secondary', text: 'Open' }));
      lookup.addEventListener('submit', function (event) {
        event.preventDefault();
        var reference = lookup.elements.reference.value.trim().toUpperCase();
        if (reference) location.hash = '#/ref/' + encodeURIComponent(reference);
      });
      var erased = params.get('erased');
      show(el('h1', { text: 'Conversations' }),
        erased ? el('p', { class: 'notice', role: 'status', text: 'Conversation ' + erased + ' was erased with its transcript.' }) : null,
        queuePanel(queue),
        filterForm(params, '#/conversations', true),
        el('div', { class: 'tools' }, exports, lookup),
        el('p', { class: 'count', text: result.total + (result.total === 1 ? ' conversation' : ' conversations') }),
        conversationTable(result.conversations), pager(params, page, result));
    });
  }

  /** Red-flag conversations nobody has marked reviewed yet, emergencies first, newest first: what a clinician reads first. */
  function queuePanel(rows) {
    return el('section', { class: 'queue', 'aria-labelledby': 'queue-heading' },
      el('h2', { id: 'queue-heading', text: 'To review: warning signs (' + rows.length + ')' }),
      rows.length ? el('ul', {}, rows.map(function (row) {
        return el('li', {},
          el('span', { class: 'badge ' + row.triage, text: word('triage', row.triage) }), ' ',
          el('a', { href: '#/c/' + row.id, class: 'mono', text: row.bookingReference }), ' ',
          el('span', { class: 'muted', text: when(row.startedAt) }), ' ',
          row.redFlags.length ? el('span', { class: 'flag', text: '⚠ ' + row.redFlags.map(label).join(', ') }) : null);
      })) : el('p', { class: 'muted', text: 'Every conversation with a warning sign has been reviewed.' }));
  }

  function conversationTable(rows) {
    if (!rows.length) return el('p', { class: 'empty', text: 'No conversation matches these filters.' });
    return el('table', { class: 'list' },
      el('thead', {}, el('tr', {}, ['Started', 'Status', 'Triage', 'Pattern', 'Neck', 'Red flags', 'Booked', 'Verdict', 'Reference']
        .map(function (h) { return el('th', { scope: 'col', text: h }); }))),
      el('tbody', {}, rows.map(function (row) {
        var flagged = row.redFlags.length > 0 || (row.triage && row.triage !== 'routine');
        return el('tr', { class: flagged ? 'flagged' : null },
          el('td', {}, el('a', { href: '#/c/' + row.id, text: when(row.startedAt) })),
          el('td', { text: word('status', row.status) }),
          el('td', {}, row.triage ? el('span', { class: 'badge ' + row.triage, text: word('triage', row.triage) }) : '—'),
          el('td', { text: word('pattern', row.pattern) }),
          el('td', { text: row.neckBand ? word('band', row.neckBand) + ' (' + Math.round(row.neckProbability * 100) + '%)' : '—' }),
          el('td', {}, row.redFlags.length ? el('span', { class: 'flag', text: '⚠ ' + row.redFlags.map(label).join(', ') }) : '—'),
          el('td', { text: row.bookingClickedAt ? 'Yes' : '—' }),
          el('td', { text: row.verdict ? word('verdict', row.verdict) : '—' }),
          el('td', { class: 'mono', text: row.bookingReference }));
      })));
  }

  function pager(params, page, result) {
    var pages = Math.max(1, Math.ceil(result.total / result.size));
    function go(to) {
      var query = onlyFilters(params);
      query.set('page', to);
      return '#/conversations?' + query.toString();
    }
    return el('nav', { class: 'pager', 'aria-label': 'Pages' },
      page > 0 ? el('a', { href: go(page - 1), text: '← Newer' }) : null,
      el('span', { text: 'Page ' + (page + 1) + ' of ' + pages }),
      page + 1 < pages ? el('a', { href: go(page + 1), text: 'Older →' }) : null);
  }

  // ---- one conversation ----

  function conversation(path) {
    return api(path).then(function (detail) {
      var c = detail.conversation;
      show(el('p', {}, el('a', { href: '#/conversations', text: '← All conversations' })),
        el('h1', {}, 'Conversation ', el('span', { class: 'mono', text: c.bookingReference })),
        el('p', { class: 'facts' },
          'Started ' + when(c.startedAt) + ' · ' + word('status', c.status) +
          (c.bookingClickedAt ? ' · booking link clicked ' + when(c.bookingClickedAt) : ' · booking link not clicked')),
        intakePanel(detail.intake, '/api/staff/conversations/' + c.id),
        el('div', { class: 'review' },
          el('section', { class: 'transcript', 'aria-labelledby': 'transcript-heading' },
            el('h2', { id: 'transcript-heading', text: 'Transcript' }),
            legend(),
            el('ol', { class: 'lines' }, detail.transcript.map(line))),
          el('aside', { class: 'side' }, reviewedPanel(c), summaryPanel(detail.summary, c), verdictForm(c, detail.verdict), eraseButton(c))));
    }).catch(failed);
  }

  // ---- the pre-visit intake: the facts where a clinician looks for them, above the transcript ----

  function number(value, unit) {
    return value === null || value === undefined ? 'not told' : String(Math.round(value * 10) / 10) + (unit ? ' ' + unit : '');
  }

  function answerBadge(answer) {
    return el('span', { class: 'answer ' + String(answer).replace(/ /g, '-'), text: answer });
  }

  function intakePanel(intake, reportLink) {
    if (!intake) return null;
    var sideWords = { left: 'left', right: 'right', both: 'both sides', alternating: 'switches sides' };
    var outcome = intake.outcome;
    return el('section', { class: 'intake', 'aria-labelledby': 'intake-heading' },
      el('div', { class: 'intake-head' },
        el('h2', { id: 'intake-heading', text: 'Pre-visit intake' }),
        reportLink ? el('p', { class: 'exports' },
          el('a', { href: reportLink + '/report.pdf', download: '', class: 'button secondary', text: 'Download the pre-visit report (PDF)' }), ' ',
          el('a', { href: reportLink + '/fhir', download: '', class: 'button secondary', text: 'FHIR R4 export' })) : null),
      el('div', { class: 'intake-grid' },
        el('div', { class: 'card facts-card' },
          el('h3', { text: 'The headache' }),
          el('dl', { class: 'facts-list' },
            el('dt', { text: 'Age' }), el('dd', { text: number(intake.age, 'years') }),
            el('dt', { text: 'Side' }), el('dd', { text: intake.side ? sideWords[intake.side] || intake.side : 'not told' }),
            el('dt', { text: 'Headache days' }), el('dd', { text: number(intake.headacheDays, 'a month') }),
            el('dt', { text: 'Attack length' }), el('dd', { text: number(intake.attackHours, 'hours') }),
            el('dt', { text: 'Severity at worst' }), el('dd', { text: intake.severity === undefined ? 'not told' : number(intake.severity) + ' of 10' })),
          intake.sections.map(function (section) {
            var told = section.items.filter(function (i) { return i.answer !== 'not asked'; });
            return [el('h3', { text: section.label }), told.length ? el('ul', { class: 'answers' }, told.map(function (i) {
              return el('li', {}, answerBadge(i.answer), ' ', i.label);
            })) : el('p', { class: 'muted', text: 'Not asked' })];
          })),
        el('div', { class: 'card' },
          el('h3', { text: 'Where it hurts' }),
          painDrawing(intake.regions, intake.side),
          el('p', { class: 'regions', text: intake.regions.length ? intake.regions.map(function (r) { return r.label; }).join(', ') : 'No regions told' }),
          el('h3', { text: 'Consider examining' }),
          intake.examine.length ? el('ol', { class: 'examine' }, intake.examine.map(function (s) {
            return el('li', {}, el('strong', { text: s.label + (s.side && s.side !== 'both' && s.side !== 'alternating' ? ', ' + s.side : '') }),
              el('span', { class: 'reason', text: s.reason }), el('span', { class: 'source', text: s.source }));
          })) : el('p', { class: 'muted', text: 'Nothing on the pain map points to one structure.' }),
          el('p', { class: 'muted small', text: 'From the referral map (Travell & Simons); for staff only, not a finding.' })),
        el('div', { class: 'card' },
          el('h3', { text: 'Medicines' }),
          el('table', { class: 'medicines' },
            el('thead', {}, el('tr', {}, ['Class', 'Takes', 'Days a month', 'Limit'].map(function (h) { return el('th', { scope: 'col', text: h }); }))),
            el('tbody', {}, intake.medicines.map(function (m) {
              return el('tr', { class: m.atOrOver ? 'over' : null }, el('td', { text: m.label }), el('td', {}, answerBadge(m.takes)),
                el('td', { text: m.daysPerMonth === undefined ? '—' : number(m.daysPerMonth) }), el('td', { text: '≥ ' + number(m.threshold) }));
            }))),
          el('p', { class: intake.overuse.suspected ? 'overuse flag' : 'overuse', text: intake.overuse.suspected
            ? 'Medication overuse suspected (ICHD-3 8.2): ' + intake.overuse.criteria : 'Medication overuse: criteria not met' }),
          el('h3', { text: 'Treatments tried' }),
          el('p', { text: intake.treatments === undefined ? 'Not asked' : intake.treatments.length ? intake.treatments.join(', ') : 'None' }),
          outcome ? [el('h3', { text: 'The screener' }),
            el('dl', { class: 'facts-list' },
              el('dt', { text: 'Triage' }), el('dd', { text: word('triage', outcome.triage) }),
              el('dt', { text: 'Pattern' }), el('dd', { text: word('pattern', outcome.pattern) }),
              el('dt', { text: 'Neck contributes' }), el('dd', { text: outcome.band ? word('band', outcome.band) + ' (' + Math.round(outcome.probability * 100) + '%)' : '—' })),
            outcome.factors.length ? el('ul', { class: 'factors' }, outcome.factors.map(function (f) {
              return el('li', { text: (f.weight > 0 ? '+ ' : '− ') + f.label });
            })) : null] : null),
        el('div', { class: 'card signs-card' },
          el('h3', { text: 'Warning signs' }),
          el('table', { class: 'signs' },
            el('thead', {}, el('tr', {}, ['Sign', 'Answer', 'From'].map(function (h) { return el('th', { scope: 'col', text: h }); }))),
            el('tbody', {}, intake.warningSigns.map(function (w) {
              var from = w.words ? '“' + w.words + '”' + (w.question ? ', then: ' + w.question : '') : (w.question || '—');
              return el('tr', { class: w.answer === 'yes' || w.answer === 'not sure' ? 'raised' : null },
                el('td', { text: w.label }), el('td', {}, answerBadge(w.answer)), el('td', { class: 'from', text: from }));
            }))))));
  }

  /** The visitor's regions on the widget's own drawing (web/widget.js lends it to the console). */
  function painDrawing(regions, side) {
    var drawing = window.NeckCheckDrawing;
    if (!drawing) return null;
    var marked = {};
    regions.forEach(function (r) { marked[r.id] = true; });
    var sides = side === 'left' || side === 'right' ? [side] : ['left', 'right'];
    return el('div', { class: 'drawing' }, Object.keys(drawing.outline).map(function (view) {
      var figure = svg('svg', { viewBox: '0 0 200 256', role: 'img', 'aria-label': view + ' view: ' + (regions.length
        ? regions.map(function (r) { return r.label; }).join(', ') : 'nothing marked') });
      figure.appendChild(svg('path', { class: 'outline', d: drawing.outline[view] }));
      drawing.regions.filter(function (r) { return r[0] === view; }).forEach(function (r) {
        var on = marked[r[1]] && (!r[2] || sides.indexOf(r[2]) >= 0);
        var shape = svg(r[3], r[4]);
        shape.setAttribute('class', on ? 'region on' : 'region');
        figure.appendChild(shape);
      });
      return el('figure', {}, figure, el('figcaption', { text: view }));
    }));
  }

  function legend() {
    return el('p', { class: 'legend' }, 'Highlighted: what the screener understood — ',
      el('mark', { class: 'f present', text: 'reported' }), ' ',
      el('mark', { class: 'f absent', text: 'denied' }), ' ',
      el('mark', { class: 'f uncertain', text: 'unsure' }));
  }

  function line(entry) {
    var visitor = entry.speaker === 'visitor';
    var who = visitor ? 'Visitor' : (entry.kind === 'summary' ? 'Summary' : 'Screener');
    var words = el('p', { class: 'words' });
    var noted = entry.noted || [];
    if (visitor && entry.kind === 'text') highlight(words, entry.text || '', noted);
    else words.textContent = visible(entry.text || (entry.kind === 'summary' ? 'The summary was shown (see the right).' : ''));
    var unplaced = noted.filter(function (f) { return !placeable(f, entry.text || '') || entry.kind !== 'text'; });
    return el('li', { class: 'line ' + (visitor ? 'visitor' : 'bot') + (entry.kind === 'choice' ? ' choice' : '') },
      el('p', { class: 'meta' }, el('span', { text: '#' + entry.seq }), ' ', el('span', { text: who }), ' ',
        el('time', { datetime: entry.at, text: new Date(entry.at).toLocaleTimeString() })),
      words,
      unplaced.length ? el('ul', { class: 'noted' }, unplaced.map(function (f) {
        return el('li', { class: 'f ' + f.status, text: findingText(f) });
      })) : null);
  }

  function placeable(f, text) {
    return typeof f.start === 'number' && typeof f.end === 'number' && f.start >= 0 && f.end > f.start && f.end <= text.length;
  }

  function findingText(f) {
    var parts = [label(f.finding) + ': ' + (WORDS.finding[f.status] || f.status)];
    if (f.side) parts.push(f.side);
    if (f.regions && f.regions.length) parts.push(f.regions.map(function (r) { return catalogue.regions[r] || r; }).join(', '));
    if (typeof f.value === 'number') parts.push(String(f.value));
    return parts.join(' · ');
  }

  /** The visitor's words as text nodes, with each noted span wrapped in a <mark> naming its finding. */
  function highlight(target, text, noted) {
    var spans = noted.filter(function (f) { return placeable(f, text); })
      .sort(function (a, b) { return a.start - b.start || b.end - a.end; });
    var cursor = 0;
    var last = null;
    spans.forEach(function (f) {
      if (last && f.start < cursor) {
        // Words already marked for another finding: name this one on the same mark.
        last.appendChild(el('span', { class: 'tag', 'data-finding': f.finding, text: findingText(f) }));
        return;
      }
      append(target, text.slice(cursor, f.start));
      last = el('mark', { class: 'f ' + f.status, title: findingText(f), 'data-finding': f.finding },
        text.slice(f.start, f.end), el('span', { class: 'tag', text: findingText(f) }));
      target.appendChild(last);
      cursor = f.end;
    });
    append(target, text.slice(cursor));
  }

  function summaryPanel(summary, c) {
    if (!summary) {
      return el('section', { class: 'panel' }, el('h2', { text: 'Summary' }),
        el('p', { class: 'muted', text: 'No summary yet: the visitor has not finished the screening.' }));
    }
    var factors = summary.factors || [];
    function factorList(direction, heading) {
      var items = factors.filter(function (f) { return f.direction === direction; });
      if (!items.length) return null;
      return [el('h3', { text: heading }), el('ul', {}, items.map(function (f) {
        return el('li', { text: (f.label || label(f.finding)) + ' (' + (f.weight > 0 ? '+' : '') + f.weight.toFixed(2) + ')' });
      }))];
    }
    return el('section', { class: 'panel' },
      el('h2', { text: 'Summary' }),
      el('p', { class: 'banner ' + summary.triage, text: word('triage', summary.triage) + (summary.advice && summary.advice.heading ? ': ' + summary.advice.heading : '') }),
      (summary.redFlags || []).length ? el('ul', { class: 'flags' }, summary.redFlags.map(function (f) {
        return el('li', { text: '⚠ ' + (f.label || label(f.finding)) });
      })) : null,
      el('dl', { class: 'facts' },
        el('dt', { text: 'Pattern' }), el('dd', { text: word('pattern', summary.pattern) }),
        el('dt', { text: 'Neck contributes' }), el('dd', { text: summary.neck ? word('band', summary.neck.band) + ' (' + Math.round(summary.neck.probability * 100) + '%)' : '—' }),
        el('dt', { text: 'Medication overuse' }), el('dd', { text: summary.medicationOveruse ? 'Criteria met' : 'No' })),
      factorList('for', 'Pointing towards the neck'),
      factorList('against', 'Pointing away from the neck'),
      el('details', {}, el('summary', { text: 'What the visitor was shown' }),
        (summary.sections || []).map(function (s) { return el('p', { text: s.text }); })),
      (summary.skipped || []).length ? el('details', { class: 'skipped' },
        el('summary', { text: 'Questions not asked (' + summary.skipped.length + ')' }),
        el('ul', {}, summary.skipped.map(function (s) { return el('li', { text: s.question + ': ' + s.why }); }))) : null);
  }

  /** Whether a clinician has read this conversation; marking it takes it off the red-flag queue. */
  function reviewedPanel(c) {
    var status = el('p', { role: 'status' });
    var button = el('button', { type: 'button', class: 'secondary' });
    function render(row) {
      status.textContent = row.reviewedAt ? 'Reviewed by ' + row.reviewedBy + ', ' + when(row.reviewedAt) : 'Not reviewed yet';
      button.textContent = row.reviewedAt ? 'Mark as not reviewed' : 'Mark as reviewed';
      button.onclick = function () {
        api('/api/staff/conversations/' + c.id + '/reviewed', { method: 'PUT', body: { reviewed: !row.reviewedAt } })
          .then(render).catch(function (error) { status.textContent = error.message; });
      };
    }
    render(c);
    return el('section', { class: 'panel reviewed' }, el('h2', { text: 'Review' }), status, button);
  }

  function labelSelect(id, name, title, options) {
    return el('label', { for: id, class: 'label-select' }, title,
      el('select', { id: id, name: name }, el('option', { value: '', text: '—' }),
        Object.keys(options).map(function (value) { return el('option', { value: value, text: options[value] }); })));
  }

  function verdictForm(c, verdict) {
    var status = el('p', { class: 'muted', role: 'status', text: verdict ? 'Saved by ' + verdict.author + ', ' + when(verdict.at) : 'No verdict yet.' });
    var form = el('form', { class: 'panel verdict' },
      el('h2', { text: 'Clinician’s verdict' }),
      el('fieldset', {}, el('legend', { text: 'The screener’s result' }),
        ['agree', 'partly', 'disagree'].map(function (value) {
          return el('label', { class: 'radio' }, el('input', { type: 'radio', name: 'agreement', value: value, required: true }),
            ' ' + { agree: 'I agree', partly: 'I partly agree', disagree: 'I disagree' }[value]);
        })),
      el('label', { for: 'impression' }, 'Final impression'),
      el('textarea', { id: 'impression', name: 'impression', rows: 4, maxlength: 4000 }),
      el('fieldset', { class: 'labels' }, el('legend', { text: 'Your own outcome (for agreement; optional)' }),
        labelSelect('v-triage', 'triage', 'Triage', WORDS.triage),
        labelSelect('v-pattern', 'pattern', 'Pattern', WORDS.pattern),
        labelSelect('v-band', 'band', 'Neck contributes (band)', WORDS.band),
        labelSelect('v-neck', 'neckContributes', 'Does the neck contribute?', { 'true': 'Yes', 'false': 'No' })),
      el('button', { type: 'submit', text: 'Save verdict' }), status);
    if (verdict) {
      form.elements.agreement.value = verdict.agreement;
      form.elements.impression.value = verdict.impression || '';
      var labels = verdict.labels || {};
      form.elements.triage.value = labels.triage || '';
      form.elements.pattern.value = labels.pattern || '';
      form.elements.band.value = labels.band || '';
      form.elements.neckContributes.value = labels.neckContributes === undefined ? '' : String(labels.neckContributes);
    }
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      api('/api/staff/conversations/' + c.id + '/verdict', {
        method: 'PUT', body: {
          agreement: form.elements.agreement.value, impression: form.elements.impression.value,
          triage: form.elements.triage.value || null, pattern: form.elements.pattern.value || null,
          band: form.elements.band.value || null,
          neckContributes: form.elements.neckContributes.value === '' ? null : form.elements.neckContributes.value === 'true'
        }
      }).then(function (saved) {
        status.textContent = 'Saved by ' + saved.author + ', ' + when(saved.at);
      }).catch(function (error) { status.textContent = error.message; });
    });
    return form;
  }

  function eraseButton(c) {
    if (!me || me.role !== 'ADMIN') return null;
    return el('section', { class: 'panel' }, el('h2', { text: 'Erase' }),
      el('p', { class: 'muted', text: 'Removes the transcript, its findings and the verdict for good. The audit log keeps that you did.' }),
      el('button', { type: 'button', class: 'danger', text: 'Erase this conversation', on: { click: function () {
        confirmDialog('Erase conversation ' + c.bookingReference + ' and its transcript? This cannot be undone.').then(function (ok) {
          if (!ok) return;
          api('/api/staff/conversations/' + c.id, { method: 'DELETE' }).then(function () {
            location.hash = '#/conversations?erased=' + encodeURIComponent(c.bookingReference);
          }).catch(failed);
        });
      } } }));
  }

  function confirmDialog(text) {
    var dialog = document.getElementById('confirm');
    document.getElementById('confirm-text').textContent = text;
    return new Promise(function (resolve) {
      dialog.addEventListener('close', function done() {
        dialog.removeEventListener('close', done);
        resolve(dialog.returnValue === 'ok');
      });
      dialog.returnValue = 'cancel';
      dialog.showModal();
    });
  }

  // ---- analytics ----

  function analytics(params) {
    var filters = onlyFilters(params).toString();
    return Promise.all([api('/api/staff/analytics?' + filters), api('/api/staff/analytics/agreement?' + filters)]).then(function (both) {
      var report = both[0];
      var f = report.funnel;
      show(el('h1', { text: 'Analytics' }), filterForm(params, '#/analytics', false),
        agreementPanel(both[1], filters),
        el('div', { class: 'charts' },
          chart('Conversations per day', dailyChart(report.days)),
          chart('Funnel', bars([
            { label: 'Started', value: f.started },
            { label: 'Completed', value: f.completed, note: percent(f.completed, f.started) },
            { label: 'Booking clicked', value: f.bookingClicked, note: percent(f.bookingClicked, f.started) }])),
          chart('Triage', bars(entries(report.triage, 'triage'))),
          chart('Pattern', bars(entries(report.pattern, 'pattern'))),
          chart('Neck contributes', bars(entries(report.band, 'band'))),
          chart('Red flags by kind', bars(report.redFlags.map(function (r) { return { label: r.label, value: r.conversations }; }))),
          chart('Where unfinished conversations stopped', bars(report.dropOff.map(function (d) {
            return { label: d.text || d.question, value: d.conversations };
          })))));
    });
  }

  /** Agreement with clinicians over the labelled conversations, and the calibration of the neck probability. */
  function agreementPanel(a, filters) {
    function row(title, m) {
      return el('tr', {}, el('th', { scope: 'row', text: title }), el('td', { text: String(m.pairs) }), el('td', { text: String(m.agreed) }),
        el('td', { text: m.percent === undefined || m.percent === null ? '—' : m.percent + '%' }),
        el('td', { text: m.kappa === undefined || m.kappa === null ? '—' : m.kappa.toFixed(2) }));
    }
    return el('section', { class: 'agreement card', 'aria-labelledby': 'agreement-heading' },
      el('h2', { id: 'agreement-heading', text: 'Agreement with clinicians' }),
      el('p', { class: 'muted', text: a.cases + (a.cases === 1 ? ' conversation' : ' conversations') +
        ' with a clinician’s own outcome (from the verdict form).' }),
      el('div', { class: 'agreement-grid' },
        el('table', { class: 'list agreement-table' },
          el('thead', {}, el('tr', {}, ['', 'Pairs', 'Agree', 'Agreement', 'Cohen’s κ'].map(function (h) { return el('th', { scope: 'col', text: h }); }))),
          el('tbody', {}, row('Triage', a.triage), row('Pattern', a.pattern), row('Neck band', a.band))),
        chart('Calibration: screener’s neck probability against the clinicians', calibrationChart(a.calibration))),
      el('p', {}, el('a', { href: '/api/staff/analytics/labelled.json?' + filters, download: '', class: 'button secondary', text: 'Export labelled cases (JSON)' }),
        ' ', el('span', { class: 'muted', text: 'To propose new neck weights from them: java -jar neckcheck.jar refit-neck-model neckcheck-labelled-cases.json' })));
  }

  /** Observed share of "the neck contributes" against the mean predicted probability, per tenth; the diagonal is perfect. */
  function calibrationChart(bins) {
    var size = 300, pad = 50;
    var scale = function (v) { return pad + v * (size - pad - 26); };
    var chartSvg = svg('svg', { viewBox: '0 0 ' + size + ' ' + size, role: 'img', 'class': 'calibration' });
    var used = bins.filter(function (b) { return b.cases > 0; });
    chartSvg.appendChild(svg('title', {}, used.length ? used.map(function (b) {
      return Math.round(b.from * 100) + '–' + Math.round(b.to * 100) + '%: ' + b.cases + ' cases, predicted ' + Math.round(b.meanPredicted * 100) + '%, observed ' + Math.round(b.observed * 100) + '%';
    }).join('; ') : 'No labelled cases yet'));
    chartSvg.appendChild(svg('line', { x1: scale(0), y1: size - scale(0), x2: scale(1), y2: size - scale(1), 'class': 'diagonal' }));
    chartSvg.appendChild(svg('line', { x1: scale(0), y1: size - scale(0), x2: scale(1), y2: size - scale(0), 'class': 'axis' }));
    chartSvg.appendChild(svg('line', { x1: scale(0), y1: size - scale(0), x2: scale(0), y2: size - scale(1), 'class': 'axis' }));
    [0, 0.5, 1].forEach(function (v) {
      chartSvg.appendChild(svg('text', { x: scale(v), y: size - 18, 'text-anchor': 'middle', 'class': 'tick' }, Math.round(v * 100) + '%'));
      chartSvg.appendChild(svg('text', { x: pad - 8, y: size - scale(v) + 5, 'text-anchor': 'end', 'class': 'tick' }, Math.round(v * 100) + '%'));
    });
    used.forEach(function (b) {
      chartSvg.appendChild(svg('circle', { cx: scale(b.meanPredicted), cy: size - scale(b.observed), r: Math.min(12, 4 + Math.sqrt(b.cases) * 2), 'class': 'point' }));
    });
    return el('div', {}, chartSvg, el('p', { class: 'key', text: 'Across: the screener’s probability. Up: the share the clinicians found the neck contributing. On the diagonal is well calibrated.' }));
  }

  function percent(part, whole) {
    return whole ? Math.round(100 * part / whole) + '%' : '';
  }

  function entries(counts, kind) {
    return Object.keys(counts).map(function (key) { return { label: word(kind, key), value: counts[key] }; });
  }

  function chart(title, figure) {
    return el('figure', { class: 'chart' }, el('figcaption', { text: title }), figure);
  }

  /** Horizontal bars, one per row, as SVG with the label and count as text nodes. */
  function bars(rows) {
    if (!rows.length) return el('p', { class: 'empty', text: 'Nothing to count yet.' });
    var max = Math.max.apply(null, rows.map(function (r) { return r.value; }).concat([1]));
    var rowHeight = 34, labelWidth = 270, width = 560;
    var chartSvg = svg('svg', { viewBox: '0 0 ' + width + ' ' + rows.length * rowHeight, role: 'img', 'class': 'bars' });
    chartSvg.appendChild(svg('title', {}, rows.map(function (r) { return r.label + ': ' + r.value; }).join('; ')));
    rows.forEach(function (r, i) {
      var y = i * rowHeight;
      var barWidth = Math.max(r.value > 0 ? 2 : 0, (width - labelWidth - 100) * r.value / max);
      var label = svg('text', { x: labelWidth - 8, y: y + 23, 'text-anchor': 'end', 'class': 'label' }, shorten(r.label, 24));
      label.appendChild(svg('title', {}, r.label));
      chartSvg.appendChild(label);
      chartSvg.appendChild(svg('rect', { x: labelWidth, y: y + 6, width: barWidth, height: rowHeight - 12, rx: 3, 'class': 'bar' }));
      chartSvg.appendChild(svg('text', { x: labelWidth + barWidth + 6, y: y + 23, 'class': 'value' }, r.value + (r.note ? ' (' + r.note + ')' : '')));
    });
    return chartSvg;
  }

  /** One column per day: started, with the completed part drawn inside it. */
  function dailyChart(days) {
    if (!days.length) return el('p', { class: 'empty', text: 'No conversations in this period.' });
    var width = 560, height = 200, bottom = 30, left = 36;
    var max = Math.max.apply(null, days.map(function (d) { return d.started; }).concat([1]));
    var step = (width - left) / days.length;
    var chartSvg = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'class': 'columns' });
    chartSvg.appendChild(svg('title', {}, days.map(function (d) { return d.day + ': ' + d.started + ' started, ' + d.completed + ' completed'; }).join('; ')));
    chartSvg.appendChild(svg('text', { x: 0, y: 18, 'class': 'value' }, max));
    chartSvg.appendChild(svg('line', { x1: left, y1: height - bottom, x2: width, y2: height - bottom, 'class': 'axis' }));
    var labelEvery = Math.ceil(days.length / 6);
    days.forEach(function (d, i) {
      var x = left + i * step + step * 0.15;
      var w = Math.max(1, step * 0.7);
      var scale = (height - bottom - 16) / max;
      chartSvg.appendChild(svg('rect', { x: x, y: height - bottom - d.started * scale, width: w, height: d.started * scale, 'class': 'bar started' }));
      chartSvg.appendChild(svg('rect', { x: x, y: height - bottom - d.completed * scale, width: w, height: d.completed * scale, 'class': 'bar completed' }));
      if (i % labelEvery === 0) chartSvg.appendChild(svg('text', { x: x + w / 2, y: height - 6, 'text-anchor': 'middle', 'class': 'label' }, d.day.slice(5)));
    });
    return el('div', {}, chartSvg, el('p', { class: 'key' },
      el('span', { class: 'swatch started' }), ' started ', el('span', { class: 'swatch completed' }), ' completed'));
  }

  function shorten(text, max) {
    text = String(text);
    return text.length > max ? text.slice(0, max - 1) + '…' : text;
  }

  // ---- audit log (admins) ----

  function audit(params) {
    var query = new URLSearchParams();
    ['before', 'conversation', 'actor'].forEach(function (name) { if (params.get(name)) query.set(name, params.get(name)); });
    query.set('limit', 100);
    return api('/api/staff/audit?' + query.toString()).then(function (events) {
      var older = null;
      if (events.length === 100) {
        query.set('before', events[events.length - 1].id);
        query.delete('limit');
        older = el('a', { href: '#/audit?' + query.toString(), text: 'Older events →' });
      }
      show(el('h1', { text: 'Audit log' }),
        el('p', { class: 'muted', text: 'Every login, view, export, erasure, verdict and purge, newest first. Nobody can change it.' }),
        el('table', { class: 'list' },
          el('thead', {}, el('tr', {}, ['When', 'Who', 'What', 'Conversation', 'Detail'].map(function (h) { return el('th', { scope: 'col', text: h }); }))),
          el('tbody', {}, events.map(function (e) {
            return el('tr', {},
              el('td', { text: when(e.at) }), el('td', { text: e.actor }), el('td', { class: 'mono', text: e.action }),
              el('td', {}, e.bookingReference ? el('a', { href: '#/ref/' + e.bookingReference, class: 'mono', text: e.bookingReference })
                : e.conversationId ? el('a', { href: '#/c/' + e.conversationId, class: 'mono', text: e.conversationId.slice(0, 8) }) : '—'),
              el('td', { text: e.detail || '' }));
          }))),
        el('nav', { class: 'pager' }, older));
    });
  }

  // ---- accounts (admins) and one's own password ----

  function accounts() {
    return api('/api/staff/accounts').then(function (list) {
      var message = el('p', { role: 'status', class: 'muted' });
      var form = el('form', { class: 'panel inline' },
        el('h2', { text: 'New account' }),
        el('label', {}, 'Username', el('input', { name: 'username', required: true, pattern: '[a-z0-9][a-z0-9._\\-]{1,63}', autocomplete: 'off' })),
        el('label', {}, 'Password (12+ characters)', el('input', { name: 'password', type: 'password', minlength: 12, required: true, autocomplete: 'new-password' })),
        el('label', {}, 'Role', el('select', { name: 'role' }, el('option', { value: 'STAFF', text: 'Staff' }), el('option', { value: 'ADMIN', text: 'Admin' }))),
        el('button', { type: 'submit', text: 'Create' }), message);
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        api('/api/staff/accounts', { method: 'POST', body: { username: form.elements.username.value, password: form.elements.password.value, role: form.elements.role.value } })
          .then(function () { route(); })
          .catch(function (error) { message.textContent = error.message; });
      });
      show(el('h1', { text: 'Accounts' }),
        el('table', { class: 'list' },
          el('thead', {}, el('tr', {}, ['Username', 'Role', 'State', 'Created', 'By', ''].map(function (h) { return el('th', { scope: 'col', text: h }); }))),
          el('tbody', {}, list.map(function (a) {
            return el('tr', { class: a.enabled ? null : 'disabled' },
              el('td', { text: a.username }), el('td', { text: a.role === 'ADMIN' ? 'Admin' : 'Staff' }),
              el('td', { text: a.enabled ? 'Active' : 'Disabled' }), el('td', { text: when(a.createdAt) }), el('td', { text: a.createdBy }),
              el('td', {}, a.username === me.username ? null : el('button', { type: 'button', class: 'secondary', text: a.enabled ? 'Disable' : 'Enable', on: { click: function () {
                api('/api/staff/accounts/' + encodeURIComponent(a.username) + '/enabled', { method: 'PUT', body: { enabled: !a.enabled } }).then(route).catch(failed);
              } } })));
          }))),
        form);
    });
  }

  function password() {
    var message = el('p', { role: 'status', class: 'muted' });
    var form = el('form', { class: 'panel inline' },
      el('label', {}, 'Current password', el('input', { name: 'current', type: 'password', required: true, autocomplete: 'current-password' })),
      el('label', {}, 'New password (12+ characters)', el('input', { name: 'password', type: 'password', minlength: 12, required: true, autocomplete: 'new-password' })),
      el('button', { type: 'submit', text: 'Change password' }), message);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      api('/api/staff/me/password', { method: 'POST', body: { current: form.elements.current.value, password: form.elements.password.value } })
        .then(function () { message.textContent = 'Your password is changed.'; form.reset(); })
        .catch(function (error) { message.textContent = error.message; });
    });
    show(el('h1', { text: 'Your password' }), form);
    return Promise.resolve();
  }

  // ---- routing ----

  function route() {
    var hash = location.hash || '#/conversations';
    var q = hash.indexOf('?');
    var path = q < 0 ? hash : hash.slice(0, q);
    var params = new URLSearchParams(q < 0 ? '' : hash.slice(q + 1));
    var name = path.split('/')[1] || 'conversations';
    document.querySelectorAll('nav [data-view]').forEach(function (link) {
      if (link.getAttribute('data-view') === name) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    });
    var done;
    if (name === 'c') done = conversation('/api/staff/conversations/' + encodeURIComponent(path.split('/')[2] || ''));
    else if (name === 'ref') done = conversation('/api/staff/conversations/by-reference/' + encodeURIComponent(decodeURIComponent(path.split('/')[2] || '')));
    else if (name === 'analytics') done = analytics(params);
    else if (name === 'audit') done = audit(params);
    else if (name === 'accounts') done = accounts();
    else if (name === 'password') done = password();
    else done = conversations(params);
    return Promise.resolve(done).catch(failed).then(function () { view.focus({ preventScroll: true }); });
  }

  document.getElementById('logout').addEventListener('click', function () {
    api('/console/logout', { method: 'POST' }).catch(function () {}).then(function () { location.assign('/console/login'); });
  });

  Promise.all([api('/api/staff/me'), api('/api/staff/findings')]).then(function (results) {
    me = results[0];
    catalogue = results[1];
    var labels = catalogue.labels || {};
    WORDS.triage = labels.triage || {};
    WORDS.pattern = labels.pattern || {};
    WORDS.band = labels.band || {};
    var who = document.getElementById('who');
    who.appendChild(el('a', { href: '#/password', title: 'Change your password', text: me.username }));
    if (me.role === 'ADMIN') document.querySelectorAll('[data-admin]').forEach(function (link) { link.hidden = false; });
    window.addEventListener('hashchange', route);
    return route();
  }).catch(failed);
}());
