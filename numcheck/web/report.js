/* numcheck report renderer: shared by the static `--format html` report and the page at GET /.
 *
 *   NumcheckReport.render(root, report, texts, extra)
 *
 * `report` is the JSON report (numcheck's contract, optionally with `verdict`); `texts` maps a
 * document id to the text shown for it, which claim offsets point into (Python code points;
 * converted here to JavaScript's UTF-16 indexes). `extra` (optional): `spans` (claim id -> [start,
 * end] into the shown text, where it is not the file's: an HTML draft is shown as its text),
 * `notes` (for each finding, the editor's words: says, fix, why, sentence, others; the gate's answer
 * carries them as `report.notes`) and `rules` (code -> name, summary, why, example: the glossary each
 * finding links to). Builds the DOM with textContent only: no markup from the report or the texts
 * is ever interpreted.
 */
(function (global) {
  "use strict";

  var SEVERITIES = ["error", "warning", "info"];
  var SEV_RANK = { error: 3, warning: 2, info: 1 };
  var ROLE_ORDER = { draft: 0, source: 1, facts: 2 };
  var ROLE_LABEL = { draft: "draft", source: "source", facts: "facts" };

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) return;
        if (k === "text") node.textContent = v;
        else if (k === "className") node.className = v;
        else node.setAttribute(k, v === true ? "" : String(v));
      });
    }
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) return;
      node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return node;
  }

  function plural(n, one, many) {
    return n + " " + (n === 1 ? one : many);
  }

  /* Python offsets count code points; JavaScript strings index UTF-16 code units. */
  function codePointIndex(text) {
    if (!/[\uD800-\uDFFF]/.test(text)) {
      return function (k) { return Math.max(0, Math.min(k, text.length)); };
    }
    var map = [];
    for (var i = 0; i < text.length; ) {
      map.push(i);
      var c = text.charCodeAt(i);
      var pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length &&
        (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      i += pair ? 2 : 1;
    }
    map.push(text.length);
    return function (k) { return k <= 0 ? 0 : k < map.length ? map[k] : text.length; };
  }

  function formatNumber(v) {
    if (v === null || v === undefined) return "";
    if (typeof v !== "number") return String(v);
    return Math.abs(v) >= 1000 ? v.toLocaleString("en-US", { maximumFractionDigits: 6 }) : String(v);
  }

  function describeClaim(c) {
    var parts = [];
    var v = formatNumber(c.value);
    if (v) {
      var range = "";
      if (c.low !== null && c.low !== undefined && c.high !== null && c.high !== undefined &&
          (c.low !== c.value || c.high !== c.value)) {
        range = " (" + formatNumber(c.low) + "–" + formatNumber(c.high) + ")";
      }
      parts.push(v + (c.unit ? " " + c.unit : "") + range);
    }
    if (c.measurand) parts.push(c.measurand);
    if (c.hedge) parts.push("hedge: " + c.hedge);
    parts.push("said by: " + (c.source || "no one named"));
    return "“" + c.surface + "” — " + parts.join("; ");
  }

  function excerpt(ex, label) {
    // a sentence with the finding's figures in it marked: {text, marks: [[start, end], ...], where}
    var text = ex.text || "";
    var marks = ex.marks || (ex.mark ? [ex.mark] : []);
    var idx = codePointIndex(text);
    var parts = [label ? el("span", { className: "nc-where", text: label + ": " }) : null];
    var pos = 0;
    marks.forEach(function (m) {
      var s = idx(m[0]), e = idx(m[1]);
      if (s < pos) return;
      parts.push(text.slice(pos, s), el("mark", { className: "nc-quote", text: text.slice(s, e) }));
      pos = e;
    });
    parts.push(text.slice(pos));
    return el("span", { className: "nc-excerpt" }, parts);
  }

  function legend() {
    var items = [
      ["", "a figure numcheck read"],
      ["nc-swatch-error", "in an error"],
      ["nc-swatch-warning", "in a warning"],
      ["nc-swatch-info", "in a note (info)"],
      ["nc-swatch-linked", "the figures of the finding you picked"]
    ];
    return el("div", { className: "nc-legend", "aria-label": "What the highlights mean" },
      [el("span", { className: "nc-legend-title", text: "Highlights:" })].concat(items.map(function (it) {
        return el("span", { className: "nc-legend-item" }, [
          el("span", { className: "nc-swatch " + it[0], "aria-hidden": "true", text: "12" }), " " + it[1]
        ]);
      })));
  }

  function glossary(rules, used) {
    var codes = Object.keys(rules || {}).sort();
    if (!codes.length) return null;
    var list = el("dl");
    codes.forEach(function (code) {
      var r = rules[code];
      list.appendChild(el("dt", { id: "nc-rule-" + code, tabindex: "-1",
                                  className: used[code] ? "nc-rule-used" : null }, [
        code + " ", el("span", { className: "nc-rule-name", text: r.name })
      ]));
      list.appendChild(el("dd", null, [
        el("p", { text: r.summary }),
        el("p", null, [el("strong", { text: "Why it matters: " }), r.why]),
        el("p", { className: "nc-example" }, [el("strong", { text: "Example: " }), r.example])
      ]));
    });
    return el("section", { className: "nc-rules", id: "nc-rules", "aria-label": "The rules" }, [
      el("h2", { text: "The rules" }),
      el("p", { className: "nc-help", text: "What each check looks for and why it matters " +
                                              "(numcheck rules explain CODE prints the same)." }),
      list
    ]);
  }

  function render(root, report, texts, extra) {
    texts = texts || {};
    report = report || {};
    extra = extra || {};
    var spans = extra.spans || {};
    var notes = extra.notes || report.notes || [];
    var rules = extra.rules || {};
    var documents = (report.documents || []).slice();
    var claims = report.claims || [];
    var findings = (report.findings || []).map(function (f, i) { return { f: f, i: i }; });
    findings.sort(function (a, b) {
      return (SEV_RANK[b.f.severity] || 0) - (SEV_RANK[a.f.severity] || 0) || a.i - b.i;
    });
    var claimById = {};
    claims.forEach(function (c) { claimById[c.id] = c; });
    var docById = {};
    documents.forEach(function (d) { docById[d.id] = d; });

    // the worst severity of the findings that link each claim
    var claimSeverity = {};
    findings.forEach(function (x) {
      (x.f.claims || []).forEach(function (id) {
        var prev = claimSeverity[id];
        if (!prev || (SEV_RANK[x.f.severity] || 0) > (SEV_RANK[prev] || 0)) claimSeverity[id] = x.f.severity;
      });
    });

    root.textContent = "";
    var wrap = el("div", { className: "nc-report" });
    root.appendChild(wrap);

    // summary line
    var summary = report.summary || {};
    var sumChildren = [];
    if (report.verdict) {
      sumChildren.push(el("span", {
        className: "nc-verdict nc-verdict-" + report.verdict, text: report.verdict,
        "data-verdict": report.verdict
      }));
    }
    sumChildren.push(el("span", {
      text: [plural(summary.errors || 0, "error", "errors"),
             plural(summary.warnings || 0, "warning", "warnings"),
             (summary.infos || 0) + " info",
             plural(claims.length, "figure", "figures") + " read",
             plural(documents.length, "document", "documents")].join(" · ")
    }));
    wrap.appendChild(el("div", { className: "nc-summary", role: "status" }, sumChildren));
    wrap.appendChild(legend());

    // documents, each with its claims highlighted
    var docsCol = el("section", { className: "nc-docs", "aria-label": "Documents" });
    wrap.appendChild(docsCol);
    documents.sort(function (a, b) {
      return (ROLE_ORDER[a.role] || 0) - (ROLE_ORDER[b.role] || 0);
    });
    var claimsByDoc = {};
    claims.forEach(function (c) { (claimsByDoc[c.doc] = claimsByDoc[c.doc] || []).push(c); });
    var shown = 0;
    documents.forEach(function (d) {
      var text = texts[d.id];
      if (typeof text !== "string" || (!text && !(claimsByDoc[d.id] || []).length)) return;
      shown++;
      docsCol.appendChild(renderDocument(d, text, claimsByDoc[d.id] || [], claimSeverity, spans));
    });
    if (!shown) {
      docsCol.appendChild(el("p", { className: "nc-empty", text: "No document text to show." }));
    }

    // findings, by severity
    var side = el("aside", { className: "nc-findings", "aria-label": "Findings" });
    wrap.appendChild(side);
    side.appendChild(el("h2", { text: findings.length ? plural(findings.length, "finding", "findings")
                                                       : "No findings" }));
    var live = el("p", { className: "nc-visually-hidden", "aria-live": "polite" });
    side.appendChild(live);
    var buttons = [];
    SEVERITIES.forEach(function (sev) {
      var group = findings.filter(function (x) { return x.f.severity === sev; });
      if (!group.length) return;
      var heading = { error: "Errors", warning: "Warnings", info: "Info" }[sev];
      side.appendChild(el("h3", { text: heading + " (" + group.length + ")" }));
      var list = el("ol");
      side.appendChild(list);
      group.forEach(function (x) {
        var note = notes[x.i] || null;
        var btn = renderFinding(x.f, x.i, claimById, docById, note);
        buttons.push(btn);
        var rule = rules[x.f.rule];
        var why = note && note.why ? note.why : (rule ? rule.why : "");
        var more = el("p", { className: "nc-why" }, [
          why ? el("span", { text: "Why: " + why + " " }) : null,
          rule ? el("a", { href: "#nc-rule-" + x.f.rule, text: "About " + x.f.rule + " " + rule.name })
               : null
        ]);
        list.appendChild(el("li", null, [btn, (why || rule) ? more : null]));
      });
    });
    var used = {};
    findings.forEach(function (x) { used[x.f.rule] = true; });
    var gloss = glossary(rules, used);
    if (gloss) wrap.appendChild(gloss);

    function clear() {
      if (arguments.length) current = null;
      Array.prototype.forEach.call(root.querySelectorAll("mark.nc-linked"), function (m) {
        m.classList.remove("nc-linked");
      });
      buttons.forEach(function (b) { b.setAttribute("aria-pressed", "false"); });
    }

    var current = null;
    var cursor = 0;

    function select(btn) {
      var again = current === btn && btn.getAttribute("aria-pressed") === "true";
      current = btn;
      cursor = again ? cursor + 1 : 0;  // selecting the same finding again goes to its next claim
      clear();
      btn.setAttribute("aria-pressed", "true");
      var ids = (btn.getAttribute("data-claims") || "").split(" ").filter(Boolean);
      var marked = [];
      Array.prototype.forEach.call(root.querySelectorAll("mark.nc-claim"), function (m) {
        var mine = (m.getAttribute("data-claims") || "").split(" ");
        if (mine.some(function (id) { return ids.indexOf(id) >= 0; })) {
          m.classList.add("nc-linked");
          marked.push(m);
        }
      });
      if (marked.length) {
        var reduce = global.matchMedia && global.matchMedia("(prefers-reduced-motion: reduce)").matches;
        marked[cursor % marked.length].scrollIntoView({ block: "center", behavior: reduce ? "auto" : "smooth" });
      }
      live.textContent = marked.length
        ? "Marked in the text: " + marked.map(function (m) { return m.textContent; }).join(", ") +
          (marked.length > 1 ? ". Select the finding again for the next one." : "")
        : "The claims of this finding are not in the text shown.";
    }

    buttons.forEach(function (btn, k) {
      btn.addEventListener("click", function () { select(btn); });
      btn.addEventListener("keydown", function (ev) {
        var next = null;
        if (ev.key === "ArrowDown" || ev.key === "j") next = buttons[Math.min(k + 1, buttons.length - 1)];
        else if (ev.key === "ArrowUp" || ev.key === "k") next = buttons[Math.max(k - 1, 0)];
        else if (ev.key === "Home") next = buttons[0];
        else if (ev.key === "End") next = buttons[buttons.length - 1];
        else if (ev.key === "Escape") { clear(true); live.textContent = "Marks cleared."; ev.preventDefault(); }
        if (next) { next.focus(); ev.preventDefault(); }
      });
    });

    // a click on a flagged claim selects the most severe finding that links it
    docsCol.addEventListener("click", function (ev) {
      var m = ev.target.closest ? ev.target.closest("mark.nc-claim") : null;
      if (!m) return;
      var mine = (m.getAttribute("data-claims") || "").split(" ");
      for (var k = 0; k < buttons.length; k++) {
        var ids = (buttons[k].getAttribute("data-claims") || "").split(" ");
        if (ids.some(function (id) { return mine.indexOf(id) >= 0; })) {
          select(buttons[k]);
          buttons[k].scrollIntoView({ block: "nearest" });
          return;
        }
      }
    });

    return { select: function (k) { if (buttons[k]) select(buttons[k]); }, clear: clear, count: buttons.length };
  }

  function renderDocument(d, text, claims, claimSeverity, spans) {
    var role = ROLE_LABEL[d.role] || d.role || "draft";
    var label = !d.path || d.path === role ? role.charAt(0).toUpperCase() + role.slice(1) : d.path;
    var sec = el("section", { className: "nc-doc nc-doc-" + (d.role || "draft"), "data-doc": d.id }, [
      el("h2", null, [label + " ", el("span", { className: "nc-role",
        text: "(" + (label.toLowerCase() === role ? "" : role + ", ") + plural(claims.length, "claim", "claims") + ")"
      })])
    ]);
    var pre = el("div", { className: "nc-text", "data-doc": d.id });
    sec.appendChild(pre);
    var toIdx = codePointIndex(text);
    var found = [];
    claims.forEach(function (c) {
      var at = (spans && spans[c.id]) || [c.start, c.end];
      var s = toIdx(at[0]), e = toIdx(at[1]);
      if (typeof at[0] === "number" && typeof at[1] === "number" && e > s) found.push({ s: s, e: e, c: c });
    });
    // sweep over the boundaries so that overlapping claims still highlight correctly
    var events = {};
    found.forEach(function (sp) {
      (events[sp.s] = events[sp.s] || { add: [], drop: [] }).add.push(sp.c);
      (events[sp.e] = events[sp.e] || { add: [], drop: [] }).drop.push(sp.c);
    });
    var points = Object.keys(events).map(Number).sort(function (a, b) { return a - b; });
    var active = [];
    var pos = 0;
    function emit(upto) {
      if (upto <= pos) return;
      var chunk = text.slice(pos, upto);
      if (!active.length) {
        pre.appendChild(document.createTextNode(chunk));
      } else {
        var worst = null;
        active.forEach(function (c) {
          var sv = claimSeverity[c.id];
          if (sv && (!worst || SEV_RANK[sv] > SEV_RANK[worst])) worst = sv;
        });
        pre.appendChild(el("mark", {
          className: "nc-claim" + (worst ? " nc-flag-" + worst : ""),
          "data-claims": active.map(function (c) { return c.id; }).join(" "),
          title: active.map(describeClaim).join("\n")
        }, [chunk]));
      }
      pos = upto;
    }
    points.forEach(function (p) {
      emit(p);
      var ev = events[p];
      active = active.filter(function (c) { return ev.drop.indexOf(c) < 0; }).concat(ev.add);
    });
    emit(text.length);
    if (!text) pre.appendChild(el("span", { className: "nc-empty", text: "(empty)" }));
    return sec;
  }

  function renderFinding(f, index, claimById, docById, note) {
    var sev = f.severity || "info";
    var ids = f.claims || [];
    var claimLines = ids.map(function (id) {
      var c = claimById[id];
      if (!c) return el("span", { text: id });
      var d = docById[c.doc];
      var where = d ? (d.role === "draft" ? "draft" : (d.path || d.id)) : c.doc;
      return el("span", null, [
        el("q", { text: c.surface }),
        " — " + (c.source || "no source named") + " (" + where + ")"
      ]);
    });
    return el("button", {
      type: "button",
      className: "nc-finding nc-sev-" + sev,
      "aria-pressed": "false",
      "data-claims": ids.join(" "),
      "data-category": f.category,
      "data-severity": sev,
      "data-index": index
    }, [
      el("span", { className: "nc-finding-head" }, [
        el("span", { className: "nc-badge nc-badge-" + sev, text: sev }),
        note && note.line ? el("span", { className: "nc-line", text: "line " + note.line }) : null,
        el("span", { className: "nc-category", text: (note && note.rule_name) || f.category }),
        el("span", { className: "nc-rule", text: f.rule || "" }),
        typeof f.confidence === "number"
          ? el("span", { className: "nc-confidence", title: "how sure numcheck is that this finding is right",
                         text: "confidence " + Math.round(f.confidence * 100) + "%" })
          : null
      ]),
      el("span", { className: "nc-message", text: (note && note.says) || f.message || "" }),
      note && note.sentence ? excerpt(note.sentence, null) : null,
      note ? el("span", { className: "nc-others" },
                (note.others || []).map(function (o) { return o ? excerpt(o, o.where) : null; })) : null,
      note && note.fix ? el("span", { className: "nc-fix" }, [el("strong", { text: "Fix: " }), note.fix]) : null,
      note ? null : el("span", { className: "nc-finding-claims" }, claimLines)
    ]);
  }

  global.NumcheckReport = { render: render, codePointIndex: codePointIndex };
})(window);
