// The review page: keyboard-first review of the queue, one statement at a time.
// Each action is a same-origin POST to /api/review/{id}; the answer carries the next statement.
(function () {
  "use strict";
  const section = document.getElementById("review");
  if (!section) return;
  const $ = (id) => document.getElementById(id);
  const skipped = [];
  let current = null;   // the proposed fields of the statement on screen
  let busy = false;

  function csrfHeaders() {
    const headers = { "Content-Type": "application/json", "Accept": "application/json" };
    const meta = document.querySelector('meta[name="csrf-token"]');
    if (meta && meta.content) headers["X-CSRF-Token"] = meta.content;
    return headers;
  }

  function fmt(x) {
    return x === null || x === undefined ? "none" : String(Math.round(x * 10) / 10);
  }

  function say(text, isError) {
    const out = $("outcome");
    out.textContent = text;
    out.hidden = false;
    out.classList.toggle("error", Boolean(isError));
  }

  function describe(done) {
    const verbs = { confirm: "Confirmed", reject: "Rejected", fix: "Fixed" };
    let text = verbs[done.action] + " statement " + done.statement_id + ".";
    const before = done.position_before, after = done.position_after;
    const p = after || before;
    if (p) {
      text += " Position of " + p.actor + " on " + p.issue + ": ";
      text += before ? "ideal " + fmt(before.ideal) + ", reservation " + fmt(before.reservation) : "none";
      text += " → ";
      text += after ? "ideal " + fmt(after.ideal) + ", reservation " + fmt(after.reservation) : "none";
      text += ".";
    }
    return text;
  }

  function render(data) {
    $("remaining").textContent = String(data.remaining);
    const it = data.item;
    current = it;
    section.hidden = !it;
    $("empty").hidden = Boolean(it);
    if (!it) return;
    section.dataset.statement = it.id;
    const doc = it.document;
    const link = $("doc-link");
    link.textContent = doc.title || doc.name;
    link.href = "/documents/" + encodeURIComponent(doc.id) + "?statement=" + encodeURIComponent(it.id) + "#s-" + it.id;
    $("outlet").textContent = doc.original_source || doc.outlet || "source unknown";
    $("date").textContent = it.event_date || doc.published || "undated";
    $("before").textContent = it.context.before;
    $("sentence").textContent = it.context.sentence;
    $("after").textContent = it.context.after;
    $("f-actor").value = it.actor;
    $("f-issue").value = it.issue;
    $("f-stance").value = it.stance;
    $("f-value").value = it.value === null ? "" : String(it.value);
    $("f-red_line").value = it.red_line ? "yes" : "no";
    $("confidence").textContent = it.confidence.toFixed(2);
    $("influence").textContent = it.influence.toFixed(1);
    $("expected").textContent = it.expected_change.toFixed(1);
  }

  function query() {
    return skipped.length ? "?skip=" + encodeURIComponent(skipped.join(",")) : "";
  }

  async function request(url, options) {
    const response = await fetch(url, Object.assign({ credentials: "same-origin", headers: csrfHeaders() }, options));
    const data = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(data.message || data.detail || ("HTTP " + response.status));
    return data;
  }

  async function act(action, fields) {
    if (busy || !current) return;
    busy = true;
    try {
      const body = { action: action, who: $("who").value.trim() || "analyst", fields: fields || {} };
      const data = await request("/api/review/" + encodeURIComponent(current.id) + query(),
                                 { method: "POST", body: JSON.stringify(body) });
      say(describe(data.done), false);
      render(data);
    } catch (err) {
      say("Not saved: " + err.message, true);
    } finally {
      busy = false;
    }
  }

  function changedFields() {
    const fields = {};
    for (const name of ["actor", "issue", "stance"]) {
      const v = $("f-" + name).value;
      if (v !== current[name]) fields[name] = v;
    }
    const raw = $("f-value").value.trim();
    const value = raw === "" ? null : Number(raw);
    if (value !== current.value) {
      if (value === null) fields.clear_value = true; else fields.value = value;
    }
    const red = $("f-red_line").value === "yes";
    if (red !== current.red_line) fields.red_line = red;
    return fields;
  }

  async function skip() {
    if (busy || !current) return;
    skipped.push(current.id);
    busy = true;
    try {
      render(await request("/api/review" + query(), { method: "GET" }));
    } catch (err) {
      say("Could not load the next statement: " + err.message, true);
    } finally {
      busy = false;
    }
  }

  function submitFix(event) {
    event.preventDefault();
    const fields = changedFields();
    if (Object.keys(fields).length === 0) {
      say("Nothing changed: edit a field to fix it, or confirm with y.", true);
      return;
    }
    document.activeElement.blur();
    act("fix", fields);
  }

  function onKey(event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const tag = (event.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "select" || tag === "textarea") {
      if (event.key === "Escape") event.target.blur();
      if (event.key === "Enter" && tag === "select") { event.preventDefault(); $("fix").requestSubmit(); }
      return;
    }
    const key = event.key.toLowerCase();
    if (key === "y") { event.preventDefault(); act("confirm"); }
    else if (key === "n") { event.preventDefault(); act("reject"); }
    else if (key === "f") { event.preventDefault(); $("f-value").focus(); $("f-value").select(); }
    else if (key === "s") { event.preventDefault(); skip(); }
  }

  $("confirm").addEventListener("click", () => act("confirm"));
  $("reject").addEventListener("click", () => act("reject"));
  $("skip").addEventListener("click", skip);
  $("fix").addEventListener("submit", submitFix);
  document.addEventListener("keydown", onKey);
  request("/api/review" + query(), { method: "GET" })
    .then((data) => { render(data); section.dataset.ready = "1"; })
    .catch((err) => say(err.message, true));
}());
