// twinpost's web app. Every string from the server or the user goes into the page through
// textContent, so a post or a file name cannot inject markup. The one exception is the model
// card, which the server renders from its Markdown with raw HTML escaped (card_html.py).
"use strict";

const TOKEN_KEY = "twinpost-token"; // sessionStorage: forgotten when the tab closes
const JOB_KEY = "twinpost-job"; // the job this tab follows, so a reload keeps showing it
const POLL_MS = 500;
const POSTS_PER_PROMPT = 10; // the established demo's ten predictions
const PREVIEW_POSTS = 3; // predictions.png shows up to three posts

const $ = (id) => document.getElementById(id);
const state = { bot: "", prompt: "", posts: [], chosen: new Set(), job: null, poll: null };

// --- talking to the server ---------------------------------------------------------------

class ApiError extends Error {}

async function api(path, options = {}) {
  const headers = new Headers(options.headers || {});
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) headers.set("Authorization", `Bearer ${token}`);
  let response;
  try {
    response = await fetch(path, { ...options, headers });
  } catch {
    throw new ApiError("The server did not answer. Is `twinpost serve` still running?");
  }
  if (response.status === 401) {
    showTokenPanel(Boolean(token));
    throw new ApiError("This server needs a token: enter it at the top of the page.");
  }
  if (!response.ok) throw new ApiError(await errorText(response));
  return response;
}

async function apiJson(path, options = {}) {
  return (await api(path, options)).json();
}

function postJson(path, body) {
  return apiJson(path, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
}

async function errorText(response) {
  try {
    const body = await response.json();
    if (typeof body.detail === "string") return body.detail;
    if (Array.isArray(body.detail)) {
      return body.detail
        .map((d) => {
          const where = (d.loc || []).filter((part) => part !== "body").join(".");
          return where ? `${where}: ${d.msg}` : d.msg;
        })
        .join("; ");
    }
  } catch {
    // not JSON: fall through to the status line
  }
  return `The server answered ${response.status} ${response.statusText}.`;
}

function showError(id, error) {
  const box = $(id);
  if (!error) {
    box.hidden = true;
    box.textContent = "";
    return;
  }
  box.textContent = error instanceof ApiError ? error.message : `Something went wrong: ${error.message || error}`;
  box.hidden = false;
}

async function busy(button, label, work) {
  const original = button.textContent;
  button.disabled = true;
  button.textContent = label;
  try {
    return await work();
  } finally {
    button.disabled = false;
    button.textContent = original;
  }
}

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

// --- token -------------------------------------------------------------------------------

function showTokenPanel(wrong) {
  $("token-panel").hidden = false;
  if (wrong) {
    $("token-error").textContent = "That token was not accepted. Check it and try again.";
    $("token-error").hidden = false;
  }
  $("token-input").focus();
}

$("token-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  sessionStorage.setItem(TOKEN_KEY, $("token-input").value.trim());
  $("token-input").value = "";
  $("token-error").hidden = true;
  try {
    await loadBots();
    $("token-panel").hidden = true;
    showError("predict-error", null);
    resumeJob();
  } catch {
    // api() showed the panel again with its message
  }
});

// --- step 1: sources ---------------------------------------------------------------------

function chosenFiles() {
  return ["file-1", "file-2", "file-3"].map((id) => $(id).files[0]).filter(Boolean);
}

// Live accounts, as `twinpost train` takes them: bluesky:alice.bsky.social, mastodon:@a@b...
function liveAccounts() {
  return $("live-accounts").value.split(/[\s,]+/).filter(Boolean);
}

function sourcesForm() {
  const files = chosenFiles();
  const specs = liveAccounts();
  if (files.length === 0 && specs.length === 0) {
    throw new ApiError("Choose at least one export or file of posts, or name a live account, in step 1.");
  }
  const form = new FormData();
  for (const file of files) form.append("files", file, file.name);
  for (const spec of specs) form.append("specs", spec);
  return form;
}

