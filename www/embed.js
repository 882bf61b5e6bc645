// When the app is embedded in an iframe (an intranet page), drop the page chrome and tell the
// host page how tall the content is, so the iframe can fit it without a scroll trap. A file of
// its own, not inline, so a strict Content-Security-Policy allows it with script-src 'self'.
(function () {
  if (window.self === window.top) return;
  document.documentElement.classList.add('embedded');
  var last = 0;
  function report() {
    var height = Math.ceil(document.documentElement.scrollHeight);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: 'nara-vard-kompassen:height', height: height }, '*');
    }
  }
  new ResizeObserver(report).observe(document.documentElement);
  window.addEventListener('load', report);
})();
