// Break reminders in the browser, while an Unknot tab is open and the user turned them on (Settings). Every
// 15 seconds the tab tells the server how long since its last input; the server's scheduler (the one `unknot
// remind` uses) answers with a reminder when one falls due, shown through the Notifications API. Its click starts
// the break in the player. Permission is asked only when the user turns the reminders on.
import { send } from './api.js';

const key = 'unknot-remind';

/** True when this browser can show notifications. */
export const supported = 'Notification' in window;

/** True when the reminders are on in this browser, and allowed. */
export const enabled = () => supported && localStorage.getItem(key) === 'on' && Notification.permission === 'granted';

/** Asks for the permission and turns the reminders on when it is given; answers the browser's answer. */
export async function enable() {
    if (!supported) return 'unsupported';
    const permission = await Notification.requestPermission();
    if (permission === 'granted') localStorage.setItem(key, 'on');
    return permission;
}

/** Turns the reminders off in this browser. */
export function disable() { localStorage.removeItem(key); }

let lastInput = performance.now();
let lastReport = performance.now();
for (const name of ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart']) {
    window.addEventListener(name, () => { lastInput = performance.now(); }, { passive: true, capture: true });
}
// keepalive: an answer sent as the page goes to the player still arrives.
const post = (url, body) => send('POST', url, body, { keepalive: true });

async function report() {
    const now = performance.now();
    const seconds = Math.min(60, (now - lastReport) / 1000);
    lastReport = now;
    if (!enabled()) return;
    const idleSeconds = document.visibilityState === 'visible' ? (now - lastInput) / 1000 : null;
    const answer = await post('/api/remind/tick', { seconds, idleSeconds });
    const reminder = answer.ok && answer.body.reminder;
    if (!reminder) return;
    const note = new Notification('Time for a break', { body: `${reminder.reason}. ${reminder.break} Click to start it.`, tag: 'unknot-break' });
    let answered = false;
    note.onclick = () => {
        answered = true;
        window.focus();
        note.close();
        // The player opens once the answer is stored, so the break is counted as taken whatever the page does next.
        post('/api/remind/answer', { id: reminder.id, outcome: 'taken' }).then(() => { window.location.href = reminder.start; });
    };
    note.onclose = () => { if (!answered) post('/api/remind/answer', { id: reminder.id, outcome: 'ignored' }); };
}
setInterval(report, 15000);
