// A site.json with three problems (a language, a view and a colour with too little contrast),
// shown in the error banner: site.test.mjs checks its words, the accessibility matrix audits it.
export const BROKEN_SITE = {
  format: 'nara-vard-kompassen/site',
  version: 1,
  organisation: { sv: 'Region Exempel' },
  colour: '#999999',
  views: ['workshop', 'chef'],
  lang: 'fi',
};
