// Registers the service worker of a built bundle (dist/sw.js; absent under `trunk serve`) and
// tells the app when a new version is ready: the app shows "Ny version finns" and, when the user
// takes it, calls window.nvkApplyUpdate(). A file of its own so a strict CSP allows it.
(function () {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  function announce() {
    document.documentElement.setAttribute('data-update', 'ready');
    window.dispatchEvent(new Event('nvk-update'));
  }
  navigator.serviceWorker.register('sw.js').then(function (reg) {
    if (reg.waiting && navigator.serviceWorker.controller) announce();
    reg.addEventListener('updatefound', function () {
      var worker = reg.installing;
      if (!worker) return;
      worker.addEventListener('statechange', function () {
        if (worker.state === 'installed' && navigator.serviceWorker.controller) announce();
      });
    });
  }, function () { /* no service worker (e.g. under trunk serve): the app works online */ });
  var reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', function () {
    if (!reloading && document.documentElement.getAttribute('data-update') === 'taking') {
      reloading = true;
      location.reload();
    }
  });
  window.nvkApplyUpdate = function () {
    document.documentElement.setAttribute('data-update', 'taking');
    navigator.serviceWorker.getRegistration().then(function (reg) {
      if (reg && reg.waiting) reg.waiting.postMessage('skip-waiting');
    });
  };
})();
