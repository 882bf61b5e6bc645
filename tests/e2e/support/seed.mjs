// A saved workspace for the accessibility matrix: two units, three dated assessments of one of
// them, every item rated, and a long unbroken word in every free-text field (unit, answers,
// notes, actions), as a user may type one.
import { readFileSync } from 'node:fs';

export const KEY = 'nara-vard-kompassen';
/** 76 letters without a space or hyphen: a Swedish compound as long as a user may type one. */
export const LONG = 'Sjukvårdsförvaltningsorganisationsutvecklingsprojektledarutbildningsansvarig';
export const LONG_UNIT = `Hälsocentralen ${LONG}`;

const SORMLAND = JSON.parse(readFileSync(new URL('../../../core/src/framework/presets/sormland-2035.json', import.meta.url)));
export const ITEMS = [...SORMLAND.shifts, ...SORMLAND.factors].map((i) => i.id);
export const SHIFTS = SORMLAND.shifts.map((i) => i.id);

function assessment(id, unit, date, base) {
  const items = Object.fromEntries(ITEMS.map((item, i) => {
    const now = i === 1 ? 'dont_know' : { level: 1 + ((base + i) % 5) };
    const answer = { now, target: i === 2 ? 'dont_know' : { level: 5 } };
    if (SHIFTS.includes(item)) answer.answers = [`Mer tid ${LONG}`, LONG];
    else answer.note = `Enkät ${LONG}`;
    return [item, answer];
  }));
  return {
    id, unit, framework_id: 'sormland-2035', date, items,
    actions: [
      { id: 100 + base, item: 'person', what: `Inför ${LONG}`, who: LONG, due: '2026-06-30', status: 'planned' },
      { id: 200 + base, item: 'samverkan', what: 'Gemensam APT med kommunen', who: 'Anna', status: 'done' },
    ],
  };
}

/** The saved document; `lang` as the address will set it. */
export function seedDocument(lang = 'sv') {
  return JSON.stringify({
    schema: 1,
    app: '0.1.0',
    workspace: {
      lang,
      framework_id: 'sormland-2035',
      current: 'a3',
      step: 'start',
      next_id: 900,
      assessments: [
        assessment('a1', 'Vårdcentralen Nyköping', '2024-03-01', 0),
        assessment('a2', 'Vårdcentralen Nyköping', '2025-03-01', 1),
        assessment('a3', 'Vårdcentralen Nyköping', '2026-03-01', 2),
        assessment('a4', LONG_UNIT, '2026-02-01', 3),
      ],
    },
  });
}

/** An init script that puts `doc` in storage on the first load of the context only. */
export function seedOnce([key, doc]) {
  if (!sessionStorage.getItem('seeded')) {
    localStorage.setItem(key, doc);
    sessionStorage.setItem('seeded', '1');
  }
}

/** Three saved files for the organisation view, one unit each (Flen, Gnesta, Trosa), as file inputs take them. */
export function unitFiles() {
  const doc = JSON.parse(seedDocument('sv'));
  return ['Flen', 'Gnesta', 'Trosa'].map((unit, i) => ({
    name: `${unit}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...doc, workspace: { ...doc.workspace, assessments: [{ ...doc.workspace.assessments[i], unit }] } })),
  }));
}
