import type { AdBreakInfo, AdTrackingEvent } from '@onstream/common';
import { create } from 'xmlbuilder2';
import { clockTime } from './ad-schedule.js';

const VMAP_NS = 'http://www.iab.net/videosuite/vmap';
const VAST_NS = 'http://www.iab.com/VAST';

/** VMAP 1.0: one linear AdBreak per break, each with one AdSource holding its VAST ad tag URI. */
export function buildVmap(breaks: AdBreakInfo[], adTagUriOf: (item: AdBreakInfo) => string): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(VMAP_NS, 'vmap:VMAP', { version: '1.0' });
  for (const item of breaks) {
    root
      .ele(VMAP_NS, 'vmap:AdBreak', { timeOffset: item.timeOffset, breakType: 'linear', breakId: item.id })
      .ele(VMAP_NS, 'vmap:AdSource', { id: `${item.id}-source`, allowMultipleAds: 'false', followRedirects: 'true' })
      .ele(VMAP_NS, 'vmap:AdTagURI', { templateType: 'vast4' })
      .dat(adTagUriOf(item));
  }
  return root.end({ prettyPrint: true });
}

export interface HouseAd {
  id: string;
  title: string;
  durationSeconds: number;
  mediaUrl: string;
  mediaType: string;
  width: number;
  height: number;
  clickThroughUrl: string;
}

/** The quartile tracking events VAST 4 names, in the order a player reaches them. */
const QUARTILES: AdTrackingEvent[] = ['firstQuartile', 'midpoint', 'thirdQuartile', 'complete'];

/**
 * A VAST 4.2 InLine linear ad: the impression, quartile and click trackers are URLs of ours
 * (`trackingUrlOf`), which turn each into an analytics event of the playback session.
 */
export function buildVast(ad: HouseAd, servingId: string, trackingUrlOf: (event: AdTrackingEvent) => string): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(VAST_NS, 'VAST', { version: '4.2' });
  const inline = root.ele('Ad', { id: ad.id, sequence: '1' }).ele('InLine');
  inline.ele('AdSystem', { version: '1.0' }).txt('OnStream house ads');
  inline.ele('AdServingId').txt(servingId);
  inline.ele('AdTitle').txt(ad.title);
  inline.ele('Impression', { id: 'onstream' }).dat(trackingUrlOf('impression'));
  const creative = inline.ele('Creatives').ele('Creative', { id: `${ad.id}-creative`, adId: ad.id, sequence: '1' });
  creative.ele('UniversalAdId', { idRegistry: 'onstream' }).txt(ad.id);
  const linear = creative.ele('Linear');
  linear.ele('Duration').txt(clockTime(ad.durationSeconds));
  const tracking = linear.ele('TrackingEvents');
  for (const event of QUARTILES) tracking.ele('Tracking', { event }).dat(trackingUrlOf(event));
  const clicks = linear.ele('VideoClicks');
  clicks.ele('ClickThrough', { id: 'onstream' }).dat(ad.clickThroughUrl);
  clicks.ele('ClickTracking', { id: 'onstream' }).dat(trackingUrlOf('click'));
  linear
    .ele('MediaFiles')
    .ele('MediaFile', { id: `${ad.id}-file`, delivery: 'progressive', type: ad.mediaType, width: String(ad.width), height: String(ad.height) })
    .dat(ad.mediaUrl);
  return root.end({ prettyPrint: true });
}

/** VAST with no ad: a valid "no fill" answer, players skip the break. */
export function buildEmptyVast(): string {
  return create({ version: '1.0', encoding: 'UTF-8' }).ele(VAST_NS, 'VAST', { version: '4.2' }).end({ prettyPrint: true });
}
