// The small helpers the page scripts share.

/** The element with this id, or null. */
export const $ = (id) => document.getElementById(id);

/** Tells the page's other scripts that something happened: a CustomEvent named `name` on the document. */
export const emit = (name, detail) => document.dispatchEvent(new CustomEvent(name, { detail }));

/** The text with its first letter a capital, as a sentence or a label starts. */
export const capital = (text) => text ? text[0].toUpperCase() + text.slice(1) : text;