$("sources-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  showError("sources-error", null);
  $("sources-status").textContent = "";
  try {
    const preview = await busy($("read-button"), "Reading…", () =>
      apiJson("/sources/preview", { method: "POST", body: sourcesForm() }),
    );
    showSources(preview);
  } catch (error) {
    $("sources-result").hidden = true;
    showError("sources-error", error);
  }
});

const TABLE_COLUMNS = [
  ["downloaded", "Downloaded"],
  ["retweets", "Retweets"],
  ["short", "Short posts"],
  ["kept", "Posts kept"],
  // twinpost's rows, where the preview has them (the counts table's conversation and
  // scrubbing rows, data/corpus.py): replies, those whose parent is known, posts scrubbed.
  ["replies", "Replies"],
  ["replies_known", "Replies, parent known"],
  ["scrubbed", "Posts scrubbed"],
];

function countText(value) {
  return value === null ? "off" : Number(value).toLocaleString();
}

function showSources(preview) {
  const columns = TABLE_COLUMNS.filter(([key]) => preview.accounts.every((a) => key in a));
  const table = $("data-table");
  const head = table.tHead;
  head.replaceChildren();
  const headRow = head.insertRow();
  for (const label of ["Account", ...columns.map(([, l]) => l)]) {
    const th = el("th", label);
    th.scope = "col";
    headRow.append(th);
  }
  const body = table.tBodies[0];
  body.replaceChildren();
  for (const account of preview.accounts) {
    const row = body.insertRow();
    const name = el("th");
    name.scope = "row";
    name.append(el("span", account.display_name || account.handle), el("span", `@${account.handle}`, "handle"));
    row.append(name);
    for (const [key] of columns) {
      row.append(el("td", countText(account[key]), key === "kept" ? "kept" : ""));
    }
  }
  const notes = $("sources-notes");
  notes.replaceChildren(
    ...preview.problems.map((p) => el("li", p, "problem")),
    ...preview.warnings.map((w) => el("li", w, "warning")),
  );
  const samples = $("samples");
  samples.replaceChildren();
  for (const [handle, posts] of Object.entries(preview.samples)) {
    for (const post of posts) {
      const quote = el("blockquote", null, "sample");
      quote.append(el("cite", `@${handle}`), document.createTextNode(post));
      samples.append(quote);
    }
  }
  const count = preview.accounts.reduce((sum, a) => sum + a.kept, 0);
  $("sources-status").textContent = preview.problems.length
    ? "Fix the problems below before training."
    : `${count.toLocaleString()} posts ready to train on.`;
  $("sources-result").hidden = false;
}

// --- step 2: train -----------------------------------------------------------------------

$("train-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  showError("train-error", null);
  try {
    const form = sourcesForm();
    const name = $("bot-name").value.trim();
    if (name) form.append("name", name);
    form.append("time_budget", $("time-budget").value);
    form.append("method", $("method").value);
    form.append("scrub", $("scrub").value);
    const job = await busy($("train-button"), "Starting…", () =>
      apiJson("/jobs", { method: "POST", body: form }),
    );
    followJob(job);
  } catch (error) {
    showError("train-error", error);
  }
});

$("cancel-button").addEventListener("click", async () => {
  if (!state.job) return;
  try {
    showJob(await apiJson(`/jobs/${encodeURIComponent(state.job)}`, { method: "DELETE" }));
  } catch (error) {
    showError("train-error", error);
  }
});

function followJob(job) {
  state.job = job.id;
  sessionStorage.setItem(JOB_KEY, job.id);
  $("job-done").hidden = true;
  showJob(job);
  clearTimeout(state.poll);
  state.poll = setTimeout(pollJob, POLL_MS);
}

async function pollJob() {
  if (!state.job) return;
  try {
    const job = await apiJson(`/jobs/${encodeURIComponent(state.job)}`);
    showJob(job);
    if (job.state === "queued" || job.state === "running") {
      state.poll = setTimeout(pollJob, POLL_MS);
    }
  } catch (error) {
    showError("train-error", error);
    state.poll = setTimeout(pollJob, POLL_MS * 4); // the server may be restarting
  }
}

const STAGE_TEXT = {
  waiting: "Waiting for the trainer",
  reading: "Reading the posts",
  training: "Training",
  writing: "Writing the bot",
  finished: "Finished",
};

