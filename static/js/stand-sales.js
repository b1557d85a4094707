// Stand sales that keep working offline. Without this script (or on a phone that cannot keep data) the sale
// form posts as it always did. With it, a sale is first kept on the phone (IndexedDB), each with its own
// client token, then sent to the stand's JSON endpoint: at once, when the network returns (`online`), when
// the page opens, and every RETRY_MS while sales wait. The token makes a sale sent twice (its answer lost on
// the way back) count once. The server answers `recorded`, `duplicate` (already recorded) or `refused` with a
// message in the seller's language: a refused sale stays on the phone, marked, until the seller dismisses it;
// it is never sent again. The service worker (stand-sales-sw.js) keeps the page itself for offline use.
(function () {
  "use strict";
  var box = document.getElementById("stand-offline");
  var textsNode = document.getElementById("stand-offline-texts");
  if (!box || !textsNode || !window.indexedDB || !window.JSON || !window.fetch || !window.Promise) return;
  var texts = JSON.parse(textsNode.textContent);
  var RETRY_MS = 30000;
  var DB_NAME = "souk-stand-sales";
  var queueName = box.dataset.queue;
  var syncUrl = box.dataset.syncUrl;
  var lang = document.documentElement.lang || "fr";
  var maxQuantity = parseInt(box.dataset.maxQuantity, 10) || 10000;
  var form = document.querySelector("form.stand-sale-form");
  var select = document.getElementById("sale-line");
  var quantityInput = document.getElementById("sale-quantity");
  var priceInput = document.getElementById("sale-price");
  var pricedForInput = document.getElementById("sale-priced_for");
  var csrfInput = form ? form.querySelector("input[name$='csrf_token']") : null;
  var csrfToken = csrfInput ? csrfInput.value : "";
  var networkText = box.querySelector(".stand-network");
  var countNode = box.querySelector(".stand-waiting-count");
  var list = box.querySelector(".stand-queue");
  var messages = box.querySelector(".stand-offline-messages");
  var alerts = box.querySelector(".stand-offline-alerts");
  var database = null;
  var unreachable = false;
  var saving = false;
  var syncing = false;
  var syncAgain = false;
  var waiting = 0;

  // --- The queue on the phone --------------------------------------------------------------------------

  function openDatabase() {
    return new Promise(function (resolve, reject) {
      var request = window.indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = function () {
        var store = request.result.createObjectStore("sales", {keyPath: "client_token"});
        store.createIndex("queue", "queue");
      };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
      request.onblocked = function () { reject(new Error("blocked")); };
    });
  }

  function transaction(mode, work) {
    return new Promise(function (resolve, reject) {
      var tx = database.transaction("sales", mode);
      var result = work(tx.objectStore("sales"));
      tx.oncomplete = function () { resolve(result && "result" in result ? result.result : undefined); };
      tx.onerror = function () { reject(tx.error); };
      tx.onabort = function () { reject(tx.error || new Error("aborted")); };
    });
  }

  function allSales() {
    return transaction("readonly", function (store) {
      return store.index("queue").getAll(window.IDBKeyRange.only(queueName));
    }).then(function (sales) {
      return (sales || []).sort(function (a, b) { return a.seq - b.seq; });
    });
  }

  function putSale(sale) {
    return transaction("readwrite", function (store) { store.put(sale); });
  }

  function removeSale(token) {
    return transaction("readwrite", function (store) { store.delete(token); });
  }

  function newToken() {
    var crypto = window.crypto;
    if (crypto && typeof crypto.randomUUID === "function") return crypto.randomUUID();
    if (!crypto || typeof crypto.getRandomValues !== "function") return null;
    var bytes = crypto.getRandomValues(new Uint8Array(18));
    var text = "";
    for (var i = 0; i < bytes.length; i++) text += String.fromCharCode(bytes[i]);
    return window.btoa(text).replace(/\+/g, "-").replace(/\//g, "_");  // 24 characters, as the server's
  }

  // --- What the seller sees ------------------------------------------------------------------------------

  function money(price) {
    var number = Number(toLatinDigits(price).replace(/[\s\u00a0]/g, "").replace(/[,\u066b]/, "."));
    if (!isFinite(number)) return price;
    try {
      return new Intl.NumberFormat(lang + "-MA", {style: "currency", currency: "MAD"}).format(number);
    } catch (error) {
      return price;
    }
  }

  function toLatinDigits(text) {
    return String(text).replace(/[\u0660-\u0669]/g, function (d) { return String(d.charCodeAt(0) - 0x0660); })
      .replace(/[\u06f0-\u06f9]/g, function (d) { return String(d.charCodeAt(0) - 0x06f0); });
  }

  function say(text, kind) {
    var line = document.createElement("p");
    line.className = "flash flash-" + kind;
    line.setAttribute("role", kind === "error" ? "alert" : "status");
    line.textContent = text;
    messages.appendChild(line);
    while (messages.children.length > 4) messages.removeChild(messages.firstChild);
  }

  function showNetwork() {
    var offline = !navigator.onLine || unreachable;
    box.dataset.network = offline ? "offline" : "online";
    box.classList.toggle("is-offline", offline);
    var text = offline ? texts.offline : texts.online;
    if (networkText.textContent !== text) networkText.textContent = text;
  }

  function describe(sale) {
    return sale.quantity + " × " + sale.label + " — " + money(sale.price);
  }

  function render() {
    return allSales().then(function (sales) {
      waiting = sales.filter(function (sale) { return sale.status === "pending"; }).length;
      countNode.textContent = String(waiting);
      box.dataset.waiting = String(waiting);
      list.textContent = "";
      sales.forEach(function (sale) {
        var item = document.createElement("li");
        var what = document.createElement("span");
        what.className = "stand-queue-what";
        what.textContent = describe(sale);
        item.appendChild(what);
        var state = document.createElement("span");
        item.appendChild(state);
        if (sale.status === "refused") {
          item.className = "stand-refused";
          state.className = "stand-queue-message";
          state.textContent = texts.refused + " " + sale.message;
          var dismiss = document.createElement("button");
          dismiss.type = "button";
          dismiss.className = "button button-secondary stand-dismiss";
          dismiss.textContent = texts.dismiss;
          dismiss.addEventListener("click", function () { removeSale(sale.client_token).then(render); });
          item.appendChild(dismiss);
        } else {
          item.className = "stand-pending";
          state.className = "badge";
          state.textContent = texts.waiting;
        }
        list.appendChild(item);
      });
      list.hidden = sales.length === 0;
      box.hidden = box.dataset.selling !== "true" && sales.length === 0;
      showNetwork();
    });
  }

  // --- Recording a sale ----------------------------------------------------------------------------------

  function readForm() {
    var option = select && select.options[select.selectedIndex];
    if (!option || !quantityInput || !priceInput) return {problem: ""};
    var quantity = toLatinDigits(quantityInput.value.trim());
    if (!/^\d{1,6}$/.test(quantity) || Number(quantity) < 1 || Number(quantity) > maxQuantity) {
      return {problem: texts.quantity};
    }
    var price = priceInput.value.trim();
    if (!price || price.length > 20) return {problem: texts.price};
    var token = newToken();
    if (!token) return {problem: ""};
    return {sale: {
      client_token: token, queue: queueName, seq: Date.now(), status: "pending",
      line: option.value, label: option.dataset.label || option.text, quantity: Number(quantity), price: price,
      priced_for: pricedForInput ? pricedForInput.value : option.value, sold_at: new Date().toISOString()
    }};
  }

  function resetForm() {
    var option = select.options[select.selectedIndex];
    quantityInput.value = "1";
    if (option && option.dataset.price) {
      priceInput.value = option.dataset.price;
      if (pricedForInput) pricedForInput.value = option.value;
    }
  }

  function onSubmit(event) {
    if (saving) {  // a double tap: the first tap's sale is being kept
      event.preventDefault();
      return;
    }
    var read = readForm();
    if (!read.sale) {
      if (navigator.onLine && !unreachable) return;  // the server says what is wrong, under the field
      event.preventDefault();
      if (read.problem) say(read.problem, "error");
      return;
    }
    event.preventDefault();
    saving = true;
    var button = form.querySelector("button[type=submit]");
    if (button) button.disabled = true;
    // Emptied now, not once the sale is kept: the seller may already be typing the next one.
    var typed = {line: select.value, quantity: quantityInput.value, price: priceInput.value,
                 pricedFor: pricedForInput ? pricedForInput.value : ""};
    resetForm();
    putSale(read.sale).then(function () {
      messages.textContent = "";
      if (!navigator.onLine || unreachable) say(texts.kept, "info");
      // Each kept sale has its own token, so a double tap would be two sales: the button rests a moment.
      window.setTimeout(function () {
        saving = false;
        if (button) button.disabled = false;
      }, 1000);
      render().then(sync, sync);
    }, function () {
      // The phone could not keep it (storage full, private mode): send the form as without this script.
      select.value = typed.line;
      quantityInput.value = typed.quantity;
      priceInput.value = typed.price;
      if (pricedForInput) pricedForInput.value = typed.pricedFor;
      saving = false;
      if (button) button.disabled = false;
      form.submit();
    });
  }

  // --- Sending what waits --------------------------------------------------------------------------------

  function readJson(response) {
    var type = response.headers.get("Content-Type") || "";
    if (type.indexOf("application/json") === -1) return Promise.resolve(null);
    return response.json().catch(function () { return null; });
  }

  // A fresh CSRF token for this session; false when there is none (signed out: the sign-in page answers).
  function freshCsrfToken() {
    return fetch(syncUrl, {credentials: "same-origin", cache: "no-store", headers: {"Accept": "application/json"}})
      .then(function (response) {
        if (response.redirected) say(texts.signed_out, "error");
        return readJson(response);
      })
      .then(function (answer) {
        if (!answer || !answer.csrf_token) return false;
        csrfToken = answer.csrf_token;
        return true;
      }, function () { return false; });
  }

  function refuseAll(message) {
    return allSales().then(function (sales) {
      return Promise.all(sales.filter(function (sale) { return sale.status === "pending"; }).map(function (sale) {
        sale.status = "refused";
        sale.message = message;
        return putSale(sale);
      }));
    }).then(function () { say(message, "error"); });
  }

  // "sent", "refused", or "stop" (no network, not signed in, a server error...: all are tried again later).
  function send(sale, retried) {
    var body = JSON.stringify({
      client_token: sale.client_token, line: sale.line, quantity: sale.quantity, price: sale.price,
      priced_for: sale.priced_for, sold_at: sale.sold_at
    });
    return fetch(syncUrl + "?lang=" + encodeURIComponent(lang), {
      method: "POST", credentials: "same-origin", cache: "no-store", body: body,
      headers: {"Content-Type": "application/json", "Accept": "application/json", "X-CSRFToken": csrfToken}
    }).then(function (response) {
      unreachable = false;
      return readJson(response).then(function (answer) {
        var status = answer && answer.status;
        if (status === "recorded" || status === "duplicate") {
          return removeSale(sale.client_token).then(function () {
            say(answer.message, "success");
            return "sent";
          });
        }
        if (status === "refused") {
          sale.status = "refused";
          sale.message = answer.message;
          return putSale(sale).then(function () {
            alerts.textContent = texts.refused + " " + describe(sale) + " — " + answer.message;
            return "refused";
          });
        }
        if (response.status === 400 && !retried) {  // a CSRF token from another session: get one, try again
          return freshCsrfToken().then(function (fresh) { return fresh ? send(sale, true) : "stop"; });
        }
        if (response.status === 403 || response.status === 404) {
          return refuseAll(texts.forbidden).then(function () { return "stop"; });
        }
        if (response.redirected || response.status === 401) say(texts.signed_out, "error");  // the sign-in page
        return "stop";
      });
    }, function () {
      unreachable = true;
      showNetwork();
      return "stop";
    });
  }

  function sync() {
    if (syncing) {
      syncAgain = true;
      return Promise.resolve();
    }
    syncing = true;
    var sent = 0;
    var next = function (sales) {
      var sale = sales.shift();
      if (!sale) return null;
      return send(sale, false).then(function (outcome) {
        if (outcome === "sent") sent += 1;
        return render().then(function () { return outcome === "stop" ? null : next(sales); });
      });
    };
    return allSales().then(function (sales) {
      return next(sales.filter(function (sale) { return sale.status === "pending"; }));
    }).catch(function () { return null; }).then(function () {
      syncing = false;
      return render();
    }).then(function () {
      if (sent) refreshPage();
      if (syncAgain) {
        syncAgain = false;
        sync();
      }
    });
  }

  // After sales reached the server: the page's sales, totals and stock as the server now has them.
  function refreshPage() {
    fetch(box.dataset.pageUrl + "?lang=" + encodeURIComponent(lang), {credentials: "same-origin", cache: "no-store"})
      .then(function (response) {
        if (!response.ok || response.redirected) return null;
        return response.text();
      }).then(function (html) {
        if (!html) return;
        var fresh = new DOMParser().parseFromString(html, "text/html");
        ["sales", "stock"].forEach(function (id) {
          var here = document.getElementById(id);
          var there = fresh.getElementById(id);
          if (here && there) here.replaceWith(document.adoptNode(there));
        });
        var options = fresh.getElementById("sale-line");
        if (select && options && options.options.length) {
          var chosen = select.value;
          select.textContent = "";
          Array.prototype.slice.call(options.options).forEach(function (option) {
            select.appendChild(document.adoptNode(option));
          });
          select.value = chosen;
          if (select.value !== chosen) {
            select.selectedIndex = 0;
            select.dispatchEvent(new Event("change"));
          }
        }
      }).catch(function () { return null; });
  }

  // --- Opening offline -----------------------------------------------------------------------------------

  function keepForOffline() {
    if (!("serviceWorker" in navigator) || !box.dataset.swUrl) return;
    var controlled = Boolean(navigator.serviceWorker.controller);
    navigator.serviceWorker.register(box.dataset.swUrl, {scope: box.dataset.swScope}).then(function () {
      return navigator.serviceWorker.ready;
    }).then(function (registration) {
      var urls = [window.location.href, box.dataset.standsUrl];
      document.querySelectorAll("link[rel=stylesheet], link[rel=icon], script[src]").forEach(function (node) {
        urls.push(node.href || node.src);
      });
      var channel = new MessageChannel();
      channel.port1.onmessage = function (event) {
        if (event.data && event.data.kept) {
          box.dataset.offlineReady = "true";
          box.querySelector(".stand-offline-ready").hidden = false;
        }
      };
      registration.active.postMessage({type: "keep", urls: urls, page: window.location.href, controlled: controlled},
                                      [channel.port2]);
    }).catch(function () { return null; });
  }

  openDatabase().then(function (opened) {
    database = opened;
    return render();
  }).then(function () {
    if (form && select) form.addEventListener("submit", onSubmit);
    window.addEventListener("online", function () { unreachable = false; showNetwork(); sync(); });
    window.addEventListener("offline", showNetwork);
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "visible") sync();
    });
    window.setInterval(function () { if (waiting > 0) sync(); }, RETRY_MS);
    sync();
  }).catch(function () {
    // No IndexedDB here (a private window, an old phone): the form posts as without this script.
    database = null;
  });
  keepForOffline();
})();
