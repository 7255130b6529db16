// The routine builder without page loads. The form works on its own (each button posts it, and the page comes back
// changed); with this script the same buttons change the list in place, the total time comes from the server's
// timeline compiler (POST /api/routines/preview) as the person edits, and Save goes through the API. The words of
// every problem are the server's; this only puts each next to its field.
import { send, problemOf } from './api.js';
import { capital } from './dom.js';

function build(form) {
    const list = form.querySelector('.builder-items');
    const alert = document.getElementById('builder-problems');
    const status = document.getElementById('builder-status');
    const total = document.getElementById('builder-total');
    const labels = JSON.parse(form.dataset.labels);
    const rows = () => [...list.children];

    // ---- the list ----
    // A row's names, labels and button values follow its place, as the server draws them.
    function renumber() {
        rows().forEach((row, i) => {
            for (const el of row.querySelectorAll('[name], [id], [aria-label], [aria-describedby]')) {
                for (const attr of ['name', 'id', 'aria-describedby']) {
                    if (el.hasAttribute(attr)) el.setAttribute(attr, el.getAttribute(attr).replace(/^Items\[\d+\]/, `Items[${i}]`));
                }
                if (el.hasAttribute('aria-label')) el.setAttribute('aria-label', el.getAttribute('aria-label').replace(/\d+/, String(i + 1)));
                if (el.matches('button[value]')) el.value = el.value.replace(/:\d+$/, `:${i}`);
            }
        });
    }

    function showThumb(select) {
        const slot = select.closest('.builder-row').querySelector('.thumb-slot');
        const drawn = document.getElementById('builder-thumbs').content.querySelector(`[data-exercise="${CSS.escape(select.value)}"]`);
        slot.replaceChildren(...(drawn ? drawn.cloneNode(true).childNodes : []));
    }

    function act(button) {
        const [what] = button.value.split(':');
        const row = button.closest('.builder-row');
        if (what === 'add') {
            list.append(document.getElementById('builder-new-row').content.firstElementChild.cloneNode(true));
            list.lastElementChild.querySelector('select').focus();
        } else if (what === 'up' && row.previousElementSibling) {
            row.previousElementSibling.before(row);
        } else if (what === 'down' && row.nextElementSibling) {
            row.nextElementSibling.after(row);
        } else if (what === 'remove') {
            const next = row.nextElementSibling || row.previousElementSibling;
            row.remove();
            (next ? next.querySelector(`button[value^="remove:"]`) : form.querySelector('button[value=add]')).focus();
        }
        renumber();
        if (what === 'up' || what === 'down') button.focus(); // keeps its place for the next press
        changed();
    }

    // ---- what the server says ----
    function draft() {
        const typed = (text) => text.trim() === '' ? null : /^[+-]?\d+$/.test(text.trim()) ? Number(text) : text;
        return {
            name: form.elements.Name.value,
            description: form.elements.Description.value,
            items: rows().map((row) => ({
                exercise: row.querySelector('.builder-exercise select').value,
                level: row.querySelector('.builder-level select').value || null,
                restAfter: typed(row.querySelector('.builder-rest input').value),
            })),
        };
    }

    // The API names a field items[2].restAfter; the form, Items[2].RestAfter. Its message follows the field's words.
    const formName = (field) => field.split('.').map(capital).join('.');
    function sentence(field, message) {
        const label = labels[field.split('.').pop().split('[')[0]];
        const text = label && /^(must|is) /.test(message) ? `${label} ${message}` : capital(message);
        return /[.?]$/.test(text) ? text : `${text}.`;
    }

    // Marks each field with its problem, and clears those within `scope` that have none now.
    function mark(problems, scope) {
        for (const control of scope.querySelectorAll('[aria-invalid]')) {
            control.removeAttribute('aria-invalid');
            control.removeAttribute('aria-describedby');
        }
        for (const note of scope.querySelectorAll('.field-problem')) note.textContent = '';
        const loose = [];
        for (const { field, message } of problems) {
            const control = form.elements[formName(field)];
            const note = control && document.getElementById(`${control.name}-problem`);
            if (note && !note.textContent) {
                note.textContent = sentence(field, message);
                control.setAttribute('aria-invalid', 'true');
                control.setAttribute('aria-describedby', note.id);
            } else {
                loose.push(sentence(field, message));
            }
        }
        return loose;
    }

    const problemsOf = (answer) => answer.body.errors || [{ field: answer.body.field || '', message: problemOf(answer) }];

    const unknown = total.querySelector('[data-unknown]');
    const unknownText = unknown.textContent;
    let asked = 0;
    let preview = null;
    async function check() {
        const mine = ++asked;
        const answer = await send('POST', '/api/routines/preview', draft());
        if (mine !== asked) return preview; // an older answer than what is on the screen
        preview = answer.ok ? answer.body : null;
        // What belongs to no exercise's field (no exercise left) is said where the total would be.
        const loose = answer.ok || answer.status === 400 ? mark(answer.ok ? [] : problemsOf(answer), list) : [];
        unknown.textContent = loose.length ? loose.join(' ') : unknownText;
        total.querySelector('[data-known]').hidden = !preview;
        unknown.hidden = !!preview;
        if (preview) total.querySelector('strong').textContent = preview.total;
        return preview;
    }

    function changed() {
        status.textContent = '';
        check();
    }

    async function save() {
        const id = form.dataset.routine;
        const body = draft();
        if (!id) body.id = (await check())?.newId ?? undefined;
        const answer = id
            ? await send('PUT', `/api/routines/${encodeURIComponent(id)}`, body)
            : await send('POST', '/api/routines', body);
        if (!answer.ok) {
            const loose = mark(problemsOf(answer), form);
            alert.replaceChildren(alert.firstElementChild, ...loose.map((text) => Object.assign(document.createElement('p'), { textContent: text })));
            alert.hidden = false;
            status.textContent = '';
            return;
        }
        mark([], form);
        alert.hidden = true;
        const saved = answer.body;
        if (!id) {
            // From now on this page edits the routine just saved, as its own address does.
            form.dataset.routine = saved.id;
            // (form.action would be the buttons named "action")
            form.setAttribute('action', `/routines/${encodeURIComponent(saved.id)}/edit`);
            history.replaceState(null, '', form.getAttribute('action'));
            form.querySelector('button[value=delete]').hidden = false;
        }
        document.getElementById('builder-title').textContent = `Edit ${saved.name}`;
        document.title = `Edit ${saved.name} · Unknot`;
        status.textContent = 'Saved.';
    }

    // ---- events ----
    form.addEventListener('click', (event) => {
        const button = event.target.closest('button[name=action]');
        if (!button || !/^(add|up|down|remove)/.test(button.value)) return;
        event.preventDefault();
        act(button);
    });
    form.addEventListener('submit', (event) => {
        if (event.submitter && event.submitter.value !== 'save') return; // Delete posts the form, and leaves
        event.preventDefault();
        save();
    });
    // Enter in a field saves (the form's first button would otherwise move the first exercise up).
    form.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' && event.target.matches('input')) {
            event.preventDefault();
            save();
        }
    });
    form.addEventListener('input', (event) => {
        if (event.target.matches('.builder-exercise select')) showThumb(event.target);
        changed();
    });
}

const form = document.querySelector('form.builder');
if (form) build(form);
