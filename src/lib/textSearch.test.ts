import { describe, expect, it } from 'vitest';
import { searchLandings, withinOneEdit } from './textSearch';

describe('withinOneEdit', () => {
  it('forgives one missing, extra, wrong or swapped letter', () => {
    expect(withinOneEdit('calibration', 'calibraton')).toBe(true);
    expect(withinOneEdit('calibration', 'calibrattion')).toBe(true);
    expect(withinOneEdit('calibration', 'calibrasion')).toBe(true);
    expect(withinOneEdit('calibration', 'calibraiton')).toBe(true);
    expect(withinOneEdit('calibration', 'calbiraton')).toBe(false);
  });
});

describe('searchLandings', () => {
  const landings = [
    { url: '/docs/a#operations', page: 'Ad click prediction', section: 'Operations', text: 'Watch the calibration ratio per slice.' },
    { url: '/docs/a#fu-why', page: 'Ad click prediction', section: 'Why retrain hourly?', text: 'Inventory <turns> over.' },
  ];

  it('finds a section through a typo and marks the matched word in an escaped excerpt', () => {
    expect(searchLandings(landings, 'calibraton')).toEqual([
      { url: '/docs/a#operations', page: 'Ad click prediction', section: 'Operations', excerpt: 'Watch the <mark>calibration</mark> ratio per slice.' },
    ]);
  });

  it('needs every word of the query and matches prefixes', () => {
    expect(searchLandings(landings, 'invent turns').map((hit) => hit.url)).toEqual(['/docs/a#fu-why']);
    expect(searchLandings(landings, 'inventory calibration')).toEqual([]);
  });
});
