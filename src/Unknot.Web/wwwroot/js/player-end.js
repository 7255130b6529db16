// The end of a session: what was done, the pain before and after, the streak, and the report that keeps it.
// The session is in history as soon as it ends; Save only adds the rating afterwards.
import { send } from './api.js';
import { $ } from './dom.js';
import { clock } from './player-clock.js';
import { rating } from './player-pain.js';
import { reportSession, waitsHere } from './player-reports.js';
import { items, segments, session, total } from './player-setup.js';

let sentAfter;
let streakAsked = false;

// Exercises, not moments: one counts as done when any of its stretching was done, skipped when all of it was.
function summary(completed) {
    let done = 0, skipped = 0;
    for (let item = 0; item < items; item++) {
        const own = segments.map((s, k) => ({ s, o: session.outcomes[k] })).filter(x => x.s.item === item && (x.s.kind === 'hold' || x.s.kind === 'work'));
        if (own.some(x => x.o === 'done')) done++;
        else if (own.length && own.every(x => x.o === 'skipped')) skipped++;
    }
    const word = (n) => n === 1 ? 'exercise' : 'exercises';
    const said = completed && done === items ? `All ${items} ${word(items)} done.` : `${done} of ${items} ${word(items)} done`;
    return said.endsWith('.') ? said : `${said}${skipped ? `, ${skipped} skipped` : ''}.`;
}

// The streak comes from the statistics the home page shows, read again now that this session is in them.
async function showStreak() {
    const answer = await send('GET', '/api/stats');
    // No statistics without the server: the rest of the screen stands.
    if (!answer.ok) return;
    const streak = answer.body.currentStreak;
    if (streak > 0) {
        $('streak').innerHTML = `<strong>${streak}</strong> ${streak === 1 ? 'day' : 'days'} in a row`;
        $('streak').hidden = false;
    }
    if (session.completed) {
        $('next-up').textContent = streak > 0
            ? `Next: come back tomorrow to make it ${streak + 1} days in a row.`
            : 'Next: come back tomorrow; the home page suggests a routine for the time of day.';
    }
}

/** Turns the player into its end screen, played to the end (`completed`) or stopped. */
export function showEnd(completed) {
    // Played to the end, the clock shows the whole routine, however the last moments were reached.
    if (completed) $('elapsed').textContent = clock(total);
    $('after-title').textContent = completed ? 'Well done' : 'Stopped';
    $('summary').textContent = summary(completed);
    $('pain-was').textContent = session.painBefore === null ? 'not rated' : String(session.painBefore);
    $('pain-was').classList.toggle('unrated', session.painBefore === null);
    $('next-up').textContent = completed ? '' : 'You stopped this session: it is kept in your history as stopped, with what you did, and not offered to resume.';
    $('stage').hidden = true;
    $('bottom').hidden = true;
    $('player').classList.remove('playing');
    $('after').hidden = false;
    $('done').focus();
}

/** Reports the ended session with its rating after, and says where it is kept. */
export async function save() {
    $('save').disabled = true;
    const after = rating('after');
    const kept = await reportSession();
    if (kept === true) {
        sentAfter = after;
        $('saved').textContent = after === null ? 'Kept in your history.' : `Kept in your history, with pain ${after} after.`;
        if (!streakAsked) { streakAsked = true; showStreak(); }
    } else if (kept === 'kept' && !(await waitsHere())) {
        sentAfter = after;
        $('saved').textContent = 'Sent: kept in your history.';
    } else if (kept === 'kept') {
        $('saved').textContent = 'No network: kept on this device. It goes to your history as soon as the network is back.';
    } else {
        $('saved').textContent = `Not saved yet: ${session.problem}. Try again.`;
    }
    $('save').disabled = false;
}

// Sent later from this device: say so where it said it was kept here.
document.addEventListener('unknot:sent', (event) => {
    if (session.finished && event.detail.ids.includes(session.id)) {
        $('saved').textContent = 'Sent: kept in your history.';
    }
});
$('save').addEventListener('click', save);
// Done keeps a rating given since the last report before going home.
$('done').addEventListener('click', async (e) => {
    if (rating('after') === sentAfter) return;
    e.preventDefault();
    await save();
    window.location.assign($('done').href);
});
