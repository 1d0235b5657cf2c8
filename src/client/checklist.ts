/** Checklists on playbook pages: each tick is kept in this browser for this page, so a reload or a later visit keeps it. */

/** One key per page path: two playbooks' checklists never share ticks. */
const KEY = `playbook:checklist:${location.pathname}`;

const boxes = [...document.querySelectorAll<HTMLInputElement>('[data-checklist] input[type="checkbox"]')];

/** The ids ticked on an earlier visit (none when storage is off or holds something else). */
function remembered(): Set<string> {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return new Set(Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}

function save(): void {
  const ticked = boxes.filter((b) => b.checked).map((b) => b.id);
  try {
    if (ticked.length) localStorage.setItem(KEY, JSON.stringify(ticked));
    else localStorage.removeItem(KEY);
  } catch {
    // Storage can be disabled: the boxes still tick, for this visit only.
  }
}

const ticked = remembered();
for (const box of boxes) {
  box.checked = ticked.has(box.id);
  box.addEventListener('change', save);
}
