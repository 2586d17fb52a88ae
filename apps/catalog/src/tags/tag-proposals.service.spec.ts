import { jest } from '@jest/globals';
import type { AuthUser } from '@onstream/common';
import type { TagProposal } from '@onstream/common/schemas/tag-proposal.schema.js';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import { Types } from 'mongoose';
import type { ReviewQueue } from '../review/review-queue.js';
import type { TitlesRepository } from '../titles/titles.repository.js';
import type { ContentTagsRepository } from './content-tags.repository.js';
import type { ContentTagsService } from './content-tags.service.js';
import { MediaWikiError, type MediaWikiClient } from './mediawiki.client.js';
import type { StoredTagProposal, TagProposalsRepository } from './tag-proposals.repository.js';
import { slugOfCategory, TagProposalsService } from './tag-proposals.service.js';

const staff: AuthUser = { userId: 's1', sessionId: 's', role: 'staff', tokenType: 'access', kidProfile: false };
const parent: AuthUser = { ...staff, userId: 'u1', role: 'viewer' };
const clock = { now: () => new Date('2026-12-06T01:00:00Z') };
const titleId = '665f1c2e9b1e8a0012345678';
type FoundTitle = Awaited<ReturnType<TitlesRepository['findById']>>;

const proposalOf = (fields: Pick<StoredTagProposal, 'titleId' | 'slug' | 'wikiPage' | 'category'>, overrides: Partial<StoredTagProposal> = {}): StoredTagProposal => ({
  _id: new Types.ObjectId('665f1c2e9b1e8a00bbbbbbbb'), ...fields, status: 'pending', reviewedBy: null, reviewedAt: null, createdAt: new Date('2026-12-05T00:00:00Z'), ...overrides,
});

function setup({ categories = ['Category:Scary scenes', 'Category:Dinosaurs', 'Category:Violence'] as string[] | null, titleTags = ['violence'], wikiFails = false, configured = true } = {}) {
  const wiki = strictMock<MediaWikiClient>('wiki', {
    categories: jest.fn<MediaWikiClient['categories']>().mockImplementation(async (page) => {
      if (wikiFails) throw new MediaWikiError('wiki answered 500 at http://10.0.0.5/api.php');
      return categories && { page, categories };
    }),
  });
  const proposals = strictMock<TagProposalsRepository>('proposals', {
    propose: jest.fn<TagProposalsRepository['propose']>().mockImplementation((fields) => Promise.resolve(proposalOf(fields))),
    queue: strictMock<ReviewQueue<StoredTagProposal, TagProposal>>('queue', {}),
  });
  const tags = strictMock<ContentTagsRepository>('tags', {
    list: jest.fn<ContentTagsRepository['list']>().mockResolvedValue([
      { slug: 'scary-scenes', name: 'Scary scenes', description: '', updatedAt: clock.now() },
      { slug: 'violence', name: 'Violence', description: '', updatedAt: clock.now() },
    ]),
  });
  const contentTags = strictMock<ContentTagsService>('contentTags', { tag: jest.fn<ContentTagsService['tag']>().mockResolvedValue({ id: titleId, tags: ['violence', 'scary-scenes'] }) });
  const titles = strictMock<TitlesRepository>('titles', { findById: jest.fn<TitlesRepository['findById']>().mockResolvedValue({ _id: new Types.ObjectId(titleId), tags: titleTags } as unknown as FoundTitle) });
  const service = new TagProposalsService(proposals, tags, contentTags, titles, clock, configured ? wiki : null);
  return { service, proposals, contentTags, wiki };
}

describe('TagProposalsService', () => {
  it('turns a category into a tag slug without its namespace', () => {
    expect(slugOfCategory('Category:Scary scenes')).toBe('scary-scenes');
    expect(slugOfCategory('Kategorie:Gewalt & Blut')).toBe('gewalt-blut');
    expect(slugOfCategory('Catégorie:Scènes effrayantes')).toBe('scenes-effrayantes');
  });

  it('proposes matching tags the title lacks and lists the categories no tag matches', async () => {
    const { service, proposals } = setup();
    const imported = await service.importFromWiki({ actor: staff, import: { titleId, page: 'Dino Quest' } });
    expect(proposals.propose).toHaveBeenCalledTimes(1);
    expect(proposals.propose).toHaveBeenCalledWith({ titleId, slug: 'scary-scenes', wikiPage: 'Dino Quest', category: 'Category:Scary scenes' });
    expect(imported).toEqual({
      titleId, page: 'Dino Quest', unmatchedCategories: ['Category:Dinosaurs'],
      proposals: [{ id: '665f1c2e9b1e8a00bbbbbbbb', titleId, slug: 'scary-scenes', wikiPage: 'Dino Quest', category: 'Category:Scary scenes', status: 'pending', createdAt: '2026-12-05T00:00:00.000Z', reviewedBy: null, reviewedAt: null }],
    });
  });

  it('answers 404 for a page the wiki lacks, 502 without the wiki’s address when it fails, 503 when no wiki is configured', async () => {
    await expect(setup({ categories: null }).service.importFromWiki({ actor: staff, import: { titleId, page: 'Nope' } })).rejects.toMatchObject({ status: 404, code: 'CATALOG.WIKI_PAGE_NOT_FOUND' });
    const failed = setup({ wikiFails: true }).service.importFromWiki({ actor: staff, import: { titleId, page: 'Dino Quest' } });
    await expect(failed).rejects.toMatchObject({ status: 502, code: 'CATALOG.TAG_WIKI_FAILED' });
    await expect(failed).rejects.not.toMatchObject({ message: expect.stringContaining('10.0.0.5') });
    await expect(setup({ configured: false }).service.importFromWiki({ actor: staff, import: { titleId, page: 'Dino Quest' } })).rejects.toMatchObject({ status: 503 });
  });

  it('is for staff only', async () => {
    const { service, wiki } = setup();
    await expect(service.importFromWiki({ actor: parent, import: { titleId, page: 'Dino Quest' } })).rejects.toMatchObject({ status: 403 });
    await expect(service.review({ actor: parent, id: titleId, decision: 'accept' })).rejects.toMatchObject({ status: 403 });
    expect(wiki.categories).not.toHaveBeenCalled();
  });

  it('tags the title before closing an accepted proposal; a rejected one leaves the title alone', async () => {
    const { service, proposals, contentTags } = setup();
    const pending = proposalOf({ titleId, slug: 'scary-scenes', wikiPage: 'Dino Quest', category: 'Category:Scary scenes' });
    const decide = jest.fn<ReviewQueue<StoredTagProposal, TagProposal>['decide']>().mockImplementation((_id, status) => Promise.resolve({ ...pending, status, reviewedBy: 's1', reviewedAt: clock.now() }));
    Object.assign(proposals.queue, { findById: jest.fn<ReviewQueue<StoredTagProposal, TagProposal>['findById']>().mockResolvedValue(pending), decide });
    expect(await service.review({ actor: staff, id: titleId, decision: 'accept' })).toMatchObject({ status: 'accepted', reviewedBy: 's1' });
    expect(contentTags.tag).toHaveBeenCalledWith({ actor: staff, id: titleId, slug: 'scary-scenes' });
    expect(await service.review({ actor: staff, id: titleId, decision: 'reject' })).toMatchObject({ status: 'rejected' });
    expect(contentTags.tag).toHaveBeenCalledTimes(1);
  });
});