function showJob(job) {
  $("job-panel").hidden = false;
  const active = job.state === "queued" || job.state === "running";
  const percent = job.state === "done" ? 100 : Math.round(job.progress * 100);
  let label = job.state === "queued" ? "Queued" : STAGE_TEXT[job.stage] || job.stage;
  if (job.state === "cancelled") label = "Cancelled";
  if (job.state === "failed") label = "Failed";
  $("job-stage").textContent = `${label} · ${job.bot_name}`;
  $("job-percent").textContent = `${percent}%`;
  $("job-fill").style.width = `${percent}%`;
  $("job-progress").setAttribute("aria-valuenow", String(percent));
  $("job-log").textContent = job.log.join("\n");
  $("cancel-button").hidden = !active;
  $("train-button").disabled = active;
  if (job.state === "failed") showError("train-error", new ApiError(`Training failed: ${job.error}`));
  if (job.state === "done") {
    sessionStorage.removeItem(JOB_KEY);
    const loss = job.held_out_loss;
    const lossText = loss ? ` Held-out loss ${loss.before.toFixed(2)} → ${loss.after.toFixed(2)}.` : "";
    const caveat = (job.training_warnings || []).map((w) => ` Note: ${w}.`).join("");
    $("job-done").textContent = `Bot “${job.bot_name}” is ready: try it in step 3.${lossText}${caveat}`;
    $("job-done").hidden = false;
    loadBots(job.bot_name).catch((error) => showError("predict-error", error));
  }
  if (!active && job.state !== "done") sessionStorage.removeItem(JOB_KEY);
}

function resumeJob() {
  const id = sessionStorage.getItem(JOB_KEY);
  if (id && !state.job) followJob({ id, state: "queued", stage: "waiting", progress: 0, bot_name: "", log: [] });
}

// --- step 3: predict ---------------------------------------------------------------------

async function loadBots(select) {
  const { bots } = await apiJson("/bots");
  const menu = $("bot-select");
  const current = select || menu.value;
  menu.replaceChildren();
  if (bots.length === 0) {
    menu.append(el("option", "No bots yet"));
    menu.options[0].value = "";
  }
  for (const bot of bots) {
    const option = el("option", `${bot.name} (${bot.accounts.map((h) => `@${h}`).join(", ")})`);
    option.value = bot.name;
    menu.append(option);
  }
  if (bots.some((b) => b.name === current)) menu.value = current;
  await showBot(menu.value);
}

$("bot-select").addEventListener("change", () => {
  showBot($("bot-select").value).catch((error) => showError("predict-error", error));
});

async function showBot(name) {
  if (name === state.bot) return;
  state.bot = name;
  state.posts = [];
  state.chosen.clear();
  $("posts").replaceChildren();
  $("preview-bar").hidden = true;
  $("predict-status").textContent = "";
  $("bot-files").hidden = !name;
  $("drafts").replaceChildren();
  if (!name) return;
  loadDrafts(name).catch((error) => showError("queue-error", error));
  loadSchedule(name).catch((error) => showError("schedule-error", error));
  const [info] = await Promise.all([apiJson(`/bots/${encodeURIComponent(name)}`)]);
  showSpeakers(info.speakers || []);
  showVoice(info);
  await Promise.all([loadPreviewImage(info), loadLossCurve(info), loadCard(info)]);
}

// A cyborg trained to tell its accounts apart writes as one of them, or as the blend.
function showSpeakers(speakers) {
  const menu = $("speaker-select");
  menu.replaceChildren(el("option", "Everyone (the blend)"));
  menu.options[0].value = "";
  for (const handle of speakers) {
    const option = el("option", `@${handle}`);
    option.value = handle;
    menu.append(option);
  }
  $("speaker-field").hidden = speakers.length === 0;
}

