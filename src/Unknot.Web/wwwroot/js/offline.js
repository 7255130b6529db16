// Unknot without the network, on every page.
// - Registers the service worker (/sw.js), which keeps the pages of the player, the library and history on this
//   device, and tells it to bring them up to date when online.
// - Keeps the sessions played without the network in IndexedDB (the "outbox": the latest report of each session,
//   by its id) and sends them when the network is back; the server takes a report of the same id as the same
//   session, so sending one twice does no harm. History lists them as waiting to sync until then.
// - Says when the page is this device's copy, and when a new version of Unknot has taken over.
import { sendReport, problemOf, unreachable } from './api.js';
import { $, emit } from './dom.js';

// The account the page belongs to ("personal" on one's own computer, the user's id on a server, empty when
// signed out): a session waits for the account it was played in, and is never sent under another.
export const account = document.body.dataset.account || '';
const STORE = 'outbox';
const supported = 'indexedDB' in window;

// ---- the outbox ----
let database = null;
function open() {
    database = database || new Promise((resolve, reject) => {
        const request = indexedDB.open('unknot', 1);
        request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
    });
    return database;
}
async function within(mode, work) {
    const db = await open();
    return new Promise((resolve, reject) => {
        const tx = db.transaction(STORE, mode);
        const result = work(tx.objectStore(STORE));
        tx.oncomplete = () => resolve(result.value);
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error);
    });
}
const request = (req, into) => { req.onsuccess = () => { into.value = req.result; }; return into; };

/** Keeps a session's latest report on this device, in place of the one kept before. */
export function keep(report) {
    // keptAt orders the sessions; stamp tells this report from a later one of the same session.
    const entry = { id: report.id, account, report, keptAt: Date.now(), stamp: Math.random() };
    return within('readwrite', (store) => request(store.put(entry), {})).then(() => { changed(); return entry; });
}
/** This account's sessions waiting to be sent, oldest first. */
export async function waiting() {
    if (!supported || !account) return [];
    const all = await within('readonly', (store) => request(store.getAll(), {})).catch(() => []);
    return (all || []).filter((e) => e.account === account).sort((a, b) => a.keptAt - b.keptAt);
}
/** True when a report of session `id` waits on this device. */
export async function holds(id) {
    return (await waiting()).some((e) => e.id === id);
}
// Removes an entry once sent, unless a newer report of the same session was kept meanwhile.
function sent(entry) {
    return within('readwrite', (store) => {
        const into = {};
        const got = store.get(entry.id);
        got.onsuccess = () => { if (got.result && got.result.stamp === entry.stamp) store.delete(entry.id); };
        return into;
    });
}
function refused(entry, problem) {
    return within('readwrite', (store) => request(store.put({ ...entry, problem }), {}));
}
function discard(id) {
    return within('readwrite', (store) => request(store.delete(id), {})).then(changed);
}

// Sends what waits, one after another, in the order it was kept. A network failure stops the round (the rest
// waits for the next); a refusal is kept with the server's reason, for History to show.
let flushing = Promise.resolve({ sent: [], left: 0 });
export function flush() {
    flushing = flushing.then(async () => {
        const done = [];
        let offline = false;
        for (const entry of await waiting()) {
            if (offline || !navigator.onLine) { offline = true; break; }
            try {
                const answer = await sendReport(entry.report);
                if (answer.ok) {
                    await sent(entry);
                    done.push(entry.id);
                } else if (unreachable(answer)) {
                    offline = true;
                } else {
                    await refused(entry, problemOf(answer));
                }
            } catch {
                offline = true;
            }
        }
        const left = (await waiting()).length;
        if (done.length) emit('unknot:sent', { ids: done, left });
        changed();
        return { sent: done, left };
    }).catch(() => ({ sent: [], left: 0 }));
    return flushing;
}

// ---- what the page shows ----
const rendered = document.querySelector('meta[name="unknot-rendered"]')?.content;
function showOffline(offline) {
    const note = $('offline-note');
    if (!note) return;
    if (offline) {
        const when = rendered ? new Date(rendered).toLocaleString([], { weekday: 'short', hour: '2-digit', minute: '2-digit' }) : '';
        note.querySelector('[data-when]').textContent = when ? `as it was on ${when}` : 'as this device kept it';
    }
    note.hidden = !offline;
}

// History: the sessions waiting to sync, each once: a session the server already lists (begun online) is
// marked in its row, any other is listed above the table.
async function changed() {
    const section = $('waiting');
    if (!section) return;
    const entries = await waiting();
    const list = section.querySelector('ul');
    list.replaceChildren();
    document.querySelectorAll('#sessions tr[data-session] [data-sync]').forEach((mark) => { mark.textContent = ''; });
    for (const entry of entries) {
        const row = document.querySelector(`#sessions tr[data-session="${CSS.escape(entry.id)}"]`);
        const state = entry.problem ? `not accepted: ${entry.problem}` : 'waiting to sync';
        if (row) {
            row.querySelector('[data-sync]').textContent = ` · ${state}`;
            continue;
        }
        const r = entry.report;
        const outcomes = r.segments || [];
        const item = document.createElement('li');
        item.dataset.session = entry.id;
        const when = new Date(r.startedAt).toLocaleString([], { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
        item.textContent = `${r.routineName || r.routine} · ${when} · ${r.endedAt ? (r.completed ? 'finished' : 'stopped early') : 'left mid-way'}, `
            + `${outcomes.filter((o) => o === 'done').length} done, ${outcomes.filter((o) => o === 'skipped').length} skipped · ${state}`;
        if (entry.problem) {
            const drop = document.createElement('button');
            drop.type = 'button';
            drop.className = 'secondary';
            drop.textContent = 'Discard it';
            drop.addEventListener('click', () => discard(entry.id));
            item.append(' ', drop);
        }
        list.append(item);
    }
    section.hidden = list.children.length === 0;
}

// ---- the service worker ----
function serviceWorker() {
    if (!('serviceWorker' in navigator)) return;
    const worker = navigator.serviceWorker;
    if (!account) {
        // Signed out: the pages kept for the account that was here go.
        worker.controller?.postMessage({ type: 'forget' });
        return;
    }
    // A new version took over from the one that served this page: it is used from the next page on.
    const before = worker.controller;
    worker.addEventListener('controllerchange', () => {
        if (before && $('update-note')) $('update-note').hidden = false;
    });
    worker.register('/sw.js').then(() => worker.ready).then((registration) => {
        if (navigator.onLine) registration.active?.postMessage({ type: 'refresh' });
    }).catch(() => { /* no worker (a private window, or a plain-http address other than this computer): online only */ });
}

let retry = null;
async function online(event) {
    showOffline(false);
    const { sent: done, left } = await flush();
    // History shows what was sent in its table once the server has it.
    if (done.length && $('waiting')) location.reload();
    clearInterval(retry);
    retry = left ? setInterval(flush, 30000) : null;
    // Back online: the worker brings its copy up to date (at a page's load, registering asks it already).
    if (event) navigator.serviceWorker?.controller?.postMessage({ type: 'refresh' });
}

window.addEventListener('online', online);
window.addEventListener('offline', () => showOffline(true));
$('update-note')?.querySelector('button')?.addEventListener('click', () => location.reload());
serviceWorker();
if (navigator.onLine) {
    // The server may be down though the device is online: then this page is the device's copy.
    fetch('/healthz', { cache: 'no-store' }).then((r) => { if (r.ok) online(null); else showOffline(true); }, () => showOffline(true));
} else {
    showOffline(true);
}
changed();
