// The stand pages' service worker: the stand page opens at a fair where the network comes and goes.
// Served at /manage/<slug>/events/stand-sales-sw.js, so its scope is /manage/<slug>/events/.
// Strategies:
// - the stand pages (/manage/<slug>/events/stands and /manage/<slug>/events/<event>/stand): network first,
//   falling back to the copy kept in the cache when the network fails, or is slower than PAGE_TIMEOUT and a
//   copy exists. Every good answer replaces the copy, kept under the page's path without its query (?lang=,
//   ?line=), so that the page opens offline whichever link led to it. A 403 or 404 drops the copy.
// - the /static/ files those pages use: stale-while-revalidate (the copy at once, refreshed behind it), so
//   that a page opens without waiting for a network that may never answer.
// - everything else (the forms' POSTs, the JSON sync, other pages in scope): left to the network.
// The sales themselves are kept by the page (static/js/stand-sales.js) in IndexedDB, not here.
"use strict";

var CACHE = "stand-sales-v1";
var PAGE_TIMEOUT = 6000;
var PAGE = /^\/manage\/[^/]+\/events\/(?:stands|[^/]+\/stand)$/;

function cacheKey(url) {
  if (url.origin !== self.location.origin) return null;
  if (PAGE.test(url.pathname)) return url.origin + url.pathname;
  if (url.pathname.indexOf("/static/") === 0) return url.href;
  return null;
}

function storable(response) {
  return response && response.ok && response.type === "basic" && !response.redirected;
}

self.addEventListener("install", function () {
  self.skipWaiting();
});

self.addEventListener("activate", function (event) {
  event.waitUntil(
    caches.keys().then(function (names) {
      return Promise.all(names.filter(function (name) {
        return name.indexOf("stand-sales-") === 0 && name !== CACHE;
      }).map(function (name) { return caches.delete(name); }));
    }).then(function () { return self.clients.claim(); })
  );
});

// Cache writes are tied to the event (waitUntil, called at once) and the copy is cloned as soon as the
// response arrives, before the page starts reading its body.
function store(response, key) {
  if (storable(response)) {
    var copy = response.clone();
    return caches.open(CACHE).then(function (cache) { return cache.put(key, copy); });
  }
  return null;
}

function networkFirst(event, key) {
  var network = fetch(event.request);
  event.waitUntil(network.then(function (response) {
    if (response.status === 403 || response.status === 404) {
      return caches.open(CACHE).then(function (cache) { return cache.delete(key); });  // not this member's stand now
    }
    return store(response, key);
  }).catch(function () { return null; }));
  var offline = network.catch(function () {
    return caches.match(key, {cacheName: CACHE}).then(function (copy) { return copy || Response.error(); });
  });
  // A network that answers too slowly: the kept copy, if there is one (else keep waiting for the network).
  var slow = new Promise(function (resolve) {
    setTimeout(function () {
      caches.match(key, {cacheName: CACHE}).then(function (copy) { if (copy) resolve(copy); });
    }, PAGE_TIMEOUT);
  });
  return Promise.race([offline, slow]);
}

function staleWhileRevalidate(event, key) {
  var network = fetch(event.request);
  event.waitUntil(network.then(function (response) { return store(response, key); }).catch(function () { return null; }));
  return caches.match(key, {cacheName: CACHE}).then(function (copy) { return copy || network; });
}

self.addEventListener("fetch", function (event) {
  if (event.request.method !== "GET") return;
  var url = new URL(event.request.url);
  var key = cacheKey(url);
  if (key === null) return;
  if (PAGE.test(url.pathname)) {
    event.respondWith(networkFirst(event, key));
  } else {
    event.respondWith(staleWhileRevalidate(event, key));
  }
});

// The page asks, once the worker is active, to keep what it needs to open offline: itself (fetched again
// only when it was loaded before this worker controlled it), the stands list, and its CSS, scripts, icon.
function keep(urls, page, controlled) {
  return caches.open(CACHE).then(function (cache) {
    return Promise.all(urls.map(function (href) {
      var url = new URL(href, self.location.href);
      var key = cacheKey(url);
      if (key === null) return null;
      return cache.match(key).then(function (copy) {
        if (copy && (controlled || href !== page)) return null;
        return fetch(url.href, {credentials: "same-origin"}).then(function (response) {
          if (!storable(response)) throw new Error("not kept: " + url.pathname);
          return cache.put(key, response);
        });
      });
    }));
  });
}

self.addEventListener("message", function (event) {
  var data = event.data || {};
  var port = event.ports && event.ports[0];
  if (data.type !== "keep" || !Array.isArray(data.urls)) return;
  event.waitUntil(keep(data.urls, data.page, Boolean(data.controlled)).then(function () {
    if (port) port.postMessage({kept: true});
  }, function () {
    if (port) port.postMessage({kept: false});
  }));
});