// The figures of the bot's latest `twinpost eval`, as the card's Voice table shows them.
function showVoice(info) {
  const figures = info.voice_figures || [];
  const table = $("voice-figures");
  table.tBodies[0].replaceChildren(
    ...figures.map(({ label, value }) => {
      const row = el("tr");
      const name = el("th", label);
      name.scope = "row";
      row.append(name, el("td", value));
      return row;
    }),
  );
  table.hidden = figures.length === 0;
  const voice = info.voice;
  $("voice-summary").textContent = voice
    ? `Measured on ${voice.posts} posts written with seed ${voice.seed}, against posts held out of training.`
    : "Not measured yet: `twinpost eval` measures how much the bot sounds like its accounts.";
}

// Fetched with the token header, then shown from a blob: an <img src> cannot send headers.
async function showImage(image, path) {
  const blob = await (await api(path)).blob();
  if (image.dataset.url) URL.revokeObjectURL(image.dataset.url);
  image.dataset.url = URL.createObjectURL(blob);
  image.src = image.dataset.url;
  await image.decode().catch(() => {}); // shown once drawn, not as an empty box
}

async function loadPreviewImage(info) {
  const image = $("preview-image");
  $("preview-missing").hidden = info.has_preview;
  image.hidden = !info.has_preview;
  if (info.has_preview) await showImage(image, `/bots/${encodeURIComponent(info.name)}/predictions.png`);
}

async function loadLossCurve(info) {
  $("loss-figure").hidden = true;
  if (!info.has_loss_curve) return;
  await showImage($("loss-curve"), `/bots/${encodeURIComponent(info.name)}/loss_curve.png`);
  $("loss-figure").hidden = false;
}

// The card as the server renders it from Markdown (markdown-it-py, raw HTML escaped).
async function loadCard(info) {
  $("card-details").hidden = !info.has_card;
  if (!info.has_card) return;
  const html = await (await api(`/bots/${encodeURIComponent(info.name)}/card.html`)).text();
  const card = document.createElement("template");
  card.innerHTML = html;
  $("model-card").replaceChildren(card.content);
}

$("predict-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  showError("predict-error", null);
  const bot = $("bot-select").value;
  if (!bot) {
    showError("predict-error", new ApiError("Pick a bot first, or train one in step 2."));
    return;
  }
  const prompt = $("prompt").value;
  state.prompt = prompt;
  state.posts = [];
  state.chosen.clear();
  $("posts").replaceChildren();
  $("preview-bar").hidden = true;
  $("predict-status").textContent = "Writing…";
  try {
    await busy($("predict-button"), "Writing…", () => writePosts(bot, prompt));
    showPosts();
    $("predict-status").textContent = `${state.posts.length} posts by ${bot}.`;
  } catch (error) {
    $("predict-status").textContent = "";
    showError("predict-error", error);
  }
});

// The posts arrive as server-sent events while the bot writes them (README, "Serve"): a post
// is shown once it has passed the copy guard, and its buttons once all are written.
async function writePosts(bot, prompt) {
  state.replyTo = $("reply-to").value.trim() || null; // what these posts answer, for labels
  const response = await api(`/bots/${encodeURIComponent(bot)}/generate`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      prompt,
      n: POSTS_PER_PROMPT,
      speaker: $("speaker-select").value || null,
      reply_to: state.replyTo,
      stream: true,
    }),
  });
  const drafts = new Map(); // index -> the text so far of a post being written
  let written = 0;
  for await (const { event, data } of serverEvents(response)) {
    if (event === "delta") {
      drafts.set(data.index, (drafts.get(data.index) || "") + data.text);
      showDraft(data.index, drafts.get(data.index), true);
    } else if (event === "post") {
      written += 1;
      showDraft(data.index, data.text, false);
      $("predict-status").textContent = `Writing… ${written} of ${POSTS_PER_PROMPT} posts written.`;
    } else if (event === "done") {
      state.posts = data.posts;
      return;
    } else if (event === "error") {
      throw new ApiError(`Writing failed: ${data.detail}`);
    }
  }
  throw new ApiError("The server stopped before the posts were written. Try again.");
}

