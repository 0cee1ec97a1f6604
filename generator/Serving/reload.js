// Injected by `serve` only, never by `build`: reloads the page when a rebuild succeeds, and shows
// the build's errors in a banner while the last good version of the page stays on screen. The
// warnings of a good build are shown folded, so that they do not hide the page being previewed.
(function () {
  'use strict';
  var loaded = null;
  var banner = null;

  function show(status) {
    if (banner) {
      banner.remove();
      banner = null;
    }
    var lines = status.ok ? status.warnings : status.errors;
    if (status.ok && lines.length === 0) {
      return;
    }
    banner = document.createElement(status.ok ? 'details' : 'div');
    banner.id = status.ok ? 'serve-warnings' : 'serve-errors';
    banner.setAttribute('role', status.ok ? 'status' : 'alert');
    var s = banner.style;
    s.position = 'fixed'; s.left = '0'; s.right = '0'; s.bottom = '0'; s.zIndex = '2147483647';
    s.maxHeight = '40vh'; s.overflow = 'auto'; s.padding = '0.75rem 1rem';
    s.background = status.ok ? '#5c4400' : '#8a1c1c'; s.color = '#fff'; s.font = '14px/1.45 monospace'; s.whiteSpace = 'pre-wrap';
    var title = document.createElement(status.ok ? 'summary' : 'strong');
    title.textContent = status.headline;
    banner.appendChild(title);
    lines.forEach(function (line) {
      var item = document.createElement('div');
      item.textContent = line;
      banner.appendChild(item);
    });
    document.body.appendChild(banner);
  }

  function update() {
    fetch('/_serve/status', { cache: 'no-store' })
      .then(function (response) { return response.json(); })
      .then(function (status) {
        if (loaded === null) {
          loaded = status.good;
        } else if (status.good !== loaded) {
          location.reload();
          return;
        }
        show(status);
      })
      .catch(function () { /* serve stopped: nothing to show */ });
  }

  update();
  new EventSource('/_serve/events').onmessage = update;
})();
