// The service worker, served at /sw.js with the app's version on its first line (Offline.cs), so a new deployment
// is a new worker. It keeps on this device what the player needs without the network: the pages that
// /api/offline lists (home, library, each exercise, routines, the player of every routine, history, the camera
// check) and every script, stylesheet and picture those pages use, and the files it lists that pages load only when
// asked (the camera check's library, model and WebAssembly); a plan played once is kept too (the latest ten).
//
// Pages and API answers: the network first, this copy when there is no network. Files whose address names their
// version (?v=): this copy first, since it never changes. Changes (POST, PUT…) are never touched: a session played
// offline is kept by the page itself (offline.js) and sent when the network is back.
'use strict';

const PREFIX = 'unknot-';
const CACHE = PREFIX + VERSION;
const RECENT_PLANS = 10;
const LIST = '/api/offline';
// Where this device keeps the revision of the list it last cached: changes to routines, exercises or settings
// change it, and the pages are fetched again.
const REVISION = '/offline-revision';

const sameOrigin = (url) => url.origin === self.location.origin;
const keepable = (response) => response && response.ok && response.type === 'basic' && !response.redirected;
const isPlan = (url) => url.pathname === '/play/plan';

// What a page uses from this origin: scripts, the modules they import (each page links them as modulepreload, by the
// address the import asks for), stylesheets, icons, the manifest and pictures.
function usedBy(html, base) {
    const found = new Set();
    const attribute = /<(?:script|img)\b[^>]*?\ssrc="([^"]+)"|<link\b[^>]*?\shref="([^"]+)"/g;
    for (const match of html.matchAll(attribute)) {
        const raw = (match[1] || match[2]).replace(/&amp;/g, '&');
        const url = new URL(raw, base);
        if (sameOrigin(url)) found.add(url.href);
    }
    return [...found];
}

// Each sign-out starts a new generation: a refresh under way when it came keeps nothing more.
let generation = 0;

// Keeps one file unless this device has it already; says whether it has it now. `current` says whether the refresh
// is still wanted, asked before the file is kept.
async function keepFile(cache, file, current) {
    if (await cache.match(file)) return true;
    try {
        const got = await fetch(file, { credentials: 'same-origin' });
        if (!keepable(got) || !current()) return false;
        await cache.put(file, got);
        return true;
    } catch { return false; /* kept next time */ }
}

// Fetches a page and keeps it with everything it uses; files already kept are not fetched again.
async function keepPage(cache, address, current) {
    const response = await fetch(address, { credentials: 'same-origin', cache: 'no-cache' });
    if (!keepable(response) || !current()) return;
    const html = await response.clone().text();
    await cache.put(address, response);
    for (const file of usedBy(html, response.url)) {
        if (!current()) return;
        await keepFile(cache, file, current);
    }
}

// Brings this device's copy up to date with the list, when the list changed (or when asked to, after an install).
async function refresh(force) {
    const mine = generation;
    const current = () => mine === generation;
    const cache = await caches.open(CACHE);
    let list;
    try {
        const response = await fetch(LIST, { credentials: 'same-origin', cache: 'no-store' });
        if (!response.ok) return;
        list = await response.json();
    } catch { return; }
    const kept = await cache.match(REVISION);
    if (!force && kept && (await kept.text()) === list.revision) return;
    const wanted = new Set(list.pages.map((p) => new URL(p, self.location.origin).href));
    // Pages no longer listed (a deleted routine or exercise) go; plans stay, they are kept by use.
    for (const request of await cache.keys()) {
        const url = new URL(request.url);
        const listed = url.pathname.startsWith('/play/') || url.pathname.startsWith('/library/');
        if (listed && !isPlan(url) && !wanted.has(url.href)) await cache.delete(request);
    }
    const queue = [...wanted];
    const worker = async () => {
        for (let next = queue.shift(); next && current(); next = queue.shift()) {
            try { await keepPage(cache, next, current); } catch { /* offline again: the rest next time */ }
        }
    };
    await Promise.all([worker(), worker(), worker()]);
    // Files that pages load only when asked: fetched once, since a new version of them is a new worker. Until every
    // one is kept, the revision is not, so the next load tries again.
    let complete = true;
    for (const file of list.files) {
        if (!current()) return;
        if (!(await keepFile(cache, file, current))) complete = false;
    }
    if (current() && complete) await cache.put(REVISION, new Response(list.revision));
}

// One refresh at a time: pages asking again while one runs share it.
let refreshing = null;
function refreshOnce(force) {
    refreshing = refreshing || refresh(force).finally(() => { refreshing = null; });
    return refreshing;
}

// A plan is kept when it is played; only the latest ones stay.
async function keepRecentPlans(cache) {
    const plans = (await cache.keys()).filter((r) => isPlan(new URL(r.url)));
    for (const old of plans.slice(0, Math.max(0, plans.length - RECENT_PLANS))) await cache.delete(old);
}

async function forget() {
    generation++;
    if (refreshing) await refreshing.catch(() => {});
    await caches.delete(CACHE);
}

self.addEventListener('install', (event) => {
    // Everything is fetched before this version takes over, so an install cut short leaves the old one working.
    event.waitUntil(refreshOnce(true).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
    event.waitUntil((async () => {
        for (const name of await caches.keys()) {
            if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
        }
        await self.clients.claim();
    })());
});

self.addEventListener('message', (event) => {
    const what = event.data && event.data.type;
    if (what === 'refresh') event.waitUntil(refreshOnce(false));
    // Signed out (hosted mode): nothing of that account stays on this device. A refresh under way stops at its next
    // step, and the copy goes once it has.
    if (what === 'forget') event.waitUntil(forget());
});

self.addEventListener('fetch', (event) => {
    const request = event.request;
    const url = new URL(request.url);
    if (request.method !== 'GET' || !sameOrigin(url) || url.pathname === '/sw.js') return;
    if (url.searchParams.has('v')) {
        event.respondWith(caches.open(CACHE).then(async (cache) => {
            const kept = await cache.match(request);
            if (kept) return kept;
            const response = await fetch(request);
            if (keepable(response)) await cache.put(request, response.clone());
            return response;
        }));
        return;
    }
    event.respondWith((async () => {
        const cache = await caches.open(CACHE);
        try {
            const response = await fetch(request);
            // A server that is there but failing (a proxy's 502) is no better than none for a page kept here.
            if (response.status >= 500 && request.mode === 'navigate') {
                const kept = await cache.match(request);
                if (kept) return kept;
            }
            // Pages visited and files fetched while online keep this copy current; a plan played is kept.
            if (keepable(response) && (await cache.match(request) || isPlan(url))) {
                await cache.put(request, response.clone());
                if (isPlan(url)) await keepRecentPlans(cache);
            }
            return response;
        } catch (offline) {
            const kept = await cache.match(request);
            if (kept) return kept;
            if (request.mode === 'navigate') {
                const fallback = await cache.match('/offline');
                if (fallback) return fallback;
            }
            throw offline;
        }
    })());
});
