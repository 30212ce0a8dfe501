/*
 * CEP events widget. Two lines in any page:
 *   <script src="https://<api>/embed/events.js" defer></script>
 *   <cep-events tag="violent-extremism" limit="5"></cep-events>
 * Attributes and CSS custom properties are described in /embed/demo.html; `thumbnails` shows each event's picture.
 * It renders into Shadow DOM, so the page's styles and its own do not mix, and it never throws into the page.
 */
(function () {
  'use strict';

  if (!window.customElements || !window.fetch || window.customElements.get('cep-events')) {
    return;
  }

  var script = document.currentScript;
  var DEFAULT_API = script && script.src ? new URL('..', script.src).href.replace(/\/+$/, '') : '';
  var DEFAULT_LIMIT = 5;
  var MAX_LIMIT = 100;
  var DEFAULT_THUMBNAIL = 96;
  var MIN_THUMBNAIL = 32;
  var MAX_THUMBNAIL = 640;
  var TEXT = {
    loading: 'Loading events…',
    empty: 'No upcoming events.',
    error: 'Events could not be loaded just now. Please try again later.',
    online: 'Online',
    join: 'Join online',
    label: 'Upcoming CEP events'
  };
  var KINDS = {
    seminar: 'Seminar', conference: 'Conference', workshop: 'Workshop', training: 'Training',
    webinar: 'Webinar', meeting: 'Meeting', 'general-assembly': 'General assembly'
  };
  var STYLE = [
    ':host { display: block; font: var(--cep-events-font, inherit); color: var(--cep-events-color, #1f2328);',
    '  background: var(--cep-events-background, transparent); }',
    ':host([hidden]) { display: none; }',
    'h2 { font-size: 1.15em; margin: 0 0 .5em; }',
    'ul { list-style: none; margin: 0; padding: 0; }',
    'li { padding: .6em 0; border-bottom: 1px solid var(--cep-events-border, #d0d7de); }',
    'li:last-child { border-bottom: 0; }',
    'a { color: var(--cep-events-accent, #0b4f8a); font-weight: 600; text-decoration: underline; text-underline-offset: .15em; }',
    'a:hover { text-decoration-thickness: 2px; }',
    'a:focus-visible { outline: 3px solid var(--cep-events-accent, #0b4f8a); outline-offset: 2px; border-radius: 2px; }',
    '.meta { display: block; margin-top: .2em; font-size: .9em; color: var(--cep-events-muted, #4d5359); }',
    '.meta span + span::before { content: " · "; }',
    '.state { margin: 0; color: var(--cep-events-muted, #4d5359); }',
    'li.pictured { display: flex; gap: .75em; align-items: flex-start; }',
    'img { flex: none; max-width: 40%; height: auto; border-radius: var(--cep-events-thumbnail-radius, 4px);',
    '  background: var(--cep-events-border, #d0d7de); }'
  ].join('\n');

  function text(tag, content, className) {
    var element = document.createElement(tag);
    if (content != null) {
      element.textContent = content;
    }
    if (className) {
      element.className = className;
    }
    return element;
  }

  function words(value) {
    return (value || '').split(/[\s,]+/).filter(Boolean);
  }

  function limitOf(value) {
    var limit = parseInt(value, 10);
    return limit >= 1 && limit <= MAX_LIMIT ? limit : DEFAULT_LIMIT;
  }

  /** A formatter in the reader's language (or the lang attribute) and the event's time zone, falling back gently. */
  function formatter(locale, options, timeZone) {
    var attempts = [[locale, timeZone], [undefined, timeZone], [locale, undefined], [undefined, undefined]];
    for (var i = 0; i < attempts.length; i++) {
      try {
        var opts = Object.assign({}, options);
        if (attempts[i][1]) {
          opts.timeZone = attempts[i][1];
        }
        return new Intl.DateTimeFormat(attempts[i][0], opts);
      } catch (e) {
        // an unknown language or time zone: try the next, more general, formatter
      }
    }
    return null;
  }

  function when(event, locale) {
    var start = new Date(event.startsAt);
    var end = new Date(event.endsAt);
    var options = event.allDay
      ? { year: 'numeric', month: 'long', day: 'numeric' }
      : { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' };
    var format = formatter(locale, options, event.timeZone);
    if (!format) {
      return event.startsAt;
    }
    // An event ends (exclusive) at the midnight after its last day: its last day is one millisecond earlier.
    var last = event.allDay ? new Date(end.getTime() - 1) : end;
    if (typeof format.formatRange === 'function' && last > start) {
      return format.formatRange(start, last);
    }
    return format.format(start);
  }

  function place(event) {
    if (event.attendance === 'online') {
      return TEXT.online;
    }
    var city = event.location && event.location.city;
    if (event.attendance === 'hybrid') {
      return city ? city + ' / ' + TEXT.online : TEXT.online;
    }
    return city || '';
  }

  /** The thumbnail's width in CSS pixels: the attribute's number, or the default for a bare `thumbnails`. */
  function thumbnailWidth(value) {
    var width = parseInt(value, 10);
    return width >= MIN_THUMBNAIL && width <= MAX_THUMBNAIL ? width : DEFAULT_THUMBNAIL;
  }

  /**
   * The event's picture at `width` CSS pixels, from the view the list already holds: the browser picks the rendition
   * of `srcset` that suits the screen. Its URLs are the API's, so made absolute: the page's own base would be wrong.
   */
  function thumbnail(image, width, api) {
    var src = image && safeUrl(image.url, api + '/');
    if (!src || !(image.width > 0) || !(image.height > 0)) {
      return null;
    }
    var img = document.createElement('img');
    var candidates = (image.srcset || '').split(/,\s*/).map(function (candidate) {
      var parts = candidate.trim().split(/\s+/);
      var url = safeUrl(parts[0], api + '/');
      return url && parts[1] ? url + ' ' + parts[1] : null;
    }).filter(Boolean);
    if (candidates.length) {
      img.setAttribute('srcset', candidates.join(', '));
      img.setAttribute('sizes', width + 'px');
    }
    img.src = src;
    img.width = width;
    img.height = Math.max(1, Math.round(width * image.height / image.width));
    img.alt = image.alt || '';
    img.loading = 'lazy';
    img.decoding = 'async';
    img.setAttribute('part', 'thumbnail');
    return img;
  }

  function safeUrl(candidate, base) {
    try {
      var url = new URL(candidate, base || undefined);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  class CepEvents extends HTMLElement {
    static get observedAttributes() {
      return ['tag', 'limit', 'kind', 'country', 'lang', 'api', 'link', 'heading', 'thumbnails'];
    }

    constructor() {
      super();
      this._generation = 0;
      this._root = this.attachShadow({ mode: 'open' });
    }

    connectedCallback() {
      this._refresh();
    }

    attributeChangedCallback() {
      if (this.isConnected) {
        this._refresh();
      }
    }

    _refresh() {
      var generation = ++this._generation;
      var self = this;
      try {
        this._render('loading');
        var api = (this.getAttribute('api') || DEFAULT_API).replace(/\/+$/, '');
        var query = new URLSearchParams({ upcoming: 'true', size: String(limitOf(this.getAttribute('limit'))) });
        words(this.getAttribute('tag')).forEach(function (tag) { query.append('tag', tag); });
        words(this.getAttribute('kind')).forEach(function (kind) { query.append('kind', kind); });
        words(this.getAttribute('country')).forEach(function (country) { query.append('country', country.toUpperCase()); });
        fetch(api + '/api/v1/events?' + query, { headers: { Accept: 'application/json' }, credentials: 'omit' })
          .then(function (response) {
            if (!response.ok) {
              throw new Error('HTTP ' + response.status);
            }
            return response.json();
          })
          .then(function (page) {
            if (generation === self._generation) {
              self._render('items', (page && page.items) || [], api);
            }
          })
          .catch(function (error) {
            if (generation === self._generation) {
              self._render('error');
              if (window.console) {
                console.warn('<cep-events>: events could not be loaded', error);
              }
            }
          });
      } catch (error) {
        this._render('error');
      }
    }

    _render(state, items, api) {
      try {
        var root = this._root;
        while (root.firstChild) {
          root.removeChild(root.firstChild);
        }
        root.appendChild(text('style', STYLE));
        var section = text('section');
        section.setAttribute('part', 'container');
        var heading = this.getAttribute('heading');
        if (heading) {
          var h2 = text('h2', heading);
          h2.setAttribute('part', 'heading');
          h2.id = 'heading';
          section.appendChild(h2);
          section.setAttribute('aria-labelledby', 'heading');
        } else {
          section.setAttribute('aria-label', TEXT.label);
        }
        section.setAttribute('aria-busy', state === 'loading' ? 'true' : 'false');
        if (state === 'items' && items.length) {
          section.appendChild(this._list(items, api));
        } else {
          var status = text('p', state === 'loading' ? TEXT.loading : state === 'error' ? TEXT.error : TEXT.empty, 'state ' + state);
          status.setAttribute('role', 'status');
          status.setAttribute('part', 'state');
          section.appendChild(status);
        }
        root.appendChild(section);
      } catch (error) {
        // Nothing must reach the host page; an empty element is the last resort.
      }
    }

    _list(items, api) {
      var locale = this.getAttribute('lang') || (navigator.languages && navigator.languages[0]) || navigator.language;
      var template = this.getAttribute('link');
      var thumbnails = this.hasAttribute('thumbnails') ? thumbnailWidth(this.getAttribute('thumbnails')) : 0;
      var list = text('ul');
      list.setAttribute('part', 'list');
      items.forEach(function (event) {
        var item = text('li');
        item.setAttribute('part', 'item');
        var picture = thumbnails ? thumbnail(event.image, thumbnails, api) : null;
        var body = item;
        if (picture) {
          item.className = 'pictured';
          item.appendChild(picture);
          body = item.appendChild(text('div'));
        }
        var href = template ? safeUrl(template.split('{slug}').join(encodeURIComponent(event.slug))) : safeUrl(event.url, api + '/');
        var title = text('a', event.title);
        if (href) {
          title.href = href;
        }
        title.setAttribute('part', 'link');
        body.appendChild(title);
        var meta = text('span', null, 'meta');
        var time = text('time', when(event, locale));
        time.setAttribute('datetime', event.startsAt);
        var timeWrap = text('span');
        timeWrap.appendChild(time);
        meta.appendChild(timeWrap);
        var where = place(event);
        if (where) {
          meta.appendChild(text('span', where, 'place'));
        }
        var join = event.attendance !== 'in-person' && event.joinUrl ? safeUrl(event.joinUrl) : null;
        if (join) {
          var joinLink = text('a', TEXT.join, 'join');
          joinLink.href = join;
          joinLink.setAttribute('aria-label', TEXT.join + ': ' + event.title);
          joinLink.setAttribute('part', 'join');
          var joinWrap = text('span');
          joinWrap.appendChild(joinLink);
          meta.appendChild(joinWrap);
        }
        meta.appendChild(text('span', KINDS[event.kind] || event.kind, 'kind'));
        body.appendChild(meta);
        list.appendChild(item);
      });
      return list;
    }
  }

  try {
    window.customElements.define('cep-events', CepEvents);
  } catch (error) {
    // defined meanwhile by another copy of this script
  }
})();
