// The session is stored from Start on, and kept up to date. Each report is the whole session so far, sent one after
// another so they arrive in order. While it is under way a report carries where it is (a checkpoint), so a closed
// tab leaves a session that can be resumed here or with `unknot resume`; a stop or the end removes it.
// Without the network (or while an earlier report of this session still waits on this device), a report is kept on
// this device in place of the one before, and offline.js sends it when the network is back.
import { problemOf, sendReport, unreachable } from './api.js';
import * as outbox from './offline.js';
import { position } from './player-clock.js';
import { formHolds } from './player-form.js';
import { rating } from './player-pain.js';
import { segments, session, setup } from './player-setup.js';

// The report of the session as it is now.
function current() {
    const body = {
        id: session.id, routine: setup.routine.id, routineName: setup.routine.name, level: setup.timeline.level,
        startedAt: session.startedAt, completed: session.completed, segments: session.outcomes, painBefore: session.painBefore,
    };
    if (setup.routine.planned) body.items = setup.routine.items;
    const measurements = { ...session.measurements };
    const held = formHolds();
    if (held.length) measurements.form = held;
    if (Object.keys(measurements).length) body.measurements = measurements;
    if (session.finished) {
        body.endedAt = session.endedAt;
        const after = rating('after');
        if (after !== null) body.painAfter = after;
    } else {
        const seg = segments[session.index];
        body.checkpoint = { segment: session.index, seconds: Math.min(seg.durationSeconds, Math.max(0, position() - seg.startSeconds)) };
    }
    return body;
}

// Answers true (the server has it), 'kept' (on this device) or false (refused; session.problem says why).
async function deliver(body) {
    if (!navigator.onLine || await outbox.holds(body.id)) {
        await outbox.keep(body);
        if (navigator.onLine) outbox.flush();
        return 'kept';
    }
    const answer = await sendReport(body, { keepalive: true });
    if (answer.ok) return true;
    if (unreachable(answer)) { await outbox.keep(body); return 'kept'; }
    session.problem = problemOf(answer);
    return false;
}

let sending = Promise.resolve(true);

/** Reports the session as it is now, after the reports before it: answers true, 'kept' or false (see deliver). */
export function reportSession() {
    if (session.index < 0) return sending;
    const body = current();
    sending = sending.then(() => deliver(body).catch(() => { session.problem = 'this device could not keep it'; return false; }));
    return sending;
}

/** True while a report of this session waits on this device. */
export const waitsHere = () => outbox.holds(session.id);

// When the page goes away, a beacon still reaches the server after the tab is closed; without the network, the
// report is kept on this device instead.
function sendOnLeave() {
    if (session.index < 0 || session.finished) return;
    const body = current();
    if (!navigator.onLine) { outbox.keep(body); return; }
    const blob = new Blob([JSON.stringify(body)], { type: 'application/json' });
    if (!navigator.sendBeacon || !navigator.sendBeacon('/api/sessions', blob)) reportSession();
}
document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') sendOnLeave(); });
window.addEventListener('pagehide', sendOnLeave);
