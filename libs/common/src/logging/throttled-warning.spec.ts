import { ThrottledWarning } from './throttled-warning.js';

describe('ThrottledWarning', () => {
  it('logs the first failure at once, then one line per interval with the count since the last', () => {
    const lines: unknown[] = [];
    let now = 1_000;
    const warning = new ThrottledWarning({ warn: (line: unknown) => void lines.push(line) }, 'store failing', 10_000, () => now);

    warning.report(new Error('first'));
    for (let failure = 0; failure < 99; failure += 1) {
      now += 50;
      warning.report(new Error('again'));
    }
    expect(lines).toEqual([{ msg: 'store failing', occurrences: 1, err: 'first' }]);

    now = 11_000;
    warning.report('later');
    expect(lines).toEqual([{ msg: 'store failing', occurrences: 1, err: 'first' }, { msg: 'store failing', occurrences: 100, err: 'later' }]);
  });
});
