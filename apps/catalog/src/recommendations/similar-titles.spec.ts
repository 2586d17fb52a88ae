import { strictMock } from '@onstream/common/testing/strict-mock.js';
import { TitleBrowseIndex, toBrowsedTitle } from '../browse/title-browse-index.js';
import { storedTitle } from '../titles/stored-title.factory.js';
import type { StoredTitle } from '../titles/title.mapper.js';
import type { ForYouModelStore } from './model/for-you-model.store.js';
import { indexOfItems } from './model/item-model.js';
import { trainForYouModel } from './model/item-model.trainer.js';
import { SimilarTitles } from './similar-titles.js';

const t = (title: string, genres: string[], popularity: number, maturityRank = 4) => storedTitle({ title, genres, popularity, maturityRank });
const [heat, amelie, ronin, thief] = [t('Heat', ['Crime'], 50), t('Amelie', ['Romance'], 40, 0), t('Ronin', ['Crime'], 30), t('Thief', ['Crime'], 20)];
const id = (title: StoredTitle) => title._id.toHexString();

function similar(trained: boolean) {
  const index = new TitleBrowseIndex();
  index.replaceAll([heat, amelie, ronin, thief].map(toBrowsedTitle));
  // Whoever loved Heat also loved Amelie: no shared genre, so only the model can know.
  const model = trainForYouModel(['a', 'b'].flatMap((userId) => [heat, amelie].map((title) => ({ userId, itemId: id(title), stars: 5 }))));
  const store = strictMock<ForYouModelStore>('ForYouModelStore', { current: () => (trained ? { version: 'v1', model, index: indexOfItems(model) } : null) });
  return new SimilarTitles(index, store);
}

describe('SimilarTitles', () => {
  it('should put what the same viewers liked first, then titles alike in content', () => {
    expect(similar(true).forTitle(heat, { maxMaturityRank: 4 }, 3).map((title) => title.title)).toEqual(['Amelie', 'Ronin', 'Thief']);
  });

  it('should fall back to content alone before a model is trained', () => {
    expect(similar(false).forTitle(heat, { maxMaturityRank: 4 }, 3).map((title) => title.title)).toEqual(['Ronin', 'Thief']);
  });

  it('should leave out model neighbours the viewer may not see', () => {
    expect(similar(true).forTitle(heat, { maxMaturityRank: 4, excludeIds: [id(amelie)] }, 3).map((title) => title.title)).toEqual(['Ronin', 'Thief']);
  });
});
