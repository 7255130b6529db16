// Sends JSON to Unknot's API and reads the answer: the value, or the problem document (RFC 7807) saying why not.
// Resolves to { ok, status, body }; status 0 when the server did not answer. One place for this, for any page
// script that changes something without a page load (so far the routine builder, js/builder.js).
window.UnknotSend = async (method, url, body) => {
    'use strict';
    try {
        const response = await fetch(url, {
            method, headers: { 'Content-Type': 'application/json', Accept: 'application/json, application/problem+json' }, body: JSON.stringify(body),
        });
        return { ok: response.ok, status: response.status, body: await response.json().catch(() => ({})) };
    } catch {
        return { ok: false, status: 0, body: {} };
    }
};
