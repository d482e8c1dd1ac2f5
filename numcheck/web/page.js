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
  var button = document.getElementById("nc-check");
  var counter = 0;

  try { token.value = sessionStorage.getItem("numcheck-token") || ""; } catch (e) { /* storage off */ }

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
    name.value = "source-" + counter;
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
      var nm = box.querySelector(".nc-source-name").value.trim() || "source";
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
          if (r.resp.status === 401) { tokenBox.open = true; token.focus(); }
          say("Not checked: " + msg, true);
          return;
        }
        var report = r.data;
        NumcheckReport.render(result, report, texts);
        var n = (report.findings || []).length;
        say("Checked in " + ((Date.now() - started) / 1000).toFixed(1) + " s: " +
            (report.verdict ? report.verdict.toUpperCase() + ", " : "") +
            n + (n === 1 ? " finding" : " findings") + ", " +
            (report.claims || []).length + " claims.");
        result.scrollIntoView({ block: "start" });
        var first = result.querySelector("button.nc-finding");
        (first || result).focus({ preventScroll: true });
      })
      .catch(function (err) {
        say("Not checked: the server could not be reached (" + err.message + ").", true);
      })
      .then(function () { button.disabled = false; });
  });
})();