// Server-sent events from a fetch() response (EventSource cannot POST nor send the token).
async function* serverEvents(response) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, "\n");
    let end;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let event = "message";
      const data = [];
      for (const line of block.split("\n")) {
        if (line.startsWith("event:")) event = line.slice(6).trim();
        else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
      }
      if (data.length) yield { event, data: JSON.parse(data.join("\n")) };
    }
  }
}

// A post while the bot writes: its text only, in its place in the list.
function showDraft(index, post, writing) {
  const list = $("posts");
  let item = list.querySelector(`li[data-index="${index}"]`);
  if (!item) {
    item = el("li", null, "post");
    item.dataset.index = String(index);
    const after = [...list.children].find((li) => Number(li.dataset.index) > index);
    list.insertBefore(item, after || null);
  }
  item.classList.toggle("writing", writing);
  item.replaceChildren(postText(post));
}

function postText(post) {
  const text = el("p", null, "post-text");
  const start = state.prompt.trim();
  if (!post) {
    text.append(el("span", "(the bot ended this post at once)", "empty-post"));
  } else if (start && post.startsWith(start)) {
    text.append(el("strong", start), document.createTextNode(post.slice(start.length)));
  } else {
    text.textContent = post;
  }
  return text;
}

function showPosts() {
  const list = $("posts");
  list.replaceChildren();
  state.posts.forEach((post, i) => {
    const item = el("li", null, "post");
    item.dataset.index = String(i);
    const actions = el("div", null, "post-actions");
    const choose = el("button", "Use in preview", "secondary small");
    choose.type = "button";
    choose.setAttribute("aria-pressed", "false");
    choose.setAttribute("aria-label", `Use post ${i + 1} in the preview image`);
    choose.addEventListener("click", () => toggleChosen(i, item, choose));
    const copy = el("button", "Copy", "secondary small");
    copy.type = "button";
    copy.setAttribute("aria-label", `Copy post ${i + 1}`);
    copy.addEventListener("click", () => copyPost(post, copy));
    actions.append(choose, copy);
    if (post) {
      for (const [label, text] of [[true, "Sounds like me"], [false, "Not me"]]) {
        const judge = el("button", text, "secondary small");
        judge.type = "button";
        judge.setAttribute("aria-pressed", "false");
        judge.setAttribute("aria-label", `Post ${i + 1}: ${text}`);
        judge.addEventListener("click", () => labelPost(post, label, judge, actions));
        actions.append(judge);
      }
    }
    item.append(postText(post), actions);
    list.append(item);
  });
  $("preview-bar").hidden = state.posts.length === 0;
  updatePreviewBar();
}

// "Sounds like me" / "Not me": a label `twinpost tune` learns from (the last click counts).
async function labelPost(post, label, button, actions) {
  showError("predict-error", null);
  try {
    const counts = await postJson(`/bots/${encodeURIComponent(state.bot)}/labels`, {
      text: post,
      label,
      prompt: state.prompt,
      speaker: $("speaker-select").value || null,
      reply_to: state.replyTo || null,
    });
    for (const other of actions.querySelectorAll("button[aria-pressed]")) {
      if (other.textContent === "Sounds like me" || other.textContent === "Not me") {
        other.setAttribute("aria-pressed", String(other === button));
      }
    }
    $("predict-status").textContent =
      `Labels of this bot: ${counts.positive} sound like you, ${counts.negative} not. ` +
      `twinpost tune learns from them.`;
  } catch (error) {
    showError("predict-error", error);
  }
}

function toggleChosen(i, item, button) {
  showError("preview-error", null);
  if (state.chosen.has(i)) {
    state.chosen.delete(i);
  } else if (state.chosen.size >= PREVIEW_POSTS) {
    showError("preview-error", new ApiError(`The preview image shows at most ${PREVIEW_POSTS} posts: unpick one first.`));
    return;
  } else {
    state.chosen.add(i);
  }
  const on = state.chosen.has(i);
  item.classList.toggle("chosen", on);
  button.setAttribute("aria-pressed", String(on));
  button.textContent = on ? "In preview" : "Use in preview";
  updatePreviewBar();
}

