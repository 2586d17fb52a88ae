import { jest } from '@jest/globals';
import { type Clock, DomainError } from '@onstream/common';
import { strictMock } from '@onstream/common/testing/strict-mock.js';
import { Types } from 'mongoose';
import type { CommentsRepository } from '../comments/comments.repository.js';
import type { TargetDirectory } from '../targets/target-directory.js';
import { actor, commentRecord, NOW } from '../testing/factories.js';
import type { AuditRepository } from './audit.repository.js';
import type { ModerationEffects } from './moderation-effects.js';
import type { ReportRecord, ReportsRepository } from './reports.repository.js';
import { ReportsService } from './reports.service.js';

const TITLE = '665f1c2e9b1e8a0012345678';

function reportRecord(overrides: Partial<ReportRecord> = {}): ReportRecord {
  return {
    _id: new Types.ObjectId(), targetType: 'title', targetId: TITLE, reason: 'spam', details: null, reporterUserId: 'u1', status: 'open',
    action: null, note: null, resolvedBy: null, createdAt: NOW, resolvedAt: null, ...overrides,
  };
}

interface Setup {
  reports?: Partial<ReportsRepository>;
  comments?: Partial<CommentsRepository>;
  apply?: ModerationEffects['apply'];
}

function setup({ reports = {}, comments = {}, apply = async () => undefined }: Setup) {
  const record = jest.fn<AuditRepository['record']>().mockResolvedValue(undefined);
  const applied = jest.fn(apply);
  const service = new ReportsService(
    strictMock<ReportsRepository>('ReportsRepository', reports),
    strictMock<CommentsRepository>('CommentsRepository', comments),
    strictMock<TargetDirectory>('TargetDirectory', { resolve: async () => ({ ownerId: null, hidden: false }) }),
    strictMock<ModerationEffects>('ModerationEffects', { apply: applied }),
    strictMock<AuditRepository>('AuditRepository', { record }),
    strictMock<Clock>('Clock', { now: () => NOW }),
  );
  return { service, record, applied };
}

async function failure(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe('ReportsService.create', () => {
  it('files a report with cleaned details and audits it', async () => {
    const open = jest.fn<ReportsRepository['open']>(async (r) => reportRecord({ ...r }));
    const { service, record } = setup({ reports: { open } });
    const created = await service.create({ actor: actor('u1'), report: { targetType: 'title', targetId: TITLE, reason: 'spam', details: ' see\u200B this\u0000 ' } });
    expect(open).toHaveBeenCalledWith(expect.objectContaining({ details: 'see this', reporterUserId: 'u1' }));
    expect(created).toMatchObject({ status: 'open', details: 'see this' });
    expect(record).toHaveBeenCalledWith(expect.objectContaining({ userId: 'u1' }), 'report.created', expect.objectContaining({ targetId: TITLE }), NOW, { reportId: created.id });
  });

  it('answers 409 when the reporter already has an open report on the target', async () => {
    const { service } = setup({ reports: { open: async () => null } });
    expect(await failure(service.create({ actor: actor('u1'), report: { targetType: 'title', targetId: TITLE, reason: 'spam' } }))).toMatchObject({ status: 409, code: 'ENGAGEMENT.REPORT_ALREADY_OPEN' });
  });

  it('answers 404 for a comment that is hidden or missing', async () => {
    const { service } = setup({ comments: { findById: async () => commentRecord({ status: 'hidden' }) } });
    expect((await failure(service.create({ actor: actor('u1'), report: { targetType: 'comment', targetId: TITLE, reason: 'spam' } }))).status).toBe(404);
  });
});

describe('ReportsService.resolve', () => {
  const resolution = { action: 'hide' as const, note: 'ok' };

  it('refuses anyone but staff and admins', async () => {
    const { service } = setup({});
    for (const role of ['viewer', 'creator'] as const) {
      expect(await failure(service.resolve({ actor: actor('x', role), reportId: TITLE, resolution }))).toMatchObject({ status: 403, code: 'ENGAGEMENT.STAFF_ONLY' });
    }
  });

  it('applies the action, resolves once and closes the target’s other open reports', async () => {
    const report = reportRecord();
    const other = reportRecord({ reporterUserId: 'u2' });
    const resolve = jest.fn<ReportsRepository['resolve']>(async (r, action, note, by) => ({ ...r, status: 'resolved' as const, action, note, resolvedBy: by, resolvedAt: NOW }));
    const { service, applied, record } = setup({ reports: { findById: async () => report, resolve, openOnTarget: async () => [other] } });
    const resolved = await service.resolve({ actor: actor('mod', 'staff'), reportId: report._id.toHexString(), resolution });
    expect(resolved).toMatchObject({ status: 'resolved', action: 'hide', note: 'ok', resolvedBy: 'mod' });
    expect(applied).toHaveBeenCalledWith(expect.objectContaining({ userId: 'mod' }), 'title', TITLE, 'hide', report._id.toHexString());
    expect(resolve.mock.calls.map((call) => call[0]._id)).toEqual([report._id, other._id]);
    expect(record.mock.calls.map((call) => call[1])).toEqual(['report.resolved', 'report.resolved']);
  });

  it('answers 409 for a resolved report without touching the target', async () => {
    const { service, applied } = setup({ reports: { findById: async () => reportRecord({ status: 'resolved' }) } });
    expect(await failure(service.resolve({ actor: actor('mod', 'admin'), reportId: TITLE, resolution }))).toMatchObject({ status: 409, code: 'ENGAGEMENT.REPORT_ALREADY_RESOLVED' });
    expect(applied).not.toHaveBeenCalled();
  });

  it('leaves the report open when the target’s service fails', async () => {
    const resolve = jest.fn<ReportsRepository['resolve']>();
    const { service } = setup({ reports: { findById: async () => reportRecord(), resolve }, apply: async () => Promise.reject(DomainError.unavailable('catalog down')) });
    expect((await failure(service.resolve({ actor: actor('mod', 'staff'), reportId: TITLE, resolution }))).status).toBe(503);
    expect(resolve).not.toHaveBeenCalled();
  });
});
