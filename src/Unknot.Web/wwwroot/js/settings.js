// Settings: offer the voices this browser has as suggestions for the voice name; the form works without this.
import { $ } from './dom.js';
import { supported, enabled, enable, disable } from './remind.js';

if ('speechSynthesis' in window) {
    const fill = () => {
        const list = $('voices');
        list.innerHTML = '';
        for (const v of speechSynthesis.getVoices()) {
            const o = document.createElement('option');
            o.value = v.name;
            list.appendChild(o);
        }
    };
    fill();
    speechSynthesis.addEventListener('voiceschanged', fill);
}

// Break reminders in this browser: the permission is asked only when the box is ticked.
function remindHere(box, note) {
    const show = (text) => { note.textContent = text; };
    if (!supported) {
        box.disabled = true;
        show('This browser cannot show notifications.');
        return;
    }
    box.checked = enabled();
    box.addEventListener('change', async () => {
        if (!box.checked) {
            disable();
            show('Off in this browser.');
            return;
        }
        const permission = await enable();
        box.checked = permission === 'granted';
        show(permission === 'granted' ? 'On: while an Unknot tab is open, it reminds you here.' : 'The browser did not allow notifications; allow them for this site to turn this on.');
    });
}
const box = $('remind-browser');
if (box) remindHere(box, $('remind-browser-state'));
