// Unknot's API from a page: the one way to send JSON and read the answer, the value or the problem document
// (RFC 7807) saying why not.

// A request that must still arrive when the page goes away (keepalive) may carry at most 64 KiB, all of them at once.
const KEEPALIVE_LIMIT = 60000;

/**
 * Sends `body` as JSON (none when undefined) and resolves to { ok, status, body }: the answer's JSON, or {} when it
 * has none; status 0 when the server did not answer. Never rejects. With `keepalive`, a small enough request still
 * arrives after the page has gone.
 */
export async function send(method, url, body, { keepalive = false } = {}) {
    const text = body === undefined ? undefined : JSON.stringify(body);
    const headers = { Accept: 'application/json, application/problem+json' };
    if (text !== undefined) headers['Content-Type'] = 'application/json';
    try {
        const response = await fetch(url, {
            method, headers, body: text,
            keepalive: keepalive && (text?.length ?? 0) < KEEPALIVE_LIMIT,
        });
        return { ok: response.ok, status: response.status, body: await response.json().catch(() => ({})) };
    } catch {
        return { ok: false, status: 0, body: {} };
    }
}

/** Why an answer is not a success: the server's own words when it gave them. */
export const problemOf = (answer) => answer.body.detail || (answer.status ? `the server answered ${answer.status}` : 'the server did not answer');

/** True when it is worth trying again later: no answer, or a server failing (5xx) rather than refusing. */
export const unreachable = (answer) => answer.status === 0 || answer.status >= 500;

/**
 * Sends a session report (POST /api/sessions): the whole session so far, which the server takes as the same
 * session each time it has the same id.
 */
export const sendReport = (report, options) => send('POST', '/api/sessions', report, options);
