/* The editor's page (GET /): posts the form to /v1/check and renders the answer with the shared
 * NumcheckReport renderer (the one the static `--format html` report uses). */
(function () {
  "use strict";

  var form = document.getElementById("nc-form");
  var draft = document.getElementById("nc-draft");
  var format = document.getElementById("nc-format");
  var sourcesBox = document.getElementById("nc-sources");
  var addSource = document.getElementById("nc-add-source");
  var facts = document.getElementById("nc-facts");
  var token = document.getElementById("nc-token");
  var tokenBox = document.getElementById("nc-token-box");
  var status = document.getElementById("nc-status");
  var result = document.getElementById("nc-result");
  var resultBox = document.getElementById("nc-result-box");
  var actionStatus = document.getElementById("nc-action-status");
  var button = document.getElementById("nc-check");
  var counter = 0;
  var rules = {};
  try { rules = JSON.parse(document.getElementById("nc-rules").textContent); } catch (e) { rules = {}; }
  var last = null;  // {report, texts} of the last check: what copy and download hand over

  try { token.value = sessionStorage.getItem("numcheck-token") || ""; } catch (e) { /* storage off */ }

  // the token box only when this server asks for a token (or a check was refused for want of one)
  function askForToken() {
    tokenBox.hidden = false;
    tokenBox.open = true;
  }
  fetch("healthz", { headers: { "Accept": "application/json" } })
    .then(function (resp) { return resp.json(); })
    .then(function (h) { if (h && h.auth) askForToken(); })
    .catch(function () { /* the check itself will say what is wrong */ });

  function say(message, isError) {
    status.textContent = message;
    status.classList.toggle("nc-error", !!isError);
    status.setAttribute("role", isError ? "alert" : "status");
  }

  addSource.addEventListener("click", function () {
    counter++;
    var id = "nc-source-" + counter;
    var box = document.createElement("fieldset");
    box.className = "nc-source";
    box.innerHTML =
      '<legend></legend>' +
      '<div class="nc-row"><label></label><input type="text" class="nc-source-name" size="30"></div>' +
      '<label class="nc-help"></label>' +
      '<textarea class="nc-source-text" rows="6" spellcheck="false"></textarea>' +
      '<div class="nc-row"><button type="button" class="nc-secondary nc-remove">Remove this source</button></div>';
    box.querySelector("legend").textContent = "Source " + counter;
    var nameLabel = box.querySelector(".nc-row label");
    var name = box.querySelector(".nc-source-name");
    var textLabel = box.querySelector("label.nc-help");
    var text = box.querySelector(".nc-source-text");
    name.id = id + "-name";
    name.placeholder = "e.g. pentagon-statement (default: source-" + counter + ")";
    name.setAttribute("data-default", "source-" + counter);
    nameLabel.htmlFor = name.id;
    nameLabel.textContent = "Name";
    text.id = id + "-text";
    textLabel.htmlFor = text.id;
    textLabel.textContent = "Text of the source";
    box.querySelector(".nc-remove").addEventListener("click", function () {
      box.remove();
      addSource.focus();
    });
    sourcesBox.appendChild(box);
    text.focus();
  });

  draft.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) {
      ev.preventDefault();
      form.requestSubmit ? form.requestSubmit() : button.click();
    }
  });

  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var text = draft.value;
    if (!text.trim()) {
      say("Paste a draft first.", true);
      draft.focus();
      return;
    }
    var body = { draft: { text: text, format: format.value }, sources: [] };
    var texts = { d0: text };
    Array.prototype.forEach.call(sourcesBox.querySelectorAll(".nc-source"), function (box) {
      var st = box.querySelector(".nc-source-text").value;
      if (!st.trim()) return;
      var nameBox = box.querySelector(".nc-source-name");
      var nm = nameBox.value.trim() || nameBox.getAttribute("data-default") || "source";
      texts["s" + body.sources.length] = st;
      body.sources.push({ name: nm, text: st });
    });
    if (facts.value.trim()) {
      body.facts = facts.value;
      texts.f0 = facts.value;
    }
    var headers = { "Content-Type": "application/json", "Accept": "application/json" };
    var tok = token.value.trim();
    if (tok) headers.Authorization = "Bearer " + tok;
    try { sessionStorage.setItem("numcheck-token", tok); } catch (e) { /* storage off */ }

    button.disabled = true;
    say("Checking…");
    var started = Date.now();
    fetch("v1/check", { method: "POST", headers: headers, body: JSON.stringify(body) })
      .then(function (resp) {
        return resp.text().then(function (raw) {
          var data = null;
          try { data = JSON.parse(raw); } catch (e) { data = null; }
          return { resp: resp, data: data };
        });
      })
      .then(function (r) {
        if (!r.resp.ok || !r.data) {
          var msg = (r.data && r.data.message) || ("The server answered " + r.resp.status + ".");
          if (r.resp.status === 401) { askForToken(); token.focus(); }
          say("Not checked: " + msg, true);
          return;
        }
        var report = r.data;
        last = { report: report, texts: texts };
        resultBox.hidden = false;
        document.body.classList.add("nc-checked");  // the result moves above the form
        var view = report.view || {};
        Object.keys(view.texts || {}).forEach(function (id) { texts[id] = view.texts[id]; });
        NumcheckReport.render(result, report, texts,
                              { notes: report.notes || [], rules: rules, spans: view.spans || {} });
        var n = (report.findings || []).length;
        say("Checked in " + ((Date.now() - started) / 1000).toFixed(1) + " s: " +
            (report.verdict ? report.verdict.toUpperCase() + ", " : "") +
            n + (n === 1 ? " finding" : " findings") + ", " +
            (report.claims || []).length + " claims.");
        window.scrollTo(0, 0);
        var first = result.querySelector("button.nc-finding");
        (first || result).focus({ preventScroll: true });
      })
      .catch(function (err) {
        say("Not checked: the server could not be reached (" + err.message + ").", true);
      })
      .then(function () { button.disabled = false; });
  });

  // ------------------------------------------------------------------ copy and download

  function jsonText() {
    var report = {};
    Object.keys(last.report).forEach(function (k) {
      if (k !== "notes" && k !== "view") report[k] = last.report[k];  // the JSON report as the CLI writes it
    });
    return JSON.stringify(report, null, 2) + "\n";
  }

  function htmlText() {
    // the same self-contained report `numcheck check --format html` writes: styles, renderer, data
    var css = document.querySelector("style").textContent;
    var js = document.querySelector("script:not([type])").textContent;
    var data = { report: last.report, texts: last.texts, spans: (last.report.view || {}).spans || {},
                 notes: last.report.notes || [], rules: rules };
    var json = JSON.stringify(data).replace(/</g, "\\u003c").replace(/>/g, "\\u003e")
      .replace(/&/g, "\\u0026");
    var boot = '(function () { "use strict"; var data = JSON.parse(document.getElementById("nc-data")' +
      '.textContent); NumcheckReport.render(document.getElementById("nc-root"), data.report, data.texts,' +
      ' {spans: data.spans, notes: data.notes, rules: data.rules}); })();';
    return '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
      '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
      '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; ' +
      'style-src \'unsafe-inline\'; script-src \'unsafe-inline\'; base-uri \'none\'; form-action \'none\'">\n' +
      '<title>numcheck report</title>\n<' + 'style>' + css + '<' + '/style>\n</head>\n<body>\n' +
      '<header class="nc-header"><h1>numcheck report</h1></header>\n<main id="nc-root"></main>\n' +
      '<' + 'script type="application/json" id="nc-data">' + json + '<\/script>\n' +
      '<' + 'script>' + js + '<\/script>\n<' + 'script>' + boot + '<\/script>\n</body>\n</html>\n';
  }

  function save(text, name, type) {
    var url = URL.createObjectURL(new Blob([text], { type: type }));
    var a = document.createElement("a");
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
    actionStatus.textContent = "Saved " + name + ".";
  }

  document.getElementById("nc-copy-json").addEventListener("click", function () {
    if (!last) return;
    var text = jsonText();
    function fallback() {
      var area = document.createElement("textarea");
      area.value = text;
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      area.remove();
      actionStatus.textContent = ok ? "The JSON is on the clipboard." : "Copy did not work: use Download.";
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () {
        actionStatus.textContent = "The JSON is on the clipboard.";
      }, fallback);
    } else {
      fallback();
    }
  });
  document.getElementById("nc-save-json").addEventListener("click", function () {
    if (last) save(jsonText(), "numcheck-report.json", "application/json");
  });
  document.getElementById("nc-save-html").addEventListener("click", function () {
    if (last) save(htmlText(), "numcheck-report.html", "text/html");
  });
})();
