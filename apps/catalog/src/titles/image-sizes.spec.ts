import { ImageSizes } from './image-sizes.js';

describe('ImageSizes', () => {
  it('serves TMDb’s documented sizes until the provider answers', () => {
    expect(new ImageSizes().pick('poster')).toEqual(['w185', 'w342', 'w500', 'original']);
  });

  it('picks the smallest served width at least as wide as wanted, else the widest', () => {
    const sizes = new ImageSizes();
    sizes.replace({ poster: ['w92', 'w200', 'w400', 'original'], backdrop: ['w300', 'original'], profile: ['h632', 'original'], still: [], logo: ['w45'] });
    expect(sizes.pick('poster')).toEqual(['w200', 'w400', 'w400', 'original']);
    expect(sizes.pick('backdrop')).toEqual(['w300', 'w300', 'w300', 'original']);
    expect(sizes.pick('logo')).toEqual(['w45', 'original']);
  });

  it('keeps a kind’s previous sizes when the provider sends none usable for it', () => {
    const sizes = new ImageSizes();
    sizes.replace({ poster: ['original'], backdrop: [], profile: [], still: [], logo: [] });
    expect(sizes.pick('poster')).toEqual(['w185', 'w342', 'w500', 'original']);
    expect(sizes.pick('profile')).toEqual(['w185', 'original']);
  });
});