function updatePreviewBar() {
  const n = state.chosen.size;
  $("preview-count").textContent = n
    ? `${n} of ${PREVIEW_POSTS} posts chosen for the preview image`
    : `Choose up to ${PREVIEW_POSTS} posts for the preview image`;
  $("preview-button").disabled = n === 0;
}

async function copyPost(post, button) {
  try {
    await navigator.clipboard.writeText(post);
    button.textContent = "Copied";
  } catch {
    button.textContent = "Copy failed";
  }
  setTimeout(() => (button.textContent = "Copy"), 1500);
}

$("preview-button").addEventListener("click", async () => {
  showError("preview-error", null);
  const posts = [...state.chosen].sort((a, b) => a - b).map((i) => state.posts[i]);
  try {
    await busy($("preview-button"), "Drawing…", () =>
      postJson(`/bots/${encodeURIComponent(state.bot)}/preview`, { prompt: state.prompt, posts }),
    );
    await loadPreviewImage({ name: state.bot, has_preview: true });
    $("preview-count").textContent = "Preview image updated: it is below.";
    $("preview-button").disabled = true;
  } catch (error) {
    showError("preview-error", error);
  }
});

// --- start -------------------------------------------------------------------------------

loadBots()
  .then(resumeJob)
  .catch((error) => showError("predict-error", error));

// --- the posting queue ---------------------------------------------------------------------

async function loadDrafts(name) {
  const answer = await apiJson(`/bots/${encodeURIComponent(name)}/drafts`);
  showDrafts(answer.drafts);
}

function showDrafts(drafts) {
  const list = $("drafts");
  list.replaceChildren(...drafts.map(draftItem));
  if (!drafts.length) list.append(el("li", "No drafts yet.", "hint"));
}

function draftItem(draft) {
  const item = el("li", null, `draft-item state-${draft.state}`);
  item.dataset.id = draft.id;
  const text = el("p", draft.final_text, "draft-text");
  if (draft.reply_to_url) {
    // What the reply answers, so its person judges it against that post.
    const who = draft.reply_to_author ? `@${draft.reply_to_author}: ` : "";
    item.append(el("p", `↳ answers ${who}${draft.reply_to_text || draft.reply_to_url}`,
                   "draft-answers"));
  }
  const meta = el("p", null, "draft-meta");
  meta.append(el("span", draft.state, "draft-state"));
  if (draft.edited !== null) meta.append(el("span", " · edited"));
  if (draft.url) {
    const link = el("a", " · see it");
    link.href = draft.url;
    link.rel = "noopener noreferrer";
    meta.append(link);
  }
  item.append(text, meta);
  if (["draft", "approved", "rejected", "failed"].includes(draft.state)) {
    const actions = el("div", null, "actions");
    for (const [verdict, label] of [["approve", "Approve"], ["reject", "Reject"]]) {
      if (draft.state === verdict + "d") continue;
      const button = el("button", label, "secondary");
      button.type = "button";
      button.addEventListener("click", () => judge(draft.id, verdict, button));
      actions.append(button);
    }
    const edit = el("button", "Edit", "secondary");
    edit.type = "button";
    edit.addEventListener("click", () => editDraft(item, draft));
    actions.append(edit);
    item.append(actions);
  }
  return item;
}

async function judge(id, verdict, button) {
  showError("queue-error", null);
  try {
    await busy(button, "…", () => postJson(`/drafts/${id}/${verdict}`, {}));
    await loadDrafts($("bot-select").value);
    await loadSchedule($("bot-select").value);
  } catch (error) {
    showError("queue-error", error);
  }
}

function editDraft(item, draft) {
  const box = el("textarea", null, "draft-edit");
  box.value = draft.final_text;
  box.rows = 4;
  box.setAttribute("aria-label", `Edit draft ${draft.id}`);
  const save = el("button", "Save and approve", "primary");
  save.type = "button";
  save.addEventListener("click", async () => {
    showError("queue-error", null);
    try {
      await busy(save, "Saving…", () => postJson(`/drafts/${draft.id}/edit`, { text: box.value }));
      await loadDrafts($("bot-select").value);
    } catch (error) {
      showError("queue-error", error);
    }
  });
  item.replaceChildren(box, save);
  box.focus();
}

