import { storedTitle } from './stored-title.factory.js';
import { ImageSizes } from './image-sizes.js';
import { TitleMapper } from './title.mapper.js';

const netflix = { providerId: 8, name: 'Netflix', logoPath: '/netflix.jpg', displayPriority: 4 };
const title = storedTitle({ watchProviders: [{ country: 'DE', link: null, flatrate: [netflix], rent: [], buy: [] }], providerKeys: ['DE:8'] });

describe('TitleMapper.whereToWatch', () => {
  it('gives the offers of the requested country with logo URLs in the CDN’s logo size', () => {
    const sizes = new ImageSizes();
    sizes.replace({ poster: ['w500'], backdrop: ['w780'], profile: ['w185'], still: ['w300'], logo: ['w45', 'w154'] });
    expect(new TitleMapper('https://img.test', sizes).whereToWatch(title, 'DE')).toEqual({
      country: 'DE', link: null, flatrate: [{ providerId: 8, name: 'Netflix', logoUrl: 'https://img.test/w154/netflix.jpg' }], rent: [], buy: [],
    });
  });

  it('answers null for another country, no country, or a title stored before offers existed', () => {
    const mapper = new TitleMapper('https://img.test');
    expect(mapper.whereToWatch(title, 'US')).toBeNull();
    expect(mapper.whereToWatch(title, undefined)).toBeNull();
    const { watchProviders: _omitted, ...legacy } = title;
    expect(mapper.whereToWatch(legacy as typeof title, 'DE')).toBeNull();
  });
});