$("drafts-button").addEventListener("click", async () => {
  const bot = $("bot-select").value;
  if (!bot) return showError("queue-error", "Choose a bot in step 3 first.");
  showError("queue-error", null);
  try {
    const answer = await busy($("drafts-button"), "Writing…", () =>
      postJson(`/bots/${encodeURIComponent(bot)}/drafts`, { n: 5 }),
    );
    showDrafts(answer.drafts);
  } catch (error) {
    showError("queue-error", error);
  }
});

// --- the schedule: what this server posts for the bot, and when ----------------------------

let accountsShown = false;

async function loadSchedule(name) {
  if (!accountsShown) {
    const { accounts } = await apiJson("/accounts");
    const select = $("post-account");
    select.replaceChildren(...accounts.map((a) => {
      const option = el("option", a.id);
      option.value = a.id;
      return option;
    }));
    $("schedule-none").hidden = accounts.length > 0;
    $("schedule-form").hidden = accounts.length === 0;
    accountsShown = true;
  }
  if (!name) return;
  showSchedule(await apiJson(`/bots/${encodeURIComponent(name)}/schedule`));
}

function when(iso) {
  return new Date(iso).toLocaleString([], { dateStyle: "medium", timeStyle: "short" });
}

function showSchedule(answer) {
  const plan = answer.plan;
  const on = Boolean(plan && plan.enabled);
  $("schedule-stop").hidden = !on;
  $("schedule-button").textContent = on ? "Save" : "Start posting";
  let status = "This server posts nothing for this bot.";
  if (on) {
    $("post-account").value = plan.account;
    $("post-every").value = `${Math.round(plan.every / 60)}m`;
    const every = plan.every % 3600 === 0 ? `${plan.every / 3600} h` : `${Math.round(plan.every / 60)} min`;
    $("post-cap").value = plan.daily_cap;
    $("post-watch").checked = plan.watch;
    $("post-auto").checked = plan.auto;
    status = `Posting as ${plan.account}, one every ${every}, at most ${plan.daily_cap} a day`;
    status += plan.watch ? (plan.auto ? "; answering mentions itself." : "; drafting replies to mentions.") : ".";
    const next = answer.upcoming[0];
    status += next ? ` Next: draft ${next.draft_id}, ${when(next.at)}.` : " No approved draft is waiting.";
  }
  $("schedule-status").textContent = status;
  showError("schedule-error", on && plan.error ? `The last try failed: ${plan.error}` : null);
  const last = $("last-posts");
  last.replaceChildren(...answer.last_posts.map((draft) => {
    const item = draftItem(draft);
    item.querySelector(".draft-meta").append(el("span", ` · ${when(draft.posted_at)}`));
    return item;
  }));
  $("last-posts-title").hidden = answer.last_posts.length === 0;
}

$("schedule-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const bot = $("bot-select").value;
  if (!bot) return showError("schedule-error", "Choose a bot in step 3 first.");
  showError("schedule-error", null);
  const body = {
    account: $("post-account").value,
    every: $("post-every").value,
    daily_cap: Number($("post-cap").value),
    watch: $("post-watch").checked,
    auto: $("post-auto").checked,
  };
  try {
    const answer = await busy($("schedule-button"), "Saving…", () =>
      apiJson(`/bots/${encodeURIComponent(bot)}/schedule`, {
        method: "PUT",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      }),
    );
    showSchedule(answer);
  } catch (error) {
    showError("schedule-error", error);
  }
});

$("schedule-stop").addEventListener("click", async () => {
  const bot = $("bot-select").value;
  showError("schedule-error", null);
  try {
    showSchedule(await busy($("schedule-stop"), "Stopping…", () =>
      apiJson(`/bots/${encodeURIComponent(bot)}/schedule`, { method: "DELETE" })));
  } catch (error) {
    showError("schedule-error", error);
  }
});

// The server posts in the background: keep the schedule's status and last posts current.
setInterval(() => {
  const bot = $("bot-select").value;
  if (bot && !document.hidden) loadSchedule(bot).catch(() => {});
}, 30000);
